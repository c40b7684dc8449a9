package dev.wflow.temporal.history;

import dev.wflow.runtime.GoDuration;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.util.Map;

/** One-line descriptions of history events for timelines and test failure reports. */
final class EventSummaries {

  private EventSummaries() {}

  /** {@code ActivityTaskScheduled} for {@code EVENT_TYPE_ACTIVITY_TASK_SCHEDULED}. */
  static String typeName(HistoryEvent e) {
    StringBuilder out = new StringBuilder();
    for (String part : e.getEventType().name().replace("EVENT_TYPE_", "").split("_")) {
      out.append(part.charAt(0)).append(part.substring(1).toLowerCase());
    }
    return out.toString();
  }

  static boolean isCommandEvent(HistoryEvent e) {
    return switch (e.getEventType()) {
      case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED,
          EVENT_TYPE_TIMER_STARTED,
          EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED,
          EVENT_TYPE_MARKER_RECORDED,
          EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES,
          EVENT_TYPE_WORKFLOW_PROPERTIES_MODIFIED,
          EVENT_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED,
          EVENT_TYPE_REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED,
          EVENT_TYPE_ACTIVITY_TASK_CANCEL_REQUESTED,
          EVENT_TYPE_TIMER_CANCELED,
          EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
          EVENT_TYPE_WORKFLOW_EXECUTION_FAILED,
          EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW ->
          true;
      default -> false;
    };
  }

  /** A summary, or null for bookkeeping events left out of timelines. */
  static String summary(HistoryEvent e, Map<Long, String> activityNames) {
    return switch (e.getEventType()) {
      case EVENT_TYPE_WORKFLOW_EXECUTION_STARTED -> {
        var a = e.getWorkflowExecutionStartedEventAttributes();
        yield a.getWorkflowType().getName()
            + " "
            + HistoryView.json(HistoryView.values(a.getInput()));
      }
      case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED -> {
        var a = e.getActivityTaskScheduledEventAttributes();
        activityNames.put(e.getEventId(), a.getActivityType().getName());
        yield a.getActivityType().getName()
            + " "
            + HistoryView.json(HistoryView.values(a.getInput()));
      }
      case EVENT_TYPE_ACTIVITY_TASK_COMPLETED -> {
        var a = e.getActivityTaskCompletedEventAttributes();
        yield activityNames.getOrDefault(a.getScheduledEventId(), "?")
            + " → "
            + HistoryView.json(HistoryView.first(a.getResult()));
      }
      case EVENT_TYPE_ACTIVITY_TASK_FAILED -> {
        var a = e.getActivityTaskFailedEventAttributes();
        ErrorInfo err = HistoryView.error(a.getFailure());
        yield activityNames.getOrDefault(a.getScheduledEventId(), "?") + " failed: " + label(err);
      }
      case EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT ->
          activityNames.getOrDefault(
                  e.getActivityTaskTimedOutEventAttributes().getScheduledEventId(), "?")
              + " timed out";
      case EVENT_TYPE_TIMER_STARTED -> {
        var d = e.getTimerStartedEventAttributes().getStartToFireTimeout();
        yield "timer " + GoDuration.format(Duration.ofSeconds(d.getSeconds(), d.getNanos()));
      }
      case EVENT_TYPE_TIMER_FIRED -> "timer fired";
      case EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED -> {
        var a = e.getWorkflowExecutionSignaledEventAttributes();
        yield a.getSignalName() + " " + HistoryView.json(HistoryView.values(a.getInput()));
      }
      case EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED ->
          e.getWorkflowExecutionUpdateAcceptedEventAttributes()
              .getAcceptedRequest()
              .getInput()
              .getName();
      case EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED -> "update completed";
      case EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED -> {
        var a = e.getStartChildWorkflowExecutionInitiatedEventAttributes();
        yield a.getWorkflowType().getName() + " as " + a.getWorkflowId();
      }
      case EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED ->
          e.getChildWorkflowExecutionCompletedEventAttributes()
                  .getWorkflowExecution()
                  .getWorkflowId()
              + " → "
              + HistoryView.json(
                  HistoryView.first(
                      e.getChildWorkflowExecutionCompletedEventAttributes().getResult()));
      case EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED ->
          e.getChildWorkflowExecutionFailedEventAttributes().getWorkflowExecution().getWorkflowId()
              + " failed: "
              + label(
                  HistoryView.error(
                      e.getChildWorkflowExecutionFailedEventAttributes().getFailure()));
      case EVENT_TYPE_MARKER_RECORDED -> e.getMarkerRecordedEventAttributes().getMarkerName();
      case EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES ->
          String.join(
              ", ",
              e.getUpsertWorkflowSearchAttributesEventAttributes()
                  .getSearchAttributes()
                  .getIndexedFieldsMap()
                  .keySet());
      case EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED -> "cancel requested";
      case EVENT_TYPE_WORKFLOW_TASK_FAILED ->
          e.getWorkflowTaskFailedEventAttributes().getFailure().getMessage();
      case EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED ->
          HistoryView.json(
              HistoryView.first(e.getWorkflowExecutionCompletedEventAttributes().getResult()));
      case EVENT_TYPE_WORKFLOW_EXECUTION_FAILED ->
          label(HistoryView.error(e.getWorkflowExecutionFailedEventAttributes().getFailure()));
      case EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW ->
          HistoryView.json(
              HistoryView.values(e.getWorkflowExecutionContinuedAsNewEventAttributes().getInput()));
      case EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED -> "canceled";
      case EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED ->
          e.getWorkflowExecutionTerminatedEventAttributes().getReason();
      case EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT -> "timed out";
      case EVENT_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED ->
          e.getSignalExternalWorkflowExecutionInitiatedEventAttributes().getSignalName()
              + " to "
              + e.getSignalExternalWorkflowExecutionInitiatedEventAttributes()
                  .getWorkflowExecution()
                  .getWorkflowId();
      default -> null;
    };
  }

  static String label(ErrorInfo e) {
    return (e.kind() == null || e.kind().isEmpty() ? "" : e.kind() + ": ") + e.message();
  }
}
