package dev.wflow.lint.rules;

import java.util.Set;

/**
 * The globals a Wippy Lua entry starts with (SPEC §5) and the platform's built-in modules.
 *
 * <pre>{@code
 * LuaEnvironment.isBaseGlobal("pairs");          // true
 * LuaEnvironment.isBuiltinModule("http_client"); // true (but not allowed in workflows)
 * }</pre>
 */
public final class LuaEnvironment {

  /** The 5.1-style base library of gopher-lua plus Wippy's always-present tables and casts. */
  private static final Set<String> BASE =
      Set.of(
          "assert", "collectgarbage", "dofile", "error", "getfenv", "getmetatable", "ipairs",
          "load", "loadfile", "loadstring", "module", "newproxy", "next", "pairs", "pcall",
          "print", "rawequal", "rawget", "rawlen", "rawset", "require", "select", "setfenv",
          "setmetatable", "tonumber", "tostring", "type", "unpack", "xpcall", "_G", "_VERSION",
          "table", "string", "math", "coroutine", "errors", "channel", "os", "process",
          "integer", "number", "boolean");

  /** Standard Lua libraries Wippy does not have at all. */
  private static final Set<String> ABSENT = Set.of("io", "debug", "utf8");

  /** Modules a workflow may list (SPEC §5). */
  private static final Set<String> WORKFLOW_MODULES =
      Set.of(
          "funcs", "workflow", "time", "os", "process", "ctx", "uuid", "crypto", "json", "yaml",
          "base64", "hash", "text", "payload", "contract", "compress", "html", "templates",
          "expr", "treesitter");

  /** The other built-in modules, which make the platform refuse a workflow entry. */
  private static final Set<String> OTHER_MODULES =
      Set.of(
          "http_client", "http", "sql", "pg", "store", "fs", "io", "env", "events", "queue",
          "registry", "security", "system", "exec", "eval_runner", "metrics", "logger",
          "websocket", "hub", "cdc", "cloudstorage", "archive", "excel", "tty");

  private LuaEnvironment() {}

  /** True for a global every Lua entry has without listing anything. */
  public static boolean isBaseGlobal(String name) {
    return BASE.contains(name);
  }

  /** True for {@code io}, {@code debug} and {@code utf8}, which Wippy leaves out. */
  public static boolean isAbsentLibrary(String name) {
    return ABSENT.contains(name);
  }

  /** True for any module the platform ships. */
  public static boolean isBuiltinModule(String name) {
    return WORKFLOW_MODULES.contains(name) || OTHER_MODULES.contains(name);
  }

  /** True for a built-in module a workflow may list. */
  public static boolean isWorkflowModule(String name) {
    return WORKFLOW_MODULES.contains(name);
  }
}
