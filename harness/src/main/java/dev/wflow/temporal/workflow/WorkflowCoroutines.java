package dev.wflow.temporal.workflow;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.RunawayLuaError;
import java.util.HashMap;
import java.util.Map;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The {@code coroutine} library inside a workflow. LuaJ runs each coroutine on its own plain Java
 * thread, from which every Temporal call fails; here every coroutine is a Temporal workflow thread
 * ({@link LuaExecution#startThread}) and resume/yield hand control over through {@code
 * Workflow.await}, so Temporal's scheduler runs exactly one at a time, deterministically. {@code
 * coroutine.spawn} starts a concurrent coroutine whose uncaught error fails the workflow.
 */
final class WorkflowCoroutines {

  private final LuaExecution execution;
  private final Map<Thread, Coroutine> current = new HashMap<>();

  private WorkflowCoroutines(LuaExecution execution) {
    this.execution = execution;
  }

  static LuaTable create(LuaExecution execution) {
    WorkflowCoroutines c = new WorkflowCoroutines(execution);
    LuaTable m = new LuaTable();
    m.set("create", of(a -> new Coroutine(a.checkfunction(1))));
    m.set("resume", of(a -> c.resume(check(a.arg1()), a.subargs(2))));
    m.set("yield", of(c::yield));
    m.set("status", of(a -> LuaValue.valueOf(check(a.arg1()).status)));
    m.set("running", of(a -> c.runningCoroutine()));
    m.set("isyieldable", of(a -> LuaValue.valueOf(c.current.containsKey(Thread.currentThread()))));
    m.set("wrap", of(a -> c.wrap(new Coroutine(a.checkfunction(1)))));
    m.set("spawn", of(a -> c.spawn(a.checkfunction(1), a.subargs(2))));
    return m;
  }

  private static Coroutine check(LuaValue v) {
    if (v instanceof Coroutine co) {
      return co;
    }
    throw new LuaError("bad argument #1 (coroutine expected, got " + v.typename() + ")");
  }

  private LuaValue runningCoroutine() {
    Coroutine co = current.get(Thread.currentThread());
    return co == null ? LuaValue.NIL : co;
  }

  private Varargs resume(Coroutine co, Varargs args) {
    if (!co.status.equals("suspended")) {
      return LuaValue.varargsOf(
          LuaValue.FALSE, LuaValue.valueOf("cannot resume " + co.status + " coroutine"));
    }
    Coroutine caller = current.get(Thread.currentThread());
    if (caller != null) {
      caller.status = "normal";
    }
    co.transfer = args;
    co.status = "running";
    co.handBack = false;
    co.pendingResume = true;
    if (!co.started) {
      co.started = true;
      execution.startThread(() -> body(co));
    }
    execution.handoff("coroutine.resume", () -> co.handBack);
    if (caller != null) {
      caller.status = "running";
    }
    if (co.error != null) {
      return LuaValue.varargsOf(LuaValue.FALSE, co.error);
    }
    return LuaValue.varargsOf(LuaValue.TRUE, co.transfer);
  }

  private void body(Coroutine co) {
    current.put(Thread.currentThread(), co);
    co.pendingResume = false;
    try {
      co.transfer = co.fn.invoke(co.transfer);
    } catch (LuaError e) {
      co.error = e.getMessageObject();
    } catch (WorkflowAbort | RunawayLuaError e) {
      execution.abort(LuaExecution.abortFor(e));
    } finally {
      current.remove(Thread.currentThread());
      co.status = "dead";
      co.handBack = true;
    }
  }

  private Varargs yield(Varargs args) {
    Coroutine co = current.get(Thread.currentThread());
    if (co == null) {
      throw new LuaError("attempt to yield from outside a coroutine");
    }
    co.transfer = args;
    co.status = "suspended";
    co.handBack = true;
    execution.handoff("coroutine.yield", () -> co.pendingResume);
    co.pendingResume = false;
    return co.transfer;
  }

  private LuaValue wrap(Coroutine co) {
    return of(
        a -> {
          Varargs r = resume(co, a);
          if (!r.arg1().toboolean()) {
            throw new LuaError(r.arg(2));
          }
          return r.subargs(2);
        });
  }

  private Varargs spawn(LuaValue fn, Varargs args) {
    boolean[] started = {false};
    execution.startThread(
        () -> {
          started[0] = true;
          try {
            fn.invoke(args);
          } catch (LuaError | WorkflowAbort | RunawayLuaError e) {
            execution.abort(LuaExecution.abortFor(e));
          }
        });
    // As the runtime schedules it, the new coroutine runs until it first waits before its spawner
    // goes on.
    execution.handoff("coroutine.spawn", () -> started[0]);
    return LuaValue.TRUE;
  }

  /** A coroutine object; {@code type(co)} is {@code "thread"} as in Lua. */
  static final class Coroutine extends LuaUserdata {
    final LuaValue fn;
    String status = "suspended";
    boolean started;
    boolean pendingResume;
    boolean handBack;
    Varargs transfer = LuaValue.NONE;
    LuaValue error;

    Coroutine(LuaValue fn) {
      super(new Object());
      this.fn = fn;
    }

    @Override
    public String typename() {
      return "thread";
    }
  }
}
