package dev.wflow.runtime;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The pieces every module written in Java is made of (functions are {@link LuaFunctions#of}): the
 * platform's {@code nil, err} results, byte strings, and objects (userdata) whose methods live in
 * one metatable per type, the way the runtime registers a type's methods once.
 *
 * <pre>{@code
 * LuaTable meta = Builtin.type("text.Regexp", methods); // methods: name -> function
 * LuaValue re = Builtin.object(pattern, meta);          // re:match_string("x")
 * Pattern p = Builtin.self(args, Pattern.class, "text.Regexp");
 * }</pre>
 */
public final class Builtin {

  private Builtin() {}

  /** {@code nil, err} with a non-retryable error of {@code kind}. */
  public static Varargs failure(String kind, String message) {
    return StandardModules.failure(kind, message);
  }

  /** {@code value, nil}: the success half of the platform's convention. */
  public static Varargs success(LuaValue value) {
    return LuaValue.varargsOf(value, LuaValue.NIL);
  }

  /** The raw bytes of a Lua string. */
  public static byte[] bytes(LuaString s) {
    byte[] out = new byte[s.rawlen()];
    s.copyInto(0, out, 0, out.length);
    return out;
  }

  /** A Lua string holding exactly {@code bytes}. */
  public static LuaString string(byte[] bytes) {
    return LuaString.valueOf(bytes);
  }

  /**
   * A metatable for objects of one type: {@code __index} is the method table, {@code __name} the
   * type's name and {@code __tostring} gives {@code name: identity} unless the methods define one.
   */
  public static LuaTable type(String name, LuaTable methods) {
    LuaTable meta = new LuaTable();
    meta.rawset("__index", methods);
    meta.rawset("__name", LuaValue.valueOf(name));
    meta.rawset("__metatable", LuaValue.FALSE);
    LuaValue custom = methods.rawget("__tostring");
    meta.rawset(
        "__tostring",
        custom.isnil()
            ? LuaFunctions.of(
                a -> LuaValue.valueOf(name + ": " + Integer.toHexString(a.arg1().hashCode())))
            : custom);
    return meta;
  }

  /** An object of a type made by {@link #type}. */
  public static LuaUserdata object(Object value, LuaTable meta) {
    return new LuaUserdata(value, meta);
  }

  /** The receiver of a method call, or a Lua error naming the expected type. */
  public static <T> T self(Varargs args, Class<T> type, String typeName) {
    LuaValue v = args.arg1();
    if (v instanceof LuaUserdata u && type.isInstance(u.userdata())) {
      return type.cast(u.userdata());
    }
    throw new LuaError("bad argument #1 (expected " + typeName + ", got " + v.typename() + ")");
  }

  /** A string argument or a Lua error in the platform's wording. */
  public static LuaString checkString(Varargs args, int i) {
    LuaValue v = args.arg(i);
    if (v.type() != LuaValue.TSTRING && v.type() != LuaValue.TNUMBER) {
      throw new LuaError("bad argument #" + i + " (string expected, got " + v.typename() + ")");
    }
    return v.checkstring();
  }
}
