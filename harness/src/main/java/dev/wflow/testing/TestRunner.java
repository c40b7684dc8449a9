package dev.wflow.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs test files: each in a fresh Lua state, up to {@code parallel} at once, stopping early on
 * {@code failFast}. Reports to a {@link TestListener} as tests finish, one file at a time in
 * discovery order.
 *
 * <pre>{@code
 * TestRunner runner = new TestRunner(new PlainLuaStates(), TestOptions.defaults());
 * RunResult result = runner.run(entries, listener);
 * }</pre>
 */
public final class TestRunner {

  /** The workflow functions of test files; see {@link CaseScope}. */
  public interface Workflows {
    Workflows NONE = (module, globals, file) -> FileScopes.NONE;

    /**
     * Adds the workflow functions to a test file's module; returns where the file's tests get their
     * scopes.
     */
    FileScopes extend(org.luaj.vm2.LuaTable module, org.luaj.vm2.Globals globals, FileView file);
  }

  /** Opens the scope of each test of one file. */
  @FunctionalInterface
  public interface FileScopes {
    /** Tests that start no workflows. */
    FileScopes NONE = testName -> CaseScope.NONE;

    /** A new scope for the test named {@code testName}. */
    CaseScope open(String testName);
  }

  /** What the workflow functions may ask about the file they run in. */
  public interface FileView {
    TestEntry entry();

    TestOptions options();

    /** The scope of the test running now, or null outside tests. */
    CaseScope current();
  }

  private final LuaStates states;
  private final TestOptions options;
  private final Workflows workflows;

  public TestRunner(LuaStates states, TestOptions options) {
    this(states, options, Workflows.NONE);
  }

  public TestRunner(LuaStates states, TestOptions options, Workflows workflows) {
    this.states = states;
    this.options = options;
    this.workflows = workflows;
  }

  /** Runs the files selected by the options' patterns, in the given (discovery) order. */
  public RunResult run(List<TestEntry> entries, TestListener listener) {
    long start = System.nanoTime();
    TestSelection selection = new TestSelection(options.patterns());
    AtomicBoolean stopped = new AtomicBoolean();
    PlanExecutor.StopSignal stop =
        new PlanExecutor.StopSignal() {
          @Override
          public boolean stopped() {
            return stopped.get();
          }

          @Override
          public void stop() {
            stopped.set(true);
          }
        };
    OrderedListener ordered = new OrderedListener(listener, entries.size());
    java.util.concurrent.atomic.AtomicLong deselectedInDropped =
        new java.util.concurrent.atomic.AtomicLong();
    List<FileResult> results = new ArrayList<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(options.parallel(), Math.max(1, entries.size())), TestRunner::thread);
    try {
      List<Future<FileResult>> futures = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        int index = i;
        TestEntry entry = entries.get(i);
        futures.add(
            pool.submit(
                () -> runFile(index, entry, selection, stop, ordered, deselectedInDropped)));
      }
      for (Future<FileResult> f : futures) {
        FileResult r = f.get();
        if (r != null) {
          results.add(r);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("test runner failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    long deselected =
        deselectedInDropped.get() + results.stream().mapToLong(FileResult::deselected).sum();
    return new RunResult(
        results, Duration.ofNanos(System.nanoTime() - start), List.of(), deselected);
  }

  /**
   * The tests the options' patterns select, none of them run ({@code wflow test --list}), in run
   * order; a file that fails while defining its tests is an error when the selection names it.
   */
  public TestListing list(List<TestEntry> entries) {
    TestSelection selection = new TestSelection(options.patterns());
    PlanExecutor.StopSignal never =
        new PlanExecutor.StopSignal() {
          @Override
          public boolean stopped() {
            return false;
          }

          @Override
          public void stop() {}
        };
    // On a test thread: its stack is the one tests get, so deep definitions list as they run.
    ExecutorService pool = Executors.newSingleThreadExecutor(TestRunner::thread);
    try {
      return pool.submit(() -> listAll(entries, selection, never)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new TestListing(List.of(), List.of(), 0, List.of());
    } catch (ExecutionException e) {
      throw new IllegalStateException("listing the tests failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private TestListing listAll(
      List<TestEntry> entries, TestSelection selection, PlanExecutor.StopSignal never) {
    List<ListedTest> tests = new ArrayList<>();
    List<TestListing.FileError> errors = new ArrayList<>();
    long deselected = 0;
    for (TestEntry entry : entries) {
      if (!(selection.selectsFile(entry) || selection.mayHoldCases(entry))) {
        continue;
      }
      FileContext file = new FileContext(entry, options, selection, never);
      TestFileRun run = new TestFileRun(states, workflows);
      TestFileRun.Listed listed = run.list(file);
      tests.addAll(listed.tests());
      deselected += listed.deselected();
      if (listed.error() != null && selection.selectsFile(entry)) {
        errors.add(new TestListing.FileError(entry, listed.error()));
      }
    }
    return new TestListing(tests, errors, deselected, List.of());
  }

  private FileResult runFile(
      int index,
      TestEntry entry,
      TestSelection selection,
      PlanExecutor.StopSignal stop,
      OrderedListener listener,
      java.util.concurrent.atomic.AtomicLong deselectedInDropped) {
    if (stop.stopped() || !(selection.selectsFile(entry) || selection.mayHoldCases(entry))) {
      listener.skip(index);
      return null;
    }
    listener.started(index, entry);
    FileContext file = new FileContext(entry, options, selection, stop);
    TestFileRun run = new TestFileRun(states, workflows);
    FileResult result = run.run(file, c -> listener.caseFinished(index, c));
    boolean relevant = selection.selectsFile(entry) || !result.cases().isEmpty();
    if (!relevant) {
      deselectedInDropped.addAndGet(result.deselected());
      listener.skip(index);
      return null;
    }
    if (result.failing() && options.failFast()) {
      stop.stop();
    }
    listener.finished(index, result);
    return result;
  }

  private static Thread thread(Runnable r) {
    Thread t = new Thread(null, r, "wflow-test", 16L << 20);
    t.setDaemon(true);
    return t;
  }
}
