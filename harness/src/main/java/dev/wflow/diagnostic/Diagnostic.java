package dev.wflow.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about a user's file: a syntax error, a bad YAML entry, a lint rule hit.
 *
 * <p>Positions are 1-based; {@code endLine}/{@code endColumn} point at the last character of the
 * range (inclusive). {@code file} is the path as it should be shown to the user, relative to the
 * project root where there is one.
 *
 * <pre>{@code
 * Diagnostic d = Diagnostic.error("E103", "src/_index.yaml", 12, 5, "duplicate entry ID app:x");
 * }</pre>
 */
public record Diagnostic(
    String file,
    int line,
    int column,
    int endLine,
    int endColumn,
    Severity severity,
    String code,
    String message) {

  /** The order every command prints diagnostics in: by file, then position, then code. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    line = Math.max(1, line);
    column = Math.max(1, column);
    if (endLine < line || (endLine == line && endColumn < column)) {
      endLine = line;
      endColumn = column;
    }
  }

  /** A single-character error at {@code line:column}. */
  public static Diagnostic error(String code, String file, int line, int column, String message) {
    return new Diagnostic(file, line, column, line, column, Severity.ERROR, code, message);
  }

  /** The same finding with another severity (used when configuration changes a rule's level). */
  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(file, line, column, endLine, endColumn, newSeverity, code, message);
  }

  /** The same finding reported against another file name (used to relativise paths). */
  public Diagnostic withFile(String newFile) {
    return new Diagnostic(newFile, line, column, endLine, endColumn, severity, code, message);
  }

  /** {@code file:line:col: severity[CODE] message}, the first line of the text format. */
  public String headline() {
    return file + ":" + line + ":" + column + ": " + severity.label() + "[" + code + "] " + message;
  }
}
