package dev.wflow.temporal;

/**
 * The result of replaying one history against the current code.
 *
 * @param workflowId the history's workflow ID
 * @param workflowType its workflow type
 * @param clean true when the code issues exactly the recorded commands
 * @param eventId the first diverging event, or 0
 * @param message what diverged (Temporal's description), or null
 * @param where the Lua {@code file:line} of the command the code now issues there, or null
 */
public record ReplayReport(
    String workflowId,
    String workflowType,
    boolean clean,
    long eventId,
    String message,
    String where) {}
