package dev.wflow.temporal.workflow;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.GoDuration;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.StandardModules;
import dev.wflow.runtime.TimeModule;
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
    m.define(
        "after",
        of(a -> TimeModule.withPositiveDuration(a.arg1(), "after", d -> after(execution, d))));
    m.define(
        "timer",
        of(a -> TimeModule.withPositiveDuration(a.arg1(), "timer", d -> timer(execution, d))));
    m.define(
        "ticker",
        of(a -> TimeModule.withPositiveDuration(a.arg1(), "ticker", d -> ticker(execution, d))));
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
          // Odd generations are armed; firing or stopping makes it even.
          generation[0] += generation[0] % 2 == 0 ? 1 : 2;
          long mine = generation[0];
          Duration wait = GoDuration.fromLua(timer.get("__duration"), false);
          execution.record("timer", GoDuration.format(wait));
          Workflow.newTimer(wait)
              .thenApply(
                  v -> {
                    if (generation[0] == mine) {
                      generation[0]++;
                      ch.offer(now());
                    }
                    return null;
                  });
        };
    timer.set("__duration", LuaValue.valueOf((double) d.toNanos()));
    timer.set("channel", of(a -> ch));
    timer.set("response", of(a -> ch));
    timer.set(
        "stop",
        of(
            a -> {
              // True only when it stopped a timer that had not fired (its generation is live).
              boolean pending = generation[0] % 2 == 1;
              if (pending) {
                generation[0]++;
              }
              return LuaValue.valueOf(pending);
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
    ticker.set("response", of(a -> ch));
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
