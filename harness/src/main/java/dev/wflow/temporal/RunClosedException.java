package dev.wflow.temporal;

import dev.wflow.temporal.history.RunStatus;

/**
 * A signal, update or cancellation sent to a run that has already closed. Temporal answers those
 * with a bare "workflow not found" naming only IDs; this says what was attempted and how the run
 * ended.
 */
public final class RunClosedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final RunStatus status;

  RunClosedException(String attempted, String workflowId, RunStatus status, Throwable cause) {
    super(
        "cannot "
            + attempted
            + ": the run "
            + workflowId
            + " has already "
            + (status == RunStatus.RUNNING ? "closed" : status.label().replace('_', ' ')),
        cause);
    this.status = status;
  }

  /** How the run ended. */
  public RunStatus status() {
    return status;
  }
}
