package dev.wflow.debug;

import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.EnvironmentOptions;
import dev.wflow.temporal.LocalEnvironment;
import dev.wflow.temporal.StartOptions;
import dev.wflow.temporal.WorkflowRun;
import dev.wflow.temporal.workflow.CommandSite;
import io.temporal.api.enums.v1.PendingActivityState;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * One debugged workflow run in its own in-memory environment, with every activity call held by
 * {@link HeldCalls}. The clock is Temporal's test clock, locked except while {@link #skip} moves
 * it, so the run moves only when the session answers a call, sends it something or skips time.
 */
final class LiveRun implements AutoCloseable {

  /** Wall time one settle may take before the session says the run is still busy. */
  private static final Duration SETTLE_LIMIT = Duration.ofSeconds(45);

  private static final int TASK_FAILURES_BEFORE_GIVING_UP = 3;

  private final LocalEnvironment env;
  private final HeldCalls held;
  private final WorkflowRun run;
  private final Instant started;
  private final SiteLog sites;

  private LiveRun(LocalEnvironment env, WorkflowRun run, HeldCalls held, SiteLog sites) {
    this.env = env;
    this.sites = sites;
    this.run = run;
    this.held = held;
    this.started = env.now();
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
   * function.lua} entry with the call's arguments.
   */
  void release(
      HeldCall call, java.util.Optional<dev.wflow.temporal.activity.ActivityAnswer> answer) {
    held.release(call, answer.orElseGet(() -> runReal(call.call())));
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
    return Duration.between(started, env.now()).toSeconds();
  }

  Instant now() {
    return env.now();
  }

  void skip(Duration d) {
    env.sleep(d);
  }

  boolean closed(List<HistoryEvent> events) {
    return !events.isEmpty() && isClosing(events.get(events.size() - 1));
  }

  /**
   * Waits until the run has nothing to do without the user: no workflow task pending, every open
   * activity call held (or waiting out a retry backoff, which runs on the locked clock), in the run
   * and in its open children. Returns null then, or why it stopped waiting (interrupted, still busy
   * after {@link #SETTLE_LIMIT}, a workflow task failing again and again — then the run is
   * terminated with that cause, so it never hangs).
   */
  String settle(BooleanSupplier interrupted) {
    long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
    int idleReadings = 0;
    while (true) {
      if (interrupted.getAsBoolean()) {
        return "interrupted";
      }
      List<HistoryEvent> events = events();
      List<String> failures = taskFailures(events);
      if (failures.size() >= TASK_FAILURES_BEFORE_GIVING_UP) {
        String why =
            "the workflow task failed "
                + failures.size()
                + " times: "
                + failures.get(failures.size() - 1);
        env.client().newUntypedWorkflowStub(run.workflowId()).terminate(why);
        return why;
      }
      // Two idle readings in a row: a call just scheduled may not have reached its thread yet.
      idleReadings = idle(run.workflowId(), events, 0) ? idleReadings + 1 : 0;
      if (idleReadings >= 2) {
        return null;
      }
      if (System.nanoTime() > deadline) {
        return "the run is still busy after "
            + SETTLE_LIMIT.toSeconds()
            + " s of wall time ("
            + waiting()
            + ")";
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(15);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean idle(String workflowId, List<HistoryEvent> events, int depth) {
    if (events.isEmpty()) {
      return false;
    }
    if (closed(events)) {
      return true;
    }
    if (taskOpen(events)) {
      return false;
    }
    for (HistoryEvent scheduled : OpenWork.activities(events)) {
      String id = scheduled.getActivityTaskScheduledEventAttributes().getActivityId();
      if (!held.isHeld(workflowId, id) && !backingOff(workflowId, id)) {
        return false;
      }
    }
    if (depth < 5) {
      for (String child : OpenWork.children(events)) {
        if (!idle(child, events(child), depth + 1)) {
          return false;
        }
      }
    }
    return true;
  }

  /** An activity call whose last attempt failed waits for its retry on the (locked) clock. */
  private boolean backingOff(String workflowId, String activityId) {
    var pending =
        env.client()
            .newUntypedWorkflowStub(workflowId)
            .describe()
            .getRawDescription()
            .getPendingActivitiesList();
    return pending.stream()
        .anyMatch(
            p ->
                p.getActivityId().equals(activityId)
                    && p.getAttempt() > 1
                    && p.getState() == PendingActivityState.PENDING_ACTIVITY_STATE_SCHEDULED);
  }

  /** Whether some open activity call of the run waits out a retry backoff. */
  boolean anyBackingOff() {
    List<HistoryEvent> events = events();
    for (HistoryEvent scheduled : OpenWork.activities(events)) {
      String id = scheduled.getActivityTaskScheduledEventAttributes().getActivityId();
      if (!held.isHeld(run.workflowId(), id) && backingOff(run.workflowId(), id)) {
        return true;
      }
    }
    return false;
  }

  /** Time until the earliest open timer of the run fires, or null when none is open. */
  Duration nextTimer() {
    Instant now = env.now();
    Duration next = null;
    for (HistoryEvent started : OpenWork.timers(events())) {
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

  private static boolean taskOpen(List<HistoryEvent> events) {
    boolean open = false;
    for (HistoryEvent e : events) {
      switch (e.getEventType()) {
        case EVENT_TYPE_WORKFLOW_TASK_SCHEDULED -> open = true;
        case EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
            EVENT_TYPE_WORKFLOW_TASK_FAILED,
            EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT ->
            open = false;
        default -> {}
      }
    }
    return open;
  }

  private static List<String> taskFailures(List<HistoryEvent> events) {
    List<String> out = new ArrayList<>();
    for (HistoryEvent e : events) {
      if (e.hasWorkflowTaskFailedEventAttributes()) {
        out.add(e.getWorkflowTaskFailedEventAttributes().getFailure().getMessage());
      }
    }
    return out;
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

  /** Open work in a history: activities, timers and children not yet closed. */
  private static final class OpenWork {
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
  }
}
