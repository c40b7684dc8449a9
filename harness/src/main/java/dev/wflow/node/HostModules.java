package dev.wflow.node;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.GoDuration;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * {@code channel} and the blocking part of {@code time} for regular processes: {@code
 * channel.new}/{@code channel.select}, and {@code time.sleep}/{@code after}/{@code timer}/{@code
 * ticker} on the node's virtual clock. One implementation for every regular process (test code,
 * {@code process.lua}); workflows have their own on Temporal's scheduler.
 *
 * <pre>{@code
 * globals.set("channel", HostModules.channel(process));
 * HostModules.extendTime(timeModule, node, process);   // after, timer, ticker, sleep
 * }</pre>
 */
public final class HostModules {

  private HostModules() {}

  public static LuaTable channel(LocalProcess self) {
    LuaTable m = new LuaTable();
    m.set("new", of(a -> new HostChannel(a.optint(1, 0), "channel", self.waiter())));
    m.set("select", of(a -> HostSelect.select(a.arg1(), self.waiter())));
    return m;
  }

  /** A copy of {@code time} whose waiting functions run on the node's virtual clock. */
  public static LuaTable time(LuaValue standard, Node node, LocalProcess self) {
    LuaTable t = new LuaTable();
    if (standard.istable()) {
      LuaValue k = LuaValue.NIL;
      while (true) {
        var next = standard.next(k);
        if ((k = next.arg1()).isnil()) {
          break;
        }
        t.set(k, next.arg(2));
      }
    }
    NodeClock clock = node.clock();
    t.set(
        "sleep",
        of(
            a -> {
              CompletableFuture<Void> due = clock.timer(duration(a.arg1()));
              self.waiter().await(due, "time.sleep");
              return LuaValue.NONE;
            }));
    t.set("after", of(a -> after(clock, self, duration(a.arg1()))));
    t.set("timer", of(a -> timer(clock, self, duration(a.arg1()))));
    t.set("ticker", of(a -> ticker(clock, self, duration(a.arg1()))));
    return t;
  }

  private static Duration duration(LuaValue v) {
    return GoDuration.fromLua(v, false);
  }

  private static HostChannel after(NodeClock clock, LocalProcess self, Duration d) {
    HostChannel ch = new HostChannel(1, "time.after", self.waiter());
    clock.timer(d).thenRun(() -> ch.offer(LuaValue.valueOf(clock.now().toEpochMilli() * 1e6)));
    return ch;
  }

  private static LuaTable timer(NodeClock clock, LocalProcess self, Duration d) {
    LuaTable timer = new LuaTable();
    HostChannel ch = new HostChannel(1, "timer", self.waiter());
    boolean[] stopped = {false};
    clock
        .timer(d)
        .thenRun(
            () -> {
              if (!stopped[0]) {
                ch.offer(LuaValue.valueOf(clock.now().toEpochMilli() * 1e6));
              }
            });
    timer.set("channel", of(a -> ch));
    timer.set(
        "stop",
        of(
            a -> {
              boolean was = !stopped[0];
              stopped[0] = true;
              return LuaValue.valueOf(was);
            }));
    return timer;
  }

  private static LuaTable ticker(NodeClock clock, LocalProcess self, Duration d) {
    LuaTable ticker = new LuaTable();
    HostChannel ch = new HostChannel(1, "ticker", self.waiter());
    boolean[] stopped = {false};
    Runnable[] tick = new Runnable[1];
    tick[0] =
        () -> {
          if (!stopped[0]) {
            ch.offer(LuaValue.valueOf(clock.now().toEpochMilli() * 1e6));
            clock.timer(d).thenRun(tick[0]);
          }
        };
    clock.timer(d).thenRun(tick[0]);
    ticker.set("channel", of(a -> ch));
    ticker.set(
        "stop",
        of(
            a -> {
              stopped[0] = true;
              return LuaValue.NONE;
            }));
    return ticker;
  }
}
