package dev.wflow.temporal.workflow;

import static dev.wflow.runtime.LuaFunctions.of;

import java.util.ArrayDeque;
import java.util.Deque;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * A workflow channel: {@code ch:send(v)}, {@code ch:receive() → v, ok}, {@code ch:close()}, {@code
 * ch:case_receive()}, {@code ch:case_send(v)}. Waiting goes through {@link LuaExecution#until}, so
 * it runs on Temporal's deterministic scheduler. Java code (signal handlers, timers) feeds channels
 * with {@link #offer}, which never blocks.
 */
final class LuaChannel extends LuaUserdata {

  private static final LuaTable META = metatable();

  private final LuaExecution execution;
  private final int capacity;
  private final Deque<LuaValue> queue = new ArrayDeque<>();
  private final String label;
  private long taken;
  private long sent;
  private boolean closed;

  LuaChannel(LuaExecution execution, int capacity, String label) {
    super(new Object(), META);
    this.execution = execution;
    this.capacity = Math.max(0, capacity);
    this.label = label;
  }

  /** Delivers a value without waiting (unbounded); used by signal handlers and timers. */
  void offer(LuaValue value) {
    if (!closed) {
      queue.add(value);
      sent++;
    }
  }

  /** The values sent and not yet received, oldest first. */
  java.util.List<LuaValue> queued() {
    return java.util.List.copyOf(queue);
  }

  boolean readyToReceive() {
    return !queue.isEmpty() || closed;
  }

  boolean readyToSend() {
    return closed || queue.size() < Math.max(1, capacity);
  }

  boolean isClosed() {
    return closed;
  }

  String label() {
    return label;
  }

  /** Takes a ready value: (value, true), or (nil, false) once closed and drained. */
  Varargs take() {
    if (queue.isEmpty()) {
      return LuaValue.varargsOf(LuaValue.NIL, LuaValue.FALSE);
    }
    taken++;
    return LuaValue.varargsOf(queue.poll(), LuaValue.TRUE);
  }

  Varargs receive() {
    execution.until("receive on " + label, this::readyToReceive);
    return take();
  }

  void send(LuaValue value) {
    execution.until("send on " + label, this::readyToSend);
    if (closed) {
      throw new LuaError("send on closed channel");
    }
    queue.add(value);
    long ticket = ++sent;
    if (capacity == 0) {
      // Unbuffered: like Go, the sender waits until a receiver has taken the value.
      execution.until("send on " + label, () -> taken >= ticket || closed);
    }
  }

  void close() {
    closed = true;
  }

  private static LuaChannel self(Varargs a) {
    if (a.arg1() instanceof LuaChannel ch) {
      return ch;
    }
    throw new LuaError("channel method called without a channel (use ch:method())");
  }

  private static LuaTable metatable() {
    LuaTable m = new LuaTable();
    m.set("receive", of(a -> self(a).receive()));
    m.set(
        "send",
        of(
            a -> {
              self(a).send(a.arg(2));
              return LuaValue.TRUE;
            }));
    m.set(
        "close",
        of(
            a -> {
              LuaChannel ch = self(a);
              if (ch.closed) {
                throw new LuaError("close of closed channel");
              }
              ch.close();
              return LuaValue.NONE;
            }));
    m.set("case_receive", of(a -> SelectCase.receive(self(a))));
    m.set("case_send", of(a -> SelectCase.send(self(a), a.arg(2))));
    LuaTable meta = new LuaTable();
    // Shared by every Lua state in the JVM: getmetatable() must not hand it out for editing.
    meta.set(LuaValue.METATABLE, LuaValue.valueOf("locked"));
    meta.set(LuaValue.INDEX, m);
    meta.set(LuaValue.TOSTRING, of(a -> LuaValue.valueOf("channel(" + self(a).label + ")")));
    return meta;
  }
}
