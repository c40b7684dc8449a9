package dev.wflow.lua.lower;

import java.util.Arrays;

/**
 * Maps the parser's line/column positions back to offsets in the source text, counting line breaks
 * exactly as the lexer does ({@code \n}, {@code \r}, {@code \r\n}, {@code \n\r}).
 */
final class SourceLines {
  private final String source;
  private int[] starts = new int[64];
  private int count;

  SourceLines(String source) {
    this.source = source;
    add(0);
    int n = source.length();
    for (int i = 0; i < n; i++) {
      char c = source.charAt(i);
      if (c == '\n' || c == '\r') {
        if (i + 1 < n
            && (source.charAt(i + 1) == '\n' || source.charAt(i + 1) == '\r')
            && source.charAt(i + 1) != c) {
          i++;
        }
        add(i + 1);
      }
    }
  }

  private void add(int offset) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
    }
    starts[count++] = offset;
  }

  int offset(int line, int column) {
    return starts[Math.min(line, count) - 1] + column - 1;
  }

  /** The source text from {@code line:column} to {@code endLine:endColumn} inclusive. */
  String text(int line, int column, int endLine, int endColumn) {
    return source.substring(
        offset(line, column), Math.min(source.length(), offset(endLine, endColumn) + 1));
  }
}
