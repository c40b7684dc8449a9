package dev.wflow.testing.lua;

import static dev.wflow.testing.lua.LuaValues.message;

import dev.wflow.runtime.LuaFunctions;
import java.util.function.Function;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The assertions of {@code wippy/test}, as its {@code test.lua} defines them: the same names,
 * comparisons, return values and messages ({@code "<msg or 'assertion failed'>: expected 2, got
 * 3"}, values shown by {@link ValueText}). {@code eq}/{@code neq} use Lua's {@code ==}: tables are
 * compared by reference (or their {@code __eq}), and a number never equals a string. {@code
 * contains} and {@code matches} take strings only. What wflow adds never changes a verdict: a table
 * mismatch carries both sides for a diff, and {@code eq} on two equal-looking tables says why it
 * failed.
 */
final class Assertions {

  private static final String TABLES_BY_REFERENCE =
      "two different tables with the same contents: eq compares tables by reference, as"
          + " wippy/test does";

  private final LuaValue stringFind;
  private final LuaValue stringMatch;

  Assertions(LuaValue stringLibrary) {
    this.stringFind = stringLibrary.get("find");
    this.stringMatch = stringLibrary.get("match");
  }

  void install(LuaTable t) {
    t.set("eq", LuaFunctions.of("test.eq", this::eq));
    t.set("neq", LuaFunctions.of("test.neq", this::neq));
    t.set(
        "ok", check("ok", LuaValue::toboolean, v -> "expected truthy value, got " + text(v), true));
    t.set("fail", LuaFunctions.of("test.fail", Assertions::fail));
    t.set("is_nil", check("is_nil", LuaValue::isnil, v -> "expected nil, got " + text(v), false));
    t.set("not_nil", check("not_nil", v -> !v.isnil(), v -> "expected non-nil value", true));
    t.set("is_true", check("is_true", v -> v == LuaValue.TRUE, v -> got("true", v), false));
    t.set("is_false", check("is_false", v -> v == LuaValue.FALSE, v -> got("false", v), false));
    t.set("is_string", type("is_string", LuaValue.TSTRING, "string"));
    t.set("is_number", type("is_number", LuaValue.TNUMBER, "number"));
    t.set("is_table", type("is_table", LuaValue.TTABLE, "table"));
    t.set("is_function", type("is_function", LuaValue.TFUNCTION, "function"));
    t.set("is_boolean", type("is_boolean", LuaValue.TBOOLEAN, "boolean"));
    t.set("contains", LuaFunctions.of("test.contains", this::contains));
    t.set("matches", LuaFunctions.of("test.matches", this::matches));
    t.set("has_key", LuaFunctions.of("test.has_key", Assertions::hasKey));
    t.set("len", LuaFunctions.of("test.len", Assertions::len));
    t.set("gt", compare("gt", ">"));
    t.set("gte", compare("gte", ">="));
    t.set("lt", compare("lt", "<"));
    t.set("lte", compare("lte", "<="));
    t.set("throws", LuaFunctions.of("test.throws", Assertions::throwsError));
    t.set("has_error", LuaFunctions.of("test.has_error", Assertions::hasError));
    t.set("no_error", LuaFunctions.of("test.no_error", Assertions::noError));
  }

  private Varargs eq(Varargs a) {
    LuaValue actual = a.arg(1);
    LuaValue expected = a.arg(2);
    if (!actual.eq_b(expected)) {
      String text = prefix(a, 3) + ": expected " + text(expected) + ", got " + text(actual);
      if (expected.istable() && actual.istable()) {
        String note = LuaValues.deepEquals(actual, expected) ? TABLES_BY_REFERENCE : null;
        throw new AssertionFailed(text, LuaValues.pretty(expected), LuaValues.pretty(actual), note);
      }
      if (expected.type() == LuaValue.TNUMBER
          && actual.type() == LuaValue.TNUMBER
          && text(expected).equals(text(actual))) {
        // tostring shows 14 digits: 0.1 + 0.2 and 0.3 both read 0.3.
        throw new AssertionFailed(
            text,
            null,
            null,
            "the numbers differ beyond the digits shown: expected "
                + LuaValues.inline(expected)
                + ", got "
                + LuaValues.inline(actual));
      }
      throw new AssertionFailed(text);
    }
    return LuaValue.NONE;
  }

  private Varargs neq(Varargs a) {
    if (a.arg(1).eq_b(a.arg(2))) {
      throw new AssertionFailed(prefix(a, 3) + ": expected not " + text(a.arg(2)));
    }
    return LuaValue.NONE;
  }

  private static Varargs fail(Varargs a) {
    LuaValue m = a.arg1();
    if (!m.isnil() && !m.isstring()) {
      throw new LuaError(m); // error(msg, 2) raises any value as it is
    }
    throw new AssertionFailed(m.isnil() ? "assertion failed" : m.tojstring());
  }

  /** An assertion on one value; {@code returns} says whether it hands the value back. */
  private static LuaValue check(
      String name,
      java.util.function.Predicate<LuaValue> holds,
      Function<LuaValue, String> why,
      boolean returns) {
    return LuaFunctions.of(
        "test." + name,
        a -> {
          if (!holds.test(a.arg1())) {
            throw new AssertionFailed(prefix(a, 2) + ": " + why.apply(a.arg1()));
          }
          return returns ? a.arg1() : LuaValue.NONE;
        });
  }

  private static LuaValue type(String name, int luaType, String typeName) {
    return check(
        name,
        v -> v.type() == luaType,
        v -> "expected " + typeName + ", got " + v.typename(),
        true);
  }

  private static String got(String wanted, LuaValue v) {
    return "expected " + wanted + ", got " + text(v);
  }

  /** {@code string.find(str, substr, 1, true)}: a plain substring of a string, nothing else. */
  private Varargs contains(Varargs a) {
    LuaValue s = a.arg(1);
    if (s.type() != LuaValue.TSTRING
        || !stringFind
            .invoke(LuaValue.varargsOf(new LuaValue[] {s, a.arg(2), LuaValue.ONE, LuaValue.TRUE}))
            .arg1()
            .toboolean()) {
      throw new AssertionFailed(
          prefix(a, 3) + ": expected string to contain '" + LuaValues.tostring(a.arg(2)) + "'");
    }
    return s;
  }

  private Varargs matches(Varargs a) {
    LuaValue s = a.arg(1);
    if (s.type() != LuaValue.TSTRING || !stringMatch.call(s, a.arg(2)).toboolean()) {
      throw new AssertionFailed(
          prefix(a, 3)
              + ": expected string to match pattern '"
              + LuaValues.tostring(a.arg(2))
              + "'");
    }
    return s;
  }

  private static Varargs hasKey(Varargs a) {
    LuaValue t = a.arg(1);
    if (!t.istable()) {
      throw new AssertionFailed(prefix(a, 3) + ": expected table, got " + t.typename());
    }
    LuaValue v = a.arg(2).isnil() ? LuaValue.NIL : t.get(a.arg(2));
    if (v.isnil()) {
      throw new AssertionFailed(
          prefix(a, 3) + ": expected table to have key '" + LuaValues.tostring(a.arg(2)) + "'");
    }
    return v;
  }

  /** {@code #val ~= expected}: the length operator on anything (it raises where Lua's does). */
  private static Varargs len(Varargs a) {
    LuaValue actual = a.arg(1).len();
    if (!actual.eq_b(a.arg(2))) {
      throw new AssertionFailed(
          prefix(a, 3)
              + ": expected length "
              + LuaValues.tostring(a.arg(2))
              + ", got "
              + LuaValues.tostring(actual));
    }
    return LuaValue.NONE;
  }

  /**
   * Lua's own comparison: comparing a number with a string raises, as on the platform. {@code a >
   * b} is {@code b < a} to the Lua VM, so the operands are tried in that order and a bad pair
   * raises the VM's own message.
   */
  private static LuaValue compare(String name, String op) {
    return LuaFunctions.of(
        "test." + name,
        a -> {
          LuaValue x = a.arg(1);
          LuaValue y = a.arg(2);
          boolean holds =
              switch (op) {
                case ">" -> y.lt_b(x);
                case ">=" -> y.lteq_b(x);
                case "<" -> x.lt_b(y);
                default -> x.lteq_b(y);
              };
          if (!holds) {
            throw new AssertionFailed(
                prefix(a, 3) + ": expected " + text(x) + " " + op + " " + text(y));
          }
          return LuaValue.NONE;
        });
  }

  private static Varargs throwsError(Varargs a) {
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

  private static Varargs hasError(Varargs a) {
    String prefix = message(a, 3, "has_error failed");
    if (!a.arg(1).isnil()) {
      throw new AssertionFailed(prefix + ": expected nil result, got " + text(a.arg(1)));
    }
    if (a.arg(2).isnil()) {
      throw new AssertionFailed(prefix + ": expected error, got nil");
    }
    return LuaValue.NONE;
  }

  private static Varargs noError(Varargs a) {
    if (!a.arg(2).isnil()) {
      throw new AssertionFailed(
          message(a, 3, "no_error failed") + ": unexpected error: " + LuaValues.tostring(a.arg(2)));
    }
    return LuaValue.NONE;
  }

  private static String text(LuaValue v) {
    return ValueText.of(v);
  }

  private static String prefix(Varargs a, int index) {
    return message(a, index, "assertion failed");
  }
}
