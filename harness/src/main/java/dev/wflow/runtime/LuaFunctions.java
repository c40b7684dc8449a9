package dev.wflow.runtime;

import java.util.function.Function;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * Lua functions whose bodies are Java lambdas, so a module reads as a table of small bodies.
 *
 * <pre>{@code
 * module.set("pid", LuaFunctions.of(a -> LuaValue.valueOf(pid)));
 * LuaFunctions.method(run, "signal", a -> signal(a.checkjstring(1), a.arg(2)));
 * }</pre>
 */
public final class LuaFunctions {

  private LuaFunctions() {}

  /** A function running {@code body} on its arguments. */
  public static VarArgFunction of(Function<Varargs, Varargs> body) {
    return new VarArgFunction() {
      @Override
      public Varargs invoke(Varargs args) {
        return body.apply(args);
      }
    };
  }

  /**
   * A function that {@code tostring} shows as {@code function: NAME}, so a message about a value
   * can say which built-in it is.
   */
  public static VarArgFunction of(String name, Function<Varargs, Varargs> body) {
    return new VarArgFunction() {
      @Override
      public Varargs invoke(Varargs args) {
        return body.apply(args);
      }

      @Override
      public String tojstring() {
        return "function: " + name;
      }
    };
  }

  /**
   * A method on {@code object}: {@code body} gets the arguments after {@code self}, whether Lua
   * calls it with a colon or a dot.
   */
  public static void method(LuaTable object, String name, Function<Varargs, Varargs> body) {
    object.set(name, of(a -> body.apply(a.arg1() == object ? a.subargs(2) : a)));
  }

  /** A function returning nothing. */
  public static LuaValue procedure(java.util.function.Consumer<Varargs> body) {
    return of(
        a -> {
          body.accept(a);
          return LuaValue.NONE;
        });
  }

  /** A named function ({@link #of(String, Function)}) returning nothing. */
  public static LuaValue procedure(String name, java.util.function.Consumer<Varargs> body) {
    return of(
        name,
        a -> {
          body.accept(a);
          return LuaValue.NONE;
        });
  }
}
