package dev.wflow.registry;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The Lua code of an entry, already read.
 *
 * <p>For {@code source: file://order.lua} the text is the file's and {@code firstLine} is 1. For
 * inline code ({@code source: |} followed by Lua) the text lives inside the YAML file: Lua line
 * {@code n} is YAML line {@code firstLine + n - 1} and Lua column {@code c} is YAML column {@code c
 * + columnOffset}, so diagnostics can point into the definition file.
 *
 * <pre>{@code
 * LuaSource src = entry.source().orElseThrow();
 * parser.parse(src.text(), src.chunkName());   // chunkName "src/order.lua"
 * Span where = src.span(4, 19, 4, 27);          // Lua position to file position
 * }</pre>
 *
 * @param file the Lua file on disk, empty for inline code
 * @param text the code
 * @param chunkName the name shown in errors and tracebacks: the Lua file (or, for inline code, the
 *     YAML file) relative to the project root, with {@code /} separators
 * @param firstLine the line of {@link #chunkName} where Lua line 1 is
 * @param columnOffset what to add to a Lua column to get the column in {@link #chunkName}
 * @param linesKept false for inline code whose lines are not the YAML file's lines (a folded or
 *     quoted scalar over several lines, escapes such as {@code \n}): its positions can only be
 *     placed at the start of the scalar, unless {@code positions} knows them
 * @param positions for a quoted or plain scalar over several lines, where each character was
 *     written
 */
public record LuaSource(
    Optional<Path> file,
    String text,
    String chunkName,
    int firstLine,
    int columnOffset,
    boolean linesKept,
    Optional<FlowScalarPositions> positions) {

  public LuaSource(
      Optional<Path> file, String text, String chunkName, int firstLine, int columnOffset) {
    this(file, text, chunkName, firstLine, columnOffset, true, Optional.empty());
  }

  /**
   * The range in {@link #chunkName} of a range given in Lua coordinates (1-based, inclusive), so a
   * check on inline code points into the YAML file.
   */
  public Span span(int line, int column, int endLine, int endColumn) {
    if (positions.isPresent()) {
      return positions.get().span(line, column, endLine, endColumn);
    }
    if (!linesKept) {
      return Span.point(firstLine, columnOffset + 1);
    }
    int lines = firstLine - 1;
    return new Span(line + lines, column + columnOffset, endLine + lines, endColumn + columnOffset);
  }

  /** True when the code is written inside the YAML definition file. */
  public boolean inline() {
    return file.isEmpty();
  }
}
