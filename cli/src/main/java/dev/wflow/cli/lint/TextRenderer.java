package dev.wflow.cli.lint;

import dev.wflow.cli.TerminalText;
import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.lint.LintResult;
import java.io.PrintWriter;
import java.util.List;

/**
 * The human format: {@code path:line:col: severity[CODE] message}, the source line and a caret with
 * tildes under the range, then the summary line. ANSI colour only when asked.
 */
public final class TextRenderer implements LintRenderer {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final int WIDTH = 160;

  private final boolean color;
  private final boolean summaryOnly;

  TextRenderer(boolean color, boolean summaryOnly) {
    this.color = color;
    this.summaryOnly = summaryOnly;
  }

  @Override
  public void render(LintResult result, PrintWriter out) {
    if (!summaryOnly) {
      SourceLines sources = new SourceLines(result.root());
      for (Diagnostic d : result.diagnostics()) {
        out.println(headline(d));
        sources
            .line(d.file(), d.line())
            .ifPresent(
                line -> {
                  List<String> shown = excerpt(TerminalText.printable(line.stripTrailing()), d);
                  out.println(shown.get(0));
                  out.println(paint(shown.get(1), "\u001b[32m"));
                });
      }
      if (!result.diagnostics().isEmpty()) {
        out.println();
      }
    }
    out.println(result.summary().line());
    out.flush();
  }

  private String headline(Diagnostic d) {
    if (!color) {
      return TerminalText.printable(d.headline());
    }
    String where = d.file() + ":" + d.line() + ":" + d.column() + ":";
    String tone = BOLD + tone(d.severity());
    return BOLD
        + where
        + RESET
        + " "
        + tone
        + d.severity().label()
        + "["
        + d.code()
        + "]"
        + RESET
        + " "
        + BOLD
        + TerminalText.printable(d.message())
        + RESET;
  }

  private static String tone(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      case HINT -> "\u001b[36m";
    };
  }

  private String paint(String text, String ansi) {
    return color ? ansi + text + RESET : text;
  }

  /**
   * The source line and its caret line. A line longer than {@link #WIDTH} (minified code, a long
   * inline string) is cut to a window around the column, marked with {@code …}, so a hundred
   * findings on one huge line do not print it a hundred times.
   */
  public static List<String> excerpt(String line, Diagnostic d) {
    if (line.length() <= WIDTH) {
      return List.of(line, caret(line, d));
    }
    int from = Math.max(0, Math.min(d.column() - 1 - WIDTH / 3, line.length() - WIDTH));
    int to = Math.min(line.length(), from + WIDTH);
    from += Character.isLowSurrogate(line.charAt(from)) ? 1 : 0;
    to -= to < line.length() && Character.isLowSurrogate(line.charAt(to)) ? 1 : 0;
    String prefix = from > 0 ? "…" : "";
    String text = prefix + line.substring(from, to) + (to < line.length() ? "…" : "");
    int shift = from - prefix.length();
    Diagnostic moved =
        new Diagnostic(
            d.file(),
            d.line(),
            d.column() - shift,
            d.endLine(),
            d.endLine() == d.line() ? Math.min(d.endColumn() - shift, to - shift) : d.endColumn(),
            d.severity(),
            d.code(),
            d.message());
    return List.of(text, caret(text, moved));
  }

  /**
   * Spaces (tabs where the line has tabs) up to the column, then {@code ^~~~} to the end, both
   * measured in terminal columns: columns count UTF-16 units, a terminal draws Hangul or an emoji
   * two columns wide.
   */
  static String caret(String line, Diagnostic d) {
    int start = Math.min(d.column(), line.length() + 1);
    int end = d.endLine() == d.line() ? d.endColumn() : line.length();
    end = Math.max(start, Math.min(end, line.length()));
    StringBuilder caret = new StringBuilder();
    int i = 0;
    while (i < start - 1) {
      int cp = line.codePointAt(i);
      caret.append(cp == '\t' ? "\t" : " ".repeat(DisplayWidth.of(cp)));
      i += Character.charCount(cp);
    }
    caret.append('^');
    int underlined = i < line.length() ? DisplayWidth.of(line.codePointAt(i)) : 1;
    i += i < line.length() ? Character.charCount(line.codePointAt(i)) : 1;
    while (i < end) {
      int cp = line.codePointAt(i);
      underlined += cp == '\t' ? 1 : DisplayWidth.of(cp);
      i += Character.charCount(cp);
    }
    caret.append("~".repeat(Math.max(0, underlined - 1)));
    return caret.toString();
  }
}
