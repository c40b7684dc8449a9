package dev.wflow.testing.lua;

import dev.wflow.platform.TestGlobals;
import dev.wflow.runtime.LuaFunctions;
import java.util.function.BiConsumer;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The {@code test} module a test entry sees ({@code imports: {test: wippy.test:test}}, {@code
 * require("test")} or the global): the {@code wippy/test} API of the framework's {@code test.lua}
 * (BDD definitions, assertions, mocks, the process-message protocol). Definitions are collected
 * into a {@link TestPlan}; running it is the host's job, so each {@code it} can be timed, isolated
 * and reported on its own.
 *
 * <pre>{@code
 * TestModule module = new TestModule(globals, plan -> runner.execute(plan));
 * globals.set("test", module.table());
 * }</pre>
 */
public final class TestModule {

  /** Runs a plan's cases; returns {@code test.run()}'s results table ({@link RunTables}). */
  @FunctionalInterface
  public interface Host {
    LuaValue run(TestPlan plan);
  }

  /** The pid wflow's runner passes in a test entry's options, as the platform's runner does. */
  public static final String RUNNER_PID = "{wflow|test-runner}";

  private final Globals globals;
  private final Host host;
  private final TestPlan plan;
  private final ProcessIntegration integration;
  private final MockTable mocks;
  private final LuaTable table = new LuaTable();
  private boolean runCasesCalled;

  public TestModule(Globals globals, Host host) {
    this(globals, host, (type, data) -> {});
  }

  /** {@code runnerInbox} receives what the test sends to {@link #RUNNER_PID}. */
  public TestModule(Globals globals, Host host, BiConsumer<String, LuaValue> runnerInbox) {
    this.globals = globals;
    this.host = host;
    this.plan = new TestPlan(() -> CallSite.of(globals));
    this.integration = new ProcessIntegration(globals, RUNNER_PID, runnerInbox);
    this.mocks = new MockTable(globals, integration);
    new Assertions(globals.get("string")).install(table);
    installDefinitions();
    installMocks();
    installProtocol();
  }

  /** The module table to bind as {@code test}. */
  public LuaTable table() {
    return table;
  }

  /**
   * True when the file defines its tests as cases: {@code test.run_cases} was called (usually at
   * load time, to make the entry function) or a {@code describe} block exists. Otherwise its entry
   * function is a simple test.
   */
  public boolean definesCases() {
    return runCasesCalled || plan.hasCases();
  }

  public TestPlan plan() {
    return plan;
  }

  /** Where the runner's events ({@code test:case:pass}…) go. */
  public ProcessIntegration integration() {
    return integration;
  }

  /** Puts every mocked global back; the runner calls this after each test. */
  public void restoreAllMocks() {
    mocks.restoreAll();
  }

  private void installDefinitions() {
    LuaValue describe =
        LuaFunctions.of(
            "test.describe", a -> RunTables.suite(plan.describe(name(a, "describe"), a.arg(2))));
    table.set("describe", describe);
    table.set("spec", describe);
    table.set("context", describe);
    table.set(
        "it", LuaFunctions.procedure("test.it", a -> plan.it(name(a, "it"), a.arg(2), false)));
    table.set(
        "it_skip",
        LuaFunctions.procedure("test.it_skip", a -> plan.it(name(a, "it_skip"), a.arg(2), true)));
    table.set("before_all", hook("before_all", (s, f) -> s.setBeforeAll(f)));
    table.set("after_all", hook("after_all", (s, f) -> s.setAfterAll(f)));
    table.set("before_each", hook("before_each", (s, f) -> s.setBeforeEach(f)));
    table.set("after_each", hook("after_each", SuiteNode::addAfterEach));
    table.set("suite", LuaFunctions.of("test.suite", a -> RunTables.emptySuite(a.arg1())));
    table.set("run_cases", LuaFunctions.of("test.run_cases", a -> runCases(a.arg1())));
    table.set("run", LuaFunctions.of("test.run", a -> host.run(plan)));
  }

  private void installMocks() {
    table.set("mock", chained("mock", mocks::mock));
    table.set("mock_process", chained("mock_process", mocks::mockProcess));
    table.set("restore_mock", chained("restore_mock", mocks::restore));
    table.set("restore_all_mocks", chained("restore_all_mocks", a -> mocks.restoreAll()));
    table.set("register_mock_namespace", chained("register_mock_namespace", a -> {}));
  }

  private void installProtocol() {
    table.set("event", ProcessIntegration.eventTable());
    table.set(
        "setup_process_integration",
        LuaFunctions.of(
            "test.setup_process_integration", a -> LuaValue.valueOf(integration.setup(a.arg1()))));
    table.set(
        "send_message",
        LuaFunctions.procedure(
            "test.send_message", a -> integration.send(LuaValues.tostring(a.arg1()), a.arg(2))));
    table.set(
        "report_error",
        LuaFunctions.procedure(
            "test.report_error",
            a -> {
              LuaTable data = new LuaTable();
              data.set("message", a.arg1());
              data.set("context", a.arg(2).isnil() ? LuaValue.valueOf("test") : a.arg(2));
              data.set("timestamp", RunTables.now());
              integration.send("test:error", data);
            }));
  }

  /** A function of the module that returns the module, so calls chain as on the platform. */
  private LuaValue chained(String name, java.util.function.Consumer<Varargs> body) {
    return LuaFunctions.of(
        "test." + name,
        a -> {
          body.accept(a);
          return table;
        });
  }

  /**
   * A hook setter. A non-function is refused here (the platform would fail when calling it); nil
   * empties a slot, as assigning nil does on the platform.
   */
  private LuaValue hook(String name, BiConsumer<SuiteNode, LuaValue> slot) {
    return LuaFunctions.procedure(
        "test." + name,
        a -> {
          SuiteNode block = plan.current(name);
          if (a.arg1().isnil() && !name.equals("after_each")) {
            slot.accept(block, LuaValue.NIL);
            return;
          }
          if (!a.arg1().isfunction()) {
            throw new LuaError(name + ": expected a function, got " + a.arg1().typename());
          }
          slot.accept(block, a.arg1());
        });
  }

  /**
   * {@code test.run_cases(define)} returns the entry function: it defines the cases with the BDD
   * names bound as globals, runs them, clears the globals and returns the platform's summary
   * ({@link RunTables#summary}).
   */
  private Varargs runCases(LuaValue define) {
    if (!define.isfunction()) {
      throw new LuaError("run_cases: expected a function, got " + define.typename());
    }
    runCasesCalled = true;
    return LuaFunctions.of(
        "test.run_cases",
        options -> {
          plan.reset();
          mocks.restoreAll();
          integration.keepRefId(options.arg1());
          integration.captureSend();
          for (String name : TestGlobals.BDD) {
            globals.set(name, table.get(name));
          }
          integration.setup(options.arg1());
          define.call();
          LuaValue results = host.run(plan);
          LuaValue summary = RunTables.summary(results, integration.refId());
          for (String name : TestGlobals.BDD) {
            globals.set(name, LuaValue.NIL);
          }
          mocks.restoreAll();
          return summary;
        });
  }

  private static String name(Varargs a, String what) {
    if (!a.arg1().isstring()) {
      throw new LuaError(what + ": expected a name, got " + a.arg1().typename());
    }
    return a.arg1().tojstring();
  }
}
