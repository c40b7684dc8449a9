package dev.wflow.lua.syntax;

/**
 * A range in the source: 1-based line and column of the first character and of the last character
 * (inclusive), matching {@link dev.wflow.diagnostic.Diagnostic}'s convention.
 *
 * <pre>{@code
 * Span s = new Span(3, 7, 3, 12); // line 3, columns 7..12
 * }</pre>
 */
public record Span(int line, int column, int endLine, int endColumn) {

  /** The smallest span covering {@code first} through {@code last}. */
  public static Span between(Span first, Span last) {
    return new Span(first.line, first.column, last.endLine, last.endColumn);
  }

  /** True when {@code line:column} lies inside this span. */
  public boolean contains(int atLine, int atColumn) {
    if (atLine < line || atLine > endLine) {
      return false;
    }
    return (atLine != line || atColumn >= column) && (atLine != endLine || atColumn <= endColumn);
  }
}
