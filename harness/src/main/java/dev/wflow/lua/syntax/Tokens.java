package dev.wflow.lua.syntax;

import java.util.Arrays;

/**
 * The token stream of one source, stored column-wise in parallel arrays so the lexer allocates
 * almost nothing per token and the parser can look ahead freely.
 */
final class Tokens {
  TokenKind[] kinds;
  int[] lines;
  int[] columns;
  int[] endLines;
  int[] endColumns;
  int[] starts;
  int[] ends;

  /** Names: the identifier; strings: the decoded value; numbers: the literal text. */
  String[] values;

  int size;

  Tokens(int capacity) {
    kinds = new TokenKind[capacity];
    lines = new int[capacity];
    columns = new int[capacity];
    endLines = new int[capacity];
    endColumns = new int[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    values = new String[capacity];
  }

  void add(
      TokenKind kind, int start, int end, int line, int col, int endLine, int endCol, String v) {
    if (size == kinds.length) {
      grow();
    }
    kinds[size] = kind;
    starts[size] = start;
    ends[size] = end;
    lines[size] = line;
    columns[size] = col;
    endLines[size] = endLine;
    endColumns[size] = endCol;
    values[size] = v;
    size++;
  }

  private void grow() {
    int n = kinds.length * 2;
    kinds = Arrays.copyOf(kinds, n);
    lines = Arrays.copyOf(lines, n);
    columns = Arrays.copyOf(columns, n);
    endLines = Arrays.copyOf(endLines, n);
    endColumns = Arrays.copyOf(endColumns, n);
    starts = Arrays.copyOf(starts, n);
    ends = Arrays.copyOf(ends, n);
    values = Arrays.copyOf(values, n);
  }

  Span span(int i) {
    return new Span(lines[i], columns[i], endLines[i], endColumns[i]);
  }

  /**
   * Splits the two-character token {@code >>} or {@code >=} at {@code i} into {@code >} and the
   * rest, which is how {@code Box<Array<T>>} closes two generic lists.
   */
  void splitFirstChar(int i, TokenKind first, TokenKind rest) {
    if (size == kinds.length) {
      grow();
    }
    int tail = size - i - 1;
    System.arraycopy(kinds, i + 1, kinds, i + 2, tail);
    System.arraycopy(lines, i + 1, lines, i + 2, tail);
    System.arraycopy(columns, i + 1, columns, i + 2, tail);
    System.arraycopy(endLines, i + 1, endLines, i + 2, tail);
    System.arraycopy(endColumns, i + 1, endColumns, i + 2, tail);
    System.arraycopy(starts, i + 1, starts, i + 2, tail);
    System.arraycopy(ends, i + 1, ends, i + 2, tail);
    System.arraycopy(values, i + 1, values, i + 2, tail);
    size++;
    kinds[i] = first;
    kinds[i + 1] = rest;
    ends[i] = starts[i] + 1;
    starts[i + 1] = starts[i] + 1;
    ends[i + 1] = starts[i] + 2;
    lines[i + 1] = lines[i];
    endLines[i] = lines[i];
    columns[i + 1] = columns[i] + 1;
    endColumns[i] = columns[i];
    endLines[i + 1] = lines[i];
    endColumns[i + 1] = columns[i] + 1;
    values[i + 1] = null;
  }
}
