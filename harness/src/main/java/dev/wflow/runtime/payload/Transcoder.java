package dev.wflow.runtime.payload;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.wflow.runtime.Builtin;
import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.PlainValues;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaValue;

/**
 * Converts payloads between formats the way the runtime's transcoder does: every edge goes through
 * {@code lua/any} (JSON, text, bytes and Go values to and from Lua), so JSON to text is JSON to Lua
 * to text. Formats with no edge (YAML, MessagePack, errors) fail with a message.
 *
 * <pre>{@code
 * LuaPayload json = Transcoder.transcode(new LuaPayload("lua/any", table), "json/plain");
 * }</pre>
 */
final class Transcoder {

  private Transcoder() {}

  static final class TranscodeException extends Exception {
    private static final long serialVersionUID = 1L;

    TranscodeException(String message) {
      super(message);
    }
  }

  static LuaPayload transcode(LuaPayload p, String target) throws TranscodeException {
    if (p.format().equals(target)) {
      return p;
    }
    LuaValue lua = p.format().equals(PayloadFormat.LUA) ? (LuaValue) p.data() : toLua(p);
    return target.equals(PayloadFormat.LUA)
        ? new LuaPayload(PayloadFormat.LUA, lua)
        : fromLua(lua, target, p.format());
  }

  /** The Lua value of a payload of any format. */
  static LuaValue toLua(LuaPayload p) throws TranscodeException {
    switch (p.format()) {
      case PayloadFormat.LUA:
        return (LuaValue) p.data();
      case PayloadFormat.JSON:
        try {
          return LuaJson.toLua(LuaJson.read(new String((byte[]) p.data(), StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
          throw new TranscodeException("invalid JSON: " + e.getOriginalMessage());
        }
      case PayloadFormat.STRING:
      case PayloadFormat.BYTES:
        return Builtin.string((byte[]) p.data());
      case PayloadFormat.GOLANG:
        return LuaJson.toLua(p.data());
      default:
        throw noPath(p.format(), PayloadFormat.LUA);
    }
  }

  private static LuaPayload fromLua(LuaValue lua, String target, String source)
      throws TranscodeException {
    switch (target) {
      case PayloadFormat.JSON:
        try {
          return bytes(target, LuaJson.encode(lua).getBytes(StandardCharsets.UTF_8));
        } catch (LuaError e) {
          throw new TranscodeException(e.getMessage());
        }
      case PayloadFormat.STRING:
      case PayloadFormat.BYTES:
        return bytes(target, text(lua));
      case PayloadFormat.GOLANG:
        try {
          return new LuaPayload(target, LuaJson.toJava(lua));
        } catch (LuaError e) {
          throw new TranscodeException(e.getMessage());
        }
      default:
        throw noPath(source, target);
    }
  }

  private static LuaPayload bytes(String format, byte[] data) {
    return new LuaPayload(format, data);
  }

  private static TranscodeException noPath(String from, String to) {
    return new TranscodeException("no transcoder from " + from + " to " + to);
  }

  /** The runtime's Lua-to-text rule: strings as they are, other values as Go prints them. */
  static byte[] text(LuaValue lua) {
    if (lua instanceof LuaString s) {
      return Builtin.bytes(s);
    }
    if (lua.isnil()) {
      return new byte[0];
    }
    if (lua.istable()) {
      return goPrint(PlainValues.fromLua(lua)).getBytes(StandardCharsets.UTF_8);
    }
    return goPrint(lua.isnumber() ? PlainValues.number(lua.todouble()) : lua.tojstring())
        .getBytes(StandardCharsets.UTF_8);
  }

  // fmt's %v: map[a:1 b:2], [1 2 3], <nil>.
  private static String goPrint(Object v) {
    if (v == null) {
      return "<nil>";
    }
    if (v instanceof Map<?, ?> map) {
      StringBuilder b = new StringBuilder("map[");
      map.forEach(
          (k, x) -> b.append(b.length() > 4 ? " " : "").append(k).append(':').append(goPrint(x)));
      return b.append(']').toString();
    }
    if (v instanceof List<?> list) {
      StringBuilder b = new StringBuilder("[");
      list.forEach(x -> b.append(b.length() > 1 ? " " : "").append(goPrint(x)));
      return b.append(']').toString();
    }
    if (v instanceof Double d) {
      return goFloat(d);
    }
    return String.valueOf(v);
  }

  private static String goFloat(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "+Inf" : "-Inf";
    }
    double abs = Math.abs(d);
    if (abs != 0 && (abs < 1e-4 || abs >= 1e21)) {
      return shortestExponent(d);
    }
    return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  private static String shortestExponent(double d) {
    String s = Double.toString(d); // 1.0E21
    int e = s.indexOf('E');
    String mantissa = s.substring(0, e).replaceAll("\\.0$", "");
    int exp = Integer.parseInt(s.substring(e + 1));
    return mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
  }
}
