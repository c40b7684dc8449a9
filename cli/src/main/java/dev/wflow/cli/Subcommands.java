package dev.wflow.cli;

import dev.wflow.cli.cluster.ServerCommand;
import dev.wflow.cli.cluster.SignalCommand;
import dev.wflow.cli.cluster.StartCommand;
import dev.wflow.cli.cluster.WorkerCommand;
import dev.wflow.cli.lint.LintCommand;
import dev.wflow.cli.repl.ReplCommand;
import dev.wflow.cli.run.ReplayCommand;
import dev.wflow.cli.run.RunCommand;
import dev.wflow.cli.test.TestCommand;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * The subcommands of {@code wflow}, added to the command line only when asked for. picocli reads
 * every registered command's annotations and, through reflection on its methods, loads the classes
 * they mention: with all of them registered, {@code wflow lint} would load Temporal and gRPC
 * classes it never uses and {@code wflow --version} would pay for every command. The root's own
 * help, a mistyped name (for the nearest-name suggestion), {@code help} and {@code completion}
 * still get all of them.
 */
final class Subcommands {

  /** In the order {@code wflow --help} lists them. */
  private static final List<String> NAMES =
      List.of(
          "init",
          "new",
          "lint",
          "test",
          "run",
          "replay",
          "server",
          "worker",
          "start",
          "signal",
          "repl",
          "completion",
          "help");

  /**
   * A new command object. A switch rather than a table of constructor references: resolving {@code
   * LintCommand::new} loads and verifies the class, which is what this class avoids.
   */
  private static Object create(String name) {
    return switch (name) {
      case "init" -> new dev.wflow.cli.scaffold.InitCommand();
      case "new" -> new dev.wflow.cli.scaffold.NewCommand();
      case "lint" -> new LintCommand();
      case "test" -> new TestCommand();
      case "run" -> new RunCommand();
      case "replay" -> new ReplayCommand();
      case "server" -> new ServerCommand();
      case "worker" -> new WorkerCommand();
      case "start" -> new StartCommand();
      case "signal" -> new SignalCommand();
      case "repl" -> new ReplCommand();
      case "completion" -> new CompletionCommand();
      case "help" -> new picocli.CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** Commands about the other commands. */
  private static final Set<String> NEEDS_ALL = Set.of("completion", "help");

  /** Root options that take the next argument as their value. */
  private static final Set<String> WITH_VALUE = Set.of("-C", "--project", "--color");

  private Subcommands() {}

  /** Adds the subcommand {@code args} name, or all of them when it names none that needs less. */
  static void add(CommandLine root, String[] args) {
    String name = requested(args);
    if (name == null && versionOnly(args)) {
      return;
    }
    if (name != null && NAMES.contains(name) && !NEEDS_ALL.contains(name)) {
      root.addSubcommand(name, create(name));
      return;
    }
    NAMES.forEach(n -> root.addSubcommand(n, create(n)));
  }

  /** {@code wflow --version} (or {@code -V}) names no command and needs none. */
  private static boolean versionOnly(String[] args) {
    List<String> list = List.of(args);
    return (list.contains("-V") || list.contains("--version"))
        && !list.contains("-h")
        && !list.contains("--help");
  }

  /** The first argument that is not a root option or its value; null when there is none. */
  static String requested(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (WITH_VALUE.contains(arg)) {
        i++;
      } else if (arg.equals("--")) {
        return null;
      } else if (!arg.startsWith("-")) {
        return arg;
      }
    }
    return null;
  }
}
