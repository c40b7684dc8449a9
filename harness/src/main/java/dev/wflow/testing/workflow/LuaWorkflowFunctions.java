package dev.wflow.testing.workflow;

import java.util.function.Function;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/** Lua objects whose methods are Java lambdas; {@code obj:m(a)} passes {@code obj} first. */
final class LuaWorkflowFunctions {

  private LuaWorkflowFunctions() {}

  static LuaValue fn(Function<Varargs, Varargs> body) {
    return new VarArgFunction() {
      @Override
      public Varargs invoke(Varargs args) {
        return body.apply(args);
      }
    };
  }

  /** A method: {@code body} gets the arguments after {@code self}. */
  static void method(LuaTable object, String name, Function<Varargs, Varargs> body) {
    object.set(name, fn(a -> body.apply(a.arg1() == object ? a.subargs(2) : a)));
  }
}
