package dev.wflow.node;

import static dev.wflow.runtime.LuaFunctions.of;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaThread;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The coroutines a regular process starts with {@code coroutine.spawn}, scheduled as the runtime's
 * process schedules its tasks: one runs at a time; a spawned coroutine runs at once, before its
 * spawner goes on; a coroutine that waits (a channel, a timer, a call) gives way to the next ready
 * one; an error in any of them fails the process; they end when the process's main code does.
 *
 * <p>A spawned coroutine is a LuaJ coroutine: its waits yield to whichever code of the process
 * waits in turn (the main code, through {@link #around}), which resumes the ready ones before it
 * waits itself. So the process's Lua state is only ever used by one thread at a time.
 *
 * <pre>{@code
 * ProcessCoroutines co = new ProcessCoroutines();
 * Waiter w = co.around(outer);          // what the process's code waits with
 * co.spawn(globals, fn, args);           // coroutine.spawn(fn)
 * }</pre>
 */
public final class ProcessCoroutines {

  /** The spawned coroutine a thread runs; weak, so an abandoned one can be collected. */
  private static final ThreadLocal<WeakReference<Task>> RUNNING = new ThreadLocal<>();

  private static final class Task {
    final ProcessCoroutines owner;
    LuaThread thread;
    CompletableFuture<?> wake;

    Task(ProcessCoroutines owner) {
      this.owner = owner;
    }
  }

  private final Set<Task> alive = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Deque<Task> ready = new ArrayDeque<>();
  private CompletableFuture<Void> readied = new CompletableFuture<>();

  /**
   * The waiter the process's code uses: a spawned coroutine gives way to the others; other code
   * (the main code) runs the ready coroutines, then waits with {@code outer} until its own wake-up
   * or until another coroutine is ready.
   */
  Waiter around(Waiter outer) {
    return (wake, what) -> {
      Task task = running();
      if (task != null) {
        suspend(task, wake);
        return;
      }
      while (true) {
        runReady(Integer.MAX_VALUE);
        if (wake.isDone()) {
          outer.await(wake, what);
          return;
        }
        outer.await(CompletableFuture.anyOf(wake, readied()), what);
        if (wake.isDone()) {
          return;
        }
      }
    };
  }

  /** {@code coroutine.spawn(fn, ...)}: starts {@code fn} and lets it run until it first waits. */
  public LuaThread spawn(Globals globals, LuaValue fn, Varargs args) {
    Task task = new Task(this);
    task.thread =
        new LuaThread(
            globals,
            of(
                a -> {
                  RUNNING.set(new WeakReference<>(task));
                  fn.invoke(args);
                  return LuaValue.NONE;
                }));
    synchronized (this) {
      alive.add(task);
    }
    makeReady(task);
    Task self = running();
    if (self != null) {
      // The spawner goes back to the queue behind the new coroutine.
      suspend(self, CompletableFuture.completedFuture(null));
    } else {
      int queued;
      synchronized (this) {
        queued = ready.size();
      }
      runReady(queued);
    }
    return task.thread;
  }

  /** The process ended (or a new test began in a test file's process): drops every coroutine. */
  public synchronized void abandon() {
    alive.clear();
    ready.clear();
  }

  private Task running() {
    WeakReference<Task> ref = RUNNING.get();
    Task t = ref == null ? null : ref.get();
    return t != null && t.owner == this ? t : null;
  }

  /** In a spawned coroutine: yields to the scheduler until {@code wake} completes. */
  private void suspend(Task task, CompletableFuture<?> wake) {
    task.wake = wake;
    WeakReference<Task> weak = new WeakReference<>(task);
    wake.whenComplete(
        (v, e) -> {
          Task t = weak.get();
          if (t != null) {
            makeReady(t);
          }
        });
    task.thread.globals.yield(LuaValue.NONE);
  }

  private void makeReady(Task task) {
    CompletableFuture<Void> signal;
    synchronized (this) {
      if (!alive.contains(task) || ready.contains(task)) {
        return;
      }
      ready.add(task);
      signal = readied;
    }
    signal.complete(null);
  }

  private synchronized CompletableFuture<Void> readied() {
    if (readied.isDone() && ready.isEmpty()) {
      readied = new CompletableFuture<>();
    }
    return readied;
  }

  /** Resumes up to {@code limit} ready coroutines in turn, each until it waits or ends. */
  private void runReady(int limit) {
    for (int i = 0; i < limit; i++) {
      Task task;
      synchronized (this) {
        task = ready.poll();
      }
      if (task == null) {
        return;
      }
      resume(task);
    }
  }

  private void resume(Task task) {
    task.wake = null;
    Varargs r = task.thread.resume(LuaValue.NONE);
    if (!r.arg1().toboolean()) {
      synchronized (this) {
        alive.remove(task);
      }
      // As on the platform, a coroutine's uncaught error fails its whole process.
      throw new LuaError(r.arg(2).tojstring());
    }
    if (task.thread.getStatus().equals("dead")) {
      synchronized (this) {
        alive.remove(task);
      }
    } else if (task.wake == null) {
      makeReady(task); // a plain coroutine.yield(): it goes on at its next turn
    }
  }

  /** The {@code coroutine} library of a regular process: the standard one plus {@code spawn}. */
  static LuaTable library(Globals globals, ProcessCoroutines coroutines) {
    LuaTable standard = (LuaTable) globals.get("coroutine");
    LuaTable m = new LuaTable();
    for (Varargs n = standard.next(LuaValue.NIL); !n.arg1().isnil(); n = standard.next(n.arg1())) {
      m.set(n.arg1(), n.arg(2));
    }
    m.set("spawn", of(a -> coroutines.spawn(globals, a.checkfunction(1), a.subargs(2))));
    return m;
  }
}
