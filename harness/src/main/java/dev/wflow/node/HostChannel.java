package dev.wflow.node;

import dev.wflow.runtime.LuaFunctions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * A channel of a regular process (test code, a {@code process.lua} entry): {@code ch:send(v)},
 * {@code ch:receive()}, {@code ch:close()}, {@code ch:case_receive()}, {@code ch:case_send(v)}.
 * Other threads (workflows' sends over the relay, timers, exit watchers) offer values into it; the
 * process's own thread takes them, waiting through its {@link Waiter}.
 *
 * <pre>{@code
 * HostChannel inbox = new HostChannel(0, "inbox", waiter);
 * inbox.offer(message);                 // from any thread
 * Varargs v = inbox.receive();           // on the process's thread: value, true
 * }</pre>
 */
public final class HostChannel extends LuaUserdata {

  private static final LuaTable META = metatable();

  private final Deque<LuaValue> buffer = new ArrayDeque<>();
  private final List<CompletableFuture<Void>> watchers = new ArrayList<>();
  private final String name;
  private final Waiter waiter;
  private boolean closed;

  /**
   * @param capacity kept for the platform's signature; sends never block here, since a regular
   *     process has one thread and nobody else could receive meanwhile
   */
  public HostChannel(int capacity, String name, Waiter waiter) {
    super(new Object(), META);
    this.name = name;
    this.waiter = waiter;
  }

  /** Adds a value for the process to receive; wakes it if it waits. False once closed. */
  public boolean offer(LuaValue value) {
    List<CompletableFuture<Void>> wake;
    synchronized (this) {
      if (closed) {
        return false;
      }
      buffer.add(value);
      wake = drainWatchers();
    }
    wake.forEach(f -> f.complete(null));
    return true;
  }

  void close() {
    List<CompletableFuture<Void>> wake;
    synchronized (this) {
      closed = true;
      wake = drainWatchers();
    }
    wake.forEach(f -> f.complete(null));
  }

  private List<CompletableFuture<Void>> drainWatchers() {
    List<CompletableFuture<Void>> wake = new ArrayList<>(watchers);
    watchers.clear();
    return wake;
  }

  /** True when a receive would not wait. */
  synchronized boolean ready() {
    return !buffer.isEmpty() || closed;
  }

  /** The next value and true, or nil and false once closed and empty; null when it would wait. */
  synchronized Varargs poll() {
    if (!buffer.isEmpty()) {
      return LuaValue.varargsOf(buffer.poll(), LuaValue.TRUE);
    }
    return closed ? LuaValue.varargsOf(LuaValue.NIL, LuaValue.FALSE) : null;
  }

  /** Completes when something arrives (or at once when something is there). */
  synchronized void watch(CompletableFuture<Void> wake) {
    if (ready()) {
      wake.complete(null);
    } else {
      watchers.add(wake);
    }
  }

  /** Waits for a value. */
  Varargs receive() {
    while (true) {
      Varargs v = poll();
      if (v != null) {
        return v;
      }
      CompletableFuture<Void> wake = new CompletableFuture<>();
      watch(wake);
      waiter.await(wake, "receive on " + name);
    }
  }

  Waiter waiter() {
    return waiter;
  }

  private static HostChannel self(LuaValue v) {
    if (v instanceof HostChannel c) {
      return c;
    }
    throw new LuaError("channel method called without a channel (use ch:method())");
  }

  private static LuaTable metatable() {
    LuaTable m = new LuaTable();
    m.set(
        "send",
        LuaFunctions.of(
            a -> {
              if (!self(a.arg1()).offer(a.arg(2))) {
                throw new LuaError("send on closed channel");
              }
              return LuaValue.TRUE;
            }));
    m.set("receive", LuaFunctions.of(a -> self(a.arg1()).receive()));
    m.set(
        "close",
        LuaFunctions.of(
            a -> {
              self(a.arg1()).close();
              return LuaValue.NONE;
            }));
    m.set("case_receive", LuaFunctions.of(a -> HostSelect.receiveCase(self(a.arg1()))));
    m.set("case_send", LuaFunctions.of(a -> HostSelect.sendCase(self(a.arg1()), a.arg(2))));
    LuaTable meta = new LuaTable();
    meta.set(LuaValue.METATABLE, LuaValue.valueOf("locked"));
    meta.set(LuaValue.INDEX, m);
    meta.set(
        LuaValue.TOSTRING,
        LuaFunctions.of(a -> LuaValue.valueOf("channel(" + self(a.arg1()).name + ")")));
    return meta;
  }
}
