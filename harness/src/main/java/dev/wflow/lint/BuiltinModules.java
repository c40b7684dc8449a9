package dev.wflow.lint;

import java.util.Set;

/**
 * The platform's built-in module names (SPEC §5), split by whether a workflow may list them.
 *
 * <pre>{@code
 * BuiltinModules.allowedInWorkflow("http_client"); // false: the platform refuses the workflow
 * }</pre>
 */
public final class BuiltinModules {

  /** Deterministic or workflow-class modules: the only ones a workflow may list. */
  public static final Set<String> WORKFLOW_SAFE =
      Set.of(
          "funcs",
          "workflow",
          "time",
          "os",
          "process",
          "ctx",
          "uuid",
          "crypto",
          "json",
          "yaml",
          "base64",
          "hash",
          "text",
          "payload",
          "contract",
          "compress",
          "html",
          "templates",
          "expr",
          "treesitter");

  /** Built-in modules that make the platform refuse a workflow entry at load time. */
  public static final Set<String> WORKFLOW_FORBIDDEN =
      Set.of(
          "http_client",
          "http",
          "sql",
          "pg",
          "store",
          "fs",
          "io",
          "env",
          "events",
          "queue",
          "registry",
          "security",
          "system",
          "exec",
          "eval_runner",
          "metrics",
          "logger",
          "websocket",
          "hub",
          "cdc",
          "cloudstorage",
          "archive",
          "excel",
          "tty");

  /**
   * Globals every entry has anyway (SPEC §5). Listing them under {@code modules:} is redundant but
   * harmless, and real projects do it, so they are neither unknown nor forbidden.
   */
  public static final Set<String> ALWAYS_PRESENT =
      Set.of("errors", "channel", "table", "string", "math", "coroutine");

  private BuiltinModules() {}

  public static boolean isBuiltin(String name) {
    return WORKFLOW_SAFE.contains(name)
        || WORKFLOW_FORBIDDEN.contains(name)
        || ALWAYS_PRESENT.contains(name);
  }

  public static boolean allowedInWorkflow(String name) {
    return WORKFLOW_SAFE.contains(name) || ALWAYS_PRESENT.contains(name);
  }
}
