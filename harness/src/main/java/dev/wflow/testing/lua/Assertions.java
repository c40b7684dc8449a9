package dev.wflow.testing.lua;

import static dev.wflow.testing.lua.LuaValues.inline;
import static dev.wflow.testing.lua.LuaValues.message;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The assertions of {@code wippy/test}. Each takes an optional trailing message that replaces the
 * default prefix {@code "assertion failed"}, and fails with the platform's wording ({@code "<msg>:
 * expected 2, got 3"}). Unlike the platform, {@code eq}/{@code neq} compare tables deeply (a test
 * that passes on Wippy still passes) and a table mismatch carries both sides for a diff.
 */
final class Assertions {

  private final LuaValue stringMatch;

  Assertions(LuaValue stringMatch) {
    this.stringMatch = stringMatch;
  }

  void install(LuaTable t) {
    t.set("eq", LuaFunctions.of("eq", this::eq));
    t.set("neq", LuaFunctions.of("neq", this::neq));
    t.set("ok", LuaFunctions.of("ok", this::ok));
    t.set("fail", LuaFunctions.of("fail", a -> fail(message(a, 1, "assertion failed"))));
    t.set("is_nil", check("is_nil", (v, a) -> v.isnil(), v -> "expected nil, got " + inline(v)));
    t.set("not_nil", check("not_nil", (v, a) -> !v.isnil(), v -> "expected non-nil value"));
    t.set("is_true", check("is_true", (v, a) -> v == LuaValue.TRUE, v -> got("true", v)));
    t.set("is_false", check("is_false", (v, a) -> v == LuaValue.FALSE, v -> got("false", v)));
    t.set("is_string", type("is_string", LuaValue.TSTRING, "string"));
    t.set("is_number", type("is_number", LuaValue.TNUMBER, "number"));
    t.set("is_table", type("is_table", LuaValue.TTABLE, "table"));
    t.set("is_function", type("is_function", LuaValue.TFUNCTION, "function"));
    t.set("is_boolean", type("is_boolean", LuaValue.TBOOLEAN, "boolean"));
    t.set("contains", LuaFunctions.of("contains", this::contains));
    t.set("matches", LuaFunctions.of("matches", this::matches));
    t.set("has_key", LuaFunctions.of("has_key", this::hasKey));
    t.set("len", LuaFunctions.of("len", this::len));
    t.set("gt", compare("gt", ">"));
    t.set("gte", compare("gte", ">="));
    t.set("lt", compare("lt", "<"));
    t.set("lte", compare("lte", "<="));
    t.set("throws", LuaFunctions.of("throws", this::throwsError));
    t.set("has_error", LuaFunctions.of("has_error", this::hasError));
    t.set("no_error", LuaFunctions.of("no_error", this::noError));
  }

  private Varargs eq(Varargs a) {
    LuaValue actual = a.arg(1);
    LuaValue expected = a.arg(2);
    if (!LuaValues.deepEquals(actual, expected)) {
      String text = prefix(a, 3) + ": expected " + inline(expected) + ", got " + inline(actual);
      if (LuaValues.worthDiffing(expected, actual)) {
        throw new AssertionFailed(text, LuaValues.pretty(expected), LuaValues.pretty(actual));
      }
      throw new AssertionFailed(text);
    }
    return LuaValue.NONE;
  }

  private Varargs neq(Varargs a) {
    if (LuaValues.deepEquals(a.arg(1), a.arg(2))) {
      throw new AssertionFailed(prefix(a, 3) + ": expected not " + inline(a.arg(2)));
    }
    return LuaValue.NONE;
  }

  private Varargs ok(Varargs a) {
    if (!a.arg1().toboolean()) {
      throw new AssertionFailed(prefix(a, 2) + ": expected truthy value, got " + inline(a.arg1()));
    }
    return a.arg1();
  }

  private static Varargs fail(String text) {
    throw new AssertionFailed(text);
  }

  private interface Condition {
    boolean holds(LuaValue v, Varargs all);
  }

  private static LuaValue check(
      String name, Condition condition, java.util.function.Function<LuaValue, String> why) {
    return LuaFunctions.of(
        name,
        a -> {
          if (!condition.holds(a.arg1(), a)) {
            throw new AssertionFailed(prefix(a, 2) + ": " + why.apply(a.arg1()));
          }
          return a.arg1();
        });
  }

  private static LuaValue type(String name, int luaType, String typeName) {
    return check(
        name, (v, a) -> v.type() == luaType, v -> "expected " + typeName + ", got " + v.typename());
  }

  private static String got(String wanted, LuaValue v) {
    return "expected " + wanted + ", got " + inline(v);
  }

  private Varargs contains(Varargs a) {
    LuaValue haystack = a.arg(1);
    LuaValue needle = a.arg(2);
    boolean found;
    if (haystack.istable()) {
      found = false;
      LuaTable t = (LuaTable) haystack;
      for (LuaValue k : t.keys()) {
        found |= LuaValues.deepEquals(t.rawget(k), needle);
      }
    } else {
      found =
          haystack.type() == LuaValue.TSTRING
              && haystack.tojstring().contains(LuaValues.tostring(needle));
    }
    if (!found) {
      String what = haystack.istable() ? "table" : "string";
      throw new AssertionFailed(
          prefix(a, 3)
              + ": expected "
              + what
              + " to contain "
              + (haystack.istable() ? inline(needle) : "'" + LuaValues.tostring(needle) + "'")
              + ", got "
              + inline(haystack));
    }
    return haystack;
  }

  private Varargs matches(Varargs a) {
    LuaValue s = a.arg(1);
    if (s.type() != LuaValue.TSTRING || stringMatch.call(s, a.arg(2)).isnil()) {
      throw new AssertionFailed(
          prefix(a, 3)
              + ": expected string to match pattern '"
              + LuaValues.tostring(a.arg(2))
              + "', got "
              + inline(s));
    }
    return s;
  }

  private Varargs hasKey(Varargs a) {
    LuaValue t = a.arg(1);
    if (!t.istable()) {
      throw new AssertionFailed(prefix(a, 3) + ": expected table, got " + t.typename());
    }
    LuaValue v = t.get(a.arg(2));
    if (v.isnil()) {
      throw new AssertionFailed(
          prefix(a, 3) + ": expected table to have key '" + LuaValues.tostring(a.arg(2)) + "'");
    }
    return v;
  }

  private Varargs len(Varargs a) {
    LuaValue v = a.arg(1);
    if (!v.istable() && !v.isstring()) {
      throw new AssertionFailed(prefix(a, 3) + ": expected table or string, got " + v.typename());
    }
    int actual = v.len().toint();
    if (actual != a.arg(2).toint()) {
      throw new AssertionFailed(
          prefix(a, 3) + ": expected length " + inline(a.arg(2)) + ", got " + actual);
    }
    return LuaValue.NONE;
  }

  private static LuaValue compare(String name, String op) {
    return LuaFunctions.of(
        name,
        a -> {
          LuaValue x = a.arg(1);
          LuaValue y = a.arg(2);
          boolean holds =
              switch (op) {
                case ">" -> x.gt_b(y);
                case ">=" -> x.gteq_b(y);
                case "<" -> x.lt_b(y);
                default -> x.lteq_b(y);
              };
          if (!holds) {
            throw new AssertionFailed(
                prefix(a, 3) + ": expected " + inline(x) + " " + op + " " + inline(y));
          }
          return LuaValue.NONE;
        });
  }

  private Varargs throwsError(Varargs a) {
    try {
      a.arg1().call();
    } catch (TestTimedOut e) {
      throw e;
    } catch (LuaError e) {
      LuaValue object = e.getMessageObject();
      return object == null ? LuaValue.NIL : object;
    }
    throw new AssertionFailed(message(a, 2, "throws failed") + ": expected function to throw");
  }

  private Varargs hasError(Varargs a) {
    String prefix = message(a, 3, "has_error failed");
    if (!a.arg(1).isnil()) {
      throw new AssertionFailed(prefix + ": expected nil result, got " + inline(a.arg(1)));
    }
    if (a.arg(2).isnil()) {
      throw new AssertionFailed(prefix + ": expected error, got nil");
    }
    return a.arg(2);
  }

  private Varargs noError(Varargs a) {
    if (!a.arg(2).isnil()) {
      throw new AssertionFailed(
          message(a, 3, "no_error failed") + ": unexpected error: " + LuaValues.tostring(a.arg(2)));
    }
    return a.arg(1);
  }

  private static String prefix(Varargs a, int index) {
    return message(a, index, "assertion failed");
  }
}
