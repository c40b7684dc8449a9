package dev.wflow.lua.lower;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.OneArgFunction;
import org.luaj.vm2.lib.TwoArgFunction;

/**
 * The Java side of lowered code: Lua 5.3's {@code //}, {@code %}, bitwise operators and Wippy's
 * callable types, which LuaJ (a Lua 5.2) lacks. Lowered chunks reach them through the global table
 * {@value #GLOBAL}; {@link DialectLoader} installs it.
 *
 * <pre>{@code
 * Lua53Operators.install(globals);   // then: __wflow_ops.idiv(7, 2) == 3
 * }</pre>
 */
public final class Lua53Operators {
  /** Name of the global holding the helpers. */
  public static final String GLOBAL = "__wflow_ops";

  private Lua53Operators() {}

  /**
   * Installs the helpers into {@code globals} unless already present; each globals table gets its
   * own helper table, so code in one environment cannot change another's operators.
   */
  public static void install(LuaValue globals) {
    if (globals.rawget(GLOBAL).isnil()) {
      globals.rawset(GLOBAL, build(globals));
    }
  }

  private static LuaTable build(LuaValue globals) {
    LuaTable t = new LuaTable();
    t.rawset("idiv", binary("__idiv", Lua53Operators::idiv));
    t.rawset("fidiv", binary("__idiv", Lua53Operators::floatIdiv));
    t.rawset("mod", binary("__mod", Lua53Operators::mod));
    t.rawset("fmod", binary("__mod", Lua53Operators::floatMod));
    t.rawset("band", bitwise("__band", (a, b) -> a & b));
    t.rawset("bor", bitwise("__bor", (a, b) -> a | b));
    t.rawset("bxor", bitwise("__bxor", (a, b) -> a ^ b));
    t.rawset("shl", bitwise("__shl", Lua53Operators::shiftLeft));
    t.rawset("shr", bitwise("__shr", (a, b) -> shiftLeft(a, -b)));
    t.rawset("bnot", new BitwiseNot());
    TypeCasts.register(t);
    RuntimeTypes.register(t, globals);
    return t;
  }

  interface LongOp {
    long apply(long a, long b);
  }

  interface ValueOp {
    LuaValue apply(LuaValue a, LuaValue b);
  }

  private static LuaValue bitwise(String event, LongOp op) {
    return binary(
        event,
        (a, b) ->
            Lua53Integers.valueOf(
                op.apply(Lua53Integers.toBitwiseInteger(a), Lua53Integers.toBitwiseInteger(b))));
  }

  /** A binary operator that defers to the {@code event} metamethod for non-number operands. */
  private static LuaValue binary(String event, ValueOp op) {
    return new TwoArgFunction() {
      @Override
      public LuaValue call(LuaValue a, LuaValue b) {
        if ((a.isnumber() || a.isstring()) && (b.isnumber() || b.isstring())) {
          return op.apply(a, b);
        }
        LuaValue handler = a.metatag(LuaValue.valueOf(event));
        if (handler.isnil()) {
          handler = b.metatag(LuaValue.valueOf(event));
        }
        if (handler.isnil()) {
          return op.apply(a, b); // raises the 5.3 error for the bad operand
        }
        return handler.call(a, b);
      }
    };
  }

  /** Lua 5.3's {@code a << n}: a logical shift, negative {@code n} shifts right, |n| >= 64 is 0. */
  static long shiftLeft(long a, long n) {
    if (n <= -64 || n >= 64) {
      return 0;
    }
    return n >= 0 ? a << n : a >>> -n;
  }

  /** Floor division: integer when both operands are integers, else float. */
  static LuaValue idiv(LuaValue a, LuaValue b) {
    LuaValue x = Lua53Integers.toArithmetic(a);
    LuaValue y = Lua53Integers.toArithmetic(b);
    if (Lua53Integers.isInteger(x) && Lua53Integers.isInteger(y)) {
      long d = y.tolong();
      if (d == 0) {
        throw new LuaError("attempt to perform 'n//0'");
      }
      return Lua53Integers.valueOf(Math.floorDiv(x.tolong(), d));
    }
    return LuaValue.valueOf(Math.floor(x.todouble() / y.todouble()));
  }

  /** Floor division where an operand is written as a float literal ({@code 7 // 2.0}). */
  static LuaValue floatIdiv(LuaValue a, LuaValue b) {
    LuaValue x = Lua53Integers.toArithmetic(a);
    LuaValue y = Lua53Integers.toArithmetic(b);
    return LuaValue.valueOf(Math.floor(x.todouble() / y.todouble()));
  }

  /** Modulo: integer when both operands are integers (error on 0), else C's fmod adjusted. */
  static LuaValue mod(LuaValue a, LuaValue b) {
    LuaValue x = Lua53Integers.toArithmetic(a);
    LuaValue y = Lua53Integers.toArithmetic(b);
    if (Lua53Integers.isInteger(x) && Lua53Integers.isInteger(y)) {
      long d = y.tolong();
      if (d == 0) {
        throw new LuaError("attempt to perform 'n%%0'");
      }
      return Lua53Integers.valueOf(Math.floorMod(x.tolong(), d));
    }
    return floatMod(x, y);
  }

  /** Lua 5.3's luai_nummod: fmod, then moved to the divisor's sign. */
  static LuaValue floatMod(LuaValue a, LuaValue b) {
    double x = Lua53Integers.toArithmetic(a).todouble();
    double y = Lua53Integers.toArithmetic(b).todouble();
    double m = x % y; // Java's % on doubles is C's fmod
    if (m * y < 0) {
      m += y;
    }
    return LuaValue.valueOf(m);
  }

  private static final class BitwiseNot extends OneArgFunction {
    @Override
    public LuaValue call(LuaValue a) {
      if (!a.isnumber() && !a.isstring()) {
        LuaValue handler = a.metatag(LuaValue.valueOf("__bnot"));
        if (!handler.isnil()) {
          return handler.call(a, a);
        }
      }
      return Lua53Integers.valueOf(~Lua53Integers.toBitwiseInteger(a));
    }
  }
}
