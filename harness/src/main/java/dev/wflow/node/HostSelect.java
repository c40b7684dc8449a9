package dev.wflow.node;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code channel.select{...}} of a regular process: the first ready case in order, or {@code
 * default} when asked for and none is ready, else waits until one is. The result is {@code
 * {channel, value, ok}} (or {@code {default = true}}), as on the platform.
 */
final class HostSelect {

  private HostSelect() {}

  static LuaTable receiveCase(HostChannel channel) {
    LuaTable c = new LuaTable();
    c.set("channel", channel);
    c.set("receive", LuaValue.TRUE);
    return c;
  }

  static LuaTable sendCase(HostChannel channel, LuaValue value) {
    LuaTable c = new LuaTable();
    c.set("channel", channel);
    c.set("send", LuaValue.TRUE);
    c.set("value", value);
    return c;
  }

  static LuaTable select(LuaValue spec, Waiter waiter) {
    if (!spec.istable()) {
      throw new LuaError("channel.select: expected a table of cases, got " + spec.typename());
    }
    List<LuaTable> cases = new ArrayList<>();
    for (int i = 1; i <= spec.length(); i++) {
      LuaValue c = spec.get(i);
      if (!c.istable() || !(c.get("channel") instanceof HostChannel)) {
        throw new LuaError("channel.select: case " + i + " is not a channel case");
      }
      cases.add((LuaTable) c);
    }
    boolean withDefault = spec.get("default").toboolean();
    while (true) {
      for (LuaTable c : cases) {
        HostChannel ch = (HostChannel) c.get("channel");
        if (c.get("send").toboolean()) {
          ch.offer(c.get("value"));
          return result(ch, LuaValue.NIL, true);
        }
        Varargs v = ch.poll();
        if (v != null) {
          return result(ch, v.arg1(), v.arg(2).toboolean());
        }
      }
      if (withDefault) {
        LuaTable r = new LuaTable();
        r.set("default", LuaValue.TRUE);
        return r;
      }
      if (cases.isEmpty()) {
        throw new LuaError("channel.select: no cases and no default would wait forever");
      }
      CompletableFuture<Void> wake = new CompletableFuture<>();
      cases.forEach(c -> ((HostChannel) c.get("channel")).watch(wake));
      waiter.await(wake, "channel.select");
    }
  }

  private static LuaTable result(HostChannel ch, LuaValue value, boolean ok) {
    LuaTable r = new LuaTable();
    r.set("channel", ch);
    r.set("value", value);
    r.set("ok", LuaValue.valueOf(ok));
    return r;
  }
}
