package dev.wflow.testing;

import dev.wflow.testing.lua.AssertionFailed;
import dev.wflow.testing.lua.SuiteNode;
import dev.wflow.testing.lua.TestModule;
import dev.wflow.testing.lua.TestPlan;
import dev.wflow.testing.lua.Watchdog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * Runs the cases a test file defined, one at a time, the way {@code wippy/test} does: a block's
 * {@code before_all} once before its own cases and nested blocks, {@code before_each} from the
 * outermost block in, {@code after_each} from the innermost block out (always, even after a
 * failure), mocks restored after every case. Each case runs under the watchdog and inside its own
 * {@link CaseScope}.
 */
final class PlanExecutor {

  /** Shared between the files of one run, to honour {@code --fail-fast}. */
  interface StopSignal {
    boolean stopped();

    void stop();
  }

  private final FileContext file;
  private final TestModule module;
  private final Watchdog watchdog;
  private final Consumer<CaseResult> sink;
  private final List<CaseResult> results = new ArrayList<>();
  private CompletableFuture<Void> recorded = CompletableFuture.completedFuture(null);

  PlanExecutor(FileContext file, TestModule module, Watchdog watchdog, Consumer<CaseResult> sink) {
    this.file = file;
    this.module = module;
    this.watchdog = watchdog;
    this.sink = sink;
  }

  List<CaseResult> results() {
    awaitRecords();
    return results;
  }

  /** Runs the plan; returns the platform's results table to the Lua caller. */
  LuaValue run(TestPlan plan) {
    plan.markExecuted();
    awaitRecords();
    int before = results.size();
    runSuite(plan.root());
    awaitRecords();
    return resultsTable(results.subList(before, results.size()));
  }

  /**
   * Calls a file's entry function. If it ran cases ({@code run_cases}), those are the results and
   * an error after them is the file's; otherwise the function itself is a simple test, which passes
   * unless it raises or returns {@code false}. Returns the file-level failure, or null.
   */
  Failure runEntry(String name, Supplier<LuaValue> call, TestPlan plan) {
    Timed timed =
        timed(
            name,
            scope -> {
              LuaValue returned = call.get();
              if (!plan.executed() && returned == LuaValue.FALSE) {
                throw new AssertionFailed("test returned false");
              }
            },
            () -> {});
    if (plan.executed() || plan.hasCases() || plan.usedRunCases()) {
      return timed.failure() == null ? null : asFileError(timed.failure());
    }
    if (file.selection().selectsCase(file.entry(), name)) {
      enqueue(List.of(), name, CompletableFuture.completedFuture(timed));
    }
    return null;
  }

  private static Failure asFileError(Failure f) {
    String prefix = f.kind() == Failure.Kind.TIMEOUT ? "" : "error outside any test: ";
    return Failure.of(Failure.Kind.FILE, prefix + f.message(), f.location());
  }

  private void runSuite(SuiteNode node) {
    if (selectedIn(node) == 0 || file.stop().stopped()) {
      return;
    }
    String setupError = callHooks(node.beforeAll(), "before_all");
    if (setupError != null) {
      failAll(node, setupError);
      return;
    }
    for (SuiteNode.CaseDef c : node.cases()) {
      if (selected(node, c) && !file.stop().stopped()) {
        runCase(node, c);
      }
    }
    for (SuiteNode child : node.children()) {
      runSuite(child);
    }
    String teardownError = callHooks(node.afterAll(), "after_all");
    if (teardownError != null) {
      enqueue(
          node.path(),
          "after_all",
          CompletableFuture.completedFuture(
              new Timed(Failure.of(Failure.Kind.ERROR, teardownError, null), Duration.ZERO, 0)));
    }
  }

  private void runCase(SuiteNode node, SuiteNode.CaseDef c) {
    if (c.skipped()) {
      enqueue(node.path(), c.name(), CompletableFuture.completedFuture(null));
      return;
    }
    List<SuiteNode> lineage = node.lineage();
    List<String> fullName = new ArrayList<>(node.path());
    fullName.add(c.name());
    CompletableFuture<Timed> timed =
        timedAsync(
            String.join(" > ", fullName),
            scope -> {
              for (SuiteNode n : lineage) {
                n.beforeEach().forEach(LuaValue::call);
              }
              c.body().call();
            },
            () -> {
              for (int i = lineage.size() - 1; i >= 0; i--) {
                lineage.get(i).afterEach().forEach(LuaValue::call);
              }
            });
    enqueue(node.path(), c.name(), timed);
  }

  /** Outcome of running one body with its teardown; {@code failure} null when it passed. */
  private record Timed(Failure failure, Duration wall, long virtualSeconds) {}

  private interface Body {
    void run(CaseScope scope);
  }

  private Timed timed(String name, Body body, Runnable teardown) {
    return timedAsync(name, body, teardown).join();
  }

  /**
   * Runs a body and its teardown on this (the Lua) thread; the scope's closing checks (the replay
   * of the test's runs) may finish later, while the next test already runs.
   */
  private CompletableFuture<Timed> timedAsync(String name, Body body, Runnable teardown) {
    long start = System.nanoTime();
    CaseScope scope = file.scopes().apply(name);
    file.enter(scope);
    Failure failure = null;
    watchdog.arm(file.options().timeout());
    try {
      body.run(scope);
    } catch (RuntimeException | Error e) {
      FailureClassifier.rethrowFatal(e);
      failure = classify(e);
    }
    watchdog.arm(file.options().timeout()); // teardown gets its own full allowance
    try {
      teardown.run();
    } catch (RuntimeException | Error e) {
      FailureClassifier.rethrowFatal(e);
      failure = failure != null ? failure : FailureClassifier.classify(e);
    } finally {
      watchdog.disarm();
      module.restoreAllMocks();
      file.leave();
    }
    Failure annotated = annotate(scope, failure);
    CompletableFuture<List<Failure>> late;
    try {
      late = scope.closeAsync();
    } catch (RuntimeException e) {
      late = CompletableFuture.failedFuture(e);
    }
    return late.handle(
        (found, problem) ->
            new Timed(
                combine(annotated, found, problem),
                Duration.ofNanos(System.nanoTime() - start),
                virtual(scope)));
  }

  /**
   * Whatever a test raised once its deadline passed (an interrupted call, a cancelled request) is
   * reported as the timeout it is.
   */
  private Failure classify(Throwable e) {
    Failure f = FailureClassifier.classify(e, file.options().stackTraces());
    if (watchdog.expired() && f.kind() != Failure.Kind.TIMEOUT) {
      return Failure.of(
          Failure.Kind.TIMEOUT,
          "test timed out after " + dev.wflow.testing.lua.DurationText.of(watchdog.limit()),
          f.location());
    }
    return f;
  }

  private static Failure annotate(CaseScope scope, Failure failure) {
    try {
      return failure == null ? null : scope.annotate(failure);
    } catch (RuntimeException e) {
      return failure;
    }
  }

  /** The test's own failure first, else what closing found; a scope that cannot close fails it. */
  private static Failure combine(Failure own, List<Failure> late, Throwable problem) {
    if (own != null) {
      return own;
    }
    if (problem != null) {
      Throwable cause =
          problem instanceof CompletionException && problem.getCause() != null
              ? problem.getCause()
              : problem;
      return Failure.of(
          Failure.Kind.ERROR,
          "after the test: " + FailureClassifier.classify(cause).message(),
          null);
    }
    return late.isEmpty() ? null : late.get(0);
  }

  private static long virtual(CaseScope scope) {
    try {
      return scope.virtualSeconds();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** Results are recorded in the order tests ran, whenever their checks finish. */
  private void enqueue(List<String> path, String name, CompletableFuture<Timed> timed) {
    recorded =
        recorded.thenCombine(
            timed,
            (done, t) -> {
              record(path, name, t);
              return null;
            });
  }

  /** Waits until every test that ran has been recorded. */
  private void awaitRecords() {
    recorded.join();
  }

  private void record(List<String> path, String name, Timed timed) {
    Outcome outcome =
        timed == null
            ? Outcome.SKIPPED
            : timed.failure() == null
                ? Outcome.PASSED
                : FailureClassifier.outcomeOf(timed.failure());
    CaseResult r =
        new CaseResult(
            file.entry().id(),
            file.entry().file(),
            path,
            name,
            outcome,
            timed == null ? Duration.ZERO : timed.wall(),
            timed == null ? 0 : timed.virtualSeconds(),
            timed == null ? null : timed.failure());
    results.add(r);
    sink.accept(r);
    if (outcome.failing() && file.options().failFast()) {
      file.stop().stop();
    }
  }

  private String callHooks(List<LuaValue> hooks, String what) {
    watchdog.arm(file.options().timeout());
    try {
      hooks.forEach(LuaValue::call);
      return null;
    } catch (RuntimeException | Error e) {
      FailureClassifier.rethrowFatal(e);
      Failure f = FailureClassifier.classify(e);
      return what + " failed: " + f.message() + (f.location() == null ? "" : " at " + f.location());
    } finally {
      watchdog.disarm();
      module.restoreAllMocks();
    }
  }

  private void failAll(SuiteNode node, String message) {
    for (SuiteNode.CaseDef c : node.cases()) {
      if (selected(node, c)) {
        enqueue(
            node.path(),
            c.name(),
            CompletableFuture.completedFuture(
                new Timed(Failure.of(Failure.Kind.ERROR, message, null), Duration.ZERO, 0)));
      }
    }
    node.children().forEach(child -> failAll(child, message));
  }

  private boolean selected(SuiteNode node, SuiteNode.CaseDef c) {
    List<String> parts = new ArrayList<>(node.path());
    parts.add(c.name());
    return file.selection().selectsCase(file.entry(), String.join(" > ", parts));
  }

  private int selectedIn(SuiteNode node) {
    int n = (int) node.cases().stream().filter(c -> selected(node, c)).count();
    for (SuiteNode child : node.children()) {
      n += selectedIn(child);
    }
    return n;
  }

  private static LuaValue resultsTable(List<CaseResult> cases) {
    LuaTable tests = new LuaTable();
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    for (CaseResult r : cases) {
      LuaTable t = new LuaTable();
      t.set("suite", String.join(" > ", r.path()));
      t.set("name", r.name());
      String status =
          switch (r.outcome()) {
            case PASSED -> "pass";
            case SKIPPED -> "skip";
            default -> "fail";
          };
      t.set("status", status);
      t.set("duration", r.wall().toNanos() / 1e9);
      if (r.failure() != null) {
        t.set("error", r.failure().message());
      }
      tests.set(tests.length() + 1, t);
      passed += r.outcome() == Outcome.PASSED ? 1 : 0;
      failed += r.outcome().failing() ? 1 : 0;
      skipped += r.outcome() == Outcome.SKIPPED ? 1 : 0;
    }
    LuaTable results = new LuaTable();
    results.set("total", cases.size());
    results.set("passed", passed);
    results.set("failed", failed);
    results.set("skipped", skipped);
    results.set("tests", tests);
    return results;
  }
}
