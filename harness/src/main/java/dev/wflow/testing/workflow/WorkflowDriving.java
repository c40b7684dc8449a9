package dev.wflow.testing.workflow;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.testing.CaseScope;
import dev.wflow.testing.DaemonThreads;
import dev.wflow.testing.LuaMailbox;
import dev.wflow.testing.TestOptions;
import dev.wflow.testing.TestRunner;
import dev.wflow.testing.lua.Watchdog;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * Workflow driving for test files (DESIGN.md §6): adds {@code test.workflow}/{@code test.run_of} to
 * the module, and makes test code a regular process of the running test's node ({@link
 * TestProcess}: {@code process}, {@code channel}, {@code time}, {@code funcs}). Each test gets its
 * own environment, opened on first use.
 *
 * <pre>{@code
 * TestRunner runner = new TestRunner(states, options,
 *     new WorkflowDriving(TemporalEnvironment.catalog(lua), TemporalEnvironment.factory(lua)));
 * }</pre>
 */
public final class WorkflowDriving implements TestRunner.Workflows {

  /** Opens a fresh environment for one test. */
  @FunctionalInterface
  public interface Environments {
    WorkflowEnvironment open(TestOptions options);
  }

  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(DaemonThreads.named("wflow-test-call"));

  /** Both calls for one file come from the file's own thread. */
  private final ThreadLocal<LuaBlocking> blocking = new ThreadLocal<>();

  private final ThreadLocal<TestProcess> processes = new ThreadLocal<>();

  private final EntryCatalog catalog;
  private final Environments environments;

  public WorkflowDriving(EntryCatalog catalog, Environments environments) {
    this.catalog = catalog;
    this.environments = environments;
  }

  @Override
  public void extend(LuaTable module, Globals globals, TestRunner.FileView file) {
    LuaMailbox mailbox = new LuaMailbox(Watchdog.install(globals));
    mailbox.claim();
    LuaBlocking calls = new LuaBlocking(mailbox, POOL);
    blocking.set(calls);
    module.set(
        "workflow",
        of(a -> RunBuilder.create(a.checkjstring(1), scope(file, "test.workflow"), mailbox)));
    module.set("run_of", of(a -> runOf(file, a)));
    TestProcess process = new TestProcess(file, mailbox, globals);
    process.install(globals);
    processes.set(process);
  }

  @Override
  public void finish() {
    if (environments instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Prefetched environments are not in use; failing to stop one changes no result.
      }
    }
  }

  @Override
  public CaseScope open(TestRunner.FileView file, String testName) {
    // Taken here, on the test's thread while its output is captured; the environment itself may
    // be opened later from a call's worker thread.
    java.util.function.Consumer<String> prints = dev.wflow.testing.OutputCapture.forCurrentTest();
    TestProcess process = processes.get();
    if (process != null) {
      process.newTest();
    }
    return new WorkflowScope(
        catalog,
        () -> {
          WorkflowEnvironment env = environments.open(file.options());
          env.printTo(prints);
          return env;
        },
        file,
        testName,
        blocking.get());
  }

  private static Varargs runOf(TestRunner.FileView file, Varargs a) {
    WorkflowScope scope = scope(file, "test.run_of");
    String pid = a.checkjstring(1);
    return scope
        .environment()
        .runOf(pid)
        .map(scope::wrap)
        .map(LuaValue.class::cast)
        .orElseThrow(() -> new LuaError("test.run_of: no workflow run has pid " + pid));
  }

  static WorkflowScope scope(TestRunner.FileView file, String what) {
    if (file.current() instanceof WorkflowScope s) {
      return s;
    }
    throw new LuaError(what + " drives workflows and can only be used inside a test (it)");
  }
}
