package dev.wflow.debug;

import java.util.List;

/**
 * An activity call waiting for an answer, as {@code pending} lists it.
 *
 * <pre>{@code
 * complete 1 {"id":"pay-1"}      // answers the PendingCall with number 1
 * }</pre>
 *
 * @param number the session-wide number that {@code complete N} and {@code fail N} name
 * @param activityId the activity entry ID ({@code app:charge_payment})
 * @param args the call's arguments as JSON values
 * @param attempt 1 for the first attempt, more for retries
 * @param workflowId the workflow that made the call (the run, or one of its children)
 * @param reason why it waits for the user: {@code no mock and no function.lua entry}, {@code
 *     breakpoint 2}, or empty while the session will answer it itself
 */
public record PendingCall(
    int number,
    String activityId,
    List<Object> args,
    int attempt,
    String workflowId,
    String reason) {

  PendingCall withReason(String why) {
    return new PendingCall(number, activityId, args, attempt, workflowId, why);
  }
}
