package dev.wflow.cli;

/**
 * The one way a command ends with a non-zero exit code and a message. {@link Main} maps it to the
 * process exit code and prints the message to stderr; nothing else calls {@code System.exit}.
 */
public final class ExitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Findings or failures: lint errors, failed tests, a failed workflow run. */
  public static final int FINDINGS = 1;

  /** The command line itself was wrong. */
  public static final int USAGE = 2;

  /** The project could not be loaded at all. */
  public static final int PROJECT = 3;

  /** A bug in wflow or its environment. */
  public static final int INTERNAL = 4;

  private final int code;

  private ExitException(int code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static ExitException usage(String message) {
    return new ExitException(USAGE, message, null);
  }

  public static ExitException projectNotLoadable(String message) {
    return new ExitException(PROJECT, message, null);
  }

  /** Exit 1 with a message; for findings already printed, return {@link #FINDINGS} instead. */
  public static ExitException failed(String message) {
    return new ExitException(FINDINGS, message, null);
  }

  /** Exit 1 with a message; {@code -e} also prints the cause's stack trace. */
  public static ExitException failed(String message, Throwable cause) {
    return new ExitException(FINDINGS, message, cause);
  }

  public static ExitException internal(String message, Throwable cause) {
    return new ExitException(INTERNAL, message, cause);
  }
}
