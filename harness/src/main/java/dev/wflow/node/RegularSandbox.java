package dev.wflow.node;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaSandbox;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.SandboxHost;
import dev.wflow.runtime.funcs.FuncsModule;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Lua environment of a regular process of the node (a {@code process.lua} entry, a function
 * that test code or another regular process calls): its ctx, the {@link HostModules} every regular
 * process has, and {@code funcs} whose calls each run on a thread of their own, as processes of
 * their own ({@link Node#call}).
 *
 * <pre>{@code
 * LuaSandbox sandbox = RegularSandbox.open(node, entry, process, 0, System.out::println);
 * }</pre>
 */
public final class RegularSandbox {

  private RegularSandbox() {}

  /**
   * Opens the environment of process {@code self} running {@code entry}.
   *
   * @param depth how many {@code funcs} calls deep the code runs (its own calls go one deeper)
   * @param printer where its {@code print} goes
   */
  public static LuaSandbox open(
      Node node, LuaEntry entry, LocalProcess self, int depth, Consumer<String> printer) {
    LuaSandbox sandbox = new LuaSandbox(SandboxHost.system(printer, self.context()), entry.id());
    HostModules.install(sandbox, () -> node, self);
    sandbox.provide("funcs", funcs(() -> node, self, depth, printer, sandbox.tracker()::where));
    return sandbox;
  }

  /**
   * {@code funcs} of code {@code depth} calls deep in process {@code caller}: the caller waits
   * through its waiter while the call runs elsewhere.
   *
   * @param where the caller's file:line at the moment of a call
   */
  public static ModuleTable funcs(
      Supplier<Node> node,
      LocalProcess caller,
      int depth,
      Consumer<String> printer,
      Supplier<String> where) {
    return FuncsModule.create(
        call -> {
          // The node and the caller's file:line are found on the caller's thread; the call runs
          // on another.
          Node n = node.get();
          String at = where.get();
          return ThreadedCall.start(
              call.target(), () -> n.call(call, caller, depth, printer, at), caller.waiter());
        });
  }
}
