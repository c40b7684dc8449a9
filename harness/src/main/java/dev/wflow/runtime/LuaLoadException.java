package dev.wflow.runtime;

import dev.wflow.diagnostic.Diagnostic;
import java.util.List;

/**
 * A Lua entry could not be loaded: syntax error, failing chunk, missing method or import. The
 * message starts with the position ({@code src/order.lua:3:5: ...}); syntax errors also carry their
 * diagnostics.
 */
public final class LuaLoadException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String chunkName;
  private final transient List<Diagnostic> diagnostics;

  public LuaLoadException(String chunkName, String message) {
    super(message);
    this.chunkName = chunkName;
    this.diagnostics = List.of();
  }

  /** A syntax error: the message is the first diagnostic's headline. */
  public LuaLoadException(String chunkName, List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? chunkName + ": syntax error" : diagnostics.get(0).headline());
    this.chunkName = chunkName;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The file (chunk name) the problem is in. */
  public String chunkName() {
    return chunkName;
  }

  /** The syntax diagnostics, empty for other problems. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
