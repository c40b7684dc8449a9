package dev.wflow.testing.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * A workflow environment without Temporal for tests of the Lua side: a workflow is a Java function
 * run on its own thread, calling activities through the test's mocks and sleeping in virtual time.
 */
final class FakeEnvironment implements WorkflowEnvironment {

  /** What a fake workflow can do. */
  interface Context {
    ActivityMock.Answer activity(String id, Object... args);

    void sleep(Duration d);
  }

  private final Map<String, BiFunction<Context, List<Object>, Object>> workflows;
  private final List<String> activities;
  private final String divergence;
  private final List<TestRun> runs = new CopyOnWriteArrayList<>();
  private volatile long virtualSeconds;
  volatile boolean closed;

  FakeEnvironment(
      Map<String, BiFunction<Context, List<Object>, Object>> workflows,
      List<String> activities,
      String divergence) {
    this.workflows = workflows;
    this.activities = activities;
    this.divergence = divergence;
  }

  /** What the fake project defines. */
  static EntryCatalog catalog(Map<String, ?> workflows, List<String> activities) {
    return new EntryCatalog() {
      @Override
      public boolean isWorkflow(String id) {
        return workflows.containsKey(id);
      }

      @Override
      public boolean isActivity(String id) {
        return activities.contains(id);
      }
    };
  }

  @Override
  public TestRun start(StartRequest request) {
    FakeRun run = new FakeRun(request, "{wf|" + request.workflowId() + "-" + runs.size() + "}");
    runs.add(run);
    Thread t = new Thread(() -> run.execute(workflows.get(request.workflowId())), "fake-workflow");
    t.setDaemon(true);
    t.start();
    return run;
  }

  /** The fake has no node: test code's process functions are not its subject. */
  @Override
  public dev.wflow.node.Node node() {
    return null;
  }

  @Override
  public Optional<TestRun> runOf(String pid) {
    return runs.stream().filter(r -> r.pid().equals(pid)).findFirst();
  }

  @Override
  public void sleep(Duration duration) {
    virtualSeconds += duration.toSeconds();
  }

  @Override
  public long virtualSeconds() {
    return virtualSeconds;
  }

  @Override
  public List<TestRun> runs() {
    return runs;
  }

  @Override
  public void close() {
    closed = true;
  }

  private final class FakeRun implements TestRun, Context {
    final StartRequest request;
    final String pid;
    final CompletableFuture<Outcome> result = new CompletableFuture<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();
    final List<String> signals = new CopyOnWriteArrayList<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    final long startedAt = virtualSeconds;

    FakeRun(StartRequest request, String pid) {
      this.request = request;
      this.pid = pid;
      events.add("WorkflowExecutionStarted " + request.workflowId());
    }

    void execute(BiFunction<Context, List<Object>, Object> body) {
      try {
        Object value = body.apply(this, request.args());
        events.add("WorkflowExecutionCompleted");
        result.complete(new Outcome(value, null));
      } catch (RuntimeException e) {
        events.add("WorkflowExecutionFailed");
        result.complete(new Outcome(null, new ActivityMock.MockError("", e.getMessage(), null)));
      }
    }

    @Override
    public ActivityMock.Answer activity(String id, Object... args) {
      ActivityMock mock = request.mocks().get(id);
      List<Object> list = List.of(args);
      ActivityMock.Answer answer =
          mock == null
              ? ActivityMock.Answer.failed(new ActivityMock.MockError("NotFound", id, true))
              : mock.call(list);
      calls.add(new Call(id, list, answer.value(), answer.error()));
      events.add("ActivityTaskCompleted " + id);
      return answer;
    }

    @Override
    public void sleep(Duration d) {
      virtualSeconds += d.toSeconds();
      events.add("TimerFired " + d.toSeconds() + "s");
    }

    @Override
    public String workflowId() {
      return request.workflowId();
    }

    @Override
    public String pid() {
      return pid;
    }

    @Override
    public CompletableFuture<Outcome> result() {
      return result;
    }

    @Override
    public void signal(String topic, Object data) {
      signals.add(topic + "=" + data);
    }

    @Override
    public CompletableFuture<Outcome> update(String name, List<Object> args) {
      return CompletableFuture.completedFuture(new Outcome(name + ":" + args, null));
    }

    @Override
    public Object query(String name) {
      return name.equals("pid") ? pid : signals;
    }

    @Override
    public void cancel() {
      result.complete(new Outcome(null, new ActivityMock.MockError("Canceled", "canceled", false)));
    }

    @Override
    public String status() {
      return result.isDone() ? "completed" : "running";
    }

    @Override
    public List<Call> calls(String activity) {
      return calls.stream().filter(c -> c.activity().equals(activity)).toList();
    }

    @Override
    public List<Map<String, Object>> history() {
      List<Map<String, Object>> out = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        out.add(Map.of("eventId", i + 1, "eventType", events.get(i).split(" ")[0]));
      }
      return out;
    }

    @Override
    public List<String> historyLines() {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        out.add("#" + (i + 1) + " " + events.get(i));
      }
      return out;
    }

    @Override
    public List<TestRun> children() {
      return List.of();
    }

    @Override
    public Map<String, Object> attrs() {
      return Map.of("search", Map.of("status", "processing"));
    }

    @Override
    public long elapsedSeconds() {
      return virtualSeconds - startedAt;
    }

    @Override
    public String historyJson() {
      return "{\"events\":" + events.size() + "}";
    }

    @Override
    public boolean completed() {
      return result.isDone() && result.join().error() == null;
    }

    @Override
    public String replayDivergence() {
      return divergence;
    }
  }
}
