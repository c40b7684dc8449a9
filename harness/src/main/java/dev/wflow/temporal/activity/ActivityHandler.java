package dev.wflow.temporal.activity;

import java.util.List;

/**
 * Answers activity calls instead of (or before) the project's own {@code function.lua} entries:
 * mocks from {@code --mock} or a test's {@code :mock(...)}. Handlers are asked in order; the first
 * non-null answer wins.
 *
 * <p>Handlers run on Temporal activity threads, several at a time. A handler that calls into a Lua
 * state (a mock function written in a test file) must serialize those calls itself, because a LuaJ
 * state is not thread-safe.
 *
 * <pre>{@code
 * ActivityHandler charge = (type, args) ->
 *     type.equals("app:charge_payment") ? ActivityAnswer.value(Map.of("id", "pay-1")) : null;
 * }</pre>
 */
@FunctionalInterface
public interface ActivityHandler {

  /**
   * @param activityType the activity type, which is the entry ID ({@code app:charge_payment})
   * @param args the call's arguments as plain Java JSON values
   * @return the answer, or null to let the next handler decide
   */
  ActivityAnswer handle(String activityType, List<Object> args);

  /** A handler answering one activity type with a fixed value. */
  static ActivityHandler fixed(String activityType, Object value) {
    return (type, args) -> type.equals(activityType) ? ActivityAnswer.value(value) : null;
  }
}
