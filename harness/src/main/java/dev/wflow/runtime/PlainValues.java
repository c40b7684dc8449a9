package dev.wflow.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * Lua values as the runtime's encoders see them ({@code value.ToGoAny}): a table with a positive
 * {@code maxn} is a list of its slots 1..maxn (holes become null), any other table a map with
 * string keys; functions and other objects become their {@code tostring}. Integral numbers are
 * {@code Long}s. Unlike {@link LuaJson}, nothing is refused — this is the lenient view the YAML
 * encoder and the string transcoder take.
 *
 * <pre>{@code
 * Object plain = PlainValues.fromLua(table); // {1, 2} -> [1, 2]; {a = 1} -> {a=1}
 * }</pre>
 */
public final class PlainValues {

  private static final int MAX_DEPTH = 200;

  private PlainValues() {}

  public static Object fromLua(LuaValue value) {
    return fromLua(value, 0);
  }

  private static Object fromLua(LuaValue value, int depth) {
    if (depth > MAX_DEPTH) {
      throw new LuaError("value nested more than " + MAX_DEPTH + " levels deep (a cycle?)");
    }
    switch (value.type()) {
      case LuaValue.TNIL:
        return null;
      case LuaValue.TBOOLEAN:
        return value.toboolean();
      case LuaValue.TNUMBER:
        return number(value.todouble());
      case LuaValue.TSTRING:
        return value.tojstring();
      case LuaValue.TTABLE:
        return table((LuaTable) value, depth);
      default:
        return value.tojstring();
    }
  }

  /** An integral finite double as a {@code Long}, anything else as the {@code Double}. */
  public static Object number(double d) {
    if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.2e18) {
      return (long) d;
    }
    return d;
  }

  private static Object table(LuaTable t, int depth) {
    int maxn = maxn(t);
    if (maxn > 0) {
      List<Object> list = new ArrayList<>(maxn);
      for (int i = 1; i <= maxn; i++) {
        list.add(fromLua(t.rawget(i), depth + 1));
      }
      return list;
    }
    Map<String, Object> map = new TreeMap<>();
    LuaValue k = LuaValue.NIL;
    while (true) {
      Varargs n = t.next(k);
      if ((k = n.arg1()).isnil()) {
        break;
      }
      map.put(k.tojstring(), fromLua(n.arg(2), depth + 1));
    }
    return map;
  }

  /** The largest positive integer key of {@code t}, 0 when it has none. */
  public static int maxn(LuaTable t) {
    int max = 0;
    LuaValue k = LuaValue.NIL;
    while (true) {
      Varargs n = t.next(k);
      if ((k = n.arg1()).isnil()) {
        return max;
      }
      if (k.type() == LuaValue.TNUMBER) {
        double d = k.todouble();
        if (d == Math.rint(d) && d > max && d < Integer.MAX_VALUE) {
          max = (int) d;
        }
      }
    }
  }
}
