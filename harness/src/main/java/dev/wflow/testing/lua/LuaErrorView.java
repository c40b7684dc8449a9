package dev.wflow.testing.lua;

import java.lang.reflect.Field;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;

/**
 * Reads the message and the Lua {@code file:line} out of any {@link LuaError}. LuaJ keeps the
 * location in a protected field and folds it into {@code getMessage()}; reporting wants the two
 * apart.
 *
 * @param message the error's text ({@code tostring} of an error object)
 * @param location {@code file:line}, or null when unknown
 */
public record LuaErrorView(String message, String location) {

  private static final Field FILELINE = fileline();

  public static LuaErrorView of(LuaError e) {
    if (e instanceof AssertionFailed a) {
      return new LuaErrorView(a.text(), a.location());
    }
    String location =
        e instanceof dev.wflow.runtime.ErrorLevels.PositionedError p ? p.position() : location(e);
    LuaValue object = e.getMessageObject();
    String message;
    if (object != null && object.istable() && !hasToString(object)) {
      // error({code = 42}): show the table, not its address.
      message = "error value " + LuaValues.inline(object);
    } else if (object != null && !object.isstring()) {
      message = LuaValues.tostring(object);
    } else {
      message = e.getMessage() == null ? "error" : firstParagraph(e.getMessage());
      if (location != null && message.startsWith(location + ": ")) {
        message = message.substring(location.length() + 2);
      } else if (location != null && message.startsWith(location + " ")) {
        message = message.substring(location.length() + 1);
      }
    }
    return new LuaErrorView(message, location);
  }

  private static boolean hasToString(LuaValue v) {
    LuaValue mt = v.getmetatable();
    return mt != null && mt.get("__tostring").isfunction();
  }

  /** The message without a traceback a debug hook may have appended. */
  private static String firstParagraph(String text) {
    int tab = text.indexOf("\n\t");
    String m = tab >= 0 ? text.substring(0, tab) : text;
    return m.strip();
  }

  private static String location(LuaError e) {
    try {
      return FILELINE == null ? null : (String) FILELINE.get(e);
    } catch (IllegalAccessException ex) {
      return null;
    }
  }

  private static Field fileline() {
    try {
      Field f = LuaError.class.getDeclaredField("fileline");
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
