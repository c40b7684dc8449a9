package dev.wflow.debug;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.activity.ActivityAnswer;
import dev.wflow.temporal.history.HistoryText;
import dev.wflow.temporal.workflow.CommandSite;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.common.converter.GlobalDataConverter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replay mode: a recorded history read back into the inputs that made it (the start input, each
 * activity's answer, each timer's firing time, each signal), fed one by one to a live run of the
 * current code. Each step shows the commands the code issues with their Lua lines, and a command
 * the recording does not have is a determinism failure.
 */
final class Replay {

  private final String entryId;
  private final List<Object> args;
  private final List<SessionInput> inputs;
  private final List<String> signature;
  private int next;

  private Replay(String entryId, List<Object> args, List<SessionInput> inputs, List<String> sig) {
    this.entryId = entryId;
    this.args = args;
    this.inputs = inputs;
    this.signature = sig;
  }

  /**
   * Reads a history (Temporal JSON: {@code temporal workflow show -o json}, {@code wflow run
   * --history}, {@code wflow test --history-dir}).
   *
   * @throws dev.wflow.temporal.history.HistoryFormatException when it is no history
   * @throws IllegalArgumentException when its workflow is not in the project
   */
  static Replay read(LuaProject project, String json) {
    WorkflowExecutionHistory history = HistoryText.parse(json);
    List<HistoryEvent> events = history.getEvents();
    var started = events.get(0).getWorkflowExecutionStartedEventAttributes();
    String type = started.getWorkflowType().getName();
    LuaEntry entry =
        project
            .workflowOfType(type)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the history is of workflow type "
                            + type
                            + ", which no workflow entry of the project has"));
    Instant start = time(events.get(0));
    String workflowId = entry.id().replace(':', '.') + "-debug";
    List<SessionInput> inputs = new ArrayList<>();
    Map<Long, String> types = new HashMap<>();
    Map<String, Integer> ordinals = new HashMap<>();
    Map<Long, Integer> ordinalOf = new HashMap<>();
    for (HistoryEvent e : events) {
      Duration at = Duration.between(start, time(e));
      switch (e.getEventType()) {
        case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED -> {
          String t = e.getActivityTaskScheduledEventAttributes().getActivityType().getName();
          types.put(e.getEventId(), t);
          ordinalOf.put(e.getEventId(), ordinals.merge(t, 1, Integer::sum));
        }
        case EVENT_TYPE_ACTIVITY_TASK_COMPLETED -> {
          long id = e.getActivityTaskCompletedEventAttributes().getScheduledEventId();
          inputs.add(new SessionInput.SkipTo(at));
          inputs.add(
              new SessionInput.Answer(
                  workflowId,
                  types.get(id),
                  ordinalOf.get(id),
                  ActivityAnswer.value(
                      first(e.getActivityTaskCompletedEventAttributes().getResult()))));
        }
        case EVENT_TYPE_ACTIVITY_TASK_FAILED -> {
          long id = e.getActivityTaskFailedEventAttributes().getScheduledEventId();
          inputs.add(new SessionInput.SkipTo(at));
          inputs.add(
              new SessionInput.Answer(
                  workflowId,
                  types.get(id),
                  ordinalOf.get(id),
                  error(e.getActivityTaskFailedEventAttributes().getFailure())));
        }
        case EVENT_TYPE_TIMER_FIRED, EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT ->
            inputs.add(new SessionInput.SkipTo(at));
        case EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED -> {
          var a = e.getWorkflowExecutionSignaledEventAttributes();
          inputs.add(new SessionInput.SkipTo(at));
          inputs.add(new SessionInput.Signal(a.getSignalName(), first(a.getInput())));
        }
        case EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED -> {
          inputs.add(new SessionInput.SkipTo(at));
          inputs.add(new SessionInput.Cancel());
        }
        default -> {}
      }
    }
    List<Object> args = values(started.getInput());
    return new Replay(entry.id(), args, inputs, IssuedEvents.signature(events));
  }

  String entryId() {
    return entryId;
  }

  List<Object> args() {
    return args;
  }

  /** Inputs not yet fed. */
  int remaining() {
    return inputs.size() - next;
  }

  void rewind(int to) {
    next = to;
  }

  /** Notes that a rebuild fed the next input itself. */
  void skipFed() {
    next++;
  }

  /**
   * Feeds the next recorded input (after moving the clock to its time), recording what it feeds in
   * the session; false when the recording is used up.
   */
  boolean feedNext(DebugSession s) {
    while (next < inputs.size()) {
      SessionInput input = inputs.get(next++);
      s.apply(input);
      s.recording().add(input);
      // A clock move is a step of its own when it fires something (a timer: nothing else was
      // recorded at that time), not when it only catches up with the time the next answer,
      // signal or cancellation came at.
      boolean catchUp =
          input instanceof SessionInput.SkipTo
              && next < inputs.size()
              && !(inputs.get(next) instanceof SessionInput.SkipTo);
      if (!catchUp) {
        return true;
      }
    }
    return false;
  }

  /** A determinism failure when the live run issued a command the recording does not have. */
  String divergence(List<String> live, List<CommandSite> sites) {
    if (live.size() > signature.size()) {
      return "determinism failure: the current code issued '"
          + live.get(signature.size())
          + "' (command "
          + (signature.size() + 1)
          + "), which the recording does not have";
    }
    return Divergence.between(signature.subList(0, live.size()), live, sites, "the current code");
  }

  private static Instant time(HistoryEvent e) {
    return Instant.ofEpochSecond(e.getEventTime().getSeconds(), e.getEventTime().getNanos());
  }

  private static Object first(Payloads payloads) {
    List<Object> all = values(payloads);
    return all.isEmpty() ? null : all.get(0);
  }

  private static List<Object> values(Payloads payloads) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < payloads.getPayloadsCount(); i++) {
      out.add(
          GlobalDataConverter.get()
              .fromPayload(payloads.getPayloads(i), Object.class, Object.class));
    }
    return out;
  }

  private static ActivityAnswer error(Failure f) {
    Failure inner = f.hasCause() ? f.getCause() : f;
    String kind =
        inner.hasApplicationFailureInfo() ? inner.getApplicationFailureInfo().getType() : "";
    // The recording holds the call's last attempt: it ends the call, so it is not retried again.
    return ActivityAnswer.error(kind, inner.getMessage(), false);
  }
}
