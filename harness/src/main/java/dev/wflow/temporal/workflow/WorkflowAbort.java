package dev.wflow.temporal.workflow;

/**
 * Ends a Lua workflow from anywhere in its Lua stack: an uncaught error in a coroutine, a runaway
 * loop, an unregistered search attribute. An {@link Error} so that {@code pcall} and LuaJ's
 * exception wrapping let it through; {@link LuaWorkflow} turns it into the workflow's failure.
 */
final class WorkflowAbort extends Error {
  private static final long serialVersionUID = 1L;

  private final String kind;

  WorkflowAbort(String kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  String kind() {
    return kind;
  }
}
