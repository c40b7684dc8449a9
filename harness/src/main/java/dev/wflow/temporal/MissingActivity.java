package dev.wflow.temporal;

import io.temporal.activity.ActivityInfo;
import io.temporal.api.common.v1.RetryPolicy;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import java.time.Duration;

/**
 * Whether Temporal would retry a call to a missing activity without end, read from the call's
 * scheduled event (the test server does not hand the retry policy to the activity): no attempt
 * limit, NotFound not excluded, and no schedule-to-close of its own (the server fills in the run's
 * timeout, ten years for a run without one; anything under a year is a deadline someone chose).
 *
 * <pre>{@code
 * if (MissingActivity.retriedForever(client, Activity.getExecutionContext().getInfo())) { ... }
 * }</pre>
 */
final class MissingActivity {

  private static final Duration NO_DEADLINE = Duration.ofDays(365);

  private MissingActivity() {}

  static boolean retriedForever(WorkflowClient client, ActivityInfo info) {
    for (HistoryEvent e : client.fetchHistory(info.getWorkflowId(), info.getRunId()).getEvents()) {
      if (e.hasActivityTaskScheduledEventAttributes()
          && e.getActivityTaskScheduledEventAttributes()
              .getActivityId()
              .equals(info.getActivityId())) {
        return retriedForever(e.getActivityTaskScheduledEventAttributes());
      }
    }
    return false;
  }

  static boolean retriedForever(ActivityTaskScheduledEventAttributes scheduled) {
    RetryPolicy retry = scheduled.getRetryPolicy();
    if (retry.getMaximumAttempts() > 0
        || retry.getNonRetryableErrorTypesList().contains("NotFound")) {
      return false;
    }
    if (!scheduled.hasScheduleToCloseTimeout()) {
      return true;
    }
    Duration deadline = Duration.ofSeconds(scheduled.getScheduleToCloseTimeout().getSeconds());
    return deadline.isZero() || deadline.compareTo(NO_DEADLINE) >= 0;
  }
}
