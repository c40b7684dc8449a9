package dev.wflow.runtime;

/**
 * Lua code ran too long without yielding. An {@link Error}, not a {@code LuaError}, so that neither
 * {@code pcall} nor LuaJ's own handlers can swallow it: it always ends the run.
 */
public final class RunawayLuaError extends Error {
  private static final long serialVersionUID = 1L;

  private final String where;

  public RunawayLuaError(String message, String where) {
    super(message, null, false, false);
    this.where = where;
  }

  /** The Lua {@code file:line} that was running. */
  public String where() {
    return where;
  }
}
