package dev.wflow.node;

import java.util.ArrayList;
import java.util.List;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code channel.select{...}} of a regular process, as the runtime does it: the first case in order
 * that can go at once (a send a receiver or the buffer takes, a receive with a value or on a closed
 * channel); else {@code {default = true, ok = true}} when asked for; else it waits on all cases and
 * the first channel to serve one wins. The result is {@code {channel, value, ok}}; for a send,
 * {@code value} is the value sent.
 */
final class HostSelect {

  private HostSelect() {}

  /** A case of {@code ch:case_receive()}/{@code ch:case_send(v)}; userdata, as on the platform. */
  static final class Case extends LuaUserdata {
    final HostChannel channel;
    final boolean send;
    final LuaValue value;

    Case(HostChannel channel, boolean send, LuaValue value) {
      super(new Object());
      this.channel = channel;
      this.send = send;
      this.value = value;
    }

    @Override
    public String tojstring() {
      return "<select_case>";
    }
  }

  static LuaValue receiveCase(HostChannel channel) {
    return new Case(channel, false, LuaValue.NIL);
  }

  static LuaValue sendCase(HostChannel channel, LuaValue value) {
    return new Case(channel, true, value);
  }

  static LuaTable select(LuaValue spec, Waiter waiter) {
    if (!spec.istable()) {
      throw new LuaError(
          "bad argument #1 to 'select' (table expected, got " + spec.typename() + ")");
    }
    List<Case> cases = new ArrayList<>();
    boolean withDefault = false;
    // The runtime walks the whole table: `default = true` is a flag, anything not a case is
    // skipped.
    LuaValue k = LuaValue.NIL;
    while (true) {
      Varargs n = spec.next(k);
      if ((k = n.arg1()).isnil()) {
        break;
      }
      if (k.isstring() && !k.isnumber() && k.tojstring().equals("default")) {
        withDefault = n.arg(2).isboolean() && n.arg(2).toboolean();
      } else if (n.arg(2) instanceof Case c) {
        cases.add(c);
      }
    }
    ChannelWait wait = new ChannelWait();
    List<ChannelWait> woken = new ArrayList<>();
    LuaTable now;
    synchronized (HostChannel.LOCK) {
      now = ready(cases, woken);
      if (now == null && !withDefault) {
        if (cases.isEmpty()) {
          throw new LuaError("channel.select: no cases and no default: it would wait forever");
        }
        for (Case c : cases) {
          if (c.send && c.channel.closed()) {
            throw new LuaError("send on closed channel");
          }
        }
        for (Case c : cases) {
          if (c.send) {
            c.channel.waitToSend(wait, c.value);
          } else {
            c.channel.waitToReceive(wait);
          }
        }
      }
    }
    ChannelWait.wake(woken);
    if (now != null) {
      return now;
    }
    if (withDefault) {
      LuaTable r = new LuaTable();
      r.set("default", LuaValue.TRUE);
      r.set("ok", LuaValue.TRUE);
      return r;
    }
    waiter.await(wait.future(), "channel.select");
    ChannelWait.Outcome o = wait.outcome();
    return result(o.channel(), o.value(), o.ok());
  }

  /** The first case that can go at once, done; null when all would wait. Under the lock. */
  private static LuaTable ready(List<Case> cases, List<ChannelWait> woken) {
    for (Case c : cases) {
      if (c.send && c.channel.canSend()) {
        c.channel.sendNow(c.value, woken);
        return result(c.channel, c.value, true);
      }
      if (!c.send && c.channel.canReceive()) {
        Varargs v = c.channel.take(woken);
        return result(c.channel, v.arg1(), v.arg(2).toboolean());
      }
    }
    return null;
  }

  private static LuaTable result(HostChannel ch, LuaValue value, boolean ok) {
    LuaTable r = new LuaTable();
    r.set("channel", ch);
    r.set("value", value);
    r.set("ok", LuaValue.valueOf(ok));
    return r;
  }
}
