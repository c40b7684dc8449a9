package dev.wflow.debug;

import dev.wflow.temporal.activity.ActivityAnswer;
import dev.wflow.temporal.activity.ActivityHandler;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Holds every activity call of the debugged run until the session decides how it is answered: by a
 * mock, by the project's own {@code function.lua} entry, or by the user's {@code complete} / {@code
 * fail}. Holding them is what makes the workflow stop between its tasks: nothing else moves it
 * while the clock is locked and no signal comes.
 *
 * <p>{@link #handle} runs on a Temporal activity thread and answers {@link ActivityAnswer#later}:
 * the call stays open in Temporal (asynchronous completion) until the session thread {@link
 * #release}s it. Temporal's activity timeouts count virtual time, which only the user advances, so
 * a held call does not time out behind the user's back.
 */
final class HeldCalls implements ActivityHandler {

  private static final ActivityAnswer ENDED =
      ActivityAnswer.error("Canceled", "the debug session ended", false);

  private final List<HeldCall> held = new ArrayList<>();
  private int numbered;
  private boolean closed;

  @Override
  public ActivityAnswer handle(String activityType, List<Object> args) {
    ActivityInfo info = Activity.getExecutionContext().getInfo();
    CompletableFuture<ActivityAnswer> answer = new CompletableFuture<>();
    synchronized (this) {
      if (closed) {
        return ENDED;
      }
      PendingCall call =
          new PendingCall(
              ++numbered,
              activityType,
              List.copyOf(args),
              info.getAttempt(),
              info.getWorkflowId(),
              "");
      held.add(new HeldCall(call, info.getActivityId(), answer));
    }
    return ActivityAnswer.later(answer);
  }

  /** Calls not yet released, oldest first. */
  synchronized List<HeldCall> waiting() {
    return held.stream().filter(c -> !c.released()).toList();
  }

  /** Whether the call of that workflow and Temporal activity ID is held and not yet released. */
  synchronized boolean isHeld(String workflowId, String temporalId) {
    return held.stream()
        .anyMatch(
            c ->
                !c.released()
                    && c.call().workflowId().equals(workflowId)
                    && c.temporalId().equals(temporalId));
  }

  /** Answers a held call. */
  void release(HeldCall call, ActivityAnswer answer) {
    call.answer().complete(answer);
  }

  /** Unblocks every activity thread: the environment is going away. */
  synchronized void close() {
    closed = true;
    held.forEach(c -> c.answer().complete(ENDED));
  }
}
