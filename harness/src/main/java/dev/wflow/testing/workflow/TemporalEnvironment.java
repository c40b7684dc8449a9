package dev.wflow.testing.workflow;

import dev.wflow.runtime.GoDuration;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.EnvironmentOptions;
import dev.wflow.temporal.LocalEnvironment;
import dev.wflow.temporal.StartOptions;
import dev.wflow.temporal.WorkflowRun;
import dev.wflow.temporal.activity.ActivityAnswer;
import dev.wflow.temporal.activity.ActivityHandler;
import dev.wflow.testing.DaemonThreads;
import dev.wflow.testing.TestOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test's workflow environment on the runtime's {@link LocalEnvironment}: Temporal's in-memory
 * server with time skipping, the test's mocks first in the activity-handler chain, and a replay of
 * every completed run against the same code.
 *
 * <pre>{@code
 * WorkflowDriving driving = new WorkflowDriving(TemporalEnvironment.factory(luaProject));
 * }</pre>
 */
public final class TemporalEnvironment implements WorkflowEnvironment {

  private static final java.util.concurrent.ExecutorService CLOSER =
      java.util.concurrent.Executors.newCachedThreadPool(DaemonThreads.named("wflow-env-close"));

  private final LocalEnvironment env;
  private final TestOptions options;
  private final Replays replays;
  private final FunctionCalls functions;
  private final Instant startedAt;
  private final List<TestRun> runs = new CopyOnWriteArrayList<>();
  private final Map<String, TemporalTestRun> byPid = new ConcurrentHashMap<>();

  private TemporalEnvironment(LuaProject project, TestOptions options, Replays replays) {
    this.env =
        LocalEnvironment.start(
            project, EnvironmentOptions.newBuilder().skipTime(options.skipTime()).build());
    this.options = options;
    this.replays = replays;
    this.functions = new FunctionCalls(project);
    this.functions.bind(this);
    this.startedAt = env.now();
  }

  /** Opens one environment per test for {@link WorkflowDriving}. */
  public static WorkflowDriving.Environments factory(LuaProject project) {
    Replays replays = new Replays(project);
    return new PrefetchedEnvironments(
        options -> new TemporalEnvironment(project, options, replays), replays);
  }

  /** The project's workflows and activities, for checks that need no environment. */
  public static EntryCatalog catalog(LuaProject project) {
    return new EntryCatalog() {
      @Override
      public boolean isWorkflow(String id) {
        return project.entry(id).map(LuaEntry::isWorkflow).orElse(false);
      }

      @Override
      public boolean isActivity(String id) {
        return project.entry(id).map(LuaEntry::isActivity).orElse(false);
      }
    };
  }

  private boolean isWorkflow(String id) {
    return env.project().entry(id).map(LuaEntry::isWorkflow).orElse(false);
  }

  @Override
  public TestRun start(StartRequest request) {
    StartOptions.Builder b = StartOptions.newBuilder();
    Object workflowId = request.options().get("workflow.id");
    if (workflowId != null) {
      b.workflowId(workflowId.toString());
    }
    Object timeout = request.options().get("workflow.execution_timeout");
    if (timeout != null) {
      // Option tables take numbers as milliseconds (SPEC §6).
      b.executionTimeout(
          GoDuration.fromLua(
              timeout instanceof Number n
                  ? org.luaj.vm2.LuaValue.valueOf(n.doubleValue())
                  : org.luaj.vm2.LuaValue.valueOf(timeout.toString()),
              true));
    }
    if (request.options().get("ctx") instanceof Map<?, ?> ctx) {
      Map<String, Object> context = new java.util.LinkedHashMap<>();
      ctx.forEach((k, v) -> context.put(String.valueOf(k), v));
      b.context(context);
    }
    if (!request.mocks().isEmpty()) {
      b.handler(handler(request.mocks()));
    }
    WorkflowRun run = env.start(request.workflowId(), request.args(), b.build());
    return remember(run);
  }

  private static ActivityHandler handler(Map<String, ActivityMock> mocks) {
    return (type, args) -> {
      ActivityMock mock = mocks.get(type);
      if (mock == null) {
        return null;
      }
      ActivityMock.Answer a = mock.call(args);
      return a.error() == null
          ? ActivityAnswer.value(a.value())
          : ActivityAnswer.error(a.error().kind(), a.error().message(), a.error().retryable());
    };
  }

  private TestRun remember(WorkflowRun run) {
    TemporalTestRun t = new TemporalTestRun(run, this);
    runs.add(t);
    byPid.put(t.pid(), t);
    byPid.put(run.workflowId(), t);
    return t;
  }

  @Override
  public String spawn(
      String workflowId, String worker, List<Object> args, Map<String, Object> options) {
    if (!isWorkflow(workflowId)) {
      throw new IllegalArgumentException(
          "process.spawn: '" + workflowId + "' is not a workflow entry");
    }
    return start(new StartRequest(workflowId, args, options, Map.of())).pid();
  }

  @Override
  public Optional<TestRun> runOf(String pid) {
    TestRun known = byPid.get(pid);
    if (known != null) {
      return Optional.of(known);
    }
    try {
      return Optional.of(attach(pid));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A run object for a run this environment did not start itself (a child workflow). */
  TestRun attach(String pidOrWorkflowId) {
    TemporalTestRun t = byPid.get(pidOrWorkflowId);
    return t != null ? t : new TemporalTestRun(env.attach(pidOrWorkflowId), this);
  }

  @Override
  public void send(String pid, String topic, Object data) {
    runOf(pid)
        .orElseThrow(() -> new IllegalArgumentException("process.send: no workflow has pid " + pid))
        .signal(topic, data);
  }

  @Override
  public ActivityMock.Answer callFunction(String entryId, List<Object> args) {
    return functions.call(entryId, args, Map.of());
  }

  @Override
  public ActivityMock.Answer callFunction(
      String entryId, List<Object> args, Map<String, Object> context) {
    return functions.call(entryId, args, context);
  }

  @Override
  public void sleep(Duration duration) {
    env.sleep(duration);
  }

  @Override
  public long virtualSeconds() {
    return Math.max(0, Math.round(Duration.between(startedAt, env.now()).toMillis() / 1000.0));
  }

  @Override
  public List<TestRun> runs() {
    return runs;
  }

  TestOptions options() {
    return options;
  }

  Replays replays() {
    return replays;
  }

  /**
   * Shutting a test server down mostly waits for its pollers (hundreds of milliseconds); the test
   * is over, so that happens in the background instead of delaying the next test.
   */
  @Override
  public void close() {
    CLOSER.execute(env::close);
  }
}
