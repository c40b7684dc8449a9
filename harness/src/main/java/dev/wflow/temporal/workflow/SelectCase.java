package dev.wflow.temporal.workflow;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * {@code channel.select{ch1:case_receive(), ch2:case_send(v), default = true}} → {@code {channel,
 * value, ok, default}}. Ready cases are taken in the order they are listed, so the choice is
 * deterministic on replay.
 */
final class SelectCase {

  private static final LuaValue KIND = LuaValue.valueOf("__select_kind");
  private static final LuaValue CHANNEL = LuaValue.valueOf("channel");

  private SelectCase() {}

  static LuaTable receive(LuaChannel ch) {
    LuaTable c = new LuaTable();
    c.set(KIND, LuaValue.valueOf("receive"));
    c.set(CHANNEL, ch);
    return c;
  }

  static LuaTable send(LuaChannel ch, LuaValue value) {
    LuaTable c = receive(ch);
    c.set(KIND, LuaValue.valueOf("send"));
    c.set("value", value);
    return c;
  }

  static LuaValue select(LuaExecution execution, LuaValue spec) {
    if (!spec.istable()) {
      throw new LuaError("channel.select expects a table of cases");
    }
    LuaTable cases = (LuaTable) spec;
    int n = cases.rawlen();
    for (int i = 1; i <= n; i++) {
      if (!(cases.get(i).get(CHANNEL) instanceof LuaChannel)) {
        throw new LuaError("channel.select: case " + i + " is not ch:case_receive()/case_send(v)");
      }
    }
    LuaTable ready = firstReady(cases, n);
    if (ready == null && cases.get("default").toboolean()) {
      LuaTable result = new LuaTable();
      result.set("default", LuaValue.TRUE);
      result.set("ok", LuaValue.TRUE);
      return result;
    }
    if (ready == null) {
      LuaTable[] found = new LuaTable[1];
      execution.until("channel.select", () -> (found[0] = firstReady(cases, n)) != null);
      ready = found[0];
    }
    return complete(ready);
  }

  private static LuaTable firstReady(LuaTable cases, int n) {
    for (int i = 1; i <= n; i++) {
      LuaTable c = (LuaTable) cases.get(i);
      LuaChannel ch = (LuaChannel) c.get(CHANNEL);
      boolean isSend = c.get(KIND).tojstring().equals("send");
      if (isSend ? ch.readyToSend() : ch.readyToReceive()) {
        return c;
      }
    }
    return null;
  }

  private static LuaValue complete(LuaTable c) {
    LuaChannel ch = (LuaChannel) c.get(CHANNEL);
    LuaTable result = new LuaTable();
    result.set(CHANNEL, ch);
    if (c.get(KIND).tojstring().equals("send")) {
      if (ch.isClosed()) {
        throw new LuaError("send on closed channel");
      }
      ch.offer(c.get("value"));
      result.set("value", c.get("value"));
      result.set("ok", LuaValue.TRUE);
      return result;
    }
    var taken = ch.take();
    result.set("value", taken.arg1());
    result.set("ok", taken.arg(2));
    return result;
  }
}
