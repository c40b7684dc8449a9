package dev.wflow.temporal.history;

/**
 * The result of replaying one history against the current code.
 *
 * @param workflowId the history's workflow ID
 * @param workflowType its workflow type
 * @param clean true when the code issues exactly the recorded commands
 * @param unknownType true when no workflow entry has the history's type, so nothing was replayed
 * @param eventId the first diverging event, or 0
 * @param message what diverged (Temporal's description), or why nothing was replayed; null when
 *     clean
 * @param where the Lua {@code file:line} of the command the code now issues there, or null
 */
public record ReplayReport(
    String workflowId,
    String workflowType,
    boolean clean,
    boolean unknownType,
    long eventId,
    String message,
    String where) {

  static ReplayReport cleanReplay(String workflowId, String type) {
    return new ReplayReport(workflowId, type, true, false, 0, null, null);
  }

  static ReplayReport unknownType(String workflowId, String type) {
    return new ReplayReport(
        workflowId,
        type,
        false,
        true,
        0,
        "no workflow entry has workflow type '"
            + type
            + "' (replay against another entry with --workflow ID)",
        null);
  }
}
