package dev.wflow.temporal.history;

/** Where a workflow run stands; {@link #label()} is the form JSON output uses. */
public enum RunStatus {
  RUNNING,
  COMPLETED,
  FAILED,
  CANCELED,
  TERMINATED,
  TIMED_OUT,
  CONTINUED;

  /** {@code completed}, {@code timed_out}, … */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean isClosed() {
    return this != RUNNING;
  }
}
