package dev.wflow.testing.workflow;

import dev.wflow.node.Node;
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

  private final Node node;
  private final LocalEnvironment env;
  private final TestOptions options;
  private final Replays replays;
  private final Instant startedAt;
  private final List<TestRun> runs = new CopyOnWriteArrayList<>();
  private final Map<String, TemporalTestRun> byPid = new ConcurrentHashMap<>();
  private volatile java.util.function.Consumer<String> printSink = line -> {};
  private final UnreadMessages unread = new UnreadMessages();

  private TemporalEnvironment(LuaProject project, TestOptions options, Replays replays) {
    this.node =
        Node.start(
            project,
            EnvironmentOptions.newBuilder()
                .skipTime(options.skipTime())
                .listener(unread)
                .log(line -> printSink.accept(line)));
    this.env = node.environment();
    this.options = options;
    this.replays = replays;
    this.startedAt = env.now();
  }

  @Override
  public void printTo(java.util.function.Consumer<String> sink) {
    this.printSink = sink;
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

  @Override
  public TestRun start(StartRequest request) {
    // The platform's start options (workflow.*), mapped once for every way a run starts; wflow's
    // own "ctx" key gives the run its context.
    Map<String, Object> platform = new java.util.LinkedHashMap<>(request.options());
    Object ctx = platform.remove("ctx");
    StartOptions.Builder b = StartOptions.newBuilder().options(platform);
    if (ctx instanceof Map<?, ?> values) {
      Map<String, Object> context = new java.util.LinkedHashMap<>();
      values.forEach((k, v) -> context.put(String.valueOf(k), v));
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
  public Node node() {
    return node;
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
  public void sleep(Duration duration) {
    env.sleep(duration);
  }

  @Override
  public long virtualSeconds() {
    return Math.max(0, Math.round(Duration.between(startedAt, env.now()).toMillis() / 1000.0));
  }

  /** The runs test code started itself ({@code test.workflow}) and through the node, in order. */
  @Override
  public List<TestRun> runs() {
    for (WorkflowRun r : node.runs()) {
      if (!byPid.containsKey(r.workflowId())) {
        remember(r);
      }
    }
    return runs;
  }

  @Override
  public List<String> unreadMessages() {
    return unread.warnings();
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
    CLOSER.execute(
        () -> {
          node.close();
          env.close();
        });
  }
}
