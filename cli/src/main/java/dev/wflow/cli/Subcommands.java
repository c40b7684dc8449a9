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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
  private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

  static {
    ALL.put("lint", LintCommand::new);
    ALL.put("test", TestCommand::new);
    ALL.put("run", RunCommand::new);
    ALL.put("replay", ReplayCommand::new);
    ALL.put("server", ServerCommand::new);
    ALL.put("worker", WorkerCommand::new);
    ALL.put("start", StartCommand::new);
    ALL.put("signal", SignalCommand::new);
    ALL.put("repl", ReplCommand::new);
    ALL.put("completion", CompletionCommand::new);
    ALL.put("help", picocli.CommandLine.HelpCommand::new);
  }

  /** Commands about the other commands. */
  private static final Set<String> NEEDS_ALL = Set.of("completion", "help");

  /** Root options that take the next argument as their value. */
  private static final Set<String> WITH_VALUE = Set.of("-C", "--project", "--color");

  private Subcommands() {}

  /** Adds the subcommand {@code args} name, or all of them when it names none that needs less. */
  static void add(CommandLine root, String[] args) {
    String name = requested(args);
    if (name != null && ALL.containsKey(name) && !NEEDS_ALL.contains(name)) {
      root.addSubcommand(name, ALL.get(name).get());
      return;
    }
    ALL.forEach((n, command) -> root.addSubcommand(n, command.get()));
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
