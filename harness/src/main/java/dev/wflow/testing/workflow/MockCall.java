package dev.wflow.testing.workflow;

import dev.wflow.testing.lua.LuaErrorView;
import java.util.List;
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
  static ActivityMock.Answer invoke(LuaValue fn, List<Object> args) {
    LuaValue[] luaArgs = new LuaValue[args.size()];
    for (int i = 0; i < luaArgs.length; i++) {
      luaArgs[i] = Payloads.toLua(args.get(i));
    }
    try {
      Varargs r = fn.invoke(LuaValue.varargsOf(luaArgs));
      if (r.arg1().isnil() && !r.arg(2).isnil()) {
        return ActivityMock.Answer.failed(Payloads.errorOf(r.arg(2)));
      }
      return ActivityMock.Answer.of(Payloads.toJava(r.arg1()));
    } catch (LuaError e) {
      LuaErrorView view = LuaErrorView.of(e);
      String where = view.location() == null ? "" : view.location() + ": ";
      return ActivityMock.Answer.failed(
          new ActivityMock.MockError("Internal", "mock raised: " + where + view.message(), false));
    }
  }
}
