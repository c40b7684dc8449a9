package dev.wflow.testing.workflow;

import dev.wflow.testing.lua.LuaValues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * Values crossing between a test's Lua code and its workflow runs: JSON values (SPEC §7: payloads
 * travel as JSON), error objects ({@code err:kind()}, {@code tostring(err)}), and durations ({@code
 * "1h30m"} or nanoseconds).
 */
final class Payloads {

  private static final Pattern DURATION_PART =
      Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

  private Payloads() {}

  static Object toJava(LuaValue v) {
    return toJava(v, 0);
  }

  private static Object toJava(LuaValue v, int depth) {
    if (depth > 64) {
      throw new LuaError("value nested too deeply (a cycle?) to become a payload");
    }
    switch (v.type()) {
      case LuaValue.TNIL:
        return null;
      case LuaValue.TBOOLEAN:
        return v.toboolean();
      case LuaValue.TNUMBER:
        double d = v.todouble();
        return d == Math.rint(d) && Math.abs(d) < 9.0e15 ? (Object) (long) d : (Object) d;
      case LuaValue.TSTRING:
        return v.tojstring();
      case LuaValue.TTABLE:
        return tableToJava((LuaTable) v, depth);
      default:
        return LuaValues.tostring(v);
    }
  }

  private static Object tableToJava(LuaTable t, int depth) {
    int n = t.rawlen();
    if (n > 0 && t.keyCount() == n) {
      List<Object> list = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        list.add(toJava(t.rawget(i), depth + 1));
      }
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (LuaValue k : t.keys()) {
      map.put(k.tojstring(), toJava(t.rawget(k), depth + 1));
    }
    return map;
  }

  static LuaValue toLua(Object v) {
    if (v == null) {
      return LuaValue.NIL;
    }
    if (v instanceof LuaValue lua) {
      return lua;
    }
    if (v instanceof String s) {
      return LuaValue.valueOf(s);
    }
    if (v instanceof Boolean b) {
      return LuaValue.valueOf(b);
    }
    if (v instanceof Integer || v instanceof Long) {
      return LuaValue.valueOf(((Number) v).longValue());
    }
    if (v instanceof Number n) {
      return LuaValue.valueOf(n.doubleValue());
    }
    if (v instanceof Map<?, ?> map) {
      LuaTable t = new LuaTable();
      map.forEach((k, val) -> t.rawset(LuaValue.valueOf(String.valueOf(k)), toLua(val)));
      return t;
    }
    if (v instanceof List<?> list) {
      LuaTable t = new LuaTable(list.size(), 0);
      for (int i = 0; i < list.size(); i++) {
        t.rawset(i + 1, toLua(list.get(i)));
      }
      return t;
    }
    return LuaValue.valueOf(v.toString());
  }

  static List<Object> args(Varargs a, int from) {
    List<Object> out = new ArrayList<>();
    for (int i = from; i <= a.narg(); i++) {
      out.add(toJava(a.arg(i)));
    }
    return out;
  }

  /** An error object as Lua code sees it (SPEC §7). */
  static LuaValue error(ActivityMock.MockError e) {
    LuaTable methods = new LuaTable();
    methods.set("kind", constant(LuaValue.valueOf(e.kind() == null ? "" : e.kind())));
    methods.set("message", constant(LuaValue.valueOf(e.message())));
    methods.set(
        "retryable",
        constant(e.retryable() == null ? LuaValue.NIL : LuaValue.valueOf(e.retryable())));
    methods.set("details", constant(LuaValue.NIL));
    LuaTable meta = new LuaTable();
    meta.set(LuaValue.INDEX, methods);
    meta.set(LuaValue.TOSTRING, constant(LuaValue.valueOf(e.message())));
    LuaTable err = new LuaTable();
    err.setmetatable(meta);
    return err;
  }

  /** An error raised or returned by Lua code, as a mock error. */
  static ActivityMock.MockError errorOf(LuaValue v) {
    if (v.istable() && v.get("message").isstring()) {
      LuaValue retry = v.get("retryable");
      return new ActivityMock.MockError(
          v.get("kind").optjstring(""),
          v.get("message").tojstring(),
          retry.isnil() ? null : retry.toboolean());
    }
    LuaValue kind = v.get("kind");
    if (kind.isfunction()) {
      LuaValue retry = v.get("retryable").call(v);
      return new ActivityMock.MockError(
          kind.call(v).tojstring(),
          LuaValues.tostring(v),
          retry.isnil() ? null : retry.toboolean());
    }
    return new ActivityMock.MockError("", LuaValues.tostring(v), null);
  }

  private static LuaValue constant(LuaValue v) {
    return new VarArgFunction() {
      @Override
      public Varargs invoke(Varargs args) {
        return v;
      }
    };
  }

  /** {@code "1h30m"}, {@code "500ms"} or a number of nanoseconds. */
  static Duration duration(LuaValue v) {
    if (v.type() == LuaValue.TNUMBER) {
      return Duration.ofNanos(v.tolong());
    }
    String text = v.checkjstring();
    Matcher m = DURATION_PART.matcher(text);
    int at = 0;
    double nanos = 0;
    while (at < text.length() && m.find(at) && m.start() == at) {
      double unit =
          switch (m.group(2)) {
            case "ns" -> 1;
            case "us", "µs" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            default -> 3600e9;
          };
      nanos += Double.parseDouble(m.group(1)) * unit;
      at = m.end();
    }
    if (at == 0 || at != text.length()) {
      throw new LuaError(
          "invalid duration '" + text + "' (examples: \"500ms\", \"30s\", \"1h30m\")");
    }
    return Duration.ofNanos((long) nanos);
  }
}
