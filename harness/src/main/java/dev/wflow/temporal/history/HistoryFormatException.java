package dev.wflow.temporal.history;

/**
 * A text that is not a Temporal JSON history, with the 1-based line and column of the problem when
 * there is one (0 otherwise), so a command can print {@code file:line:col: message}.
 */
public final class HistoryFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  public HistoryFormatException(String message, int line, int column, Throwable cause) {
    super(message, cause);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** {@code "file:3:7: message"}, or {@code "file: message"} without a position. */
  public String describe(String file) {
    return file + (line > 0 ? ":" + line + ":" + column : "") + ": " + getMessage();
  }
}
