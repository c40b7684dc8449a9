package dev.wflow.testing.lua;

import dev.wflow.testing.DaemonThreads;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaFunction;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.DebugLib;

/**
 * Stops a Lua state that runs past its deadline. LuaJ calls a state's debug library before every
 * instruction; this one only checks a flag set by a timer, so a runaway {@code while true do end}
 * ends with a {@link TestTimedOut} at the line it was spinning on instead of hanging the run.
 * Blocking Java calls made by the test (waiting for a workflow result) are woken by interrupting
 * the armed thread. An existing hook (the runtime's line tracker) keeps working: the watchdog wraps
 * it.
 *
 * <pre>{@code
 * Watchdog dog = Watchdog.install(globals);
 * dog.arm(Duration.ofSeconds(30));
 * try { fn.call(); } finally { dog.disarm(); }
 * }</pre>
 */
public final class Watchdog extends DebugLib implements dev.wflow.runtime.LuaDeadline {

  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("wflow-test-watchdog"));

  private volatile boolean expired;
  private volatile Duration limit = Duration.ZERO;
  private ScheduledFuture<?> alarm;
  private Thread armedThread;

  private final DebugLib inner;

  /** Instructions a run may execute before it times out (0: the clock decides); see below. */
  private final long instructionBudget;

  private long executed;

  private Watchdog(DebugLib inner, long instructionBudget) {
    this.inner = inner;
    this.instructionBudget = instructionBudget;
  }

  /**
   * A watchdog whose deadline is a number of Lua instructions after {@link #arm}, not a time: a
   * runaway loop times out at the same place however loaded the machine is (the limit armed still
   * names the timeout in messages). For the runner's own tests.
   */
  public static Watchdog installCounting(Globals globals, long instructions) {
    Watchdog dog = new Watchdog(globals.debuglib, instructions);
    globals.debuglib = dog;
    return dog;
  }

  /** Hooks a watchdog into {@code globals} without exposing a {@code debug} table to Lua. */
  public static Watchdog install(Globals globals) {
    if (globals.debuglib instanceof Watchdog existing) {
      return existing;
    }
    Watchdog dog = new Watchdog(globals.debuglib, 0);
    globals.debuglib = dog;
    return dog;
  }

  /** Starts the clock for the calling thread; {@code null} or zero means no limit. */
  public synchronized void arm(Duration timeout) {
    disarm();
    expired = false;
    if (timeout == null || timeout.isZero() || timeout.isNegative()) {
      return;
    }
    limit = timeout;
    armedThread = Thread.currentThread();
    executed = 0;
    if (instructionBudget == 0) {
      alarm = TIMER.schedule(this::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  public synchronized void disarm() {
    if (alarm != null) {
      alarm.cancel(false);
      alarm = null;
    }
    armedThread = null;
    expired = false;
    Thread.interrupted(); // an alarm that fired just now must not leak into the next test
  }

  /** True once the deadline passed and until the next {@link #disarm}. */
  public boolean expired() {
    return expired;
  }

  /** The limit last armed, for messages. */
  public Duration limit() {
    return limit;
  }

  /** Throws {@link TestTimedOut} if the deadline passed; for Java code between Lua calls. */
  public void check() {
    if (expired) {
      throw new TestTimedOut(limit);
    }
  }

  /** For built-in calls that run long (pattern matching): this deadline, then the inner hook's. */
  @Override
  public void checkDeadline() {
    check();
    if (inner instanceof dev.wflow.runtime.LuaDeadline d) {
      d.checkDeadline();
    }
  }

  private synchronized void expire() {
    expired = true;
    if (armedThread != null) {
      armedThread.interrupt();
    }
  }

  @Override
  public void onInstruction(int pc, Varargs v, int top) {
    if (instructionBudget > 0 && armedThread != null && ++executed > instructionBudget) {
      expired = true;
    }
    if (expired) {
      throw new TestTimedOut(limit);
    }
    if (inner != null) {
      inner.onInstruction(pc, v, top);
    }
  }

  @Override
  public void onCall(LuaFunction f) {
    if (inner != null) {
      inner.onCall(f);
    }
  }

  @Override
  public void onCall(LuaClosure c, Varargs varargs, LuaValue[] stack) {
    if (inner != null) {
      inner.onCall(c, varargs, stack);
    }
  }

  @Override
  public void onReturn() {
    if (inner != null) {
      inner.onReturn();
    }
  }

  /** Without an inner hook no call stack is kept; locations come from the error itself. */
  @Override
  public String traceback(int level) {
    return inner == null ? "" : inner.traceback(level);
  }
}
