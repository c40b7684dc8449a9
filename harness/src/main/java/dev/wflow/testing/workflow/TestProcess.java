package dev.wflow.testing.workflow;

import dev.wflow.node.HostModules;
import dev.wflow.node.LocalProcess;
import dev.wflow.node.Node;
import dev.wflow.node.RegularProcessModule;
import dev.wflow.node.RegularSandbox;
import dev.wflow.runtime.SandboxHost;
import dev.wflow.testing.LuaMailbox;
import dev.wflow.testing.TestRunner;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;

/**
 * Test code as the platform runs it: a regular process on the node of the running test, with the
 * {@code process}, {@code channel} and {@code time} every regular process has ({@link
 * HostModules}), and {@code funcs} running function entries directly ({@link RegularSandbox}), each
 * on a thread and as a process of its own, as on the platform. The process is the test file's; each
 * test's node adopts it. While it waits, the node's virtual clock runs and the test's mocks are
 * answered on its thread ({@link LuaMailbox}).
 *
 * <pre>{@code
 * new TestProcess(file, mailbox, globals).install(globals);
 * }</pre>
 */
final class TestProcess {

  private final TestRunner.FileView file;
  private final LocalProcess self;
  private final Consumer<String> printer;

  TestProcess(TestRunner.FileView file, LuaMailbox mailbox, Globals globals) {
    this.file = file;
    String pid = "{wflow|" + file.entry().id() + "}";
    this.self =
        LocalProcess.standalone(
            pid,
            file.entry().id(),
            (wake, what) -> {
              Node n = openNode();
              if (n != null) {
                n.drive(pid, wake);
              }
              await(mailbox, wake);
            });
    // A called function prints where the test prints.
    this.printer = line -> globals.get("print").call(LuaValue.valueOf(line));
  }

  /** Sets the test code's globals; the file's entry lists them as modules too. */
  void install(Globals globals) {
    globals.set("process", RegularProcessModule.create(this::requireNode, self));
    globals.set("channel", HostModules.channel(self));
    globals.set("coroutine", HostModules.coroutine(globals, self));
    globals.set(
        "time",
        HostModules.time(SandboxHost.system(printer, Map.of()), this::node, this::openNode, self));
    globals.set("funcs", RegularSandbox.funcs(this::requireNode, self, 0, printer, () -> ""));
  }

  /**
   * A test begins: the coroutines the previous one left waiting end with it, as a test's process
   * ends on the platform.
   */
  void newTest() {
    self.coroutines().abandon();
  }

  /** The running test's node, opened on first use; null outside a test. */
  private Node node() {
    if (!(file.current() instanceof WorkflowScope scope)) {
      return null;
    }
    Node n = scope.node();
    if (n != null) {
      n.adopt(self);
    }
    return n;
  }

  private Node requireNode() {
    Node n = node();
    if (n == null) {
      throw new LuaError("process drives workflows and can only be used inside a test (it)");
    }
    return n;
  }

  /** The running test's node if it is open already (waiting must not start one). */
  private Node openNode() {
    return file.current() instanceof WorkflowScope scope ? scope.openedNode() : null;
  }

  private static void await(LuaMailbox mailbox, CompletableFuture<?> wake) {
    try {
      mailbox.await(wake);
    } catch (ExecutionException e) {
      // The wake-up futures of a waiting process only complete normally.
      throw new IllegalStateException(e.getCause());
    }
  }
}
