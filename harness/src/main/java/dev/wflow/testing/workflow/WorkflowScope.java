package dev.wflow.testing.workflow;

import dev.wflow.node.Node;
import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.StartOptions;
import dev.wflow.temporal.WorkflowRun;
import dev.wflow.temporal.activity.ActivityHandler;
import dev.wflow.temporal.history.RunEvent;
import dev.wflow.temporal.history.RunStatus;
import dev.wflow.testing.CaseScope;
import dev.wflow.testing.DaemonThreads;
import dev.wflow.testing.Failure;
import dev.wflow.testing.Reproduction;
import dev.wflow.testing.TestRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.luaj.vm2.LuaTable;

/**
 * The workflow side of one test: its node (opened on first use, shared by every run the test
 * starts), the runs it drives, and on close the check of each completed run (replayed against the
 * same code), the saved histories ({@code --history-dir}) and the node's shutdown.
 */
final class WorkflowScope implements CaseScope {

  /** How a test mocked the activities of a run it started, for reproducing it. */
  record Mocks(Map<String, Object> fixed, boolean functionsLeftOut) {}

  /** A run the test started itself, with what is needed to reproduce it. */
  record Started(
      WorkflowRun run, List<Object> args, Mocks mocks, List<Reproduction.TimedSignal> signals) {}

  /** Beyond the test's own timeout, so the test's watchdog reports a hang first. */
  private static final Duration RESULT_MARGIN = Duration.ofSeconds(5);

  /**
   * Two threads, so at most two history replayers (each a Temporal test environment) exist however
   * many tests run.
   */
  private static final ExecutorService CHECKERS =
      Executors.newFixedThreadPool(2, DaemonThreads.named("wflow-test-check"));

  private final LuaProject project;
  private final Function<String, Optional<String>> refusals;
  private final Supplier<ReadyNode> nodes;
  private final Replays replays;
  private final TestRunner.FileView file;
  private final String testName;
  private final RunObject.Blocking blocking;
  private final Consumer<String> prints;
  private final List<Started> started = new CopyOnWriteArrayList<>();
  private final List<WorkflowRun> runs = new CopyOnWriteArrayList<>();
  private final Map<String, WorkflowRun> byPid = new ConcurrentHashMap<>();
  private volatile ReadyNode node;
  private HistoryArchive archive;
  private long finalVirtualSeconds = -1;
  private List<String> warnings = List.of();
  private volatile boolean closed;

  WorkflowScope(
      LuaProject project,
      Function<String, Optional<String>> refusals,
      Supplier<ReadyNode> nodes,
      Replays replays,
      TestRunner.FileView file,
      String testName,
      RunObject.Blocking blocking,
      Consumer<String> prints) {
    this.project = project;
    this.refusals = refusals;
    this.nodes = nodes;
    this.replays = replays;
    this.file = file;
    this.testName = testName;
    this.blocking = blocking;
    this.prints = prints;
  }

  LuaProject project() {
    return project;
  }

  /**
   * Why workflow {@code id} cannot load, as {@code wflow run} would refuse it; empty when it can.
   */
  Optional<String> refusal(String id) {
    return refusals.apply(id);
  }

  /** The test's node, opened on first use. */
  synchronized Node node() {
    if (node == null) {
      ReadyNode ready = nodes.get();
      ready.prints().set(prints);
      node = ready;
    }
    return node.node();
  }

  /** The node of the test if it opened one, else null (opens nothing). */
  Node openedNode() {
    ReadyNode n = node;
    return n == null ? null : n.node();
  }

  /**
   * Starts {@code workflowId}: {@code options} are the platform's start options ({@code
   * workflow.*}) plus wflow's own {@code ctx}, the run's context.
   */
  LuaTable start(
      String workflowId,
      List<Object> args,
      Map<String, Object> options,
      ActivityHandler mocks,
      Mocks reproducible) {
    Object ctx = options.remove("ctx");
    StartOptions.Builder b = StartOptions.newBuilder().options(options);
    if (ctx instanceof Map<?, ?> values) {
      Map<String, Object> context = new LinkedHashMap<>();
      values.forEach((k, v) -> context.put(String.valueOf(k), v));
      b.context(context);
    }
    if (mocks != null) {
      b.handler(mocks);
    }
    StartOptions startOptions = b.build();
    WorkflowRun run =
        blocking.await(() -> node().environment().start(workflowId, args, startOptions));
    remember(run);
    started.add(new Started(run, args, reproducible, new CopyOnWriteArrayList<>()));
    return wrap(run);
  }

  private void remember(WorkflowRun run) {
    runs.add(run);
    byPid.put(run.pid(), run);
    byPid.put(run.workflowId(), run);
  }

  LuaTable wrap(WorkflowRun run) {
    return RunObject.of(run, blocking, resultLimit(), this::child, this::signalled);
  }

  /** The run a pid (of a run the test started, or a child's) stands for, as a Lua run object. */
  Optional<LuaTable> runOf(String pid) {
    WorkflowRun known = byPid.get(pid);
    if (known != null) {
      return Optional.of(wrap(known));
    }
    try {
      return Optional.of(wrap(blocking.await(() -> node().environment().attach(pid))));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private LuaTable child(String workflowId) {
    WorkflowRun known = byPid.get(workflowId);
    return wrap(known != null ? known : node().environment().attach(workflowId));
  }

  private Duration resultLimit() {
    Duration timeout = file.options().timeout();
    return timeout == null ? Duration.ofDays(1) : timeout.plus(RESULT_MARGIN);
  }

  /** Records {@code AT:TOPIC=JSON} with the run's workflow time, as {@code wflow run} takes it. */
  private void signalled(WorkflowRun run, String topic, Object data) {
    for (Started s : started) {
      if (s.run() == run) {
        long at = blocking.await(run::elapsed);
        s.signals().add(new Reproduction.TimedSignal(at, topic, data));
      }
    }
  }

  /** The runs the test started itself and through the node ({@code process.spawn}), in order. */
  private List<WorkflowRun> runs() {
    Node n = openedNode();
    if (n != null) {
      for (WorkflowRun r : n.runs()) {
        if (!byPid.containsKey(r.workflowId())) {
          remember(r);
        }
      }
    }
    return runs;
  }

  @Override
  public long virtualSeconds() {
    if (finalVirtualSeconds >= 0) {
      return finalVirtualSeconds;
    }
    return openedNode() == null ? 0 : measureVirtualSeconds();
  }

  /**
   * How far the test moved the clock: the longest run's elapsed time. The environment's own clock
   * is not used: once runs finish, the test server may skip ahead to timers nobody waits for.
   */
  private long measureVirtualSeconds() {
    long longest = 0;
    for (WorkflowRun run : runs()) {
      longest = Math.max(longest, run.elapsed());
    }
    return longest;
  }

  @Override
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public Failure annotate(Failure failure) {
    if (openedNode() == null || runs().isEmpty()) {
      return failure;
    }
    WorkflowRun last = runs().get(runs().size() - 1);
    return failure.withHistory(tail(last), archive().reproduce(last, started));
  }

  /** The last events of a run's history, one line each ({@code #5 ActivityTaskScheduled app:x}). */
  private static List<String> tail(WorkflowRun run) {
    List<String> lines;
    try {
      lines = run.history().stream().map(WorkflowScope::line).toList();
    } catch (RuntimeException e) {
      lines = List.of("(history unavailable: " + e.getMessage() + ")");
    }
    return lines.subList(Math.max(0, lines.size() - 8), lines.size());
  }

  private static String line(RunEvent e) {
    return "#"
        + e.id()
        + " "
        + e.type()
        + (e.summary() == null || e.summary().isEmpty() ? "" : " " + e.summary());
  }

  /**
   * True once the test ended: a run still going in the node being shut down must not call the
   * test's mock functions, which would then run in the middle of the next test.
   */
  boolean closed() {
    return closed;
  }

  /** Replays, saves and shuts down on a checker thread, while the next test runs. */
  @Override
  public CompletableFuture<List<Failure>> closeAsync() {
    closed = true;
    if (openedNode() == null) {
      return CompletableFuture.completedFuture(List.of());
    }
    return CompletableFuture.supplyAsync(this::close, CHECKERS);
  }

  @Override
  public List<Failure> close() {
    closed = true;
    ReadyNode opened = node;
    if (opened == null) {
      return List.of();
    }
    List<Failure> failures = new ArrayList<>();
    try {
      for (WorkflowRun run : runs()) {
        if (file.options().historyDir() != null) {
          archive().save(run);
        }
        if (file.options().replayCheck() && completed(run)) {
          String divergence = replays.divergence(run.historyJson(), run.workflowId());
          if (divergence != null) {
            failures.add(determinismFailure(run, divergence));
          }
        }
      }
    } finally {
      finalVirtualSeconds = measureVirtualSeconds();
      warnings = opened.unread().warnings();
      opened.close();
    }
    return failures;
  }

  /**
   * Asked of the server, not of the run: a {@code run:result()} the test's timeout cut short may
   * still hold the run while it waits out its own limit.
   */
  private static boolean completed(WorkflowRun run) {
    return run.status() == RunStatus.COMPLETED;
  }

  private Failure determinismFailure(WorkflowRun run, String divergence) {
    Failure f =
        Failure.of(
            Failure.Kind.DETERMINISM,
            "determinism failure: replaying the history of "
                + run.entry().id()
                + " ("
                + run.pid()
                + ") against the same code diverged: "
                + divergence,
            null);
    return f.withHistory(tail(run), archive().reproduce(run, started));
  }

  private HistoryArchive archive() {
    if (archive == null) {
      archive = new HistoryArchive(file.options().historyDir(), file.entry().id(), testName);
    }
    return archive;
  }
}
