package dev.wflow.testing.lua;

import dev.wflow.platform.TestGlobals;
import java.util.List;
import java.util.function.Function;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The {@code test} module a test entry sees ({@code imports: {test: wippy.test:test}}, {@code
 * require("test")} or the global): the {@code wippy/test} BDD API, assertions and mocks.
 * Definitions are collected into a {@link TestPlan}; running it is the host's job, so each {@code
 * it} can be timed, isolated and reported on its own.
 *
 * <pre>{@code
 * TestModule module = new TestModule(globals, plan -> runner.execute(plan));
 * globals.set("test", module.table());
 * }</pre>
 */
public final class TestModule {

  /** Runs a plan's cases when the test file asks for it; returns the Lua results table. */
  @FunctionalInterface
  public interface Host {
    LuaValue run(TestPlan plan);
  }

  private final Globals globals;
  private final Host host;
  private final TestPlan plan = new TestPlan();
  private final MockTable mocks;
  private final LuaTable table = new LuaTable();

  public TestModule(Globals globals, Host host) {
    this.globals = globals;
    this.host = host;
    this.mocks = new MockTable(globals);
    new Assertions(globals.get("string").get("match")).install(table);
    installDefinitions();
    installMocks();
  }

  /** The module table to bind as {@code test}. */
  public LuaTable table() {
    return table;
  }

  public TestPlan plan() {
    return plan;
  }

  /** Puts every mocked global back; the runner calls this after each test. */
  public void restoreAllMocks() {
    mocks.restoreAll();
  }

  private void installDefinitions() {
    LuaValue describe =
        LuaFunctions.procedure("describe", a -> plan.describe(name(a, "describe"), a.arg(2)));
    table.set("describe", describe);
    table.set("spec", describe);
    table.set("context", describe);
    table.set("it", LuaFunctions.procedure("it", a -> plan.it(name(a, "it"), a.arg(2), false)));
    table.set(
        "it_skip",
        LuaFunctions.procedure("it_skip", a -> plan.it(name(a, "it_skip"), a.arg(2), true)));
    table.set("before_all", hook("before_all", SuiteNode::beforeAll));
    table.set("after_all", hook("after_all", SuiteNode::afterAll));
    table.set("before_each", hook("before_each", SuiteNode::beforeEach));
    table.set("after_each", hook("after_each", SuiteNode::afterEach));
    table.set("run_cases", LuaFunctions.of("run_cases", a -> runCases(a.arg1())));
    table.set("run", LuaFunctions.of("run", a -> host.run(plan)));
  }

  private void installMocks() {
    table.set(
        "mock",
        LuaFunctions.of(
            "mock",
            a -> {
              mocks.mock(a);
              return table;
            }));
    table.set(
        "mock_process",
        LuaFunctions.of(
            "mock_process",
            a -> {
              mocks.mockProcess(a);
              return table;
            }));
    table.set(
        "restore_mock",
        LuaFunctions.of(
            "restore_mock",
            a -> {
              mocks.restore(a.checkjstring(1));
              return table;
            }));
    table.set(
        "restore_all_mocks",
        LuaFunctions.of(
            "restore_all_mocks",
            a -> {
              mocks.restoreAll();
              return table;
            }));
  }

  private LuaValue hook(String name, Function<SuiteNode, List<LuaValue>> slot) {
    return LuaFunctions.procedure(
        name,
        a -> {
          if (!a.arg1().isfunction()) {
            throw new LuaError(name + ": expected a function, got " + a.arg1().typename());
          }
          slot.apply(plan.current()).add(a.arg1());
        });
  }

  /**
   * {@code test.run_cases(define)} returns the entry function: it defines the cases with the BDD
   * names also bound as globals (as the platform does), then runs them.
   */
  private Varargs runCases(LuaValue define) {
    if (!define.isfunction()) {
      throw new LuaError("run_cases: expected a function, got " + define.typename());
    }
    return LuaFunctions.of(
        "run_cases",
        options -> {
          plan.reset();
          for (String name : TestGlobals.BDD) {
            globals.set(name, table.get(name));
          }
          define.call();
          return host.run(plan);
        });
  }

  private static String name(Varargs a, String what) {
    if (!a.arg1().isstring()) {
      throw new LuaError(what + ": expected a name, got " + a.arg1().typename());
    }
    return a.arg1().tojstring();
  }
}
