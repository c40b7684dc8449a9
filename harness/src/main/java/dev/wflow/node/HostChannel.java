package dev.wflow.node;

import dev.wflow.runtime.LuaFunctions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * A channel of a regular process (test code, a function, a {@code process.lua} entry) with the
 * runtime's Go semantics: an unbuffered send waits for a receiver, a buffered one only while the
 * buffer is full; {@code close} fails the waiting senders and gives waiting receivers {@code nil,
 * false}; buffered values can still be received after a close. The process's coroutines ({@code
 * coroutine.spawn}) are the senders and receivers that wait. Other threads (workflows' sends over
 * the relay, timers, exit watchers) {@link #offer} values, which never waits.
 *
 * <pre>{@code
 * HostChannel inbox = new HostChannel(0, "inbox", waiter);
 * inbox.offer(message);                 // from any thread
 * Varargs v = inbox.receive();           // on the process's thread: value, true
 * }</pre>
 */
public final class HostChannel extends LuaUserdata {

  /** One lock for every channel: a select waits on several at once. */
  static final Object LOCK = new Object();

  private static final LuaTable META = metatable();

  private final int capacity;
  private final Deque<LuaValue> buffer = new ArrayDeque<>();
  private final Deque<ChannelWait.Entry> senders = new ArrayDeque<>();
  private final Deque<ChannelWait.Entry> receivers = new ArrayDeque<>();
  private final String name;
  private final Waiter waiter;
  private boolean closed;

  /**
   * @param capacity how many values a send leaves without a receiver (0: unbuffered)
   */
  public HostChannel(int capacity, String name, Waiter waiter) {
    super(new Object(), META);
    this.capacity = Math.max(0, capacity);
    this.name = name;
    this.waiter = waiter;
  }

  /**
   * Adds a value from outside the process (a message, a timer's tick): to a waiting receiver, else
   * to the buffer whatever its capacity, since such a producer has nobody to wait for it. False
   * once closed.
   */
  public boolean offer(LuaValue value) {
    List<ChannelWait> woken = new ArrayList<>();
    synchronized (LOCK) {
      if (closed) {
        return false;
      }
      if (!handOff(value, woken)) {
        buffer.add(value);
      }
    }
    ChannelWait.wake(woken);
    return true;
  }

  /** Closes the channel for the system (unlisten, a killed process); closing twice is no error. */
  void close() {
    List<ChannelWait> woken = new ArrayList<>();
    synchronized (LOCK) {
      closeLocked(woken);
    }
    ChannelWait.wake(woken);
  }

  private void closeLocked(List<ChannelWait> woken) {
    closed = true;
    for (ChannelWait.Entry s : senders) {
      if (s.claim(woken)) {
        s.fail("send on closed channel");
      }
    }
    senders.clear();
    for (ChannelWait.Entry r : receivers) {
      if (r.claim(woken)) {
        r.done(this, LuaValue.NIL, false);
      }
    }
    receivers.clear();
  }

  /** {@code ch:send(v)}: true once a receiver or the buffer took the value. */
  LuaValue send(LuaValue value) {
    ChannelWait wait;
    List<ChannelWait> woken = new ArrayList<>();
    synchronized (LOCK) {
      if (closed) {
        throw new LuaError("send on closed channel");
      }
      if (handOff(value, woken) || buffered(value)) {
        wait = null;
      } else {
        wait = new ChannelWait();
        senders.add(wait.on(value));
      }
    }
    ChannelWait.wake(woken);
    if (wait != null) {
      waiter.await(wait.future(), "send on " + name);
      wait.outcome();
    }
    return LuaValue.TRUE;
  }

  /** {@code ch:receive()}: value, true; or nil, false once closed and drained. */
  Varargs receive() {
    ChannelWait wait = new ChannelWait();
    List<ChannelWait> woken = new ArrayList<>();
    Varargs now;
    synchronized (LOCK) {
      now = take(woken);
      if (now == null) {
        receivers.add(wait.on(LuaValue.NIL));
      }
    }
    ChannelWait.wake(woken);
    if (now != null) {
      return now;
    }
    waiter.await(wait.future(), "receive on " + name);
    ChannelWait.Outcome o = wait.outcome();
    return LuaValue.varargsOf(o.value(), LuaValue.valueOf(o.ok()));
  }

  /** Gives {@code value} to the first receiver still waiting; false when none waits. */
  private boolean handOff(LuaValue value, List<ChannelWait> woken) {
    while (!receivers.isEmpty()) {
      ChannelWait.Entry r = receivers.poll();
      if (r.claim(woken)) {
        r.done(this, value, true);
        return true;
      }
    }
    return false;
  }

  private boolean buffered(LuaValue value) {
    if (buffer.size() < capacity) {
      buffer.add(value);
      return true;
    }
    return false;
  }

  /** A value that can be taken at once (a waiting sender is released), or null. Under LOCK. */
  Varargs take(List<ChannelWait> woken) {
    if (!buffer.isEmpty()) {
      LuaValue v = buffer.poll();
      ChannelWait.Entry s = liveSender(woken);
      if (s != null) {
        buffer.add(s.value());
        s.done(this, s.value(), true);
      }
      return LuaValue.varargsOf(v, LuaValue.TRUE);
    }
    ChannelWait.Entry s = liveSender(woken);
    if (s != null) {
      s.done(this, s.value(), true);
      return LuaValue.varargsOf(s.value(), LuaValue.TRUE);
    }
    return closed ? LuaValue.varargsOf(LuaValue.NIL, LuaValue.FALSE) : null;
  }

  private ChannelWait.Entry liveSender(List<ChannelWait> woken) {
    while (!senders.isEmpty()) {
      ChannelWait.Entry s = senders.poll();
      if (s.claim(woken)) {
        return s;
      }
    }
    return null;
  }

  /** A send would not wait (the runtime's {@code CanSend}). Under LOCK. */
  boolean canSend() {
    purge(receivers);
    return !receivers.isEmpty() || (!closed && buffer.size() < capacity);
  }

  /** A receive would not wait. Under LOCK. */
  boolean canReceive() {
    purge(senders);
    return !buffer.isEmpty() || !senders.isEmpty() || closed;
  }

  /** Sends at once; the caller checked {@link #canSend}. Under LOCK. */
  void sendNow(LuaValue value, List<ChannelWait> woken) {
    if (!handOff(value, woken)) {
      buffer.add(value);
    }
  }

  boolean closed() {
    return closed;
  }

  void waitToSend(ChannelWait wait, LuaValue value) {
    senders.add(wait.on(value));
  }

  void waitToReceive(ChannelWait wait) {
    receivers.add(wait.on(LuaValue.NIL));
  }

  /** Drops the waits of a select that another case completed. */
  private static void purge(Deque<ChannelWait.Entry> waits) {
    for (Iterator<ChannelWait.Entry> i = waits.iterator(); i.hasNext(); ) {
      if (i.next().taken()) {
        i.remove();
      }
    }
  }

  Waiter waiter() {
    return waiter;
  }

  String name() {
    return name;
  }

  private static HostChannel self(LuaValue v) {
    if (v instanceof HostChannel c) {
      return c;
    }
    throw new LuaError("bad argument #1 (channel expected)");
  }

  private static LuaTable metatable() {
    LuaTable m = new LuaTable();
    m.set("send", LuaFunctions.of(a -> self(a.arg1()).send(a.arg(2))));
    m.set("receive", LuaFunctions.of(a -> self(a.arg1()).receive()));
    m.set(
        "close",
        LuaFunctions.of(
            a -> {
              HostChannel ch = self(a.arg1());
              List<ChannelWait> woken = new ArrayList<>();
              synchronized (LOCK) {
                if (ch.closed) {
                  throw new LuaError("close of closed channel");
                }
                ch.closeLocked(woken);
              }
              ChannelWait.wake(woken);
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
