package dev.wflow.testing;

import dev.wflow.testing.lua.SuiteNode;
import dev.wflow.testing.lua.TestModule;
import dev.wflow.testing.lua.TestPlan;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The platform runner's verdict on one test entry ({@code runner.lua}): the cases it reported, or,
 * when it reported none, the entry as a simple test. The cases come from wflow's {@link
 * PlanExecutor} or, for a vendored {@code wippy/test}, from its messages ({@link CaseEvents}).
 */
final class EntryRun {

  private final FileContext file;
  private final TestModule module;
  private final CaseRecorder recorder;
  private final RaisedFailures failures;
  private final PlanExecutor executor;
  private final CaseEvents events;
  private final Consumer<String> printStream;
  private boolean openCaseTookIt;
  private long deselected;

  EntryRun(
      FileContext file,
      TestModule module,
      CaseRecorder recorder,
      RaisedFailures failures,
      PlanExecutor executor,
      CaseEvents events,
      Consumer<String> printStream) {
    this.file = file;
    this.module = module;
    this.recorder = recorder;
    this.failures = failures;
    this.executor = executor;
    this.events = events;
    this.printStream = printStream;
  }

  /** Tests of the file that the {@code PATTERN…} arguments left out, however they were run. */
  long deselected() {
    return deselected + executor.deselected() + events.deselected();
  }

  /**
   * Calls a file's entry function and judges it as the platform's runner does. If it reported tests
   * ({@code run_cases}), those are its results and what the function returned or raised is ignored
   * (wflow warns when that hides an error), except that running out of time fails it. Otherwise the
   * function is a simple test: it fails if it raises, returns {@code false}, or returns {@code nil}
   * and an error. Returns the file-level failure, or null.
   */
  Failure run(String name, Supplier<Varargs> call, TestPlan plan) {
    int before = recorder.enqueued() + events.reported();
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
      failure = failures.of(e);
      if (events.endOpenCase(failure)) {
        openCaseTookIt = true; // the case it struck in carries it, as with wflow's own module
      }
    } finally {
      module.restoreAllMocks();
      file.leave();
    }
    List<String> printed = capture.end();
    boolean reported = recorder.enqueued() + events.reported() > before;
    if (openCaseTookIt || executor.timedOutInCase()) {
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
}
