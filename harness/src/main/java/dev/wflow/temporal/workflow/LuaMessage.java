package dev.wflow.temporal.workflow;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.LuaJson;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;

/**
 * A process message: {@code msg:topic()}, {@code msg:from()}, {@code msg:payload():data()}; the
 * same object in workflows and in regular processes.
 *
 * <pre>{@code
 * inbox.offer(new LuaMessage("ack", senderPid, Map.of("ok", true)));
 * }</pre>
 */
public final class LuaMessage extends LuaUserdata {

  private static final LuaTable META = metatable();
  private static final LuaTable PAYLOAD_META = payloadMetatable();

  private final String topic;
  private final String from;
  private final Object payload;

  public LuaMessage(String topic, String from, Object payload) {
    super(new Object(), META);
    this.topic = topic;
    this.from = from;
    this.payload = payload;
  }

  String topic() {
    return topic;
  }

  String from() {
    return from;
  }

  Object payload() {
    return payload;
  }

  private static LuaMessage self(LuaValue v) {
    if (v instanceof LuaMessage m) {
      return m;
    }
    throw new LuaError("message method called without a message (use msg:method())");
  }

  private static LuaTable metatable() {
    LuaTable m = new LuaTable();
    m.set("topic", of(a -> LuaValue.valueOf(self(a.arg1()).topic)));
    m.set(
        "from",
        of(
            a ->
                self(a.arg1()).from == null
                    ? LuaValue.NIL
                    : LuaValue.valueOf(self(a.arg1()).from)));
    m.set(
        "payload",
        of(
            a -> {
              LuaTable p = new LuaTable();
              p.set("value", LuaJson.toLua(self(a.arg1()).payload));
              p.setmetatable(PAYLOAD_META);
              return p;
            }));
    LuaTable meta = new LuaTable();
    // Shared by every Lua state in the JVM: getmetatable() must not hand it out for editing.
    meta.set(LuaValue.METATABLE, LuaValue.valueOf("locked"));
    meta.set(LuaValue.INDEX, m);
    meta.set(LuaValue.TOSTRING, of(a -> LuaValue.valueOf("message(" + self(a.arg1()).topic + ")")));
    return meta;
  }

  private static LuaTable payloadMetatable() {
    LuaTable m = new LuaTable();
    m.set("data", of(a -> a.arg1().rawget("value")));
    LuaTable meta = new LuaTable();
    // Shared by every Lua state in the JVM: getmetatable() must not hand it out for editing.
    meta.set(LuaValue.METATABLE, LuaValue.valueOf("locked"));
    meta.set(LuaValue.INDEX, m);
    return meta;
  }
}
