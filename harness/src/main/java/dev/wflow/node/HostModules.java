package dev.wflow.node;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.GoDuration;
import dev.wflow.runtime.LuaSandbox;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.SandboxHost;
import dev.wflow.runtime.StandardModules;
import dev.wflow.runtime.TimeValue;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
    ModuleTable t =
        StandardModules.time(host, d -> self.waiter().await(timer(node, d), "time.sleep"));
    t.define("after", of(a -> after(node, self, duration(a.arg1()))));
    t.define("timer", of(a -> timer(node, self, duration(a.arg1()))));
    t.define("ticker", of(a -> ticker(node, self, duration(a.arg1()))));
    return t;
  }

  private static Duration duration(LuaValue v) {
    return GoDuration.fromLua(v, false);
  }

  /** Completes once {@code d} has passed: on the node's clock, or the wall clock without one. */
  private static CompletableFuture<Void> timer(Supplier<Node> node, Duration d) {
    Node n = node.get();
    if (n != null) {
      return n.clock().timer(d);
    }
    CompletableFuture<Void> due = new CompletableFuture<>();
    CompletableFuture.delayedExecutor(Math.max(0, d.toMillis()), TimeUnit.MILLISECONDS)
        .execute(() -> due.complete(null));
    return due;
  }

  private static LuaValue now(Supplier<Node> node) {
    Node n = node.get();
    Instant at = n != null ? n.clock().now() : Instant.now();
    return TimeValue.of(at);
  }

  private static HostChannel after(Supplier<Node> node, LocalProcess self, Duration d) {
    HostChannel ch = new HostChannel(1, "time.after", self.waiter());
    timer(node, d).thenRun(() -> ch.offer(now(node)));
    return ch;
  }

  private static LuaTable timer(Supplier<Node> node, LocalProcess self, Duration d) {
    LuaTable timer = new LuaTable();
    HostChannel ch = new HostChannel(1, "timer", self.waiter());
    AtomicBoolean stopped = new AtomicBoolean();
    timer(node, d)
        .thenRun(
            () -> {
              if (!stopped.get()) {
                ch.offer(now(node));
              }
            });
    timer.set("channel", of(a -> ch));
    timer.set("stop", of(a -> LuaValue.valueOf(!stopped.getAndSet(true))));
    return timer;
  }

  private static LuaTable ticker(Supplier<Node> node, LocalProcess self, Duration d) {
    LuaTable ticker = new LuaTable();
    HostChannel ch = new HostChannel(1, "ticker", self.waiter());
    AtomicBoolean stopped = new AtomicBoolean();
    Runnable[] tick = new Runnable[1];
    tick[0] =
        () -> {
          if (!stopped.get()) {
            ch.offer(now(node));
            timer(node, d).thenRun(tick[0]);
          }
        };
    timer(node, d).thenRun(tick[0]);
    ticker.set("channel", of(a -> ch));
    ticker.set(
        "stop",
        of(
            a -> {
              stopped.set(true);
              return LuaValue.NONE;
            }));
    return ticker;
  }
}
