package dev.wflow.scaffold;

import java.util.ArrayList;
import java.util.List;

/**
 * A text as lines that keep their own terminators, so joining them gives back the text byte for
 * byte; lines are counted the way SnakeYAML counts them ({@code \r\n}, {@code \n} or {@code \r}).
 */
final class TextLines {

  final List<String> lines = new ArrayList<>();
  final String eol;

  TextLines(String text) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        int end = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        lines.add(text.substring(start, end));
        start = end;
        i = end - 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    eol = text.contains("\r\n") ? "\r\n" : "\n";
  }

  /** Line {@code i} without its terminator. */
  String content(int i) {
    String line = lines.get(i);
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
      end--;
    }
    return line.substring(0, end);
  }

  boolean isBlank(int i) {
    return content(i).isBlank();
  }

  /** True for a line holding only a comment. */
  boolean isComment(int i) {
    return content(i).stripLeading().startsWith("#");
  }

  int indent(int i) {
    String s = content(i);
    int n = 0;
    while (n < s.length() && s.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  /** The char offset in line {@code i} of code-point column {@code column} (SnakeYAML's). */
  int offset(int i, int column) {
    String s = content(i);
    return s.offsetByCodePoints(0, Math.min(column, s.codePointCount(0, s.length())));
  }

  int size() {
    return lines.size();
  }
}
