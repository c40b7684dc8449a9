package dev.wflow.lua.lower;

/**
 * Accumulates lowered Lua text while keeping every token on the line it came from: before a token
 * the writer inserts line breaks until it reaches the token's original line. Tokens are always
 * separated by a space, so no two can fuse ({@code - -x} never becomes a comment).
 */
final class SourceWriter {
  private final StringBuilder out;
  private int line = 1;
  private boolean lineEmpty = true;

  SourceWriter(int sizeHint) {
    out = new StringBuilder(sizeHint + sizeHint / 4 + 64);
  }

  /** Moves to {@code target} (never backwards: later tokens simply stay on the current line). */
  void at(int target) {
    while (line < target) {
      out.append('\n');
      line++;
      lineEmpty = true;
    }
  }

  void token(String text) {
    if (!lineEmpty) {
      out.append(' ');
    }
    out.append(text);
    lineEmpty = false;
  }

  void token(int atLine, String text) {
    at(atLine);
    token(text);
  }

  /** A token spanning lines (a long string); the writer ends up on {@code endLine}. */
  void multiline(String text, int endLine) {
    token(text);
    line = Math.max(line, endLine);
  }

  String text() {
    return out.toString();
  }
}
