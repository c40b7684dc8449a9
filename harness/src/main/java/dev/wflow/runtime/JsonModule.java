package dev.wflow.runtime;

import static dev.wflow.runtime.LuaFunctions.of;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The {@code json} module as the runtime has it: {@code encode} (an empty table is {@code "[]"}, a
 * sparse array or a table with both index and name keys is an {@code Internal} error, functions and
 * other userdata become {@code null}, an error object its message), {@code decode} ({@code Invalid}
 * for a non-string or empty input, {@code Internal} for bad JSON), and {@code validate}/{@code
 * validate_string} against a JSON Schema ({@link JsonSchemas}).
 *
 * <pre>{@code
 * ModuleTable json = JsonModule.create(); // json.encode({}) == "[]"
 * }</pre>
 */
public final class JsonModule {

  private static final int MAX_DEPTH = 128;

  private JsonModule() {}

  public static ModuleTable create() {
    ModuleTable m = new ModuleTable("json");
    m.define("encode", of(JsonModule::encodeFunction));
    m.define("decode", of(JsonModule::decodeFunction));
    m.define("validate", of(JsonSchemas::validate));
    m.define("validate_string", of(JsonSchemas::validateString));
    return m;
  }

  private static Varargs encodeFunction(Varargs a) {
    try {
      return CryptoModule.ok(LuaValue.valueOf(encode(a.arg1())));
    } catch (EncodeProblem e) {
      return StandardModules.failure("Internal", "encode failed: " + e.getMessage());
    }
  }

  private static Varargs decodeFunction(Varargs a) {
    if (a.arg1().type() != LuaValue.TSTRING) {
      return StandardModules.failure("Invalid", "string expected");
    }
    String text = a.arg1().tojstring();
    if (text.isEmpty()) {
      return StandardModules.failure("Invalid", "empty string is not valid JSON");
    }
    try {
      return CryptoModule.ok(LuaJson.toLua(LuaJson.read(text)));
    } catch (JsonProcessingException e) {
      return StandardModules.failure("Internal", "decode failed: " + LuaJson.syntaxProblem(e));
    }
  }

  /** A value that has no JSON form, with the runtime's message. */
  static final class EncodeProblem extends Exception {
    EncodeProblem(String message) {
      super(message);
    }
  }

  /** The runtime's JSON text of a Lua value. */
  public static String encode(LuaValue value) throws EncodeProblem {
    StringBuilder out = new StringBuilder();
    if (value.type() == LuaValue.TNUMBER) {
      out.append(topLevelNumber(value.todouble()));
    } else if (value.type() == LuaValue.TSTRING) {
      quote(out, (LuaString) value.checkstring(), true);
    } else {
      write(out, value, new IdentityHashMap<>(), 0);
    }
    return out.toString();
  }

  private static void write(
      StringBuilder out, LuaValue v, Map<LuaTable, Boolean> visited, int depth)
      throws EncodeProblem {
    if (depth > MAX_DEPTH) {
      throw new EncodeProblem("exceeded maximum nesting depth for JSON encoding");
    }
    switch (v.type()) {
      case LuaValue.TBOOLEAN -> out.append(v.toboolean());
      case LuaValue.TNUMBER -> out.append(nestedNumber(v.todouble()));
      case LuaValue.TSTRING -> quote(out, (LuaString) v.checkstring(), false);
      case LuaValue.TTABLE -> table(out, (LuaTable) v, visited, depth);
      case LuaValue.TUSERDATA -> {
        if (v instanceof WippyError e) {
          quote(out, LuaValue.valueOf(e.tojstring()), true);
        } else {
          out.append("null");
        }
      }
      default -> out.append("null");
    }
  }

  private static void table(
      StringBuilder out, LuaTable t, Map<LuaTable, Boolean> visited, int depth)
      throws EncodeProblem {
    if (visited.containsKey(t)) {
      throw new EncodeProblem("cannot encode recursively nested tables to JSON");
    }
    visited.put(t, Boolean.TRUE);
    try {
      int count = 0;
      int numeric = 0;
      long maxIndex = 0;
      boolean named = false;
      for (Varargs n = t.next(LuaValue.NIL); !n.arg1().isnil(); n = t.next(n.arg1())) {
        count++;
        LuaValue k = n.arg1();
        double d = k.type() == LuaValue.TNUMBER ? k.todouble() : 0;
        if (k.type() == LuaValue.TNUMBER && d == Math.rint(d) && d > 0) {
          numeric++;
          maxIndex = Math.max(maxIndex, (long) d);
        } else {
          named = true;
        }
      }
      if (count == 0) {
        out.append("[]");
      } else if (named && numeric > 0) {
        throw new EncodeProblem(
            "cannot encode mixed-key table: table has both numeric and non-numeric keys");
      } else if (named) {
        object(out, t, visited, depth);
      } else if (numeric != maxIndex) {
        throw new EncodeProblem("cannot encode sparse array: non-contiguous numeric keys found");
      } else {
        out.append('[');
        for (int i = 1; i <= maxIndex; i++) {
          out.append(i > 1 ? "," : "");
          write(out, t.rawget(i), visited, depth + 1);
        }
        out.append(']');
      }
    } finally {
      visited.remove(t);
    }
  }

  // Go ranges over a map in random order; sorted keys give the same text every time.
  private static void object(
      StringBuilder out, LuaTable t, Map<LuaTable, Boolean> visited, int depth)
      throws EncodeProblem {
    Map<String, LuaValue> fields = new TreeMap<>();
    for (Varargs n = t.next(LuaValue.NIL); !n.arg1().isnil(); n = t.next(n.arg1())) {
      LuaValue k = n.arg1();
      switch (k.type()) {
        case LuaValue.TSTRING -> fields.put(k.tojstring(), n.arg(2));
        case LuaValue.TNUMBER -> fields.put(plain(k.todouble()), n.arg(2));
        case LuaValue.TBOOLEAN -> fields.put(Boolean.toString(k.toboolean()), n.arg(2));
        default -> {
          // other keys have no JSON name and are left out, as the runtime does
        }
      }
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, LuaValue> f : fields.entrySet()) {
      out.append(first ? "" : ",");
      first = false;
      quote(out, LuaValue.valueOf(f.getKey()), false);
      out.append(':');
      write(out, f.getValue(), visited, depth + 1);
    }
    out.append('}');
  }

  private static String nestedNumber(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "null";
    }
    return d == Math.rint(d) && Math.abs(d) <= 9.223372036854775807E18
        ? Long.toString((long) d)
        : plain(d);
  }

  /** Go's {@code json.Marshal(float64)}: plain digits between 1e-6 and 1e21, else an exponent. */
  private static String topLevelNumber(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "null";
    }
    double abs = Math.abs(d);
    if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
      String s = Double.toString(d).replace("E", "e");
      String mantissa = s.substring(0, s.indexOf('e')).replaceAll("\\.0$", "");
      String exponent = s.substring(s.indexOf('e') + 1);
      int e = Integer.parseInt(exponent);
      return mantissa + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
    }
    return plain(d);
  }

  /** Go's {@code strconv.FormatFloat(d, 'f', -1, 64)}: the shortest digits, no exponent. */
  private static String plain(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e21) {
      return new BigDecimal(d).toPlainString();
    }
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  /**
   * A JSON string as Go writes it: invalid UTF-8 becomes U+FFFD; {@code html} (Go's {@code
   * json.Marshal}) also escapes {@code <}, {@code >} and {@code &}. The runtime writes plain
   * printable ASCII inside tables as it is, without that escaping.
   */
  private static void quote(StringBuilder out, LuaString s, boolean html) {
    String text = utf8(s);
    boolean simple = text.chars().allMatch(c -> c >= 0x20 && c < 0x80 && c != '"' && c != '\\');
    if (simple && !(html && text.chars().anyMatch(c -> c == '<' || c == '>' || c == '&'))) {
      out.append('"').append(text).append('"');
      return;
    }
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static String utf8(LuaString s) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(s.m_bytes, s.m_offset, s.m_length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new LuaError("cannot read string as UTF-8");
    }
  }
}
