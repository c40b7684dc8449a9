package dev.wflow.runtime;

import java.util.List;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;

/**
 * {@code error(message, level)} as Lua has it. LuaJ puts every error at the position of the
 * function that called {@code error}, whatever the level, so a library's {@code error("bad value",
 * 2)} (an assertion of {@code wippy/test}, a validator) pointed into the library instead of at its
 * caller. Here level 2 and up name the caller that many frames out (no position beyond the stack),
 * level 0 adds none; level 1 and non-string values keep LuaJ's own behaviour.
 *
 * <pre>{@code
 * ErrorLevels.install(globals, tracker);
 * }</pre>
 */
public final class ErrorLevels {

  private ErrorLevels() {}

  /** An error whose position was chosen by its level, not by where it was raised. */
  public static final class PositionedError extends LuaError {
    private static final long serialVersionUID = 1L;
    private final String position;
    private final String text;

    PositionedError(String message, String position) {
      super(message);
      this.position = position;
      this.text = position == null ? message : position + ": " + message;
    }

    /** {@code file:line} the level named, or null (level 0, or beyond the stack). */
    public String position() {
      return position;
    }

    @Override
    public String getMessage() {
      // A message handler's result (xpcall) replaces the text, as for any other error.
      return traceback != null ? traceback : text;
    }

    @Override
    public LuaValue getMessageObject() {
      return LuaValue.valueOf(getMessage());
    }
  }

  public static void install(Globals globals, LineTracker tracker) {
    LuaValue luajError = globals.get("error");
    globals.set(
        "error",
        LuaFunctions.of(
            "error",
            a -> {
              LuaValue message = a.arg1();
              int level = a.optint(2, 1);
              if (message.type() != LuaValue.TSTRING || level == 1) {
                return luajError.invoke(a);
              }
              String position = null;
              if (level > 1) {
                List<String> stack = tracker.stack();
                position = level - 1 < stack.size() ? stack.get(level - 1) : null;
              }
              throw new PositionedError(message.tojstring(), position);
            }));
  }
}
