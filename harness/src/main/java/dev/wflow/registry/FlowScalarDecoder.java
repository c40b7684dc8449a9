package dev.wflow.registry;

import java.util.List;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;

/**
 * Decodes a flow scalar from the file's text the way YAML does (escapes, {@code ''}, folding of
 * line breaks) while recording the file position every decoded character came from. Positions of
 * characters that have no single source (a folded line break) are those of the break.
 */
final class FlowScalarDecoder {

  private final List<String> yaml;
  private final ScalarStyle style;
  private final StringBuilder out = new StringBuilder();
  private int[] lines = new int[16];
  private int[] columns = new int[16];
  private int line;
  private int column;

  FlowScalarDecoder(List<String> yaml, int line, int column, ScalarStyle style) {
    this.yaml = yaml;
    this.style = style;
    this.line = line;
    this.column = style == ScalarStyle.PLAIN ? column : column + 1;
  }

  FlowScalarPositions result() {
    int n = out.length();
    int[] l = java.util.Arrays.copyOf(lines, Math.max(1, n + 1));
    int[] c = java.util.Arrays.copyOf(columns, Math.max(1, n + 1));
    // One past the end: where Lua's "near <eof>" points.
    l[n] = line;
    c[n] = column;
    return FlowScalarPositions.of(out.toString(), l, c);
  }

  /** False when the text does not look like the scalar (then no positions are used). */
  boolean decode(int length) {
    while (line < yaml.size() && out.length() <= length) {
      String raw = yaml.get(line);
      if (column >= raw.length()) {
        if (style == ScalarStyle.PLAIN && out.length() == length) {
          return true;
        }
        fold();
        continue;
      }
      char c = raw.charAt(column);
      if (style == ScalarStyle.DOUBLE_QUOTED && c == '"'
          || style == ScalarStyle.SINGLE_QUOTED && c == '\'' && !next(raw, '\'')) {
        return true;
      }
      if (style == ScalarStyle.PLAIN && out.length() == length) {
        return true;
      }
      if (style == ScalarStyle.SINGLE_QUOTED && c == '\'') {
        emit('\'', line, column);
        column += 2;
      } else if (style == ScalarStyle.DOUBLE_QUOTED && c == '\\') {
        if (!escape(raw)) {
          return false;
        }
      } else {
        emit(c, line, column++);
      }
    }
    return style == ScalarStyle.PLAIN && out.length() == length;
  }

  private boolean next(String raw, char c) {
    return column + 1 < raw.length() && raw.charAt(column + 1) == c;
  }

  /** A line break inside the scalar: one space, or one newline per empty line that follows. */
  private void fold() {
    int breakLine = line;
    int breakColumn = column;
    trimTrailingSpaces();
    line++;
    int empty = 0;
    while (line < yaml.size() && yaml.get(line).isBlank()) {
      empty++;
      line++;
    }
    for (int i = 0; i < empty; i++) {
      emit('\n', breakLine, breakColumn);
    }
    if (empty == 0) {
      emit(' ', breakLine, breakColumn);
    }
    column = line < yaml.size() ? indent(yaml.get(line)) : 0;
  }

  private void trimTrailingSpaces() {
    while (out.length() > 0
        && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\t')
        && lines[out.length() - 1] == line) {
      out.setLength(out.length() - 1);
    }
  }

  private boolean escape(String raw) {
    int at = column;
    if (column + 1 >= raw.length()) { // an escaped line break: nothing is emitted
      line++;
      column = line < yaml.size() ? indent(yaml.get(line)) : 0;
      return true;
    }
    char e = raw.charAt(column + 1);
    int hex = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (hex > 0) {
      if (column + 2 + hex > raw.length()) {
        return false;
      }
      int cp;
      try {
        cp = Integer.parseUnsignedInt(raw.substring(column + 2, column + 2 + hex), 16);
      } catch (NumberFormatException notHex) {
        return false; // not the text SnakeYAML read: give up, positions fall back
      }
      if (!Character.isValidCodePoint(cp)) {
        return false;
      }
      for (char ch : Character.toChars(cp)) {
        emit(ch, line, at);
      }
      column += 2 + hex;
      return true;
    }
    String simple = "0abtnvfre \"/\\N_LP\t";
    String value = "\0\u0007\b\t\n\u000b\f\r\u001b \"/\\\u0085\u00a0\u2028\u2029\t";
    int i = simple.indexOf(e);
    if (i < 0) {
      return false;
    }
    emit(value.charAt(i), line, at);
    column += 2;
    return true;
  }

  private static int indent(String raw) {
    int i = 0;
    while (i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private void emit(char c, int fromLine, int fromColumn) {
    int n = out.length();
    if (n + 1 >= lines.length) {
      lines = java.util.Arrays.copyOf(lines, lines.length * 2);
      columns = java.util.Arrays.copyOf(columns, columns.length * 2);
    }
    out.append(c);
    lines[n] = fromLine;
    columns[n] = fromColumn;
  }
}
