package dev.wflow.runtime.text;

import dev.wflow.runtime.Builtin;
import dev.wflow.runtime.LuaFunctions;
import java.util.List;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The methods of a {@code text.Regexp} ({@code text.regexp.compile}): Go's {@code regexp} methods
 * on strings, with 1-based inclusive indices ({@code {start, end}} for {@code s:sub(start, end)}).
 */
final class RegexpMethods {

  static final LuaTable META = Builtin.type("text.Regexp", methods());

  private RegexpMethods() {}

  private static LuaTable methods() {
    LuaTable m = new LuaTable();
    m.rawset("match_string", LuaFunctions.of(a -> LuaValue.valueOf(re(a).matches(subject(a)))));
    m.rawset("find_string", LuaFunctions.of(RegexpMethods::findString));
    m.rawset("find_all_string", LuaFunctions.of(RegexpMethods::findAllString));
    m.rawset("find_string_submatch", LuaFunctions.of(RegexpMethods::findSubmatch));
    m.rawset("find_all_string_submatch", LuaFunctions.of(RegexpMethods::findAllSubmatch));
    m.rawset("find_string_index", LuaFunctions.of(RegexpMethods::findIndex));
    m.rawset("find_all_string_index", LuaFunctions.of(RegexpMethods::findAllIndex));
    m.rawset(
        "replace_all_string",
        LuaFunctions.of(
            a ->
                Builtin.string(
                    re(a).replaceAll(subject(a), Builtin.bytes(Builtin.checkString(a, 3))))));
    m.rawset("split", LuaFunctions.of(RegexpMethods::split));
    m.rawset("num_subexp", LuaFunctions.of(a -> LuaValue.valueOf(re(a).numSubexp())));
    m.rawset("subexp_names", LuaFunctions.of(RegexpMethods::subexpNames));
    m.rawset("string", LuaFunctions.of(a -> LuaValue.valueOf(re(a).source())));
    m.rawset("__tostring", LuaFunctions.of(a -> LuaValue.valueOf(re(a).source())));
    return m;
  }

  private static GoRegexp re(Varargs a) {
    return Builtin.self(a, GoRegexp.class, "text.Regexp");
  }

  private static byte[] subject(Varargs a) {
    return Builtin.bytes(Builtin.checkString(a, 2));
  }

  private static Varargs findString(Varargs a) {
    byte[] s = subject(a);
    int[] m = re(a).match(s, 0);
    // Go returns "" both for no match and for an empty match; the module makes both nil.
    return m == null || m[1] == m[0] ? LuaValue.NIL : Builtin.string(GoRegexp.slice(s, m[0], m[1]));
  }

  private static Varargs findAllString(Varargs a) {
    byte[] s = subject(a);
    LuaTable out = new LuaTable();
    for (int[] m : re(a).all(s, -1)) {
      out.rawset(out.length() + 1, Builtin.string(GoRegexp.slice(s, m[0], m[1])));
    }
    return out;
  }

  private static LuaTable groups(byte[] s, int[] m) {
    LuaTable t = new LuaTable();
    for (int g = 0; g < m.length / 2; g++) {
      t.rawset(
          g + 1,
          m[2 * g] < 0
              ? LuaValue.valueOf("")
              : Builtin.string(GoRegexp.slice(s, m[2 * g], m[2 * g + 1])));
    }
    return t;
  }

  private static Varargs findSubmatch(Varargs a) {
    byte[] s = subject(a);
    int[] m = re(a).match(s, 0);
    return m == null ? LuaValue.NIL : groups(s, m);
  }

  private static Varargs findAllSubmatch(Varargs a) {
    byte[] s = subject(a);
    LuaTable out = new LuaTable();
    for (int[] m : re(a).all(s, -1)) {
      out.rawset(out.length() + 1, groups(s, m));
    }
    return out;
  }

  private static LuaTable span(int[] m) {
    LuaTable t = new LuaTable();
    t.rawset(1, LuaValue.valueOf(m[0] + 1));
    t.rawset(2, LuaValue.valueOf(m[1]));
    return t;
  }

  private static Varargs findIndex(Varargs a) {
    int[] m = re(a).match(subject(a), 0);
    return m == null ? LuaValue.NIL : span(m);
  }

  private static Varargs findAllIndex(Varargs a) {
    List<int[]> all = re(a).all(subject(a), -1);
    if (all.isEmpty()) {
      return LuaValue.NIL;
    }
    LuaTable out = new LuaTable();
    for (int[] m : all) {
      out.rawset(out.length() + 1, span(m));
    }
    return out;
  }

  private static Varargs split(Varargs a) {
    int n = (int) a.optdouble(3, -1);
    LuaTable out = new LuaTable();
    for (byte[] part : re(a).split(subject(a), n)) {
      out.rawset(out.length() + 1, Builtin.string(part));
    }
    return out;
  }

  private static Varargs subexpNames(Varargs a) {
    LuaTable out = new LuaTable();
    for (String name : re(a).subexpNames()) {
      out.rawset(out.length() + 1, LuaValue.valueOf(name));
    }
    return out;
  }
}
