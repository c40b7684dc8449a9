package dev.wflow.debug;

/** A line the debugger cannot read; the message says what is wrong and what would be right. */
public final class CommandSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CommandSyntaxException(String message) {
    super(message);
  }
}
