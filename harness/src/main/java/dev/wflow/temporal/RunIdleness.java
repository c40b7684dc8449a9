package dev.wflow.temporal;

import dev.wflow.temporal.activity.ActivityDispatcher;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.PendingActivityState;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Whether a run has anything left to do without outside input: it is idle once it closed, or when
 * no workflow task is pending and every activity being executed waits for a later answer ({@link
 * dev.wflow.temporal.activity.ActivityAnswer#later}). Timers do not count: on the in-memory server
 * virtual time stands still unless someone waits for a result or sleeps, so a run waiting for a
 * timer, a signal or a hand answer is idle.
 */
final class RunIdleness {

  private static final long POLL_MILLIS = 10;

  private final WorkflowClient client;
  private final String workflowId;
  private final ToIntFunction<String> deferredCalls;

  RunIdleness(WorkflowClient client, String workflowId, ToIntFunction<String> deferredCalls) {
    this.client = client;
    this.workflowId = workflowId;
    this.deferredCalls = deferredCalls;
  }

  /** Polls until idle; false when {@code timeout} of wall time passed first. */
  boolean await(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (idle()) {
        return true;
      }
      if (System.nanoTime() >= deadline) {
        return false;
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  boolean idle() {
    WorkflowStub stub = client.newUntypedWorkflowStub(workflowId);
    var description = stub.describe().getRawDescription();
    if (description.getWorkflowExecutionInfo().hasCloseTime()) {
      return true;
    }
    if (workflowTaskPending(client.fetchHistory(workflowId).getEvents())) {
      return false;
    }
    long running =
        description.getPendingActivitiesList().stream()
            .filter(a -> a.getState() == PendingActivityState.PENDING_ACTIVITY_STATE_STARTED)
            .count();
    return running <= deferredCalls.applyAsInt(ActivityDispatcher.rootWorkflowId(workflowId));
  }

  private static boolean workflowTaskPending(List<HistoryEvent> events) {
    boolean pending = false;
    for (HistoryEvent e : events) {
      EventType type = e.getEventType();
      if (type == EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED) {
        pending = true;
      } else if (type == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED
          || type == EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED
          || type == EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT) {
        pending = false;
      }
    }
    return pending;
  }
}
