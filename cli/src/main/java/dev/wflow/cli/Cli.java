package dev.wflow.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What every command needs from the invocation: where to write, the project directory and the
 * global flags. Built once by {@link WflowCommand} and handed to subcommands.
 *
 * @param out results (stdout)
 * @param err messages, progress and diagnostics about wflow itself (stderr)
 * @param project the project directory from {@code -C}, or the working directory
 * @param color whether stdout may carry ANSI colour
 * @param verbose {@code -v}
 * @param showStackTraces {@code -e}
 */
public record Cli(
    PrintWriter out,
    PrintWriter err,
    Path project,
    boolean color,
    boolean verbose,
    boolean showStackTraces) {

  /** The same invocation aimed at another project directory. */
  public Cli withProject(Path dir) {
    return new Cli(out, err, dir.toAbsolutePath().normalize(), color, verbose, showStackTraces);
  }
}
