package dev.wflow.testing;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.lua.lower.DialectLoader;
import dev.wflow.lua.lower.DialectSyntaxException;
import java.util.Map;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;
import org.luaj.vm2.lib.jse.JsePlatform;

/**
 * Standard Lua 5.2 on LuaJ shaped like the platform's base environment (SPEC §5): no {@code io},
 * {@code debug} or Java bridge, a time-only {@code os}, {@code require} as a global lookup, and the
 * Wippy dialect. For test files that need no project (unit tests of the runner).
 */
public final class PlainLuaStates implements LuaStates {

  @Override
  public State create(TestEntry entry) {
    Globals g = JsePlatform.standardGlobals();
    // Call sites for warnings, as the runtime has; error messages stay without a traceback.
    dev.wflow.runtime.ErrorLevels.install(g, dev.wflow.runtime.LineTracker.install(g));
    g.running.errorfunc =
        new org.luaj.vm2.lib.OneArgFunction() {
          @Override
          public LuaValue call(LuaValue message) {
            return message;
          }
        };
    for (String name : new String[] {"io", "debug", "luajava", "dofile", "loadfile"}) {
      g.set(name, LuaValue.NIL);
    }
    LuaValue os = g.get("os");
    LuaTable timeOnly = new LuaTable();
    for (String name : new String[] {"time", "date", "clock", "difftime"}) {
      timeOnly.set(name, os.get(name));
    }
    g.set("os", timeOnly);
    g.set("unpack", g.get("table").get("unpack"));
    g.set("loadstring", g.get("load"));
    g.set("require", new GlobalRequire(g));
    return new State() {
      @Override
      public Globals globals() {
        return g;
      }

      @Override
      public LuaValue load(LuaValue testModule) throws LoadError {
        for (Map.Entry<String, String> i : entry.imports().entrySet()) {
          if (!TestEntry.TEST_MODULE_ID.equals(i.getValue())) {
            throw new LoadError(
                "import '" + i.getKey() + "' names unknown entry " + i.getValue(), entry.file());
          }
          g.set(i.getKey(), testModule);
        }
        return compile(g, entry).call();
      }
    };
  }

  /** Compiles the Wippy dialect; a syntax error becomes a {@link LoadError} at its position. */
  static LuaValue compile(Globals globals, TestEntry entry) throws LoadError {
    try {
      return DialectLoader.load(globals, entry.file(), entry.source());
    } catch (DialectSyntaxException e) {
      if (e.diagnostics().isEmpty()) {
        throw new LoadError("syntax error", entry.file());
      }
      Diagnostic d = e.diagnostics().get(0);
      throw new LoadError(
          "syntax error: " + d.message(), d.file() + ":" + d.line() + ":" + d.column());
    }
  }

  /** SPEC §5: {@code require("x")} returns the global {@code x} or raises. */
  static final class GlobalRequire extends VarArgFunction {
    private final Globals globals;

    GlobalRequire(Globals globals) {
      this.globals = globals;
    }

    @Override
    public Varargs invoke(Varargs args) {
      String name = args.checkjstring(1);
      LuaValue v = globals.get(name);
      if (v.isnil()) {
        throw new LuaError("module '" + name + "' not found");
      }
      return v;
    }
  }
}
