package dev.wflow.testing;

import java.util.List;

/**
 * Why a test (or a whole test file) did not pass, with everything a developer needs to act on it.
 *
 * @param kind what went wrong
 * @param message the assertion's or error's message
 * @param location Lua {@code file:line}, or null when unknown
 * @param expected multi-line rendering of the expected value when a diff helps, else null
 * @param actual multi-line rendering of the actual value when a diff helps, else null
 * @param historyTail the last events of the workflow history involved, oldest first
 * @param reproduction how to reproduce the workflow run involved, or null
 */
public record Failure(
    Kind kind,
    String message,
    String location,
    String expected,
    String actual,
    List<String> historyTail,
    Reproduction reproduction) {

  /** What kind of failure. */
  public enum Kind {
    ASSERTION,
    ERROR,
    TIMEOUT,
    DETERMINISM,
    /** The test file could not be loaded or failed outside any test. */
    FILE
  }

  public Failure {
    historyTail = List.copyOf(historyTail);
  }

  public static Failure of(Kind kind, String message, String location) {
    return new Failure(kind, message, location, null, null, List.of(), null);
  }

  public boolean hasDiff() {
    return expected != null && actual != null;
  }

  public Failure withHistory(List<String> tail, Reproduction reproduction) {
    return new Failure(kind, message, location, expected, actual, tail, reproduction);
  }
}
