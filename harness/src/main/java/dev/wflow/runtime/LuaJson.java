package dev.wflow.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * Converts between Lua values and plain Java JSON values ({@code Map<String, Object>}, {@code
 * List<Object>}, {@code String}, {@code Long}/{@code Double}, {@code Boolean}, {@code null}) — the
 * form every payload takes when it crosses into Temporal.
 *
 * <pre>{@code
 * Object json = LuaJson.toJava(globals.load("return {a = 1, b = {true}}").call());
 * // {a=1, b=[true]}
 * }</pre>
 *
 * <p>A table whose keys are exactly 1..n is an array; any other table is an object (numeric keys
 * become strings); the empty table is an object. Integral numbers become {@code Long}.
 */
public final class LuaJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private LuaJson() {}

  /** The shared Jackson mapper for JSON text. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A plain Java JSON value as a Lua value. */
  public static LuaValue toLua(Object value) {
    if (value == null) {
      return LuaValue.NIL;
    }
    if (value instanceof LuaValue lua) {
      return lua;
    }
    if (value instanceof String s) {
      return LuaValue.valueOf(s);
    }
    if (value instanceof Boolean b) {
      return LuaValue.valueOf(b);
    }
    if (value instanceof Number n) {
      return number(n);
    }
    if (value instanceof Map<?, ?> map) {
      LuaTable table = new LuaTable();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        table.rawset(LuaValue.valueOf(String.valueOf(e.getKey())), toLua(e.getValue()));
      }
      return table;
    }
    if (value instanceof List<?> list) {
      LuaTable table = new LuaTable(list.size(), 0);
      for (int i = 0; i < list.size(); i++) {
        table.rawset(i + 1, toLua(list.get(i)));
      }
      return table;
    }
    if (value instanceof com.fasterxml.jackson.databind.JsonNode node) {
      return toLua(MAPPER.convertValue(node, Object.class));
    }
    return LuaValue.valueOf(value.toString());
  }

  private static LuaValue number(Number n) {
    if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return LuaValue.valueOf(n.intValue());
    }
    if (n instanceof Long l) {
      return l == (int) (long) l ? LuaValue.valueOf((int) (long) l) : LuaValue.valueOf((double) l);
    }
    if (n instanceof BigInteger || n instanceof BigDecimal) {
      return LuaValue.valueOf(n.doubleValue());
    }
    double d = n.doubleValue();
    return d == (int) d ? LuaValue.valueOf((int) d) : LuaValue.valueOf(d);
  }

  /** Lua arguments as a list of Java JSON values, one per argument. */
  public static List<Object> toJavaList(Varargs args, int from) {
    List<Object> out = new ArrayList<>();
    for (int i = from; i <= args.narg(); i++) {
      out.add(toJava(args.arg(i)));
    }
    return out;
  }

  /**
   * A Lua value as a plain Java JSON value.
   *
   * @throws LuaError naming the offending path when the value has no JSON form (a function, a
   *     coroutine, a table with non-string keys, NaN)
   */
  public static Object toJava(LuaValue value) {
    return toJava(value, "value", new IdentityHashMap<>());
  }

  /** Like {@link #toJava(LuaValue)}, naming the value {@code name} in errors. */
  public static Object toJava(LuaValue value, String name) {
    return toJava(value, name, new IdentityHashMap<>());
  }

  /**
   * @param enclosing the tables being encoded around this value, each with its path: a table that
   *     contains itself is a cycle, named as such (the same table twice side by side is fine)
   */
  private static Object toJava(LuaValue value, String path, Map<LuaTable, String> enclosing) {
    if (enclosing.size() > 200) {
      throw new LuaError("cannot encode " + path + " as JSON: nested more than 200 levels deep");
    }
    switch (value.type()) {
      case LuaValue.TNIL:
        return null;
      case LuaValue.TBOOLEAN:
        return value.toboolean();
      case LuaValue.TNUMBER:
        return javaNumber(value, path);
      case LuaValue.TSTRING:
        return value.tojstring();
      case LuaValue.TTABLE:
        LuaTable table = (LuaTable) value;
        String outer = enclosing.get(table);
        if (outer != null) {
          throw new LuaError(
              "cannot encode " + path + " as JSON: it is " + outer + " again (a cycle)");
        }
        enclosing.put(table, path);
        try {
          return table(table, path, enclosing);
        } finally {
          enclosing.remove(table);
        }
      case LuaValue.TUSERDATA:
        if (value instanceof WippyError error) {
          return error.toJava();
        }
        if (value instanceof TimeValue time) {
          return time.rfc3339(); // as Go encodes a time.Time
        }
        // The platform exports any other userdata (an actor, a channel) as nil (payload/export.go).
        return null;
      default:
        throw new LuaError("cannot encode " + path + " as JSON: it is a " + value.typename());
    }
  }

  private static Object javaNumber(LuaValue value, String path) {
    if (value.isinttype()) {
      return (long) value.toint();
    }
    double d = value.todouble();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new LuaError("cannot encode " + path + " as JSON: " + d + " is not a JSON number");
    }
    if (d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15) {
      return (long) d;
    }
    return d;
  }

  private static Object table(LuaTable table, String path, Map<LuaTable, String> enclosing) {
    int n = table.rawlen();
    int count = 0;
    boolean stringKeysOnly = true;
    LuaValue k = LuaValue.NIL;
    while (true) {
      Varargs next = table.next(k);
      k = next.arg1();
      if (k.isnil()) {
        break;
      }
      count++;
      if (k.type() != LuaValue.TSTRING) {
        stringKeysOnly = false;
      }
    }
    if (count > 0 && count == n && !stringKeysOnly) {
      List<Object> list = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        list.add(toJava(table.rawget(i), path + "[" + i + "]", enclosing));
      }
      return list;
    }
    Map<String, Object> map = stringKeysOnly ? new LinkedHashMap<>() : new TreeMap<>();
    k = LuaValue.NIL;
    while (true) {
      Varargs next = table.next(k);
      k = next.arg1();
      if (k.isnil()) {
        break;
      }
      if (k.type() != LuaValue.TSTRING && k.type() != LuaValue.TNUMBER) {
        throw new LuaError("cannot encode " + path + " as JSON: it has a " + k.typename() + " key");
      }
      String key = k.type() == LuaValue.TNUMBER ? numberKey(k) : k.tojstring();
      map.put(key, toJava(next.arg(2), path + "." + key, enclosing));
    }
    return stringKeysOnly ? sorted(map) : map;
  }

  // Lua's iteration order over string keys is a hash order; sorting makes encodings stable.
  private static Map<String, Object> sorted(Map<String, Object> map) {
    return map.size() <= 1 ? map : new LinkedHashMap<>(new TreeMap<>(map));
  }

  private static String numberKey(LuaValue k) {
    double d = k.todouble();
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /** JSON text of a Lua value. */
  public static String encode(LuaValue value) {
    return write(toJava(value));
  }

  /** JSON text of a Java JSON value. */
  public static String write(Object javaValue) {
    try {
      return MAPPER.writeValueAsString(javaValue);
    } catch (JsonProcessingException e) {
      throw new LuaError("cannot encode as JSON: " + e.getOriginalMessage());
    }
  }

  /** Parses JSON text into a Java JSON value. */
  public static Object read(String text) throws JsonProcessingException {
    return MAPPER.readValue(text, Object.class);
  }

  private static final java.util.regex.Pattern START_MARKER =
      java.util.regex.Pattern.compile(
          "\\s*\\(start marker at \\[Source:.*; line: (\\d+), column: (\\d+)]\\)",
          java.util.regex.Pattern.DOTALL);

  /**
   * A JSON syntax error in one line for a user: Jackson's message without the dump of the source it
   * appends for an unclosed object ({@code "Unexpected end-of-input: expected close marker for
   * Object (opened at line 1, column 1)"}).
   */
  public static String syntaxProblem(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    return m == null
        ? "invalid JSON"
        : START_MARKER.matcher(m).replaceAll(" (opened at line $1, column $2)");
  }
}
