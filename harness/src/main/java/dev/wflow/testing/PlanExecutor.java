package dev.wflow.testing;

import dev.wflow.testing.lua.RunTables;
import dev.wflow.testing.lua.SuiteNode;
import dev.wflow.testing.lua.TestModule;
import dev.wflow.testing.lua.TestPlan;
import dev.wflow.testing.lua.TestTimedOut;
import dev.wflow.testing.lua.Watchdog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * Runs the cases a test file defined in the order {@code wippy/test}'s {@code test.run} does. Each
 * top-level block runs its {@code before_all}, its own cases, then each nested block, then its
 * {@code after_all}. A nested block first runs the {@code before_all} of every enclosing block and
 * its own, its cases, then the {@code after_all} hooks innermost first (so an outer block's hooks
 * run again around each nested block). Blocks nested deeper are counted but never run, as on the
 * platform; wflow warns about them. A case runs the {@code before_each} hooks outermost first, its
 * body (an error there fails the case), then the {@code after_each} chains innermost first; mocks
 * are restored after it. An error in a hook is not a case's: it ends the whole run, as it does on
 * the platform. Each case runs inside its own {@link CaseScope}.
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
  private final CaseRecorder recorder;
  private boolean timedOutInCase;
  private long deselected;
  private CaseEvents events;

  /** Where {@code print} goes as it happens ({@code --print}), besides each test's capture. */
  private final Consumer<String> printStream;

  /** Where a stack overflow or out-of-memory struck, in the file's Lua state. */
  private final java.util.function.Supplier<String> failedAt;

  PlanExecutor(
      FileContext file,
      TestModule module,
      Watchdog watchdog,
      Consumer<CaseResult> sink,
      java.util.function.Supplier<String> failedAt,
      Consumer<String> printStream) {
    this.failedAt = failedAt;
    this.printStream = printStream;
    this.file = file;
    this.module = module;
    this.watchdog = watchdog;
    this.recorder = new CaseRecorder(file, sink);
  }

  List<CaseResult> results() {
    return recorder.results();
  }

  CaseRecorder recorder() {
    return recorder;
  }

  /** Tests of the file that the {@code PATTERN…} arguments left out (counted as they are met). */
  long deselected() {
    return deselected + (events == null ? 0 : events.deselected());
  }

  /** The cases a vendored {@code wippy/test} reports arrive through {@code events}. */
  void readEventsFrom(CaseEvents caseEvents) {
    this.events = caseEvents;
  }

  /**
   * Calls a file's entry function and judges it as the platform's runner does. If it reported tests
   * ({@code run_cases}), those are its results and what the function returned or raised is ignored
   * (wflow warns when that hides an error), except that running out of time fails it. Otherwise the
   * function is a simple test: it fails if it raises, returns {@code false}, or returns {@code nil}
   * and an error. Returns the file-level failure, or null.
   */
  Failure runEntry(String name, Supplier<Varargs> call, TestPlan plan) {
    int before = recorder.enqueued() + (events == null ? 0 : events.reported());
    long began = System.nanoTime();
    OutputCapture capture = OutputCapture.begin(printStream);
    CaseScope scope = file.scopes().apply(name);
    file.enter(scope);
    Failure failure = null;
    Varargs returned = LuaValue.NONE;
    try {
      returned = call.get();
    } catch (RuntimeException | Error e) {
      FailureClassifier.rethrowFatal(e);
      failure = classify(e);
      if (events != null && events.endOpenCase(failure)) {
        timedOutInCase = true; // the case it struck in carries it, as with wflow's own module
      }
    } finally {
      module.restoreAllMocks();
      file.leave();
    }
    List<String> printed = capture.end();
    boolean reported = recorder.enqueued() + (events == null ? 0 : events.reported()) > before;
    if (timedOutInCase) {
      CaseClosing.quietly(scope);
      return null;
    }
    if (failure != null && failure.kind() == Failure.Kind.TIMEOUT) {
      CaseClosing.quietly(scope);
      return asFileError(failure);
    }
    if (!reported && plan.hasCases() && !plan.executed() && !plan.usedRunCases()) {
      warnNeverRun(plan);
    }
    if (reported || (plan.hasCases() && plan.executed())) {
      CaseClosing.quietly(scope);
      if (failure != null && !reported) {
        return asFileError(failure);
      }
      if (failure != null && recorder.results().stream().noneMatch(r -> r.outcome().failing())) {
        recorder.warn(
            "the entry raised after its tests ran ("
                + failure.message()
                + "); the platform's runner ignores an entry's error once it reported tests, so"
                + " this file passes there",
            failure.location());
      }
      return null;
    }
    if (failure == null) {
      failure = verdictOf(returned);
    }
    if (failure != null && plan.usedRunCases()) {
      CaseClosing.quietly(scope);
      return asFileError(failure);
    }
    if (file.selection().selectsCase(file.entry(), name)) {
      recorder.enqueue(List.of(), name, CaseClosing.judge(scope, failure, began, printed));
    } else {
      deselected++;
      CaseClosing.quietly(scope);
    }
    return null;
  }

  /**
   * Blocks the file defined but never ran ({@code describe} without {@code test.run_cases} or
   * {@code test.run}): {@code wippy/test} only collects them, the platform's runner sees no case
   * and judges the entry as a simple test, so wflow does the same.
   */
  private void warnNeverRun(TestPlan plan) {
    SuiteNode first = plan.suites().get(0);
    recorder.warn(
        "describe '"
            + first.fullPath()
            + "' and the file's other blocks define "
            + plan.caseCount()
            + " test(s) that never run: the entry does not call test.run_cases or test.run, so"
            + " wippy/test only collects them and the platform's runner judges the entry as a simple"
            + " test; wrap the definitions in test.run_cases",
        first.location());
  }

  /** A simple test's result: {@code false}, or {@code nil} with an error, fails it. */
  private static Failure verdictOf(Varargs returned) {
    if (returned.arg1() == LuaValue.FALSE) {
      return Failure.of(Failure.Kind.ASSERTION, "test returned false", null);
    }
    if (returned.arg1().isnil() && !returned.arg(2).isnil()) {
      return Failure.of(
          Failure.Kind.ERROR,
          "test returned an error: " + dev.wflow.testing.lua.LuaValues.tostring(returned.arg(2)),
          null);
    }
    return null;
  }

  private static Failure asFileError(Failure f) {
    String prefix = f.kind() == Failure.Kind.TIMEOUT ? "" : "error outside any test: ";
    return Failure.of(Failure.Kind.FILE, prefix + f.message(), f.location());
  }

  /** Runs the plan; returns {@code test.run()}'s results table to the Lua caller. */
  LuaValue run(TestPlan plan) {
    plan.markExecuted();
    int before = recorder.results().size();
    long start = System.nanoTime();
    warnAboutLostBlocks(plan.suites());
    plan.suites().forEach(suite -> deselected += deselectedIn(suite));
    module.integration().send("test:plan", RunTables.plan(plan.suites()));
    for (SuiteNode suite : plan.suites()) {
      runSuite(suite);
    }
    List<CaseResult> ran = recorder.results();
    LuaTable results = RunTables.results(plan.caseCount());
    for (CaseResult r : ran.subList(before, ran.size())) {
      RunTables.add(results, suiteOf(r), r.name(), status(r), r.wall().toNanos() / 1e9, error(r));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    results.set("duration", seconds);
    LuaTable complete = new LuaTable();
    for (String k : new String[] {"total", "passed", "failed", "skipped", "duration"}) {
      complete.set(k, results.get(k));
    }
    complete.set("status", results.get("failed").toint() > 0 ? "failed" : "passed");
    complete.set("timestamp", RunTables.now());
    module.integration().send("test:complete", complete);
    return results;
  }

  private static String suiteOf(CaseResult r) {
    return String.join(" > ", r.path());
  }

  private static String status(CaseResult r) {
    return switch (r.outcome()) {
      case PASSED -> "pass";
      case SKIPPED -> "skip";
      default -> "fail";
    };
  }

  /** The error text a failed test shows in the Lua results: {@code "file:line: message"}. */
  private static String error(CaseResult r) {
    Failure f = r.failure();
    return f == null
        ? null
        : f.location() == null ? f.message() : f.location() + ": " + f.message();
  }

  /**
   * A finished test's event, when a process other than wflow's runner listens: the test's result is
   * awaited first (its replay check included), so events arrive in the platform's order.
   */
  private void announce() {
    if (!module.integration().listening()) {
      return;
    }
    List<CaseResult> ran = recorder.results();
    CaseResult r = ran.get(ran.size() - 1);
    LuaTable event = new LuaTable();
    event.set("suite", suiteOf(r));
    event.set("test", r.name());
    event.set("timestamp", RunTables.now());
    if (r.outcome() != Outcome.SKIPPED) {
      event.set("duration", r.wall().toNanos() / 1e9);
    }
    if (error(r) != null) {
      event.set("error", error(r));
    }
    module.integration().send("test:case:" + status(r), event);
  }

  /** Blocks three deep: the platform counts their cases but never runs them. */
  private void warnAboutLostBlocks(List<SuiteNode> blocks) {
    for (SuiteNode block : blocks) {
      if (block.depth() >= 3) {
        if (block.caseCount() > 0) {
          recorder.warn(
              "describe '"
                  + block.fullPath()
                  + "' is nested "
                  + block.depth()
                  + " deep: wippy/test counts its "
                  + block.caseCount()
                  + " test(s) but never runs them (only top-level blocks run their nested"
                  + " blocks), so wflow does not run them either; move them up a level",
              block.location());
        }
      } else {
        warnAboutLostBlocks(block.children());
      }
    }
  }

  private void runSuite(SuiteNode node) {
    if (selectedIn(node) == 0 || file.stop().stopped()) {
      return;
    }
    List<SuiteNode> lineage = node.lineage();
    for (SuiteNode n : lineage) {
      callHook(n.beforeAll());
    }
    for (SuiteNode.CaseDef c : node.cases()) {
      if (selected(node, c) && !file.stop().stopped()) {
        runCase(node, c);
      }
    }
    for (SuiteNode child : node.blocksRun()) {
      runSuite(child);
    }
    for (int i = lineage.size() - 1; i >= 0; i--) {
      callHook(lineage.get(i).afterAll());
    }
    module.restoreAllMocks();
  }

  private static void callHook(LuaValue hook) {
    if (!hook.isnil()) {
      hook.call();
    }
  }

  private void runCase(SuiteNode node, SuiteNode.CaseDef c) {
    LuaTable start = new LuaTable();
    start.set("suite", node.fullPath());
    start.set("test", c.name());
    start.set("timestamp", RunTables.now());
    if (c.skipped()) {
      recorder.enqueueNow(node.path(), c.name(), null);
      announce();
      return;
    }
    module.integration().send("test:case:start", start);
    List<String> fullName = new ArrayList<>(node.path());
    fullName.add(c.name());
    long began = System.nanoTime();
    OutputCapture capture = OutputCapture.begin(printStream);
    CaseScope scope = file.scopes().apply(String.join(" > ", fullName));
    file.enter(scope);
    Failure failure;
    boolean finished = false;
    try {
      for (SuiteNode n : node.lineage()) {
        callHook(n.beforeEach());
      }
      failure = runBody(c);
      if (failure != null && failure.kind() == Failure.Kind.TIMEOUT) {
        // The entry's time is up: this case carries the timeout, and the run ends here.
        timedOutInCase = true;
        finished = true;
        Thread.interrupted(); // the alarm's interrupt must not break reading the run's history
        recorder.enqueue(
            node.path(), c.name(), CaseClosing.judge(scope, failure, began, capture.end()));
        throw new TestTimedOut(watchdog.limit());
      }
      List<SuiteNode> lineage = node.lineage();
      for (int i = lineage.size() - 1; i >= 0; i--) {
        for (LuaValue hook : lineage.get(i).afterEach()) {
          hook.call();
          module.restoreAllMocks();
        }
      }
      finished = true;
    } finally {
      module.restoreAllMocks();
      file.leave();
      if (!finished) {
        capture.end();
        CaseClosing.quietly(scope);
      }
    }
    recorder.enqueue(
        node.path(), c.name(), CaseClosing.judge(scope, failure, began, capture.end()));
    announce();
  }

  /** The case body under {@code pcall}: what it raises is the case's failure. */
  private Failure runBody(SuiteNode.CaseDef c) {
    try {
      if (!c.body().isfunction()) {
        throw new LuaError("attempt to call a " + c.body().typename() + " value");
      }
      c.body().call();
      return null;
    } catch (RuntimeException | Error e) {
      FailureClassifier.rethrowFatal(e);
      return classify(e);
    }
  }

  /**
   * Whatever a test raised once its deadline passed (an interrupted call, a cancelled request) is
   * reported as the timeout it is.
   */
  private Failure classify(Throwable e) {
    if (e instanceof StackOverflowError || e instanceof OutOfMemoryError) {
      return Failure.of(
          Failure.Kind.ERROR,
          dev.wflow.runtime.LineTracker.cause((VirtualMachineError) e),
          failedAt.get());
    }
    Failure f = FailureClassifier.classify(e, file.options().stackTraces());
    if (watchdog.expired() && f.kind() != Failure.Kind.TIMEOUT) {
      return Failure.of(
          Failure.Kind.TIMEOUT,
          "test timed out after " + dev.wflow.testing.lua.DurationText.of(watchdog.limit()),
          f.location());
    }
    return f;
  }

  private boolean selected(SuiteNode node, SuiteNode.CaseDef c) {
    List<String> parts = new ArrayList<>(node.path());
    parts.add(c.name());
    return file.selection().selectsCase(file.entry(), String.join(" > ", parts));
  }

  /** The tests of {@code node} that {@link #runSuite} would run but the selection leaves out. */
  private int deselectedIn(SuiteNode node) {
    int n = (int) node.cases().stream().filter(c -> !selected(node, c)).count();
    for (SuiteNode child : node.blocksRun()) {
      n += deselectedIn(child);
    }
    return n;
  }

  private int selectedIn(SuiteNode node) {
    int n = (int) node.cases().stream().filter(c -> selected(node, c)).count();
    for (SuiteNode child : node.children()) {
      n += selectedIn(child);
    }
    return n;
  }
}
