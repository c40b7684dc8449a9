package dev.wflow.lua.lower;

import dev.wflow.diagnostic.Diagnostic;
import java.util.List;

/**
 * A Wippy-dialect chunk could not be loaded: its syntax errors, each a positioned P0001 {@link
 * Diagnostic}.
 */
public final class DialectSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public DialectSyntaxException(List<Diagnostic> diagnostics) {
    super(
        diagnostics.isEmpty() ? "syntax error" : diagnostics.get(0).headline(), null, false, false);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
