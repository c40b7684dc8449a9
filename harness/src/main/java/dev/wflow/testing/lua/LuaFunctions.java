package dev.wflow.testing.lua;

import java.util.function.Function;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/** Turns Java lambdas into Lua functions, so the test module reads as a table of small bodies. */
final class LuaFunctions {

  private LuaFunctions() {}

  static LuaValue of(String name, Function<Varargs, Varargs> body) {
    return new VarArgFunction() {
      @Override
      public Varargs invoke(Varargs args) {
        return body.apply(args);
      }

      @Override
      public String tojstring() {
        return "function: test." + name;
      }
    };
  }

  /** A function whose result is always {@code nothing}. */
  static LuaValue procedure(String name, java.util.function.Consumer<Varargs> body) {
    return of(
        name,
        args -> {
          body.accept(args);
          return LuaValue.NONE;
        });
  }
}
