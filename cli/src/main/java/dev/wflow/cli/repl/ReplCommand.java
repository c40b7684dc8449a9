package dev.wflow.cli.repl;

import dev.wflow.cli.Cli;
import dev.wflow.cli.ExitException;
import dev.wflow.cli.FileProblem;
import dev.wflow.cli.WflowCommand;
import dev.wflow.cli.run.ProjectOpening;
import dev.wflow.cli.run.RunInputs;
import dev.wflow.debug.DebugSession;
import dev.wflow.debug.SessionOptions;
import dev.wflow.runtime.LuaProject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wflow repl}: the interactive, time-travelling workflow debugger. */
@Command(
    name = "repl",
    mixinStandardHelpOptions = true,
    description = {
      "Debug a workflow interactively on Temporal's in-memory server: step from command to",
      "command, answer activities by hand, skip time, send signals, set breakpoints, look at",
      "the waiting Lua frame, and go back in time. Type 'help' inside for the commands."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wflow repl app:order_workflow --input '{\"id\":\"o1\",\"total\":42}'",
      "  wflow repl                                 lists the workflows; then: start ID [JSON]",
      "  wflow repl --history h.json                step through a recorded history",
      "  wflow repl app:order_workflow --script debug.txt   (or: ... < debug.txt)",
      "",
      "Without a terminal (--script, or piped input) each command is echoed with its output,",
      "and the exit code is 1 when any command failed."
    })
public final class ReplCommand implements Callable<Integer> {

  @ParentCommand WflowCommand root;

  @Parameters(
      arity = "0..1",
      paramLabel = "ID",
      description = "The workflow entry ID (namespace:name) to debug.")
  String workflowId;

  @Option(
      names = "--input",
      paramLabel = "JSON|@FILE",
      description = "The workflow's input for 'start': JSON, or @FILE.")
  String input;

  @Option(
      names = "--history",
      paramLabel = "FILE",
      description = "Step through this recorded history (Temporal JSON) with the current code.")
  Path history;

  @Option(
      names = "--script",
      paramLabel = "FILE",
      description = "Read the commands from FILE instead of the terminal.")
  Path script;

  /** Set by tests and by {@code Main}: whether stdin is a terminal a line editor can use. */
  static volatile boolean stdinIsTerminal = System.console() != null;

  @Override
  public Integer call() {
    Cli cli = root.cli();
    Object inputValue = RunInputs.input(input);
    String historyJson = history == null ? null : readFile(history, "--history");
    String scriptText = script == null ? null : readFile(script, "--script");
    LuaProject project = ProjectOpening.open(cli);
    SessionOptions options =
        new SessionOptions(
            workflowId,
            inputValue,
            input != null,
            historyJson,
            Duration.ofSeconds(2),
            line -> cli.err().println("print: " + line),
            cli.project());
    DebugSession session;
    try {
      session = DebugSession.open(project, options);
    } catch (dev.wflow.temporal.history.HistoryFormatException e) {
      throw ExitException.usage(e.describe(history.toString()));
    } catch (IllegalArgumentException e) {
      throw ExitException.usage(
          (history != null ? "--history " + history + ": " : "") + e.getMessage());
    } catch (RuntimeException e) {
      throw ExitException.usage(e.getMessage());
    }
    try (session;
        Console console = console(cli, scriptText, session)) {
      return new ReplLoop(
              session, console, new ReplyText(console.out(), cli.color() && !console.echoes()))
          .run();
    }
  }

  private Console console(Cli cli, String scriptText, DebugSession session) {
    if (scriptText != null) {
      return new PlainConsole(new BufferedReader(new java.io.StringReader(scriptText)), cli.out());
    }
    if (stdinIsTerminal) {
      return JLineConsole.open(session, cli.color(), StateDirectory.historyFile(System.getenv()));
    }
    return new PlainConsole(
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), cli.out());
  }

  private static String readFile(Path file, String option) {
    try {
      return FileProblem.read(file);
    } catch (ExitException e) {
      throw ExitException.usage(option + ": " + e.getMessage());
    }
  }
}
