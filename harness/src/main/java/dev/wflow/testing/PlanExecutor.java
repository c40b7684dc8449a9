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
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

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
  private final RaisedFailures failures;
  private boolean timedOutInCase;
  private long deselected;

  /** Where {@code print} goes as it happens ({@code --print}), besides each test's capture. */
  private final Consumer<String> printStream;

  PlanExecutor(
      FileContext file,
      TestModule module,
      Watchdog watchdog,
      CaseRecorder recorder,
      RaisedFailures failures,
      Consumer<String> printStream) {
    this.printStream = printStream;
    this.file = file;
    this.module = module;
    this.watchdog = watchdog;
    this.recorder = recorder;
    this.failures = failures;
  }

  /** Cases of the plan that the {@code PATTERN…} arguments left out. */
  long deselected() {
    return deselected;
  }

  /** True once the entry's time ran out inside a case, which carries the timeout. */
  boolean timedOutInCase() {
    return timedOutInCase;
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
      return failures.of(e);
    }
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
