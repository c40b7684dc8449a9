package dev.wflow.runtime.payload;

import dev.wflow.runtime.Builtin;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;

/**
 * A payload object ({@code runtime/lua/modules/payload}): data tagged with its format. Lua code
 * gets one from {@code payload.new(v)} (format {@code lua/any}), from a future's {@code result()}
 * or a channel of responses (format {@code golang/any}: the Java value that crossed Temporal), and
 * reads it with {@code :data()}, {@code :get_format()}, {@code :transcode(f)}, {@code
 * :unmarshal()}.
 *
 * <pre>{@code
 * LuaValue p = LuaPayload.ofJava(Map.of("ok", true)); // p:data().ok == true
 * }</pre>
 *
 * @param data a {@link LuaValue} for {@code lua/any} and {@code golang/error}, a {@code byte[]} for
 *     the text and binary formats, a plain Java value for {@code golang/any}
 */
public record LuaPayload(String format, Object data) {

  static final String TYPE = "payload";

  /** A {@code lua/any} payload holding {@code value}. */
  public static LuaUserdata ofLua(LuaValue value) {
    return new LuaPayload(PayloadFormat.LUA, value).toLua();
  }

  /** A {@code golang/any} payload: a value that came from outside Lua (a result, a message). */
  public static LuaUserdata ofJava(Object value) {
    return new LuaPayload(PayloadFormat.GOLANG, value).toLua();
  }

  /** The payload inside a Lua value, or null when it is not one. */
  public static LuaPayload from(LuaValue value) {
    return value instanceof LuaUserdata u && u.userdata() instanceof LuaPayload p ? p : null;
  }

  public LuaUserdata toLua() {
    return Builtin.object(this, PayloadMethods.META);
  }

  static LuaTable metatable() {
    return PayloadMethods.META;
  }
}
