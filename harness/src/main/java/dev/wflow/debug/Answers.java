package dev.wflow.debug;

import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.activity.ActivityAnswer;
import io.temporal.api.history.v1.HistoryEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who answers each activity call: the session's mocks ({@code mock ID JSON}), else the project's
 * own {@code function.lua} entry, else the user ({@code complete}/{@code fail}). A call of an
 * activity with a breakpoint ({@code break activity ID}) always waits for the user, who may answer
 * it by hand or let the mock or entry answer it ({@code complete N} without JSON).
 */
final class Answers {

  private final LuaProject project;
  private final Breakpoints breakpoints;
  private final Map<String, Object> mocks = new LinkedHashMap<>();

  Answers(LuaProject project, Breakpoints breakpoints) {
    this.project = project;
    this.breakpoints = breakpoints;
  }

  void mock(String activityId, Object value) {
    mocks.put(activityId, value);
  }

  /** Drops the mock, so the project's own entry answers again. */
  void real(String activityId) {
    mocks.remove(activityId);
  }

  Map<String, Object> mocks() {
    return Map.copyOf(mocks);
  }

  void resetOrdinals() {
    // Ordinals are read from each run's history; nothing is cached between runs.
  }

  /**
   * The answer the session gives {@code call} by itself: a mock's value, or empty for the project's
   * own entry; none when only the user can answer it.
   */
  Optional<Optional<ActivityAnswer>> automatic(PendingCall call) {
    if (breakpoints.holdsActivity(call.activityId())) {
      return Optional.empty();
    }
    return own(call);
  }

  /**
   * The answer the session would give {@code call} were it not held by a breakpoint: a mock's
   * value, or empty for the project's own entry; none when only the user can answer it.
   */
  Optional<Optional<ActivityAnswer>> own(PendingCall call) {
    if (mocks.containsKey(call.activityId())) {
      return Optional.of(Optional.of(ActivityAnswer.value(mocks.get(call.activityId()))));
    }
    if (Entries.hasRealActivity(project, call.activityId())) {
      return Optional.of(Optional.empty());
    }
    return Optional.empty();
  }

  /** Why a call waits, as {@code pending} shows it. */
  String reason(PendingCall call) {
    if (breakpoints.holdsActivity(call.activityId())) {
      return "held by its breakpoint: 'complete "
          + call.number()
          + " JSON' or 'fail', or 'complete "
          + call.number()
          + "' to let "
          + (own(call).isPresent()
              ? mocks.containsKey(call.activityId()) ? "the mock" : "its function.lua"
              : "nothing (it has no mock and no function.lua entry)")
          + " answer";
    }
    if (mocks.containsKey(call.activityId())) {
      return "the mock answers it on 'step'";
    }
    if (Entries.hasRealActivity(project, call.activityId())) {
      return "its function.lua runs on 'step'";
    }
    return "no mock and no function.lua entry: 'complete " + call.number() + " JSON' or 'fail'";
  }

  /** Which call of its activity ID in its workflow {@code call} is (1 for the first). */
  int ordinalOf(LiveRun run, HeldCall call) {
    int n = 0;
    for (HistoryEvent e : run.eventsOf(call.call().workflowId())) {
      if (e.hasActivityTaskScheduledEventAttributes()) {
        var a = e.getActivityTaskScheduledEventAttributes();
        if (a.getActivityType().getName().equals(call.call().activityId())) {
          n++;
          if (a.getActivityId().equals(call.temporalId())) {
            return n;
          }
        }
      }
    }
    return n;
  }

  /** The waiting call that is the {@code ordinal}-th call of {@code activityId}. */
  Optional<HeldCall> find(LiveRun run, String workflowId, String activityId, int ordinal) {
    List<HeldCall> waiting = run.held().waiting();
    for (HeldCall c : waiting) {
      if (c.call().workflowId().equals(workflowId)
          && c.call().activityId().equals(activityId)
          && ordinalOf(run, c) == ordinal) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The waiting call a user means by {@code ref}: its number, or its activity ID (oldest). */
  Optional<HeldCall> byReference(LiveRun run, String ref) {
    String r = ref.startsWith("#") ? ref.substring(1) : ref;
    for (HeldCall c : run.held().waiting()) {
      if (Integer.toString(c.call().number()).equals(r) || c.call().activityId().equals(r)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
