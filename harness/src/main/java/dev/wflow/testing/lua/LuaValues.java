package dev.wflow.testing.lua;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * How assertions compare and show Lua values: deep equality for tables, and a stable rendering
 * (keys sorted, arrays first) so a failure's expected/actual text is the same on every run.
 */
public final class LuaValues {

  private static final int MAX_DEPTH = 12;

  private LuaValues() {}

  /** Primitive equality, and for two tables the same keys with deeply equal values. */
  public static boolean deepEquals(LuaValue a, LuaValue b) {
    return deepEquals(a, b, new IdentityHashMap<>());
  }

  private static boolean deepEquals(LuaValue a, LuaValue b, Map<LuaValue, LuaValue> seen) {
    if (a.raweq(b)) {
      return true;
    }
    if (a.isnumber() && b.isnumber() && a.type() == LuaValue.TNUMBER) {
      return a.todouble() == b.todouble();
    }
    if (!a.istable() || !b.istable()) {
      return false;
    }
    if (seen.get(a) == b) {
      return true;
    }
    seen.put(a, b);
    LuaTable ta = (LuaTable) a;
    LuaTable tb = (LuaTable) b;
    if (ta.keyCount() != tb.keyCount()) {
      return false;
    }
    for (LuaValue key : ta.keys()) {
      if (!deepEquals(ta.rawget(key), tb.rawget(key), seen)) {
        return false;
      }
    }
    return true;
  }

  /** One-line rendering: {@code "text"}, {@code 42}, {@code {1, 2, name = "x"}}. */
  public static String inline(LuaValue v) {
    StringBuilder b = new StringBuilder();
    write(b, v, null, 0, new IdentityHashMap<>());
    return b.toString();
  }

  /** Multi-line rendering for tables (two-space indent), used for expected/actual diffs. */
  public static String pretty(LuaValue v) {
    StringBuilder b = new StringBuilder();
    write(b, v, "", 0, new IdentityHashMap<>());
    return b.toString();
  }

  /** True when a diff of the pretty renderings says more than the one-line message does. */
  public static boolean worthDiffing(LuaValue expected, LuaValue actual) {
    return expected.istable() && actual.istable();
  }

  private static void write(
      StringBuilder b, LuaValue v, String indent, int depth, Map<LuaValue, Boolean> path) {
    switch (v.type()) {
      case LuaValue.TSTRING -> b.append(quote(v.tojstring()));
      case LuaValue.TTABLE -> writeTable(b, (LuaTable) v, indent, depth, path);
      case LuaValue.TNUMBER -> b.append(number(v));
      default -> b.append(plain(v));
    }
  }

  private static void writeTable(
      StringBuilder b, LuaTable t, String indent, int depth, Map<LuaValue, Boolean> path) {
    if (path.containsKey(t) || depth >= MAX_DEPTH) {
      b.append("{...}");
      return;
    }
    LuaValue tostring =
        t.getmetatable() == null ? LuaValue.NIL : t.getmetatable().get("__tostring");
    if (tostring.isfunction()) {
      b.append(plain(t));
      return;
    }
    List<LuaValue> keys = sortedKeys(t);
    if (keys.isEmpty()) {
      b.append("{}");
      return;
    }
    path.put(t, Boolean.TRUE);
    int arrayLength = t.rawlen();
    String inner = indent == null ? null : indent + "  ";
    b.append('{');
    for (int i = 0; i < keys.size(); i++) {
      LuaValue key = keys.get(i);
      b.append(i == 0 ? "" : ",");
      b.append(inner == null ? (i == 0 ? "" : " ") : "\n" + inner);
      if (!(key.isint() && key.toint() >= 1 && key.toint() <= arrayLength)) {
        b.append(keyText(key)).append(" = ");
      }
      write(b, t.rawget(key), inner, depth + 1, path);
    }
    b.append(inner == null ? "}" : "\n" + indent + "}");
    path.remove(t);
  }

  /** Array part in order, then the other keys sorted by their text, so output is stable. */
  static List<LuaValue> sortedKeys(LuaTable t) {
    int n = t.rawlen();
    List<LuaValue> array = new ArrayList<>();
    List<LuaValue> rest = new ArrayList<>();
    for (LuaValue k : t.keys()) {
      if (k.isint() && k.toint() >= 1 && k.toint() <= n) {
        array.add(k);
      } else {
        rest.add(k);
      }
    }
    array.sort(Comparator.comparingInt(LuaValue::toint));
    rest.sort(Comparator.comparing(LuaValues::keyText));
    array.addAll(rest);
    return array;
  }

  private static String keyText(LuaValue key) {
    if (key.isstring() && !key.isnumber() && key.tojstring().matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return key.tojstring();
    }
    return "[" + inline(key) + "]";
  }

  private static String number(LuaValue v) {
    if (v.isint() || (v.todouble() == Math.rint(v.todouble()) && Math.abs(v.todouble()) < 1e15)) {
      return Long.toString(v.tolong());
    }
    // Lua's 14 digits show 0.1 + 0.2 as 0.3: a failure "expected 0.3, got 0.3" says nothing.
    String shown = v.tojstring();
    double d = v.todouble();
    try {
      if (Double.parseDouble(shown) == d) {
        return shown;
      }
    } catch (NumberFormatException e) {
      return shown; // inf, nan
    }
    return new java.math.BigDecimal(d)
        .round(new java.math.MathContext(17))
        .stripTrailingZeros()
        .toString();
  }

  private static String plain(LuaValue v) {
    LuaValue mt = v.getmetatable();
    if (mt != null && mt.get("__tostring").isfunction()) {
      try {
        return mt.get("__tostring").call(v).tojstring();
      } catch (org.luaj.vm2.LuaError | StackOverflowError e) {
        // The text is for a report: a broken __tostring must not take the rest of the file along.
        String why = e instanceof StackOverflowError ? "stack overflow" : e.getMessage();
        return v.typename() + " whose __tostring raised: " + why;
      }
    }
    return v.tojstring();
  }

  /** What Lua's {@code tostring} would give, honouring {@code __tostring}. */
  public static String tostring(LuaValue v) {
    return v.isstring() && !v.isnumber() ? v.tojstring() : plain(v);
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** The optional trailing message argument at {@code index}, or {@code fallback}. */
  static String message(Varargs args, int index, String fallback) {
    LuaValue m = args.arg(index);
    return m.isnil() ? fallback : tostring(m);
  }
}
