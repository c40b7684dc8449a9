package dev.wflow.debug;

import dev.wflow.temporal.activity.ActivityAnswer;
import java.time.Duration;

/**
 * One thing from outside that moved the run: what {@code back}, {@code goto} and {@code restart}
 * feed a fresh run to rebuild it, what {@code save test} turns into mocks and signals, and what a
 * recorded history is read into for replay mode.
 */
sealed interface SessionInput {

  /**
   * An activity call answered: the {@code ordinal}-th call of {@code activityId} (from 1) in {@code
   * workflowId}, with the answer it got. A call the project's own entry answered is recorded with
   * that entry's answer, so a rebuild gives the same value without running the entry again (its
   * side effects and random IDs would differ).
   */
  record Answer(String workflowId, String activityId, int ordinal, ActivityAnswer answer)
      implements SessionInput {}

  /** The clock moved on by {@code duration}. */
  record Skip(Duration duration) implements SessionInput {}

  /** The clock moved on to {@code offset} after the start (replay mode). */
  record SkipTo(Duration offset) implements SessionInput {}

  /** A signal. */
  record Signal(String topic, Object payload) implements SessionInput {}

  /** An update. */
  record Update(String name, Object payload) implements SessionInput {}

  /** A cancellation request. */
  record Cancel() implements SessionInput {}
}
