package dev.wflow.testing.workflow;

import java.util.List;

/**
 * What a test substitutes for an activity: called with the activity's arguments (JSON values),
 * answers with a value or an error. Mocks come first in the activity-handler chain; activities
 * without one run their real {@code function.lua} entry.
 */
@FunctionalInterface
public interface ActivityMock {

  /** The activity's outcome: a JSON value, or an error (SPEC §7). */
  record Answer(Object value, MockError error) {
    public static Answer of(Object value) {
      return new Answer(value, null);
    }

    public static Answer failed(MockError error) {
      return new Answer(null, error);
    }
  }

  /** {@code mock_error}: the kind, message and retryability the workflow sees. */
  record MockError(String kind, String message, Boolean retryable) {}

  Answer call(List<Object> args);
}
