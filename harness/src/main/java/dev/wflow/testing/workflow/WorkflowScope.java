package dev.wflow.testing.workflow;

import dev.wflow.testing.CaseScope;
import dev.wflow.testing.Failure;
import dev.wflow.testing.TestRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
      TestRun run, WorkflowEnvironment.StartRequest request, Map<String, Object> fixed) {}

  private final Supplier<WorkflowEnvironment> factory;
  private final TestRunner.FileView file;
  private final String testName;
  private final RunObject.Blocking blocking;
  private final List<Started> started = new ArrayList<>();
  private WorkflowEnvironment environment;
  private HistoryArchive archive;
  private long finalVirtualSeconds = -1;

  WorkflowScope(
      Supplier<WorkflowEnvironment> factory,
      TestRunner.FileView file,
      String testName,
      RunObject.Blocking blocking) {
    this.factory = factory;
    this.file = file;
    this.testName = testName;
    this.blocking = blocking;
  }

  WorkflowEnvironment environment() {
    if (environment == null) {
      environment = factory.get();
    }
    return environment;
  }

  LuaValue start(WorkflowEnvironment.StartRequest request, Map<String, Object> fixedMocks) {
    TestRun run = blocking.await(() -> environment().start(request));
    started.add(new Started(run, request, fixedMocks));
    return wrap(run);
  }

  LuaTable wrap(TestRun run) {
    return RunObject.of(run, blocking, this::wrap);
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
  public Failure annotate(Failure failure) {
    if (environment == null || environment.runs().isEmpty()) {
      return failure;
    }
    TestRun last = environment.runs().get(environment.runs().size() - 1);
    List<String> lines = last.historyLines();
    List<String> tail = lines.subList(Math.max(0, lines.size() - 8), lines.size());
    return failure.withHistory(tail, archive().reproduce(last, started));
  }

  @Override
  public List<Failure> close() {
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
