package dev.wflow.runtime.funcs;

import org.luaj.vm2.LuaValue;

/**
 * How a function call ended: its result as a plain Java value, or an error object.
 *
 * @param value the function's first result (null for nil) when it succeeded
 * @param error the error object ({@link dev.wflow.runtime.WippyError}) when it failed, else null
 */
public record CallOutcome(Object value, LuaValue error) {

  public static CallOutcome success(Object value) {
    return new CallOutcome(value, null);
  }

  public static CallOutcome failure(LuaValue error) {
    return new CallOutcome(null, error);
  }

  public boolean failed() {
    return error != null;
  }
}
