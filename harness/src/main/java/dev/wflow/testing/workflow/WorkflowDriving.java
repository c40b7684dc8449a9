package dev.wflow.testing.workflow;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.LuaProject;
import dev.wflow.testing.DaemonThreads;
import dev.wflow.testing.LuaMailbox;
import dev.wflow.testing.OutputCapture;
import dev.wflow.testing.TestRunner;
import dev.wflow.testing.lua.Watchdog;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.Varargs;

/**
 * Workflow driving for test files (DESIGN.md §6): adds {@code test.workflow}/{@code test.run_of} to
 * the module, and makes test code a regular process of the running test's node ({@link
 * TestProcess}: {@code process}, {@code channel}, {@code time}, {@code funcs}). Each test gets its
 * own node, opened on first use.
 *
 * <pre>{@code
 * TestRunner runner = new TestRunner(states, options,
 *     new WorkflowDriving(luaProject, id -> Optional.empty(), supply, options.skipTime()));
 * }</pre>
 */
public final class WorkflowDriving implements TestRunner.Workflows {

  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(DaemonThreads.named("wflow-test-call"));

  private final LuaProject project;
  private final Function<String, Optional<String>> refusals;
  private final PrefetchedNodes nodes;
  private final Replays replays;

  /**
   * @param refusals why a workflow cannot load (as {@code wflow run} would refuse it), by entry ID
   * @param supply where the tests' nodes come from; its owner closes it
   * @param skipTime whether the nodes' virtual clocks skip ahead while runs wait
   */
  public WorkflowDriving(
      LuaProject project,
      Function<String, Optional<String>> refusals,
      NodeSupply supply,
      boolean skipTime) {
    this.project = project;
    this.refusals = refusals;
    supply.serve(project, skipTime);
    this.nodes = supply.nodes();
    this.replays = supply.replays();
  }

  @Override
  public TestRunner.FileScopes extend(LuaTable module, Globals globals, TestRunner.FileView file) {
    LuaMailbox mailbox = new LuaMailbox(Watchdog.install(globals));
    mailbox.claim();
    LuaBlocking blocking = new LuaBlocking(mailbox, POOL);
    module.set(
        "workflow",
        of(a -> RunBuilder.create(a.checkjstring(1), scope(file, "test.workflow"), mailbox)));
    module.set("run_of", of(a -> runOf(file, a)));
    TestProcess process = new TestProcess(file, mailbox, globals);
    process.install(globals);
    return testName -> {
      // Taken here, on the test's thread while its output is captured; the node itself may be
      // opened later from a call's worker thread.
      Consumer<String> prints = OutputCapture.forCurrentTest();
      process.newTest();
      return new WorkflowScope(project, refusals, nodes, replays, file, testName, blocking, prints);
    };
  }

  private static Varargs runOf(TestRunner.FileView file, Varargs a) {
    WorkflowScope scope = scope(file, "test.run_of");
    String pid = a.checkjstring(1);
    return scope
        .runOf(pid)
        .orElseThrow(() -> new LuaError("test.run_of: no workflow run has pid " + pid));
  }

  static WorkflowScope scope(TestRunner.FileView file, String what) {
    if (file.current() instanceof WorkflowScope s) {
      return s;
    }
    throw new LuaError(what + " drives workflows and can only be used inside a test (it)");
  }
}
