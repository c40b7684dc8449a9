package dev.wflow.testing.lua;

import java.util.IdentityHashMap;
import java.util.Map;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * How {@code wippy/test} shows a value in an assertion message ({@code format_value} in its {@code
 * test.lua}): strings {@code %q}-quoted, tables as {@code {k=v,…,}} (array items without keys, each
 * item followed by a comma) or through their {@code _tostring} method, anything else through {@code
 * tostring}. Keys are listed array part first, then by name, so a message is the same on every run
 * (the platform lists them in {@code pairs} order).
 *
 * <pre>{@code
 * ValueText.of(LuaValue.valueOf("a\"b"));   // "a\"b" with the quote escaped
 * }</pre>
 */
final class ValueText {

  private static final int MAX_DEPTH = 12;

  private ValueText() {}

  static String of(LuaValue v) {
    StringBuilder b = new StringBuilder();
    write(b, v, 0, new IdentityHashMap<>());
    return b.toString();
  }

  private static void write(StringBuilder b, LuaValue v, int depth, Map<LuaValue, Boolean> path) {
    if (v.type() == LuaValue.TSTRING) {
      b.append(quoted(v.tojstring()));
      return;
    }
    if (!v.istable()) {
      b.append(LuaValues.tostring(v));
      return;
    }
    LuaValue custom = v.get("_tostring");
    if (custom.toboolean()) {
      b.append(LuaValues.tostring(custom.call(v)));
      return;
    }
    if (path.containsKey(v) || depth >= MAX_DEPTH) {
      b.append("{...}");
      return;
    }
    path.put(v, Boolean.TRUE);
    LuaTable t = (LuaTable) v;
    b.append('{');
    for (LuaValue key : LuaValues.sortedKeys(t)) {
      if (!key.isnumber() || key.type() == LuaValue.TSTRING) {
        b.append(LuaValues.tostring(key)).append('=');
      }
      write(b, t.rawget(key), depth + 1, path);
      b.append(',');
    }
    b.append('}');
    path.remove(v);
  }

  /**
   * {@code string.format("%q", s)} as the platform's Lua (go-lua, whose {@code string.format} is
   * Go's {@code fmt.Sprintf}) gives it: Go's quoting, {@code \n}, {@code \t}, {@code \x1b} and
   * {@code \u0085} style escapes, printable Unicode kept.
   */
  static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case 7 -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case 11 -> b.append("\\v");
                default -> {
                  if (c < 0x20 || c == 0x7f) {
                    b.append(String.format("\\x%02x", c));
                  } else if (Character.isISOControl(c)
                      || Character.getType(c) == Character.FORMAT
                      || Character.getType(c) == Character.UNASSIGNED
                      || Character.getType(c) == Character.SURROGATE) {
                    b.append(
                        c > 0xffff ? String.format("\\U%08x", c) : String.format("\\u%04x", c));
                  } else {
                    b.appendCodePoint(c);
                  }
                }
              }
            });
    return b.append('"').toString();
  }
}
