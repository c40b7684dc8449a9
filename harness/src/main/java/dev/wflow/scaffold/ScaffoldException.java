package dev.wflow.scaffold;

/**
 * Why a scaffold cannot be made, in words that name the fix. Nothing has been written when it is
 * thrown.
 */
public final class ScaffoldException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What kind of mistake it is, so the CLI can pick the exit code. */
  public enum Kind {
    /** The request itself is wrong: a bad name, an unknown template, a missing option. */
    USAGE,
    /** The project cannot be extended: a broken definition file, no worker. */
    PROJECT,
    /** A file cannot be read or written. */
    IO
  }

  private final Kind kind;

  public ScaffoldException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public ScaffoldException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  static ScaffoldException usage(String message) {
    return new ScaffoldException(Kind.USAGE, message);
  }

  static ScaffoldException project(String message) {
    return new ScaffoldException(Kind.PROJECT, message);
  }
}
