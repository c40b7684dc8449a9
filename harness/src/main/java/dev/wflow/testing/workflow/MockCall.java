package dev.wflow.testing.workflow;

import dev.wflow.runtime.LuaJson;
import dev.wflow.temporal.activity.ActivityAnswer;
import dev.wflow.testing.lua.LuaErrorView;
import java.util.List;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/** One call of a Lua mock function, turned into the activity's answer. */
final class MockCall {

  private MockCall() {}

  /**
   * Returns the function's value; {@code nil, err} fails the activity with the error's kind. A mock
   * that raises is a bug in the test: it fails the activity as non-retryable, since Temporal would
   * otherwise retry it forever.
   */
  static ActivityAnswer invoke(LuaValue fn, List<Object> args) {
    LuaValue[] luaArgs = new LuaValue[args.size()];
    for (int i = 0; i < luaArgs.length; i++) {
      luaArgs[i] = Payloads.toLua(args.get(i));
    }
    Varargs r;
    try {
      r = fn.invoke(LuaValue.varargsOf(luaArgs));
    } catch (LuaError e) {
      LuaErrorView view = LuaErrorView.of(e);
      String where = view.location() == null ? "" : view.location() + ": ";
      return ActivityAnswer.error("Internal", "mock raised: " + where + view.message(), false);
    }
    if (r.arg1().isnil() && !r.arg(2).isnil()) {
      return Payloads.errorOf(r.arg(2));
    }
    try {
      return ActivityAnswer.value(LuaJson.toJava(r.arg1(), "its result"));
    } catch (LuaError e) {
      // Activity results travel as JSON (SPEC §7): a function or coroutine cannot be one.
      return ActivityAnswer.error(
          "Internal",
          "the mock function" + definedAt(fn) + " returned no JSON value: " + e.getMessage(),
          false);
    }
  }

  private static String definedAt(LuaValue fn) {
    if (fn instanceof LuaClosure c && c.p.source != null) {
      String source = c.p.source.tojstring();
      return " at "
          + (source.startsWith("@") ? source.substring(1) : source)
          + ":"
          + c.p.linedefined;
    }
    return "";
  }
}
