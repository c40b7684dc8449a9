package dev.wflow.debug;

import dev.wflow.runtime.GoDuration;
import dev.wflow.temporal.workflow.CommandSite;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the events a history gained into {@link Reply.Issued} values with the Lua line of each
 * command: the n-th activity event goes with the n-th activity site, and so on per kind, because
 * the workflow records a site for some commands (activities, timers, children) and not for others.
 */
final class IssuedEvents {

  private IssuedEvents() {}

  static List<Reply.Issued> since(List<HistoryEvent> events, int from, List<CommandSite> sites) {
    Map<String, Integer> seen = new HashMap<>();
    Map<Long, String> activityTypes = new HashMap<>();
    List<Reply.Issued> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      HistoryEvent e = events.get(i);
      String[] kd = kindAndDetail(e, activityTypes);
      if (kd == null) {
        continue;
      }
      int n = seen.merge(kd[0], 1, Integer::sum);
      if (i >= from) {
        out.add(new Reply.Issued(e.getEventId(), kd[0], kd[1], site(sites, kd[0], n)));
      }
    }
    return out;
  }

  private static String site(List<CommandSite> sites, String kind, int n) {
    String command = kind.equals("signal out") ? "signal" : kind;
    int seen = 0;
    for (CommandSite s : sites) {
      if (s.command().equals(command) && ++seen == n) {
        return s.where();
      }
    }
    return "";
  }

  /** The event's kind and detail, or null for workflow-task bookkeeping. */
  static String[] kindAndDetail(HistoryEvent e, Map<Long, String> activityTypes) {
    return switch (e.getEventType()) {
      case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED -> {
        String type = e.getActivityTaskScheduledEventAttributes().getActivityType().getName();
        activityTypes.put(e.getEventId(), type);
        yield new String[] {"activity", type};
      }
      case EVENT_TYPE_ACTIVITY_TASK_COMPLETED ->
          new String[] {
            "answered",
            activityTypes.getOrDefault(
                e.getActivityTaskCompletedEventAttributes().getScheduledEventId(), "?")
          };
      case EVENT_TYPE_ACTIVITY_TASK_FAILED ->
          new String[] {
            "activity failed",
            activityTypes.getOrDefault(
                    e.getActivityTaskFailedEventAttributes().getScheduledEventId(), "?")
                + ": "
                + e.getActivityTaskFailedEventAttributes().getFailure().getMessage()
          };
      case EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT ->
          new String[] {
            "activity timed out",
            activityTypes.getOrDefault(
                e.getActivityTaskTimedOutEventAttributes().getScheduledEventId(), "?")
          };
      case EVENT_TYPE_TIMER_STARTED -> {
        var d = e.getTimerStartedEventAttributes().getStartToFireTimeout();
        yield new String[] {
          "timer", GoDuration.format(Duration.ofSeconds(d.getSeconds(), d.getNanos()))
        };
      }
      case EVENT_TYPE_TIMER_FIRED -> new String[] {"timer fired", ""};
      case EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED ->
          new String[] {"signal", e.getWorkflowExecutionSignaledEventAttributes().getSignalName()};
      case EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED ->
          new String[] {
            "child", e.getStartChildWorkflowExecutionInitiatedEventAttributes().getWorkflowId()
          };
      case EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED -> new String[] {"child completed", ""};
      case EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED -> new String[] {"child failed", ""};
      case EVENT_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED ->
          new String[] {
            "signal out",
            e.getSignalExternalWorkflowExecutionInitiatedEventAttributes().getSignalName()
          };
      case EVENT_TYPE_MARKER_RECORDED ->
          new String[] {"marker", e.getMarkerRecordedEventAttributes().getMarkerName()};
      case EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES -> new String[] {"attrs", "search"};
      case EVENT_TYPE_WORKFLOW_PROPERTIES_MODIFIED -> new String[] {"attrs", "memo"};
      case EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED ->
          new String[] {
            "update",
            e.getWorkflowExecutionUpdateAcceptedEventAttributes()
                .getAcceptedRequest()
                .getInput()
                .getName()
          };
      case EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED -> new String[] {"cancel requested", ""};
      case EVENT_TYPE_WORKFLOW_TASK_FAILED ->
          new String[] {
            "task failed", e.getWorkflowTaskFailedEventAttributes().getFailure().getMessage()
          };
      case EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED -> new String[] {"completed", ""};
      case EVENT_TYPE_WORKFLOW_EXECUTION_FAILED ->
          new String[] {
            "failed", e.getWorkflowExecutionFailedEventAttributes().getFailure().getMessage()
          };
      case EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED -> new String[] {"canceled", ""};
      case EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED ->
          new String[] {
            "terminated", e.getWorkflowExecutionTerminatedEventAttributes().getReason()
          };
      case EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT -> new String[] {"timed out", ""};
      case EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW -> new String[] {"continued as new", ""};
      default -> null;
    };
  }

  /** What must match between a recorded history and its rebuild: kinds and details, in order. */
  static List<String> signature(List<HistoryEvent> events) {
    Map<Long, String> types = new HashMap<>();
    List<String> out = new ArrayList<>();
    for (HistoryEvent e : events) {
      String[] kd = kindAndDetail(e, types);
      if (kd != null && isCommand(kd[0])) {
        out.add(kd[0] + " " + kd[1]);
      }
    }
    return out;
  }

  /** Kinds the workflow code itself issues: a replay must issue the same ones in the same order. */
  static boolean isCommand(String kind) {
    return switch (kind) {
      case "activity", "timer", "child", "signal out", "attrs", "completed", "continued as new" ->
          true;
      default -> false;
    };
  }
}
