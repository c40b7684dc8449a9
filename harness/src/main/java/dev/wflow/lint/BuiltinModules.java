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

  private BuiltinModules() {}

  public static boolean isBuiltin(String name) {
    return WORKFLOW_SAFE.contains(name) || WORKFLOW_FORBIDDEN.contains(name);
  }

  public static boolean allowedInWorkflow(String name) {
    return WORKFLOW_SAFE.contains(name);
  }
}
