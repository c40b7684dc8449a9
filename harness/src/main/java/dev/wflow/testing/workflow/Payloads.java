package dev.wflow.testing.workflow;

import dev.wflow.runtime.GoDuration;
import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.WippyError;
import dev.wflow.temporal.activity.ActivityAnswer;
import dev.wflow.temporal.history.ErrorInfo;
import dev.wflow.testing.lua.LuaValues;
import java.time.Duration;
import java.util.List;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * Values crossing between a test's Lua code and its workflow runs, in the runtime's forms: JSON
 * values (SPEC §7: payloads travel as JSON), error objects ({@code err:kind()}, {@code
 * tostring(err)}) and durations ({@code "1h30m"} or nanoseconds).
 */
final class Payloads {

  private Payloads() {}

  static Object toJava(LuaValue v) {
    return LuaJson.toJava(v);
  }

  static LuaValue toLua(Object v) {
    return LuaJson.toLua(v);
  }

  static List<Object> args(Varargs a, int from) {
    return LuaJson.toJavaList(a, from);
  }

  /** An error object as Lua code sees it (SPEC §7). */
  static LuaValue error(ErrorInfo e) {
    return WippyError.of(e.kind(), e.message(), e.retryable(), null);
  }

  /**
   * An error object, an {@code {kind, message, retryable}} table or any value, as the failed answer
   * of a mocked activity.
   */
  static ActivityAnswer errorOf(LuaValue v) {
    if (v instanceof WippyError e) {
      return ActivityAnswer.error(e.kind(), e.message(), e.retryable());
    }
    if (v.istable() && v.get("message").isstring()) {
      LuaValue retry = v.get("retryable");
      return ActivityAnswer.error(
          v.get("kind").optjstring(""),
          v.get("message").tojstring(),
          retry.isnil() ? null : retry.toboolean());
    }
    return ActivityAnswer.error("", LuaValues.tostring(v), null);
  }

  /** {@code "1h30m"}, {@code "500ms"} or a number of nanoseconds. */
  static Duration duration(LuaValue v) {
    return GoDuration.fromLua(v, false);
  }
}
