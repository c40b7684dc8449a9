package dev.wflow.temporal.workflow;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.GoDuration;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.StandardModules;
import dev.wflow.runtime.TimeValue;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * {@code time} inside a workflow: {@code sleep} is a durable Temporal timer, {@code now} the
 * workflow clock, {@code after}/{@code timer}/{@code ticker} channels fed by timers.
 */
final class WorkflowTimeModule {

  private WorkflowTimeModule() {}

  static ModuleTable create(LuaExecution execution) {
    ModuleTable m = StandardModules.timeConstants(new ModuleTable("time"));
    m.define("now", of(a -> now()));
    m.define(
        "sleep",
        of(
            a -> {
              sleep(execution, GoDuration.fromLua(a.arg1(), false));
              return LuaValue.TRUE;
            }));
    m.define("after", of(a -> after(execution, GoDuration.fromLua(a.arg1(), false))));
    m.define("timer", of(a -> timer(execution, GoDuration.fromLua(a.arg1(), false))));
    m.define("ticker", of(a -> ticker(execution, GoDuration.fromLua(a.arg1(), false))));
    m.define("unix", of(a -> TimeValue.of(Instant.ofEpochSecond(a.checklong(1), a.optlong(2, 0)))));
    return m;
  }

  private static LuaValue now() {
    return TimeValue.of(Instant.ofEpochMilli(Workflow.currentTimeMillis()));
  }

  static void sleep(LuaExecution execution, Duration d) {
    if (d.isNegative() || d.isZero()) {
      return;
    }
    execution.record("timer", GoDuration.format(d));
    Promise<Void> timer = Workflow.newTimer(d);
    execution.until("timer " + GoDuration.format(d), timer::isCompleted);
  }

  private static LuaChannel after(LuaExecution execution, Duration d) {
    LuaChannel ch = new LuaChannel(execution, 1, "after " + GoDuration.format(d));
    execution.record("timer", GoDuration.format(d));
    Workflow.newTimer(d)
        .thenApply(
            v -> {
              ch.offer(now());
              return null;
            });
    return ch;
  }

  /** {@code t:channel()}, {@code t:stop()}, {@code t:reset(d)}. */
  private static LuaTable timer(LuaExecution execution, Duration d) {
    LuaTable timer = new LuaTable();
    LuaChannel ch = new LuaChannel(execution, 1, "timer " + GoDuration.format(d));
    long[] generation = {0};
    Runnable arm =
        () -> {
          long mine = ++generation[0];
          Duration wait = GoDuration.fromLua(timer.get("__duration"), false);
          execution.record("timer", GoDuration.format(wait));
          Workflow.newTimer(wait)
              .thenApply(
                  v -> {
                    if (generation[0] == mine) {
                      ch.offer(now());
                    }
                    return null;
                  });
        };
    timer.set("__duration", LuaValue.valueOf((double) d.toNanos()));
    timer.set("channel", of(a -> ch));
    timer.set(
        "stop",
        of(
            a -> {
              generation[0]++;
              return LuaValue.TRUE;
            }));
    timer.set(
        "reset",
        of(
            a -> {
              timer.set(
                  "__duration",
                  LuaValue.valueOf((double) GoDuration.fromLua(a.arg(2), false).toNanos()));
              arm.run();
              return LuaValue.TRUE;
            }));
    arm.run();
    return timer;
  }

  /** {@code t:channel()}, {@code t:stop()}: fires every {@code d} until stopped. */
  private static LuaTable ticker(LuaExecution execution, Duration d) {
    LuaTable ticker = new LuaTable();
    LuaChannel ch = new LuaChannel(execution, 1, "ticker " + GoDuration.format(d));
    boolean[] stopped = {false};
    Async.procedure(
        () -> {
          while (!stopped[0]) {
            Workflow.sleep(d);
            if (!stopped[0] && !ch.readyToReceive()) {
              ch.offer(now());
            }
          }
        });
    ticker.set("channel", of(a -> ch));
    ticker.set(
        "stop",
        of(
            a -> {
              stopped[0] = true;
              return LuaValue.TRUE;
            }));
    return ticker;
  }
}
