package dev.wflow.cli.lint;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.lint.LintResult;
import java.io.PrintWriter;

/**
 * {@code --format github}: GitHub Actions workflow commands, one annotation per diagnostic, then
 * the summary line for the log.
 */
final class GithubRenderer implements LintRenderer {

  @Override
  public void render(LintResult result, PrintWriter out) {
    for (Diagnostic d : result.diagnostics()) {
      out.println(
          "::"
              + command(d)
              + " file="
              + property(d.file())
              + ",line="
              + d.line()
              + ",endLine="
              + d.endLine()
              + columns(d)
              + ",title="
              + property(d.code())
              + "::"
              + message(d.message()));
    }
    out.println(result.summary().line());
    out.flush();
  }

  /** GitHub refuses columns on an annotation that spans lines, so they go only on one-liners. */
  private static String columns(Diagnostic d) {
    return d.line() == d.endLine() ? ",col=" + d.column() + ",endColumn=" + d.endColumn() : "";
  }

  private static String command(Diagnostic d) {
    return switch (d.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case HINT -> "notice";
    };
  }

  /** The escaping GitHub's runner applies to a command's message. */
  static String message(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Property values additionally escape the separators {@code :} and {@code ,}. */
  static String property(String text) {
    return message(text).replace(":", "%3A").replace(",", "%2C");
  }
}
