package dev.wflow.temporal;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.temporal.history.ActivityCall;
import dev.wflow.temporal.history.ChildRun;
import dev.wflow.temporal.history.ErrorInfo;
import dev.wflow.temporal.history.HistoryView;
import dev.wflow.temporal.history.RunEvent;
import dev.wflow.temporal.history.RunStatus;
import dev.wflow.temporal.history.VirtualElapsed;
import dev.wflow.temporal.workflow.FailureMapping;
import dev.wflow.temporal.workflow.LuaWorkflow;
import dev.wflow.temporal.workflow.MessageHeaders;
import dev.wflow.temporal.workflow.WorkflowBinding;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One workflow run in a {@link LocalEnvironment}, driven from outside: wait for its outcome,
 * signal, update, query, cancel, advance time, and inspect what it did. Values are plain Java JSON
 * values.
 *
 * <pre>{@code
 * WorkflowRun run = env.start("app:approval", List.of(Map.of("id", "o1")), StartOptions.defaults());
 * run.sleep(Duration.ofHours(2));
 * run.signal("approve", Map.of("by", "ann"));
 * RunOutcome outcome = run.result(Duration.ofSeconds(30));
 * double hours = run.elapsed() / 3600;
 * String json = run.historyJson(); // what `temporal workflow show -o json` prints
 * }</pre>
 */
public final class WorkflowRun {

  private static final int TASK_FAILURES_BEFORE_GIVING_UP = 3;

  private final LocalEnvironment env;
  private final String workflowId;
  private final String firstRunId;
  private final LuaEntry entry;
  private CompletableFuture<Object> resultFuture;
  private RunOutcome outcome;
  private volatile String closedHistoryJson;

  WorkflowRun(LocalEnvironment env, String workflowId, String firstRunId, LuaEntry entry) {
    this.env = env;
    this.workflowId = workflowId;
    this.firstRunId = firstRunId;
    this.entry = entry;
  }

  public String workflowId() {
    return workflowId;
  }

  /** The workflow entry this run executes. */
  public LuaEntry entry() {
    return entry;
  }

  /** The pid Lua code would use for this run. */
  public String pid() {
    return WorkflowBinding.pid(env.project(), entry.worker(), workflowId);
  }

  private WorkflowStub stub() {
    return env.client().newUntypedWorkflowStub(workflowId);
  }

  /**
   * Waits (letting virtual time pass) until the run closes, at most {@code timeout} of wall time. A
   * run that cannot finish — a missing activity, a workflow task failing again and again, or no
   * result in time — is terminated and reported as failed or timed out with the cause; this never
   * hangs.
   */
  public synchronized RunOutcome result(Duration timeout) {
    if (outcome != null) {
      return outcome;
    }
    // Before the result wait switches time skipping on (see ClockHold).
    env.awaitingResult(workflowId, true);
    try {
      if (resultFuture == null) {
        resultFuture = stub().getResultAsync(Object.class);
      }
      return awaitResult(System.nanoTime() + timeout.toNanos(), timeout);
    } finally {
      env.awaitingResult(workflowId, false);
    }
  }

  private RunOutcome awaitResult(long deadline, Duration timeout) {
    while (true) {
      try {
        resultFuture.get(
            Math.min(500, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)),
            TimeUnit.MILLISECONDS);
        return outcome = closedOutcome();
      } catch (ExecutionException e) {
        return outcome = closedOutcome();
      } catch (TimeoutException e) {
        ErrorInfo stuck = stuck(deadline, timeout);
        if (stuck != null) {
          try {
            stub().terminate(stuck.message());
          } catch (WorkflowNotFoundException closedMeanwhile) {
            // It ended first (the environment ended it, or a runaway loop stopped): its history
            // says how.
            return outcome = closedOutcome();
          }
          return outcome = closedOutcome(stuck);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return outcome = closedOutcome(new ErrorInfo("Canceled", "interrupted", false, null));
      }
    }
  }

  /**
   * Waits up to {@code timeout} of wall time for the run to close, and never ends it: for a run on
   * a cluster, which other workers and clients share ({@link #result} terminates a stuck run).
   *
   * @return how it ended, or empty when it is still open
   */
  public synchronized java.util.Optional<RunOutcome> awaitClose(Duration timeout) {
    if (outcome != null) {
      return java.util.Optional.of(outcome);
    }
    if (resultFuture == null) {
      resultFuture = stub().getResultAsync(Object.class);
    }
    env.awaitingResult(workflowId, true);
    try {
      resultFuture.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      // closed, not completed: the history says how
    } catch (TimeoutException e) {
      return java.util.Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return java.util.Optional.empty();
    } finally {
      env.awaitingResult(workflowId, false);
    }
    return java.util.Optional.of(outcome = closedOutcome());
  }

  /**
   * How the run ended, read from its history, or empty while it is open. Unlike {@link #result} it
   * never waits on the server: a result wait switches time skipping on, and on the in-memory server
   * the clock would then jump to the workflow-task timeout of any other run whose task is in
   * flight.
   */
  public synchronized java.util.Optional<RunOutcome> outcomeIfClosed() {
    if (outcome == null && status().isClosed()) {
      outcome = closedOutcome();
    }
    return java.util.Optional.ofNullable(outcome);
  }

  private ErrorInfo stuck(long deadline, Duration timeout) {
    String problem = env.problemOf(workflowId);
    if (problem != null) {
      return new ErrorInfo("NotFound", problem, true, null);
    }
    List<String> failures = view().workflowTaskFailures();
    if (failures.size() >= TASK_FAILURES_BEFORE_GIVING_UP) {
      return new ErrorInfo(
          "Internal",
          "the workflow task failed "
              + failures.size()
              + " times: "
              + failures.get(failures.size() - 1),
          false,
          null);
    }
    if (System.nanoTime() >= deadline) {
      return new ErrorInfo(
          "Timeout",
          "no result within "
              + dev.wflow.runtime.GoDuration.format(timeout)
              + " of wall time ("
              + waitingFor()
              + ")",
          false,
          null);
    }
    return null;
  }

  /**
   * What the run waits for, asked by a query, or "still running". A query needs a workflow task: a
   * run spinning in Lua cannot answer, so the question is bounded, or a timeout would wait for the
   * SDK's own query timeout (a minute) past the limit it reports.
   */
  private String waitingFor() {
    java.util.concurrent.CompletableFuture<Object> state =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> query("state"));
    try {
      Object s = state.get(QUERY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      return s instanceof Map<?, ?> m ? "waiting for " + m.get("waiting") : "still running";
    } catch (ExecutionException | TimeoutException e) {
      state.cancel(true);
      return "still running";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "still running";
    }
  }

  private static final Duration QUERY_WAIT = Duration.ofSeconds(1);

  private RunOutcome closedOutcome() {
    return closedOutcome(null);
  }

  private RunOutcome closedOutcome(ErrorInfo override) {
    HistoryView last = view();
    String problem = env.problemOf(workflowId);
    if (override == null && problem != null && last.status() == RunStatus.TERMINATED) {
      override = new ErrorInfo("NotFound", problem, true, null);
    }
    RunStatus status = override != null ? statusOf(override) : last.status();
    ErrorInfo error = override != null ? override : last.failure();
    if (override == null && status == RunStatus.TIMED_OUT && error != null) {
      // With time skipping, a run that waits for something that never comes reaches its
      // execution timeout at once; say what it was waiting for.
      error = new ErrorInfo(error.kind(), error.message() + " (" + waitingFor() + ")", false, null);
    }
    Object result =
        status == RunStatus.COMPLETED
            ? last.result()
            : status == RunStatus.CANCELED ? last.returnedAfterCancel() : null;
    return new RunOutcome(
        status,
        result,
        status == RunStatus.COMPLETED || result != null ? null : error,
        elapsed(),
        last.length(),
        last.activityCalls());
  }

  private static RunStatus statusOf(ErrorInfo e) {
    return e.kind().equals("Timeout") ? RunStatus.TIMED_OUT : RunStatus.FAILED;
  }

  /**
   * Sends a signal (a message on {@code topic}).
   *
   * @throws RunClosedException when the run has already closed
   */
  public void signal(String topic, Object payload) {
    try {
      stub().signal(topic, payload);
    } catch (WorkflowNotFoundException e) {
      throw closed("signal " + topic, e);
    }
  }

  /**
   * Sends a signal from process {@code fromPid}: the workflow's {@code msg:from()} is that pid, so
   * it can answer.
   *
   * @throws RunClosedException when the run has already closed
   */
  public void signalFrom(String fromPid, String topic, Object payload) {
    try {
      MessageHeaders.sending(
          fromPid,
          null,
          () -> {
            stub().signal(topic, payload);
            return null;
          });
    } catch (WorkflowNotFoundException e) {
      throw closed("signal " + topic, e);
    }
  }

  /**
   * Ends the run at once ({@code process.terminate}); monitors see it exit with an error.
   *
   * @throws RunClosedException when the run has already closed
   */
  public void terminate(String reason) {
    try {
      stub().terminate(reason);
    } catch (WorkflowNotFoundException e) {
      throw closed("terminate", e);
    }
  }

  private RunClosedException closed(String attempted, Throwable cause) {
    RunStatus status;
    try {
      status = status();
    } catch (RuntimeException e) {
      status = RunStatus.RUNNING;
    }
    return new RunClosedException(attempted, workflowId, status, cause);
  }

  /**
   * Waits until the run has nothing to do without outside input: it closed, or it waits for a
   * signal, a timer (virtual time stands still meanwhile) or an activity answer that comes later
   * ({@link dev.wflow.temporal.activity.ActivityAnswer#later}). This is how a debugger steps: send
   * a signal or answer a call, then wait for the run to settle before showing where it is.
   *
   * <pre>{@code
   * run.signal("approve", Map.of("by", "ann"));
   * if (run.awaitIdle(Duration.ofSeconds(10))) {
   *   Object where = run.query("state"); // {waiting = "receive on inbox at app/order.lua:12"}
   * }
   * }</pre>
   *
   * @return false when it was still busy after {@code timeout} of wall time
   */
  public boolean awaitIdle(Duration timeout) {
    return new RunIdleness(env.client(), workflowId, env::deferredCalls).await(timeout);
  }

  /** Lets virtual time pass (in-memory server), running timers that fall due. */
  public void sleep(Duration d) {
    env.sleep(d);
  }

  /**
   * Sends a Temporal update and waits up to 30 s of wall time for the answer; the workflow answers
   * through the ack/ok/nak protocol (SPEC §8).
   *
   * @return the value on {@code ok}, or the error for {@code error}/{@code nak} (kind {@code
   *     Timeout} when the workflow never answers)
   */
  public UpdateOutcome update(String name, Object... args) {
    return update(name, Duration.ofSeconds(30), args);
  }

  /** {@link #update(String, Object...)} with a chosen wait. */
  public UpdateOutcome update(String name, Duration timeout, Object... args) {
    try {
      var handle =
          stub()
              .startUpdate(
                  UpdateOptions.newBuilder(Object.class)
                      .setUpdateName(name)
                      .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
                      .build(),
                  args);
      return new UpdateOutcome(handle.getResult(timeout.toMillis(), TimeUnit.MILLISECONDS), null);
    } catch (WorkflowNotFoundException e) {
      throw closed("send update " + name, e);
    } catch (WorkflowUpdateTimeoutOrCancelledException e) {
      return new UpdateOutcome(
          null,
          new ErrorInfo(
              "Timeout",
              "update "
                  + name
                  + " got no answer within "
                  + dev.wflow.runtime.GoDuration.format(timeout)
                  + " ("
                  + waitingFor()
                  + ")",
              false,
              null));
    } catch (WorkflowException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      var error = FailureMapping.toError(cause);
      return new UpdateOutcome(
          null, new ErrorInfo(error.kind(), error.message(), error.retryable(), null));
    }
  }

  /** Queries {@code state} or {@code pid}. */
  public Object query(String name) {
    return stub().query(name, Object.class);
  }

  /** A query with an argument ({@link dev.wflow.temporal.workflow.FrameQuery}). */
  public Object query(String name, Object arg) {
    return stub().query(name, Object.class, arg);
  }

  /**
   * Requests cancellation; the workflow sees a {@code pid.cancel} event.
   *
   * @throws RunClosedException when the run has already closed
   */
  public void cancel() {
    try {
      stub().cancel();
    } catch (WorkflowNotFoundException e) {
      throw closed("cancel", e);
    }
  }

  /** The current status of the latest run. */
  public RunStatus status() {
    WorkflowExecutionStatus s = stub().describe().getStatus();
    return switch (s) {
      case WORKFLOW_EXECUTION_STATUS_COMPLETED -> RunStatus.COMPLETED;
      case WORKFLOW_EXECUTION_STATUS_FAILED -> RunStatus.FAILED;
      case WORKFLOW_EXECUTION_STATUS_CANCELED -> RunStatus.CANCELED;
      case WORKFLOW_EXECUTION_STATUS_TERMINATED -> RunStatus.TERMINATED;
      case WORKFLOW_EXECUTION_STATUS_TIMED_OUT -> RunStatus.TIMED_OUT;
      case WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW -> RunStatus.CONTINUED;
      default -> RunStatus.RUNNING;
    };
  }

  /** Every recorded activity call of the latest run, in order. */
  public List<ActivityCall> calls() {
    return view().activityCalls();
  }

  /** The recorded calls of one activity ID. */
  public List<ActivityCall> calls(String activityId) {
    return calls().stream().filter(c -> c.id().equals(activityId)).toList();
  }

  /** The latest run's history as readable events. */
  public List<RunEvent> history() {
    return view().events();
  }

  /** Child workflows the latest run started. */
  public List<ChildRun> children() {
    return view().children();
  }

  /** {@code {search: {...}, memo: {...}}} as last upserted. */
  public Map<String, Object> attrs() {
    var info = stub().describe().getRawDescription().getWorkflowExecutionInfo();
    Map<String, Object> search = new LinkedHashMap<>();
    info.getSearchAttributes()
        .getIndexedFieldsMap()
        .forEach(
            (k, v) -> {
              if (!k.equals("TemporalChangeVersion") && !k.equals("BuildIds")) {
                search.put(k, HistoryView.value(v));
              }
            });
    Map<String, Object> memo = new LinkedHashMap<>();
    for (Map.Entry<String, Payload> e : info.getMemo().getFieldsMap().entrySet()) {
      if (!e.getKey().equals("ctx") && !e.getKey().equals(LuaWorkflow.RETURNED_AFTER_CANCEL)) {
        memo.put(e.getKey(), HistoryView.value(e.getValue()));
      }
    }
    Map<String, Object> attrs = new LinkedHashMap<>();
    attrs.put("search", search);
    attrs.put("memo", memo);
    return attrs;
  }

  /**
   * Whole virtual seconds from the first start to close (or to now while running); see {@link
   * VirtualElapsed} for how the real time the run computes is kept out of it.
   */
  public long elapsed() {
    HistoryView first =
        new HistoryView(env.client().fetchHistory(workflowId, firstRunId).getEvents());
    List<VirtualElapsed.Mark> times = new ArrayList<>(first.elapsedMarks());
    HistoryView last = first;
    if (first.status() == RunStatus.CONTINUED) {
      last = view();
      times.addAll(last.elapsedMarks());
    }
    if (!last.status().isClosed()) {
      times.add(new VirtualElapsed.Mark(env.now(), false));
    }
    return VirtualElapsed.ofMarks(times);
  }

  /**
   * The latest run's history in Temporal's JSON format ({@code temporal workflow show -o json}).
   */
  public String historyJson() {
    String cached = closedHistoryJson;
    if (cached != null) {
      return cached;
    }
    String json = env.client().fetchHistory(workflowId).toJson(true);
    if (outcome != null) {
      closedHistoryJson = json; // a closed run's history no longer changes
    }
    return json;
  }

  private HistoryView view() {
    return new HistoryView(env.client().fetchHistory(workflowId).getEvents());
  }
}
