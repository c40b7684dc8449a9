package dev.wflow.testing;

/** How one test ended. */
public enum Outcome {
  PASSED,
  /** An assertion failed, or the replay check found the workflow non-deterministic. */
  FAILED,
  /** The test raised an error that is not an assertion, or timed out. */
  ERROR,
  SKIPPED;

  public boolean failing() {
    return this == FAILED || this == ERROR;
  }
}
