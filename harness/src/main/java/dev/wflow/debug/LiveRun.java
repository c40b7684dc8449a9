package dev.wflow.debug;

import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.EnvironmentOptions;
import dev.wflow.temporal.LocalEnvironment;
import dev.wflow.temporal.StartOptions;
import dev.wflow.temporal.WorkflowRun;
import dev.wflow.temporal.workflow.CommandSite;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One debugged workflow run in its own in-memory environment, with every activity call held by
 * {@link HeldCalls}. The clock is Temporal's test clock, locked except while {@link #skip} moves
 * it, so the run moves only when the session answers a call, sends it something or skips time.
 */
final class LiveRun implements AutoCloseable {

  private final LocalEnvironment env;
  private final HeldCalls held;
  private final WorkflowRun run;
  private final Instant started;
  private final SiteLog sites;
  private final RunSettler settler;

  private LiveRun(LocalEnvironment env, WorkflowRun run, HeldCalls held, SiteLog sites) {
    this.env = env;
    this.sites = sites;
    this.run = run;
    this.held = held;
    this.started = env.now();
    this.settler = new RunSettler(env.client(), run.workflowId(), held, this::waiting);
  }

  /** Starts {@code entryId} with {@code args} under a fixed workflow ID, so rebuilds match. */
  static LiveRun start(
      LuaProject project,
      Duration runawayLimit,
      String entryId,
      List<Object> args,
      java.util.function.Consumer<String> log) {
    HeldCalls calls = new HeldCalls();
    SiteLog sites = new SiteLog();
    LocalEnvironment env =
        LocalEnvironment.start(
            project,
            EnvironmentOptions.newBuilder()
                .listener(sites)
                .runawayLimit(runawayLimit)
                .log(log)
                .build());
    try {
      WorkflowRun run =
          env.start(
              entryId,
              args,
              StartOptions.newBuilder()
                  .workflowId(entryId.replace(':', '.') + "-debug")
                  .handler(calls)
                  .build());
      return new LiveRun(env, run, calls, sites);
    } catch (RuntimeException e) {
      calls.close();
      env.closeInBackground();
      throw e;
    }
  }

  WorkflowRun run() {
    return run;
  }

  HeldCalls held() {
    return held;
  }

  /** The root run's history as Temporal keeps it. */
  List<HistoryEvent> events() {
    return events(run.workflowId());
  }

  /** The history of the run or one of its children. */
  List<HistoryEvent> eventsOf(String workflowId) {
    return events(workflowId);
  }

  private List<HistoryEvent> events(String workflowId) {
    return env.client().fetchHistory(workflowId).getEvents();
  }

  /** Lua lines of the commands the run issued, in order. */
  List<CommandSite> sites() {
    return sites.of(run.workflowId());
  }

  /**
   * Answers a held call: with {@code answer}, or, when empty, by running the project's own {@code
   * function.lua} entry with the call's arguments. Returns the answer the call got.
   */
  dev.wflow.temporal.activity.ActivityAnswer release(
      HeldCall call, java.util.Optional<dev.wflow.temporal.activity.ActivityAnswer> answer) {
    var given = answer.orElseGet(() -> runReal(call.call()));
    held.release(call, given);
    return given;
  }

  private dev.wflow.temporal.activity.ActivityAnswer runReal(PendingCall call) {
    var outcome = env.callFunction(call.activityId(), call.args());
    if (outcome.ok()) {
      return dev.wflow.temporal.activity.ActivityAnswer.value(outcome.value());
    }
    var e = outcome.error();
    return dev.wflow.temporal.activity.ActivityAnswer.error(e.kind(), e.message(), e.retryable());
  }

  /** Workflow time since the start. */
  long elapsedSeconds() {
    return Duration.between(started, now()).toSeconds();
  }

  /**
   * The workflow's clock: the test server's, or, once the run has closed, the time it closed at.
   * After the close the server's clock jumps to the run's leftover timeout timer (ten years on)
   * whenever a client waits, which is no time the workflow ever saw.
   */
  Instant now() {
    List<HistoryEvent> events = events();
    if (closed(events)) {
      var t = events.get(events.size() - 1).getEventTime();
      return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }
    return env.now();
  }

  void skip(Duration d) {
    env.sleep(d);
  }

  boolean closed(List<HistoryEvent> events) {
    return !events.isEmpty() && isClosing(events.get(events.size() - 1));
  }

  /**
   * Waits until the run has nothing to do without the user; null then, or why it stopped waiting
   * (see {@link RunSettler#settle}).
   */
  String settle(BooleanSupplier interrupted) {
    return settler.settle(interrupted);
  }

  /** Whether some open activity call of the run waits out a retry backoff. */
  boolean anyBackingOff() {
    return settler.anyBackingOff();
  }

  /** Time until the earliest open timer of the run fires, or null when none is open. */
  Duration nextTimer() {
    return OpenWork.nextTimer(events(), env.now());
  }

  /** The scheduled event of a held call in its workflow's history, or -1. */
  long scheduledEventOf(HeldCall call) {
    for (HistoryEvent e : events(call.call().workflowId())) {
      if (e.hasActivityTaskScheduledEventAttributes()
          && e.getActivityTaskScheduledEventAttributes()
              .getActivityId()
              .equals(call.temporalId())) {
        return e.getEventId();
      }
    }
    return -1;
  }

  /** What the run waits for, from its {@code state} query ("result of app:x at src/w.lua:12"). */
  String waiting() {
    try {
      Object state = run.query("state");
      return state instanceof Map<?, ?> m ? String.valueOf(m.get("waiting")) : "";
    } catch (RuntimeException e) {
      return "";
    }
  }

  static boolean isClosing(HistoryEvent e) {
    return switch (e.getEventType()) {
      case EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
          EVENT_TYPE_WORKFLOW_EXECUTION_FAILED,
          EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED,
          EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED,
          EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT,
          EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW ->
          true;
      default -> false;
    };
  }

  @Override
  public void close() {
    held.close();
    env.closeInBackground();
  }
}
