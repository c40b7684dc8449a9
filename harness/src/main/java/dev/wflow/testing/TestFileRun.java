package dev.wflow.testing;

import dev.wflow.testing.lua.TestModule;
import dev.wflow.testing.lua.Watchdog;
import java.time.Duration;
import java.util.function.Consumer;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * Runs one test file in a fresh Lua state: binds the {@code test} module, runs the chunk, calls the
 * entry function, and runs whatever cases it defined. Anything that goes wrong outside a case
 * (syntax error, error at the top level or in a {@code describe} body, a file that never finishes)
 * becomes the file's error; the file's cases that already ran keep their results.
 */
final class TestFileRun {

  private final LuaStates states;
  private final TestRunner.Workflows workflows;

  /**
   * @param workflows the workflow functions of the module ({@code test.workflow}, {@code run_of})
   */
  TestFileRun(LuaStates states, TestRunner.Workflows workflows) {
    this.states = states;
    this.workflows = workflows;
  }

  FileResult run(FileContext file, Consumer<CaseResult> sink) {
    long start = System.nanoTime();
    TestEntry entry = file.entry();
    if (entry.source() == null) {
      Failure unreadable =
          Failure.of(Failure.Kind.FILE, "the test's Lua source could not be read", entry.file());
      return new FileResult(entry, java.util.List.of(), unreadable, Duration.ZERO);
    }
    LuaStates.State state = states.create(entry);
    Globals globals = state.globals();
    Watchdog watchdog = Watchdog.install(globals);
    PlanExecutor[] executor = new PlanExecutor[1];
    TestModule module = new TestModule(globals, plan -> executor[0].run(plan), (type, data) -> {});
    java.util.function.Supplier<String> failedAt =
        () ->
            dev.wflow.runtime.LineTracker.of(globals)
                .map(dev.wflow.runtime.LineTracker::failedAt)
                .orElse(null);
    CaseRecorder recorder = new CaseRecorder(file, sink);
    RaisedFailures failures = new RaisedFailures(file, watchdog, failedAt);
    executor[0] =
        new PlanExecutor(file, module, watchdog, recorder, failures, states.printStream());
    CaseEvents events = new CaseEvents(file, recorder, states.printStream());
    EntryRun entryRun =
        new EntryRun(file, module, recorder, failures, executor[0], events, states.printStream());
    globals.set("test", module.table());
    LuaTable additions = extend(module, globals, file);
    CaseEvents.routeToRunner(globals, events::accept);
    Failure error = null;
    // The platform's runner gives the whole entry meta.timeout (default 30s), loading included.
    watchdog.arm(file.timeout());
    try {
      error = runEntry(file, module, entryRun, state, additions, events);
    } catch (LuaStates.LoadError e) {
      error = Failure.of(Failure.Kind.FILE, e.getMessage(), e.location());
    } catch (StackOverflowError | OutOfMemoryError e) {
      error =
          Failure.of(
              Failure.Kind.FILE,
              "error outside any test: " + dev.wflow.runtime.LineTracker.cause(e),
              failedAt.get());
    } catch (RuntimeException | Error e) {
      FailureClassifier.rethrowFatal(e);
      Failure f = FailureClassifier.classify(e, file.options().stackTraces());
      String prefix = f.kind() == Failure.Kind.TIMEOUT ? "" : "error outside any test: ";
      error = Failure.of(Failure.Kind.FILE, prefix + f.message(), f.location());
    } finally {
      watchdog.disarm();
    }
    return new FileResult(
        entry,
        recorder.results(),
        error,
        Duration.ofNanos(System.nanoTime() - start),
        recorder.warnings(),
        entryRun.deselected());
  }

  /** What {@link #list} found in one file. */
  record Listed(java.util.List<ListedTest> tests, Failure error, long deselected) {}

  /**
   * The tests the file defines, none of them run. The chunk is loaded (its top-level code runs, as
   * pytest imports a module to collect it); a file that defines cases ({@code run_cases}, {@code
   * describe}) has its entry function called with a host that lists the plan instead of running it.
   * A simple test (an entry function that is the test itself) is not called: it is one test, named
   * after the entry.
   */
  Listed list(FileContext file) {
    TestEntry entry = file.entry();
    if (entry.source() == null) {
      return new Listed(
          java.util.List.of(),
          Failure.of(Failure.Kind.FILE, "the test's Lua source could not be read", entry.file()),
          0);
    }
    LuaStates.State state = states.create(entry);
    Globals globals = state.globals();
    Watchdog watchdog = Watchdog.install(globals);
    PlanListing listing = new PlanListing(file);
    TestModule module = new TestModule(globals, listing::list, (type, data) -> {});
    globals.set("test", module.table());
    file.attach(workflows.extend(module.table(), globals, file));
    Failure error = null;
    watchdog.arm(file.timeout());
    try {
      LuaValue entryFunction = entryFunction(state.load(module.table()), entry.method());
      if (module.definesCases()) {
        if (entryFunction.isfunction() && !module.plan().hasCases()) {
          entryFunction.invoke(options(file));
        }
        if (!module.plan().executed()) {
          listing.list(module.plan());
        }
      } else if (entryFunction.isfunction()) {
        listing.simple(entry.name());
      } else {
        error = noTests(file);
      }
    } catch (LuaStates.LoadError e) {
      error = Failure.of(Failure.Kind.FILE, e.getMessage(), e.location());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      FailureClassifier.rethrowFatal(e);
      Failure f = FailureClassifier.classify(e, file.options().stackTraces());
      error = Failure.of(Failure.Kind.FILE, "error outside any test: " + f.message(), f.location());
    } finally {
      watchdog.disarm();
    }
    return new Listed(listing.tests(), error, listing.deselected());
  }

  /** The platform's runner cannot call an entry whose chunk exports no function. */
  private static Failure noTests(FileContext file) {
    String method = file.entry().method().isEmpty() ? "main" : file.entry().method();
    return Failure.of(
        Failure.Kind.FILE,
        "the test's chunk returns no function (method '"
            + method
            + "'), so the platform's runner cannot call it and none of its tests run",
        file.entry().file() + ":1");
  }

  /**
   * Adds wflow's functions ({@code test.workflow}…) to the module and returns them, for a vendored
   * {@code wippy/test} to get the same.
   */
  private LuaTable extend(TestModule module, Globals globals, FileContext file) {
    LuaTable table = module.table();
    java.util.Set<LuaValue> own = new java.util.HashSet<>();
    for (LuaValue k = table.next(LuaValue.NIL).arg1(); !k.isnil(); k = table.next(k).arg1()) {
      own.add(k);
    }
    file.attach(workflows.extend(table, globals, file));
    LuaTable additions = new LuaTable();
    for (LuaValue k = table.next(LuaValue.NIL).arg1(); !k.isnil(); k = table.next(k).arg1()) {
      if (!own.contains(k)) {
        additions.set(k, table.get(k));
      }
    }
    return additions;
  }

  private Failure runEntry(
      FileContext file,
      TestModule module,
      EntryRun entryRun,
      LuaStates.State state,
      LuaTable additions,
      CaseEvents events)
      throws LuaStates.LoadError {
    LuaValue returned = state.load(module.table(), additions);
    if (state.hostsFramework()) {
      events.read();
    }
    LuaValue entryFunction = entryFunction(returned, file.entry().method());
    Failure error = null;
    if (entryFunction.isfunction()) {
      error =
          entryRun.run(
              file.entry().name(), () -> entryFunction.invoke(options(file)), module.plan());
    } else {
      return noTests(file);
    }
    return error;
  }

  /** What the platform's runner passes a test entry: where to send its events, and its ID. */
  private static LuaTable options(FileContext file) {
    LuaTable options = new LuaTable();
    options.set("pid", TestModule.RUNNER_PID);
    options.set("topic", "test:update");
    options.set("ref_id", file.entry().id());
    return options;
  }

  /** SPEC §3: a returned function is the entry; a table gives {@code table[method]}. */
  private static LuaValue entryFunction(LuaValue returned, String method) {
    if (returned.isfunction()) {
      return returned;
    }
    if (returned.istable()) {
      String name = method.isEmpty() ? "main" : method;
      LuaValue f = returned.get(name);
      if (f.isnil() && method.isEmpty()) {
        f = returned.get("run");
      }
      return f;
    }
    return LuaValue.NIL;
  }
}
