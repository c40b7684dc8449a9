package dev.wflow.debug;

import io.temporal.api.enums.v1.PendingActivityState;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Decides when a debugged run has gone as far as it can without the user: no workflow task pending,
 * every open activity call held or backing off, in the run and its open children.
 *
 * <pre>{@code
 * String why = new RunSettler(client, workflowId, held, live::waiting).settle(() -> false);
 * }</pre>
 */
final class RunSettler {

  /** Wall time one settle may take before the session says the run is still busy. */
  private static final Duration SETTLE_LIMIT = Duration.ofSeconds(45);

  private static final int TASK_FAILURES_BEFORE_GIVING_UP = 3;

  private final WorkflowClient client;
  private final String workflowId;
  private final HeldCalls held;
  private final Supplier<String> waiting;

  RunSettler(WorkflowClient client, String workflowId, HeldCalls held, Supplier<String> waiting) {
    this.client = client;
    this.workflowId = workflowId;
    this.held = held;
    this.waiting = waiting;
  }

  private List<HistoryEvent> events(String id) {
    return client.fetchHistory(id).getEvents();
  }

  /**
   * Waits until the run has nothing to do without the user: no workflow task pending, every open
   * activity call held (or waiting out a retry backoff, which runs on the locked clock), in the run
   * and in its open children. Returns null then, or why it stopped waiting (interrupted, still busy
   * after {@link #SETTLE_LIMIT}, a workflow task failing again and again — then the run is
   * terminated with that cause, so it never hangs).
   */
  String settle(BooleanSupplier interrupted) {
    long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
    int idleReadings = 0;
    while (true) {
      if (interrupted.getAsBoolean()) {
        return "interrupted";
      }
      List<HistoryEvent> events = events(workflowId);
      List<String> failures = taskFailures(events);
      if (failures.size() >= TASK_FAILURES_BEFORE_GIVING_UP) {
        String why =
            "the workflow task failed "
                + failures.size()
                + " times: "
                + failures.get(failures.size() - 1);
        client.newUntypedWorkflowStub(workflowId).terminate(why);
        return why;
      }
      // Two idle readings in a row: a call just scheduled may not have reached its thread yet.
      idleReadings = idle(workflowId, events, 0) ? idleReadings + 1 : 0;
      if (idleReadings >= 2) {
        return null;
      }
      if (System.nanoTime() > deadline) {
        return "the run is still busy after "
            + SETTLE_LIMIT.toSeconds()
            + " s of wall time ("
            + waiting.get()
            + ")";
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(15);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean idle(String workflowId, List<HistoryEvent> events, int depth) {
    if (events.isEmpty()) {
      return false;
    }
    if (LiveRun.isClosing(events.get(events.size() - 1))) {
      return true;
    }
    if (taskOpen(events)) {
      return false;
    }
    for (HistoryEvent scheduled : OpenWork.activities(events)) {
      String id = scheduled.getActivityTaskScheduledEventAttributes().getActivityId();
      if (!held.isHeld(workflowId, id) && !backingOff(workflowId, id)) {
        return false;
      }
    }
    if (depth < 5) {
      for (String child : OpenWork.children(events)) {
        if (!idle(child, events(child), depth + 1)) {
          return false;
        }
      }
    }
    return true;
  }

  /** An activity call whose last attempt failed waits for its retry on the (locked) clock. */
  private boolean backingOff(String workflowId, String activityId) {
    var pending =
        client
            .newUntypedWorkflowStub(workflowId)
            .describe()
            .getRawDescription()
            .getPendingActivitiesList();
    return pending.stream()
        .anyMatch(
            p ->
                p.getActivityId().equals(activityId)
                    && p.getAttempt() > 1
                    && p.getState() == PendingActivityState.PENDING_ACTIVITY_STATE_SCHEDULED);
  }

  /** Whether some open activity call of the run waits out a retry backoff. */
  boolean anyBackingOff() {
    List<HistoryEvent> events = events(workflowId);
    for (HistoryEvent scheduled : OpenWork.activities(events)) {
      String id = scheduled.getActivityTaskScheduledEventAttributes().getActivityId();
      if (!held.isHeld(workflowId, id) && backingOff(workflowId, id)) {
        return true;
      }
    }
    return false;
  }

  private static boolean taskOpen(List<HistoryEvent> events) {
    boolean open = false;
    for (HistoryEvent e : events) {
      switch (e.getEventType()) {
        case EVENT_TYPE_WORKFLOW_TASK_SCHEDULED -> open = true;
        case EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
            EVENT_TYPE_WORKFLOW_TASK_FAILED,
            EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT ->
            open = false;
        default -> {}
      }
    }
    return open;
  }

  private static List<String> taskFailures(List<HistoryEvent> events) {
    List<String> out = new ArrayList<>();
    for (HistoryEvent e : events) {
      if (e.hasWorkflowTaskFailedEventAttributes()) {
        out.add(e.getWorkflowTaskFailedEventAttributes().getFailure().getMessage());
      }
    }
    return out;
  }
}
