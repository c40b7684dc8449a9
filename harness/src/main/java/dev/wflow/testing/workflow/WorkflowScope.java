package dev.wflow.testing.workflow;

import dev.wflow.testing.CaseScope;
import dev.wflow.testing.DaemonThreads;
import dev.wflow.testing.Failure;
import dev.wflow.testing.Reproduction;
import dev.wflow.testing.TestRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * The workflow environment of one test: opened on first use, shared by every run the test starts,
 * and on close checked (each completed run replayed against the same code), saved ({@code
 * --history-dir}) and torn down.
 */
final class WorkflowScope implements CaseScope {

  /** A run the test started itself, with what is needed to reproduce it. */
  record Started(
      TestRun run,
      WorkflowEnvironment.StartRequest request,
      Map<String, Object> fixed,
      List<Reproduction.TimedSignal> signals) {}

  /**
   * Two threads, so at most two history replayers (each a Temporal test environment) exist however
   * many tests run.
   */
  private static final ExecutorService CHECKERS =
      Executors.newFixedThreadPool(2, DaemonThreads.named("wflow-test-check"));

  private final EntryCatalog catalog;
  private final Supplier<WorkflowEnvironment> factory;
  private final TestRunner.FileView file;
  private final String testName;
  private final RunObject.Blocking blocking;
  private final List<Started> started = new ArrayList<>();
  private volatile WorkflowEnvironment environment;
  private HistoryArchive archive;
  private long finalVirtualSeconds = -1;
  private List<String> warnings = List.of();
  private volatile boolean closed;

  WorkflowScope(
      EntryCatalog catalog,
      Supplier<WorkflowEnvironment> factory,
      TestRunner.FileView file,
      String testName,
      RunObject.Blocking blocking) {
    this.catalog = catalog;
    this.factory = factory;
    this.file = file;
    this.testName = testName;
    this.blocking = blocking;
  }

  EntryCatalog catalog() {
    return catalog;
  }

  WorkflowEnvironment environment() {
    if (environment == null) {
      environment = factory.get();
    }
    return environment;
  }

  /** The node of the environment if the test opened one, else null (opens nothing). */
  dev.wflow.node.Node openedNode() {
    return environment == null ? null : environment.node();
  }

  LuaValue start(WorkflowEnvironment.StartRequest request, Map<String, Object> fixedMocks) {
    TestRun run = blocking.await(() -> environment().start(request));
    started.add(new Started(run, request, fixedMocks, new ArrayList<>()));
    return wrap(run);
  }

  LuaTable wrap(TestRun run) {
    return RunObject.of(run, blocking, this::wrap, this::signalled);
  }

  /** Records {@code AT:TOPIC=JSON} with the run's workflow time, as {@code wflow run} takes it. */
  private void signalled(TestRun run, String topic, Object data) {
    for (Started s : started) {
      if (s.run() == run) {
        long at = blocking.await(run::elapsedSeconds);
        s.signals().add(new Reproduction.TimedSignal(at, topic, data));
      }
    }
  }

  RunObject.Blocking blocking() {
    return blocking;
  }

  @Override
  public long virtualSeconds() {
    if (finalVirtualSeconds >= 0) {
      return finalVirtualSeconds;
    }
    return environment == null ? 0 : measureVirtualSeconds();
  }

  /**
   * How far the test moved the clock: the longest run's elapsed time, at least the time the test
   * slept. The environment's own clock is not used: once runs finish, the test server may skip
   * ahead to timers nobody waits for.
   */
  private long measureVirtualSeconds() {
    long longest = 0;
    for (TestRun run : environment.runs()) {
      longest = Math.max(longest, run.elapsedSeconds());
    }
    return longest;
  }

  @Override
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public Failure annotate(Failure failure) {
    if (environment == null || environment.runs().isEmpty()) {
      return failure;
    }
    TestRun last = environment.runs().get(environment.runs().size() - 1);
    List<String> lines = last.historyLines();
    List<String> tail = lines.subList(Math.max(0, lines.size() - 8), lines.size());
    return failure.withHistory(tail, archive().reproduce(last, started));
  }

  /**
   * True once the test ended: a run still going in the environment being shut down must not call
   * the test's mock functions, which would then run in the middle of the next test.
   */
  boolean closed() {
    return closed;
  }

  /** Replays, saves and shuts down on a checker thread, while the next test runs. */
  @Override
  public CompletableFuture<List<Failure>> closeAsync() {
    closed = true;
    if (environment == null) {
      return CompletableFuture.completedFuture(List.of());
    }
    return CompletableFuture.supplyAsync(this::close, CHECKERS);
  }

  @Override
  public List<Failure> close() {
    closed = true;
    if (environment == null) {
      return List.of();
    }
    List<Failure> failures = new ArrayList<>();
    try {
      for (TestRun run : environment.runs()) {
        if (file.options().historyDir() != null) {
          archive().save(run);
        }
        if (file.options().replayCheck() && run.completed()) {
          String divergence = run.replayDivergence();
          if (divergence != null) {
            failures.add(determinismFailure(run, divergence));
          }
        }
      }
    } finally {
      finalVirtualSeconds = measureVirtualSeconds();
      warnings = environment.unreadMessages();
      environment.close();
    }
    return failures;
  }

  private Failure determinismFailure(TestRun run, String divergence) {
    List<String> lines = run.historyLines();
    Failure f =
        Failure.of(
            Failure.Kind.DETERMINISM,
            "determinism failure: replaying the history of "
                + run.workflowId()
                + " ("
                + run.pid()
                + ") against the same code diverged: "
                + divergence,
            null);
    return f.withHistory(
        lines.subList(Math.max(0, lines.size() - 8), lines.size()),
        archive().reproduce(run, started));
  }

  private HistoryArchive archive() {
    if (archive == null) {
      archive = new HistoryArchive(file.options().historyDir(), file.entry().id(), testName);
    }
    return archive;
  }
}
