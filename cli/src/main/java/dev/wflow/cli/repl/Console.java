package dev.wflow.cli.repl;

import java.io.PrintWriter;

/**
 * Where the REPL reads its commands: a terminal with line editing ({@link JLineConsole}), or a
 * script or pipe ({@link PlainConsole}).
 */
interface Console extends AutoCloseable {

  /** The next line, or null at the end (Ctrl-D, end of the script). */
  String readLine(String prompt);

  /** Whether each command should be echoed before its output (no terminal showed it). */
  boolean echoes();

  /** Where replies go. */
  PrintWriter out();

  /** Runs {@code onInterrupt} when the user presses Ctrl-C while a command runs. */
  default void onInterrupt(Runnable onInterrupt) {}

  @Override
  default void close() {}
}
