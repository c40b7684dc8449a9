package dev.wflow.node;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.LuaSandbox;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.SandboxHost;
import dev.wflow.runtime.StandardModules;
import java.util.function.Supplier;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * The modules of a regular process (test code, a function test code calls, a {@code process.lua}
 * entry): {@code process}, {@code channel.new}/{@code channel.select}, and {@code time} whose
 * {@code sleep}/{@code after}/{@code timer}/{@code ticker} run on the node's virtual clock. One
 * implementation for every regular process; workflows have their own on Temporal's scheduler.
 *
 * <pre>{@code
 * HostModules.install(sandbox, () -> node, process);   // process, channel, time
 * }</pre>
 */
public final class HostModules {

  private HostModules() {}

  /**
   * Provides {@code process}, {@code channel} and {@code time} to {@code sandbox} (as modules an
   * entry lists and as globals), for process {@code self} of the node {@code node} gives.
   *
   * @param node the node of the moment; may return null outside any node (then {@code time} waits
   *     in real time and {@code process} raises an error)
   */
  public static void install(LuaSandbox sandbox, Supplier<Node> node, LocalProcess self) {
    Supplier<Node> required =
        () -> {
          Node n = node.get();
          if (n == null) {
            throw new LuaError("process is only available inside a test (it or a test entry)");
          }
          return n;
        };
    provide(sandbox, "process", RegularProcessModule.create(required, self));
    provide(sandbox, "time", time(sandbox.host(), node, self));
    concurrency(sandbox, self);
  }

  /**
   * {@code channel} and {@code coroutine.spawn} of process {@code self}: what a function has
   * wherever it runs (in an activity too, with no node around it).
   */
  public static void concurrency(LuaSandbox sandbox, LocalProcess self) {
    provide(sandbox, "channel", channel(self));
    sandbox.global("coroutine", coroutine(sandbox.globals(), self));
  }

  /** The {@code coroutine} library with {@code spawn} for the process {@code self}. */
  public static LuaTable coroutine(org.luaj.vm2.Globals globals, LocalProcess self) {
    return ProcessCoroutines.library(globals, self.coroutines());
  }

  private static void provide(LuaSandbox sandbox, String name, LuaValue module) {
    sandbox.provide(name, module);
    sandbox.global(name, module);
  }

  public static LuaTable channel(LocalProcess self) {
    LuaTable m = new LuaTable();
    m.set("new", of(a -> new HostChannel(a.optint(1, 0), "channel", self.waiter())));
    m.set("select", of(a -> HostSelect.select(a.arg1(), self.waiter())));
    return m;
  }

  /** {@code time} with its waiting functions on the node's virtual clock (real time without). */
  public static ModuleTable time(SandboxHost host, Supplier<Node> node, LocalProcess self) {
    return time(host, node, node, self);
  }

  /**
   * {@code time} of process {@code self}: {@code now}, {@code sleep}, {@code after}, {@code timer}
   * and {@code ticker} on one clock, the node's once it is open ({@link HostTimers}).
   *
   * @param opened the node if it is open already (reading the clock opens none), else null
   */
  public static ModuleTable time(
      SandboxHost host, Supplier<Node> node, Supplier<Node> opened, LocalProcess self) {
    HostTimers timers = new HostTimers(node, opened, self);
    ModuleTable t =
        StandardModules.time(host, d -> self.waiter().await(timers.due(d), "time.sleep"));
    t.define("now", of(a -> timers.now()));
    t.define("after", of(a -> timers.after(a.arg1())));
    t.define("timer", of(a -> timers.timer(a.arg1())));
    t.define("ticker", of(a -> timers.ticker(a.arg1())));
    return t;
  }
}
