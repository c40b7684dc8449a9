package dev.wflow.testing.workflow;

import dev.wflow.temporal.RunOutcome;
import dev.wflow.temporal.UpdateOutcome;
import dev.wflow.temporal.WorkflowRun;
import dev.wflow.temporal.history.ActivityCall;
import dev.wflow.temporal.history.ErrorInfo;
import dev.wflow.temporal.history.RunEvent;
import dev.wflow.temporal.history.RunStatus;
import dev.wflow.testing.DaemonThreads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A {@link TestRun} over the runtime's {@link WorkflowRun}. */
final class TemporalTestRun implements TestRun {

  /** Beyond the test's own timeout, so the test's watchdog reports a hang first. */
  private static final Duration RESULT_MARGIN = Duration.ofSeconds(5);

  /**
   * Waiting for results and updates blocks a thread per run; the common fork-join pool has one
   * thread per core less one, which would make parallel test files wait on each other.
   */
  private static final java.util.concurrent.ExecutorService WAITERS =
      java.util.concurrent.Executors.newCachedThreadPool(DaemonThreads.named("wflow-test-wait"));

  private final WorkflowRun run;
  private final TemporalEnvironment env;
  private CompletableFuture<Outcome> result;
  private volatile RunOutcome outcome;
  private volatile String closedHistory;

  TemporalTestRun(WorkflowRun run, TemporalEnvironment env) {
    this.run = run;
    this.env = env;
  }

  @Override
  public String workflowId() {
    return run.entry().id();
  }

  @Override
  public String pid() {
    return run.pid();
  }

  @Override
  public synchronized CompletableFuture<Outcome> result() {
    if (result == null) {
      Duration limit =
          env.options().timeout() == null
              ? Duration.ofDays(1)
              : env.options().timeout().plus(RESULT_MARGIN);
      result =
          CompletableFuture.supplyAsync(
              () -> {
                RunOutcome o = run.result(limit);
                outcome = o;
                return new Outcome(o.result(), error(o.error()));
              },
              WAITERS);
    }
    return result;
  }

  static ActivityMock.MockError error(ErrorInfo e) {
    return e == null ? null : new ActivityMock.MockError(e.kind(), e.message(), e.retryable());
  }

  @Override
  public void sleep(Duration d) {
    run.sleep(d);
  }

  @Override
  public void signal(String topic, Object data) {
    run.signal(topic, data);
  }

  @Override
  public CompletableFuture<Outcome> update(String name, List<Object> args) {
    return CompletableFuture.supplyAsync(
        () -> {
          UpdateOutcome u = run.update(name, args.toArray());
          return new Outcome(u.value(), error(u.error()));
        },
        WAITERS);
  }

  @Override
  public Object query(String name) {
    return run.query(name);
  }

  @Override
  public void cancel() {
    run.cancel();
  }

  @Override
  public String status() {
    return run.status().label();
  }

  @Override
  public List<Call> calls(String activity) {
    List<Call> out = new ArrayList<>();
    for (ActivityCall c : run.calls(activity)) {
      out.add(new Call(c.id(), c.args(), c.result(), error(c.error())));
    }
    return out;
  }

  @Override
  public List<Map<String, Object>> history() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (RunEvent e : run.history()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("type", e.type());
      m.put("time", e.time() == null ? null : e.time().toString());
      m.put("summary", e.summary());
      out.add(m);
    }
    return out;
  }

  @Override
  public List<String> historyLines() {
    try {
      return run.history().stream()
          .map(
              e ->
                  "#"
                      + e.id()
                      + " "
                      + e.type()
                      + (e.summary() == null || e.summary().isEmpty() ? "" : " " + e.summary()))
          .toList();
    } catch (RuntimeException e) {
      return List.of("(history unavailable: " + e.getMessage() + ")");
    }
  }

  @Override
  public List<TestRun> children() {
    return run.children().stream().map(c -> env.attach(c.workflowId())).toList();
  }

  @Override
  public Map<String, Object> attrs() {
    return run.attrs();
  }

  @Override
  public long elapsedSeconds() {
    return run.elapsed();
  }

  /** A closed run's history no longer changes: fetched once for saving and replaying. */
  @Override
  public String historyJson() {
    String cached = closedHistory;
    if (cached != null) {
      return cached;
    }
    String json = run.historyJson();
    if (outcome != null) {
      closedHistory = json;
    }
    return json;
  }

  @Override
  public boolean completed() {
    RunOutcome o = outcome;
    return o != null ? o.status() == RunStatus.COMPLETED : run.status() == RunStatus.COMPLETED;
  }

  @Override
  public String replayDivergence() {
    return env.replays().divergence(historyJson(), run.workflowId());
  }
}
