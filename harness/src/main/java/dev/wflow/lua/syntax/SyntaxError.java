package dev.wflow.lua.syntax;

/**
 * Unwinds the parser to the nearest recovery point after a syntax error has been recorded. It never
 * leaves the package: {@link LuaParser} turns every error into a diagnostic.
 */
final class SyntaxError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SyntaxError() {
    super(null, null, false, false);
  }
}
