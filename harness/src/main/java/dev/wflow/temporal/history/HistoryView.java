package dev.wflow.temporal.history;

import dev.wflow.runtime.LuaJson;
import dev.wflow.temporal.workflow.LuaWorkflow;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.GlobalDataConverter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what happened in a run from its history: activity calls, children, a readable event list,
 * status and virtual elapsed time. Works the same for the in-memory server and a cluster.
 */
public final class HistoryView {

  private static final DataConverter CONVERTER = GlobalDataConverter.get();

  private final List<HistoryEvent> events;

  public HistoryView(List<HistoryEvent> events) {
    this.events = List.copyOf(events);
  }

  public int length() {
    return events.size();
  }

  /** The status the last event shows. */
  public RunStatus status() {
    if (events.isEmpty()) {
      return RunStatus.RUNNING;
    }
    return switch (events.get(events.size() - 1).getEventType()) {
      case EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED -> RunStatus.COMPLETED;
      case EVENT_TYPE_WORKFLOW_EXECUTION_FAILED -> RunStatus.FAILED;
      case EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED -> RunStatus.CANCELED;
      case EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED -> RunStatus.TERMINATED;
      case EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT -> RunStatus.TIMED_OUT;
      case EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW -> RunStatus.CONTINUED;
      default -> RunStatus.RUNNING;
    };
  }

  public Instant startTime() {
    return events.isEmpty() ? Instant.EPOCH : time(events.get(0));
  }

  public Instant lastTime() {
    return events.isEmpty() ? Instant.EPOCH : time(events.get(events.size() - 1));
  }

  /** Every event's time, in history order. */
  public List<Instant> eventTimes() {
    return events.stream().map(HistoryView::time).toList();
  }

  /** Event times for {@link VirtualElapsed}, each marked when computing alone produces it. */
  public List<VirtualElapsed.Mark> elapsedMarks() {
    return events.stream().map(e -> new VirtualElapsed.Mark(time(e), computed(e))).toList();
  }

  private static boolean computed(HistoryEvent e) {
    return switch (e.getEventType()) {
      case EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
          EVENT_TYPE_WORKFLOW_TASK_STARTED,
          EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
          EVENT_TYPE_TIMER_STARTED,
          EVENT_TYPE_TIMER_CANCELED,
          EVENT_TYPE_ACTIVITY_TASK_SCHEDULED,
          EVENT_TYPE_ACTIVITY_TASK_STARTED,
          EVENT_TYPE_ACTIVITY_TASK_COMPLETED,
          EVENT_TYPE_ACTIVITY_TASK_FAILED,
          EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED,
          EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED,
          EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED,
          EVENT_TYPE_MARKER_RECORDED,
          EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES,
          EVENT_TYPE_WORKFLOW_PROPERTIES_MODIFIED,
          EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED,
          EVENT_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED,
          EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
          EVENT_TYPE_WORKFLOW_EXECUTION_FAILED,
          EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW ->
          true;
      default -> false;
    };
  }

  static Instant time(HistoryEvent e) {
    return Instant.ofEpochSecond(e.getEventTime().getSeconds(), e.getEventTime().getNanos());
  }

  /** Activity calls in the order they were scheduled. */
  public List<ActivityCall> activityCalls() {
    Map<Long, ActivityCall> calls = new LinkedHashMap<>();
    Map<Long, Integer> attempts = new HashMap<>();
    for (HistoryEvent e : events) {
      switch (e.getEventType()) {
        case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED -> {
          var a = e.getActivityTaskScheduledEventAttributes();
          calls.put(
              e.getEventId(),
              new ActivityCall(
                  a.getActivityType().getName(),
                  values(a.getInput()),
                  null,
                  null,
                  0,
                  e.getEventId()));
        }
        case EVENT_TYPE_ACTIVITY_TASK_STARTED ->
            attempts.put(
                e.getActivityTaskStartedEventAttributes().getScheduledEventId(),
                e.getActivityTaskStartedEventAttributes().getAttempt());
        case EVENT_TYPE_ACTIVITY_TASK_COMPLETED -> {
          var a = e.getActivityTaskCompletedEventAttributes();
          calls.computeIfPresent(
              a.getScheduledEventId(), (k, c) -> with(c, first(a.getResult()), null, attempts));
        }
        case EVENT_TYPE_ACTIVITY_TASK_FAILED -> {
          var a = e.getActivityTaskFailedEventAttributes();
          calls.computeIfPresent(
              a.getScheduledEventId(), (k, c) -> with(c, null, error(a.getFailure()), attempts));
        }
        case EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT -> {
          var a = e.getActivityTaskTimedOutEventAttributes();
          calls.computeIfPresent(
              a.getScheduledEventId(),
              (k, c) ->
                  with(
                      c,
                      null,
                      new ErrorInfo("Timeout", timeoutText(a.getFailure()), true, null),
                      attempts));
        }
        case EVENT_TYPE_ACTIVITY_TASK_CANCELED -> {
          var a = e.getActivityTaskCanceledEventAttributes();
          calls.computeIfPresent(
              a.getScheduledEventId(),
              (k, c) ->
                  with(c, null, new ErrorInfo("Canceled", "canceled", false, null), attempts));
        }
        default -> {}
      }
    }
    return List.copyOf(calls.values());
  }

  private static String timeoutText(Failure f) {
    return f.getMessage()
        + (f.hasCause() ? " (last failure: " + f.getCause().getMessage() + ")" : "");
  }

  private static ActivityCall with(
      ActivityCall c, Object result, ErrorInfo error, Map<Long, Integer> attempts) {
    return new ActivityCall(
        c.id(), c.args(), result, error, attempts.getOrDefault(c.eventId(), 1), c.eventId());
  }

  /** Child workflows started by this run. */
  public List<ChildRun> children() {
    Map<Long, ChildRun> children = new LinkedHashMap<>();
    for (HistoryEvent e : events) {
      switch (e.getEventType()) {
        case EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED -> {
          var a = e.getStartChildWorkflowExecutionInitiatedEventAttributes();
          children.put(
              e.getEventId(),
              new ChildRun(
                  a.getWorkflowType().getName(), a.getWorkflowId(), RunStatus.RUNNING, null, null));
        }
        case EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED -> {
          var a = e.getChildWorkflowExecutionCompletedEventAttributes();
          children.computeIfPresent(
              a.getInitiatedEventId(),
              (k, c) ->
                  new ChildRun(
                      c.type(), c.workflowId(), RunStatus.COMPLETED, first(a.getResult()), null));
        }
        case EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED -> {
          var a = e.getChildWorkflowExecutionFailedEventAttributes();
          children.computeIfPresent(
              a.getInitiatedEventId(),
              (k, c) ->
                  new ChildRun(
                      c.type(), c.workflowId(), RunStatus.FAILED, null, error(a.getFailure())));
        }
        case EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_CANCELED -> {
          var a = e.getChildWorkflowExecutionCanceledEventAttributes();
          children.computeIfPresent(
              a.getInitiatedEventId(),
              (k, c) -> new ChildRun(c.type(), c.workflowId(), RunStatus.CANCELED, null, null));
        }
        default -> {}
      }
    }
    return List.copyOf(children.values());
  }

  /** The final result, for a completed run. */
  public Object result() {
    HistoryEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
    return last != null && last.hasWorkflowExecutionCompletedEventAttributes()
        ? first(last.getWorkflowExecutionCompletedEventAttributes().getResult())
        : null;
  }

  /**
   * What a canceled run's workflow returned after the cancel request (see {@link
   * LuaWorkflow#RETURNED_AFTER_CANCEL}), or null.
   */
  public Object returnedAfterCancel() {
    Object returned = null;
    for (HistoryEvent e : events) {
      if (e.hasWorkflowPropertiesModifiedEventAttributes()) {
        Payload p =
            e.getWorkflowPropertiesModifiedEventAttributes()
                .getUpsertedMemo()
                .getFieldsMap()
                .get(LuaWorkflow.RETURNED_AFTER_CANCEL);
        if (p != null) {
          returned = value(p);
        }
      }
    }
    return returned;
  }

  /** The failure of a failed run, or null. */
  public ErrorInfo failure() {
    HistoryEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
    if (last == null) {
      return null;
    }
    if (last.hasWorkflowExecutionFailedEventAttributes()) {
      return error(last.getWorkflowExecutionFailedEventAttributes().getFailure());
    }
    if (last.hasWorkflowExecutionCanceledEventAttributes()) {
      return new ErrorInfo("Canceled", "workflow canceled", false, null);
    }
    if (last.hasWorkflowExecutionTerminatedEventAttributes()) {
      return new ErrorInfo(
          "Canceled",
          "terminated: " + last.getWorkflowExecutionTerminatedEventAttributes().getReason(),
          false,
          null);
    }
    if (last.hasWorkflowExecutionTimedOutEventAttributes()) {
      return new ErrorInfo("Timeout", "workflow execution timed out", false, null);
    }
    return null;
  }

  /** Messages of workflow task failures (what a hang would otherwise hide). */
  public List<String> workflowTaskFailures() {
    List<String> out = new ArrayList<>();
    for (HistoryEvent e : events) {
      if (e.hasWorkflowTaskFailedEventAttributes()) {
        var a = e.getWorkflowTaskFailedEventAttributes();
        out.add(
            a.getCause().name().replace("WORKFLOW_TASK_FAILED_CAUSE_", "")
                + ": "
                + a.getFailure().getMessage());
      }
    }
    return out;
  }

  /** Readable events; workflow-task bookkeeping is left out unless it failed. */
  public List<RunEvent> events() {
    List<RunEvent> out = new ArrayList<>();
    Map<Long, String> activityNames = new HashMap<>();
    for (HistoryEvent e : events) {
      String summary = EventSummaries.summary(e, activityNames);
      if (summary != null) {
        out.add(new RunEvent(e.getEventId(), EventSummaries.typeName(e), time(e), summary));
      }
    }
    return out;
  }

  /** The number of command-produced events up to and including {@code eventId}. */
  public int commandIndexOf(long eventId) {
    int n = 0;
    for (HistoryEvent e : events) {
      if (EventSummaries.isCommandEvent(e)) {
        n++;
      }
      if (e.getEventId() >= eventId) {
        return n;
      }
    }
    return n;
  }

  static ErrorInfo error(Failure f) {
    if (f.hasApplicationFailureInfo()) {
      var info = f.getApplicationFailureInfo();
      Object carried = info.hasDetails() ? first(info.getDetails()) : null;
      if (carried instanceof Map<?, ?> m && m.containsKey("kind")) {
        Object retry = m.get("retryable");
        return new ErrorInfo(
            info.getType(),
            f.getMessage(),
            retry instanceof Boolean b ? b : null,
            m.get("details"));
      }
      return new ErrorInfo(info.getType(), f.getMessage(), !info.getNonRetryable(), null);
    }
    if (f.hasTimeoutFailureInfo()) {
      return new ErrorInfo("Timeout", f.getMessage(), true, null);
    }
    if (f.hasCanceledFailureInfo()) {
      return new ErrorInfo("Canceled", f.getMessage(), false, null);
    }
    if (f.hasCause()) {
      return error(f.getCause());
    }
    return new ErrorInfo("Internal", f.getMessage(), null, null);
  }

  static List<Object> values(Payloads payloads) {
    List<Object> out = new ArrayList<>();
    for (Payload p : payloads.getPayloadsList()) {
      out.add(value(p));
    }
    return out;
  }

  static Object first(Payloads payloads) {
    return payloads.getPayloadsCount() == 0 ? null : value(payloads.getPayloads(0));
  }

  public static Object value(Payload p) {
    try {
      return CONVERTER.fromPayload(p, Object.class, Object.class);
    } catch (RuntimeException e) {
      return p.getData().toStringUtf8();
    }
  }

  static String json(Object v) {
    return LuaJson.write(v);
  }
}
