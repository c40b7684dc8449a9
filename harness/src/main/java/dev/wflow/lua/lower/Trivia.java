package dev.wflow.lua.lower;

import dev.wflow.lua.syntax.Comment;
import dev.wflow.lua.syntax.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the tokens the AST has no node for (a binary operator, the colon of a return type, the
 * {@code >} closing generic parameters) by stepping over whitespace and comments from a known
 * position.
 */
final class Trivia {
  private final String source;
  private final SourceLines lines;
  private final Map<Integer, Integer> commentEndByStart = new HashMap<>();
  private final Map<Integer, Integer> commentStartByEnd = new HashMap<>();

  Trivia(String source, SourceLines lines, List<Comment> comments) {
    this.source = source;
    this.lines = lines;
    for (Comment c : comments) {
      Span s = c.span();
      int start = lines.offset(s.line(), s.column());
      int end = Math.min(source.length(), lines.offset(s.endLine(), s.endColumn()) + 1);
      commentEndByStart.put(start, end);
      commentStartByEnd.put(end, start);
    }
  }

  /** The offset of the first character of {@code span}. */
  int start(Span span) {
    return lines.offset(span.line(), span.column());
  }

  /** The offset just after the last character of {@code span}. */
  int end(Span span) {
    return lines.offset(span.endLine(), span.endColumn()) + 1;
  }

  /** The first offset at or after {@code offset} that is not whitespace or comment. */
  int skipForward(int offset) {
    int i = offset;
    while (i < source.length()) {
      Integer commentEnd = commentEndByStart.get(i);
      if (commentEnd != null) {
        i = commentEnd;
      } else if (Character.isWhitespace(source.charAt(i))) {
        i++;
      } else {
        return i;
      }
    }
    return i;
  }

  /** The offset of the last character before {@code offset} that is not whitespace or comment. */
  int skipBackward(int offset) {
    int i = offset;
    while (i > 0) {
      Integer commentStart = commentStartByEnd.get(i);
      if (commentStart != null) {
        i = commentStart;
      } else if (Character.isWhitespace(source.charAt(i - 1))) {
        i--;
      } else {
        return i - 1;
      }
    }
    return -1;
  }

  char charAt(int offset) {
    return offset >= 0 && offset < source.length() ? source.charAt(offset) : '\0';
  }
}
