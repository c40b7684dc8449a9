package dev.wflow.temporal;

import java.time.Duration;

/**
 * Something a worker did: a workflow execution or an activity attempt began or ended on it.
 *
 * @param kind whether a workflow or an activity
 * @param phase began, completed or failed (a run continued as new reports no end)
 * @param type the workflow type or activity type (entry ID)
 * @param workflowId the workflow the task belongs to
 * @param taskQueue the queue it came from
 * @param attempt the activity attempt (1 for workflows)
 * @param took how long it ran on this worker ({@link Duration#ZERO} when it began)
 * @param failure a one-line reason when it failed, else null
 */
public record TaskEvent(
    Kind kind,
    Phase phase,
    String type,
    String workflowId,
    String taskQueue,
    int attempt,
    Duration took,
    String failure) {

  /** What ran. */
  public enum Kind {
    WORKFLOW,
    ACTIVITY
  }

  /** Where in its life it is. */
  public enum Phase {
    STARTED,
    COMPLETED,
    FAILED
  }
}
