package dev.wflow.lint.rules;

import dev.wflow.registry.LuaSource;

/** Identifies one piece of Lua code: a file, or an inline source at a line of its YAML file. */
record LuaSourceKey(String chunkName, int firstLine) {

  static LuaSourceKey of(LuaSource source) {
    return new LuaSourceKey(source.chunkName(), source.firstLine());
  }
}
