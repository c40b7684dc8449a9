package dev.wflow.registry;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A 1-based, end-inclusive range in a file, as {@link dev.wflow.diagnostic.Diagnostic} wants it.
 * SnakeYAML marks are 0-based with an exclusive end; {@link #of(Node)} converts.
 *
 * <pre>{@code
 * Span s = Span.of(node); // "worker" at line 12, columns 17..22 -> Span[12, 17, 12, 22]
 * }</pre>
 */
public record Span(int line, int column, int endLine, int endColumn) {

  public Span {
    line = Math.max(1, line);
    column = Math.max(1, column);
    if (endLine < line || (endLine == line && endColumn < column)) {
      endLine = line;
      endColumn = column;
    }
  }

  /** A finding over this range of {@code file}. */
  public Diagnostic diagnostic(String file, Severity severity, String code, String message) {
    return new Diagnostic(file, line, column, endLine, endColumn, severity, code, message);
  }

  /** A single character. */
  public static Span point(int line, int column) {
    return new Span(line, column, line, column);
  }

  /** The start of a file, for problems that have no better place. */
  public static Span start() {
    return point(1, 1);
  }

  /** A single character at a SnakeYAML mark. */
  public static Span at(Mark mark) {
    return mark == null ? start() : point(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /**
   * The range a node covers. A single-line scalar gets its full range; anything spanning lines
   * (mappings, block scalars) is reported at its first character, since a caret can only underline
   * one line.
   */
  public static Span of(Node node) {
    Mark start = node.getStartMark();
    Mark end = node.getEndMark();
    if (start == null) {
      return start();
    }
    int line = start.getLine() + 1;
    int column = start.getColumn() + 1;
    if (node instanceof ScalarNode && end != null && end.getLine() == start.getLine()) {
      return new Span(line, column, line, Math.max(column, end.getColumn()));
    }
    return point(line, column);
  }
}
