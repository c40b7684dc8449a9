package dev.wflow.node;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.TimeModule;
import dev.wflow.runtime.TimeValue;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code time.after}, {@code time.timer} and {@code time.ticker} of a regular process, on the
 * node's virtual clock (the wall clock without a node), with the runtime's objects: a Timer's
 * {@code response()}/{@code channel()}, {@code stop()} (true when it stopped the timer before it
 * fired) and {@code reset(d)}; a Ticker's {@code response()}/{@code channel()} and {@code stop()}.
 * A bad or non-positive duration is {@code nil, err} of kind {@code Invalid}.
 */
final class HostTimers {

  private final Supplier<Node> node;
  private final Supplier<Node> opened;
  private final LocalProcess self;

  /**
   * @param node the node timers run on (opened if need be)
   * @param opened the node if it is open already, else null: reading the clock opens nothing
   */
  HostTimers(Supplier<Node> node, Supplier<Node> opened, LocalProcess self) {
    this.node = node;
    this.opened = opened;
    this.self = self;
  }

  /** {@code time.now()}: the clock the timers run on, so elapsed times agree with them. */
  LuaValue now() {
    Node n = opened.get();
    return TimeValue.of(n != null ? n.clock().now() : Instant.now());
  }

  /** Completes once {@code d} has passed: on the node's clock, or the wall clock without one. */
  CompletableFuture<Void> due(Duration d) {
    Node n = node.get();
    if (n != null) {
      return n.clock().timer(d);
    }
    CompletableFuture<Void> due = new CompletableFuture<>();
    CompletableFuture.delayedExecutor(Math.max(0, d.toMillis()), TimeUnit.MILLISECONDS)
        .execute(() -> due.complete(null));
    return due;
  }

  Varargs after(LuaValue spec) {
    return TimeModule.withPositiveDuration(spec, "after", this::after);
  }

  private HostChannel after(Duration d) {
    HostChannel ch = new HostChannel(1, "time.after", self.waiter());
    due(d).thenRun(() -> ch.offer(now()));
    return ch;
  }

  Varargs timer(LuaValue spec) {
    return TimeModule.withPositiveDuration(spec, "timer", this::timer);
  }

  private LuaTable timer(Duration d) {
    HostChannel ch = new HostChannel(1, "timer", self.waiter());
    // Each start (and reset) is a generation; a stale one's firing is ignored.
    AtomicInteger generation = new AtomicInteger();
    boolean[] pending = {true};
    Runnable[] arm = new Runnable[1];
    Duration[] length = {d};
    arm[0] =
        () -> {
          int mine = generation.incrementAndGet();
          due(length[0])
              .thenRun(
                  () -> {
                    synchronized (pending) {
                      if (generation.get() != mine || !pending[0]) {
                        return;
                      }
                      pending[0] = false;
                    }
                    ch.offer(now());
                  });
        };
    arm[0].run();
    LuaTable t = handle(ch);
    t.set(
        "stop",
        of(
            a -> {
              synchronized (pending) {
                boolean stopped = pending[0];
                pending[0] = false;
                generation.incrementAndGet();
                return LuaValue.valueOf(stopped);
              }
            }));
    t.set(
        "reset",
        of(
            a ->
                TimeModule.withPositiveDuration(
                    a.arg(2),
                    "reset",
                    next -> {
                      synchronized (pending) {
                        pending[0] = true;
                        length[0] = next;
                      }
                      arm[0].run();
                      return LuaValue.TRUE;
                    })));
    return t;
  }

  Varargs ticker(LuaValue spec) {
    return TimeModule.withPositiveDuration(spec, "ticker", this::ticker);
  }

  private LuaTable ticker(Duration d) {
    HostChannel ch = new HostChannel(1, "ticker", self.waiter());
    boolean[] stopped = {false};
    Runnable[] tick = new Runnable[1];
    tick[0] =
        () -> {
          if (!stopped[0]) {
            ch.offer(now());
            due(d).thenRun(tick[0]);
          }
        };
    due(d).thenRun(tick[0]);
    LuaTable t = handle(ch);
    t.set(
        "stop",
        of(
            a -> {
              stopped[0] = true;
              return LuaValue.NONE;
            }));
    return t;
  }

  /** A Timer's or Ticker's table: {@code response()} and its older name {@code channel()}. */
  private static LuaTable handle(HostChannel ch) {
    LuaTable t = new LuaTable();
    LuaValue response = of(a -> ch);
    t.set("response", response);
    t.set("channel", response);
    return t;
  }
}
