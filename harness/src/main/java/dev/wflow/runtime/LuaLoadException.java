package dev.wflow.runtime;

/** A Lua entry could not be loaded: syntax error, missing method, failed import. */
public final class LuaLoadException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String chunkName;

  public LuaLoadException(String chunkName, String message) {
    super(message);
    this.chunkName = chunkName;
  }

  /** The file (chunk name) the problem is in. */
  public String chunkName() {
    return chunkName;
  }
}
