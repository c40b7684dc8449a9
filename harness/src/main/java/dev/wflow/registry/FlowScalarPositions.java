package dev.wflow.registry;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;

/**
 * Where each character of a quoted or plain YAML scalar was written, so Lua code given as {@code
 * source: "local x = 1\n return x"} or folded over several lines still gets exact positions. The
 * scalar is decoded again from the file's text (escapes, {@code ''}, line folding) and the result
 * is used only when it equals what SnakeYAML decoded.
 *
 * <pre>{@code
 * FlowScalarPositions.of(yamlLines, 4, 12, ScalarStyle.DOUBLE_QUOTED, code)
 *     .map(p -> p.span(2, 3, 2, 5));   // Lua line 2, columns 3..5 in the YAML file
 * }</pre>
 */
public final class FlowScalarPositions {

  private final String text;
  private final int[] lines;
  private final int[] columns;

  private FlowScalarPositions(String text, int[] lines, int[] columns) {
    this.text = text;
    this.lines = lines;
    this.columns = columns;
  }

  /**
   * @param yaml the file's lines
   * @param line 0-based line of the scalar's first character (its quote, if quoted)
   * @param column 0-based column of that character
   * @param decoded the scalar's value as SnakeYAML decoded it
   */
  static Optional<FlowScalarPositions> of(
      List<String> yaml, int line, int column, ScalarStyle style, String decoded) {
    if (style != ScalarStyle.DOUBLE_QUOTED
        && style != ScalarStyle.SINGLE_QUOTED
        && style != ScalarStyle.PLAIN) {
      return Optional.empty();
    }
    FlowScalarDecoder decoder = new FlowScalarDecoder(yaml, line, column, style);
    return decoder.decode(decoded.length())
        ? Optional.of(decoder.result()).filter(p -> p.text.equals(decoded))
        : Optional.empty();
  }

  static FlowScalarPositions of(String text, int[] lines, int[] columns) {
    return new FlowScalarPositions(text, lines, columns);
  }

  /** The 1-based YAML range of a 1-based, inclusive range in the decoded text's lines. */
  public Span span(int line, int column, int endLine, int endColumn) {
    int from = index(line, column);
    int to = index(endLine, endColumn);
    return new Span(lines[from] + 1, columns[from] + 1, lines[to] + 1, columns[to] + 1);
  }

  private int index(int line, int column) {
    int offset = 0;
    for (int l = 1; l < line && offset < text.length(); l++) {
      int next = text.indexOf('\n', offset);
      offset = next < 0 ? text.length() : next + 1;
    }
    int index = offset + Math.max(0, column - 1);
    return Math.max(0, Math.min(index, lines.length - 1));
  }
}
