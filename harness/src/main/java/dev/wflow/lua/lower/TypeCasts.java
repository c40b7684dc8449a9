package dev.wflow.lua.lower;

import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * Wippy's callable types: {@code string(v)}, {@code integer(v)}, {@code number(v)}, {@code
 * boolean(v)} return the value converted to that type, or {@code nil, message} when it cannot be.
 */
final class TypeCasts {
  private TypeCasts() {}

  static void register(LuaTable ops) {
    ops.rawset("string", cast(TypeCasts::toStringValue, "string"));
    ops.rawset("integer", cast(TypeCasts::toInteger, "integer"));
    ops.rawset("number", cast(TypeCasts::toNumber, "number"));
    ops.rawset("boolean", cast(v -> v.isboolean() ? v : LuaValue.NIL, "boolean"));
  }

  interface Conversion {
    /** The converted value, or nil when {@code v} does not convert. */
    LuaValue apply(LuaValue v);
  }

  private static LuaValue cast(Conversion conversion, String typeName) {
    return new VarArgFunction() {
      @Override
      public Varargs invoke(Varargs args) {
        LuaValue v = args.arg1();
        LuaValue converted = conversion.apply(v);
        if (!converted.isnil()) {
          return converted;
        }
        String why =
            typeName.equals("integer") && v.type() == LuaValue.TNUMBER
                ? "number has no integer representation"
                : "expected " + typeName + ", got " + v.typename();
        return LuaValue.varargsOf(LuaValue.NIL, LuaValue.valueOf(why));
      }
    };
  }

  private static LuaValue toStringValue(LuaValue v) {
    if (v.type() == LuaValue.TSTRING) {
      return v;
    }
    if (v.type() == LuaValue.TNUMBER) {
      return v.tostring();
    }
    LuaValue meta = v.metatag(LuaValue.valueOf("__tostring"));
    return meta.isnil() ? LuaValue.NIL : meta.call(v);
  }

  private static LuaValue toNumber(LuaValue v) {
    if (v.type() == LuaValue.TNUMBER) {
      return v;
    }
    return v.type() == LuaValue.TSTRING ? v.tonumber() : LuaValue.NIL;
  }

  private static LuaValue toInteger(LuaValue v) {
    LuaValue n = toNumber(v);
    if (n.isnil() || !Lua53Integers.isInteger(n)) {
      return LuaValue.NIL;
    }
    return Lua53Integers.valueOf((long) n.todouble());
  }
}
