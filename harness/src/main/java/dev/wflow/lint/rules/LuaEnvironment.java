package dev.wflow.lint.rules;

import dev.wflow.platform.BuiltinModules;
import dev.wflow.platform.TestGlobals;
import java.util.Set;

/**
 * The globals a Wippy Lua entry starts with (SPEC §5) and the platform's built-in modules.
 *
 * <pre>{@code
 * LuaEnvironment.isBaseGlobal("pairs");          // true
 * LuaEnvironment.isAbsentLibrary("io");          // true: Wippy has no io library
 * }</pre>
 */
public final class LuaEnvironment {

  /**
   * The 5.1-style base library of gopher-lua, Wippy's always-present tables and casts, and what the
   * engine gives every Lua state: {@code payload}, {@code os}, {@code print}, {@code channel},
   * {@code subscribe} and {@code unsubscribe} ({@code engine/core_modules.go}), {@code package}
   * (restricted) and {@code require} ({@code engine/loadlib}).
   */
  private static final Set<String> BASE =
      Set.of(
          "assert",
          "collectgarbage",
          "dofile",
          "error",
          "getfenv",
          "getmetatable",
          "ipairs",
          "load",
          "loadfile",
          "loadstring",
          "module",
          "newproxy",
          "next",
          "pairs",
          "pcall",
          "print",
          "rawequal",
          "rawget",
          "rawlen",
          "rawset",
          "require",
          "select",
          "setfenv",
          "setmetatable",
          "tonumber",
          "tostring",
          "type",
          "unpack",
          "xpcall",
          "_G",
          "_VERSION",
          "table",
          "string",
          "math",
          "coroutine",
          "errors",
          "channel",
          "os",
          "process",
          "integer",
          "number",
          "boolean",
          "payload",
          "subscribe",
          "unsubscribe",
          "package");

  /** What the test module installs as globals in test entries, beside {@code test} itself. */
  private static final Set<String> TEST_GLOBALS = Set.copyOf(TestGlobals.BDD);

  /** Standard Lua libraries Wippy does not have at all. */
  private static final Set<String> ABSENT = Set.of("io", "debug", "utf8");

  private LuaEnvironment() {}

  /** True for a global every Lua entry has without listing anything. */
  public static boolean isBaseGlobal(String name) {
    return BASE.contains(name);
  }

  /** True for the BDD globals ({@code describe}, {@code it}, …) of test entries. */
  public static boolean isTestGlobal(String name) {
    return TEST_GLOBALS.contains(name);
  }

  /** Every base global name, for "did you mean" suggestions. */
  public static Set<String> baseGlobals() {
    return BASE;
  }

  /** True for {@code io}, {@code debug} and {@code utf8}, which Wippy leaves out. */
  public static boolean isAbsentLibrary(String name) {
    return ABSENT.contains(name);
  }

  /** True for any module the platform ships. */
  public static boolean isBuiltinModule(String name) {
    return BuiltinModules.isBuiltin(name);
  }
}
