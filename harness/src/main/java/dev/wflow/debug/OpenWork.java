package dev.wflow.debug;

import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Open work in a history: activity calls, timers and child workflows started and not yet closed.
 *
 * <pre>{@code
 * for (HistoryEvent started : OpenWork.timers(events)) { ... }
 * }</pre>
 */
final class OpenWork {
  private OpenWork() {}

  static List<HistoryEvent> activities(List<HistoryEvent> events) {
    Set<Long> closed = new HashSet<>();
    for (HistoryEvent e : events) {
      switch (e.getEventType()) {
        case EVENT_TYPE_ACTIVITY_TASK_COMPLETED ->
            closed.add(e.getActivityTaskCompletedEventAttributes().getScheduledEventId());
        case EVENT_TYPE_ACTIVITY_TASK_FAILED ->
            closed.add(e.getActivityTaskFailedEventAttributes().getScheduledEventId());
        case EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT ->
            closed.add(e.getActivityTaskTimedOutEventAttributes().getScheduledEventId());
        case EVENT_TYPE_ACTIVITY_TASK_CANCELED ->
            closed.add(e.getActivityTaskCanceledEventAttributes().getScheduledEventId());
        default -> {}
      }
    }
    return events.stream()
        .filter(
            e -> e.hasActivityTaskScheduledEventAttributes() && !closed.contains(e.getEventId()))
        .toList();
  }

  static List<HistoryEvent> timers(List<HistoryEvent> events) {
    Set<String> closed = new HashSet<>();
    for (HistoryEvent e : events) {
      if (e.hasTimerFiredEventAttributes()) {
        closed.add(e.getTimerFiredEventAttributes().getTimerId());
      } else if (e.hasTimerCanceledEventAttributes()) {
        closed.add(e.getTimerCanceledEventAttributes().getTimerId());
      }
    }
    return events.stream()
        .filter(
            e ->
                e.hasTimerStartedEventAttributes()
                    && !closed.contains(e.getTimerStartedEventAttributes().getTimerId()))
        .toList();
  }

  static List<String> children(List<HistoryEvent> events) {
    Set<String> closed = new HashSet<>();
    List<String> started = new ArrayList<>();
    for (HistoryEvent e : events) {
      if (e.hasChildWorkflowExecutionStartedEventAttributes()) {
        started.add(
            e.getChildWorkflowExecutionStartedEventAttributes()
                .getWorkflowExecution()
                .getWorkflowId());
      } else if (e.hasChildWorkflowExecutionCompletedEventAttributes()
          || e.hasChildWorkflowExecutionFailedEventAttributes()
          || e.hasChildWorkflowExecutionCanceledEventAttributes()
          || e.hasChildWorkflowExecutionTerminatedEventAttributes()
          || e.hasChildWorkflowExecutionTimedOutEventAttributes()) {
        closed.add(childId(e));
      }
    }
    return started.stream().filter(id -> !closed.contains(id)).toList();
  }

  private static String childId(HistoryEvent e) {
    if (e.hasChildWorkflowExecutionCompletedEventAttributes()) {
      return e.getChildWorkflowExecutionCompletedEventAttributes()
          .getWorkflowExecution()
          .getWorkflowId();
    }
    if (e.hasChildWorkflowExecutionFailedEventAttributes()) {
      return e.getChildWorkflowExecutionFailedEventAttributes()
          .getWorkflowExecution()
          .getWorkflowId();
    }
    if (e.hasChildWorkflowExecutionCanceledEventAttributes()) {
      return e.getChildWorkflowExecutionCanceledEventAttributes()
          .getWorkflowExecution()
          .getWorkflowId();
    }
    if (e.hasChildWorkflowExecutionTerminatedEventAttributes()) {
      return e.getChildWorkflowExecutionTerminatedEventAttributes()
          .getWorkflowExecution()
          .getWorkflowId();
    }
    return e.getChildWorkflowExecutionTimedOutEventAttributes()
        .getWorkflowExecution()
        .getWorkflowId();
  }

  /** Time from {@code now} until the earliest open timer fires, or null when none is open. */
  static Duration nextTimer(List<HistoryEvent> events, Instant now) {
    Duration next = null;
    for (HistoryEvent started : timers(events)) {
      var t = started.getTimerStartedEventAttributes().getStartToFireTimeout();
      Instant due =
          Instant.ofEpochSecond(
                  started.getEventTime().getSeconds(), started.getEventTime().getNanos())
              .plusSeconds(t.getSeconds())
              .plusNanos(t.getNanos());
      Duration left = Duration.between(now, due);
      if (left.isNegative() || left.isZero()) {
        left = Duration.ofMillis(1);
      }
      if (next == null || left.compareTo(next) < 0) {
        next = left;
      }
    }
    return next;
  }
}
