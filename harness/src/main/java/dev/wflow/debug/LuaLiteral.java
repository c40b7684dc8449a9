package dev.wflow.debug;

import dev.wflow.lua.syntax.LuaNames;
import java.util.List;
import java.util.Map;

/** JSON values written as Lua table constructors, for the tests {@code save test} writes. */
final class LuaLiteral {

  private LuaLiteral() {}

  static String of(Object v) {
    if (v == null) {
      return "nil";
    }
    if (v instanceof String s) {
      return LuaNames.quote(s);
    }
    if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
      return v.toString();
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
    if (v instanceof List<?> list) {
      StringBuilder out = new StringBuilder("{");
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(of(list.get(i)));
      }
      return out.append("}").toString();
    }
    if (v instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        out.append(first ? "" : ", ")
            .append(LuaNames.isFieldName(key) ? key : "[" + LuaNames.quote(key) + "]")
            .append(" = ")
            .append(of(e.getValue()));
        first = false;
      }
      return out.append("}").toString();
    }
    return LuaNames.quote(String.valueOf(v));
  }
}
