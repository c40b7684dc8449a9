package dev.wflow.lua.lower;

import org.luaj.vm2.LuaDouble;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaInteger;
import org.luaj.vm2.LuaValue;

/**
 * How Lua 5.3's integer subtype maps onto LuaJ's values. LuaJ has only int-sized integers and
 * doubles, and stores every integral double as an int; so a number counts as a 5.3 integer when its
 * value is integral and inside the 64-bit range, and as a float otherwise. Results outside the int
 * range come back as doubles (exact up to 2^53).
 */
final class Lua53Integers {
  private static final double TWO_63 = 9.223372036854775807E18;

  private Lua53Integers() {}

  /** True when {@code v} is a number LuaJ holds as an int, or an integral double in range. */
  static boolean isInteger(LuaValue v) {
    if (v instanceof LuaInteger) {
      return true;
    }
    if (v instanceof LuaDouble) {
      double d = v.todouble();
      return d == Math.rint(d) && d >= -TWO_63 && d < TWO_63;
    }
    return false;
  }

  static LuaValue valueOf(long l) {
    return LuaInteger.valueOf(l);
  }

  /**
   * The operand of a bitwise operator as a 64-bit integer: numbers (and numeric strings) with an
   * exact integer value; anything else is Lua 5.3's error.
   */
  static long toBitwiseInteger(LuaValue v) {
    LuaValue n = v.isnumber() ? v.tonumber() : LuaValue.NIL;
    if (n.isnil()) {
      throw new LuaError("attempt to perform bitwise operation on a " + v.typename() + " value");
    }
    if (n instanceof LuaInteger) {
      return n.tolong();
    }
    double d = n.todouble();
    if (d != Math.rint(d) || d < -TWO_63 || d >= TWO_63) {
      throw new LuaError("number has no integer representation");
    }
    return (long) d;
  }

  /** An arithmetic operand: a number, or a string convertible to one. */
  static LuaValue toArithmetic(LuaValue v) {
    LuaValue n = v.isnumber() ? v.tonumber() : LuaValue.NIL;
    if (n.isnil()) {
      throw new LuaError("attempt to perform arithmetic on a " + v.typename() + " value");
    }
    return n;
  }
}
