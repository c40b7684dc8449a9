package dev.wflow.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Entry point. {@link #run} is the whole CLI as a function, so tests drive it in-process:
 *
 * <pre>{@code
 * int code = Main.run(out, err, "lint", "-C", projectDir.toString());
 * }</pre>
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (versionOnly(args)) {
      // Answered before picocli and the command model load: a JVM start is all `--version` costs.
      Version.lines().forEach(System.out::println);
      System.exit(0);
    }
    System.exit(run(System.out, System.err, System.console() != null, System.getenv(), args));
  }

  /** Runs wflow as if from a non-terminal, with the real environment. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    return run(out, err, false, System.getenv(), args);
  }

  /** Runs wflow and returns its exit code; never exits the JVM, never throws. */
  public static int run(
      PrintStream out,
      PrintStream err,
      boolean stdoutIsTerminal,
      Map<String, String> env,
      String... args) {
    configureLogging(args);
    PrintWriter outWriter =
        new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    WflowCommand root = new WflowCommand();
    root.attach(outWriter, errWriter, stdoutIsTerminal, env);
    CommandLine commandLine = new CommandLine(root);
    Subcommands.add(commandLine, args);
    commandLine.setOut(outWriter);
    commandLine.setErr(errWriter);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    // picocli would replace an argument "@file" by the file's words; `--input @order.json` means
    // the file's JSON, read by the command itself.
    commandLine.setExpandAtFiles(false);
    // Examples in the footers are wider than 80 columns; a real terminal's width still wins.
    commandLine.setUsageHelpWidth(100);
    commandLine.setUsageHelpAutoWidth(true);
    commandLine.setParameterExceptionHandler(Main::usageError);
    commandLine
        .getHelpSectionMap()
        .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, CommandList::render);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> failure(e, errWriter, showStackTraces(args)));
    try {
      return commandLine.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // picocli hands only Exceptions to the handler; these Errors come from input too deep or too
      // big for this JVM's limits, and a user still gets one line, not a raw stack trace.
      return failure(e, errWriter, showStackTraces(args));
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** {@code wflow --version} or {@code wflow -V} alone, the one answer needing no command line. */
  static boolean versionOnly(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("wflow: " + e.getMessage());
    String command = CommandList.unknownCommand(e);
    if (command != null) {
      CommandList.nearest(cmd, command)
          .ifPresent(s -> err.println("Did you mean: wflow " + s + "?"));
    } else {
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    }
    err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
    return ExitException.USAGE;
  }

  private static int failure(Throwable e, PrintWriter err, boolean stackTraces) {
    if (e instanceof ExitException exit) {
      if (exit.getMessage() != null && !exit.getMessage().isEmpty()) {
        err.println("wflow: " + exit.getMessage());
      }
      if (stackTraces && exit.getCause() != null) {
        exit.getCause().printStackTrace(err);
      }
      return exit.code();
    }
    err.println("wflow: internal error: " + e);
    if (stackTraces) {
      e.printStackTrace(err);
    } else {
      err.println("Rerun with -e to see the stack trace, and please report it.");
    }
    return ExitException.INTERNAL;
  }

  private static boolean showStackTraces(String[] args) {
    return Arrays.asList(args).contains("-e") || Arrays.asList(args).contains("--errors");
  }

  /**
   * The Temporal SDK logs a WARN on every start; keep the terminal clean unless {@code -v}. This
   * must run before the first logger is created, so it reads the raw arguments.
   */
  private static void configureLogging(String[] args) {
    boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals("-v") || a.equals("--verbose"));
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "error");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    // gRPC logs through java.util.logging (an unresolvable --address prints a stack trace).
    java.util.logging.Logger.getLogger("")
        .setLevel(verbose ? java.util.logging.Level.INFO : java.util.logging.Level.OFF);
  }
}
