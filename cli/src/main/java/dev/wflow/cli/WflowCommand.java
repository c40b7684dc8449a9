package dev.wflow.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code wflow} root command: global options shared by every subcommand. */
@Command(
    name = "wflow",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Developer CLI and local test harness for Wippy Lua workflows on Temporal.", ""},
    footerHeading = "%nExamples:%n",
    footer = {
      "  wflow init shop                a new project in ./shop",
      "  wflow new order_workflow       add a workflow with its test",
      "  wflow lint                     check the project in the current directory",
      "  wflow test --skip-time         run the workflow tests, timers skipped",
      "  wflow -C examples/orders lint  check another project",
      "",
      "Exit codes: 0 ok, 1 findings or failures, 2 usage, 3 project not loadable, 4 internal error."
    })
// The subcommands are added by Subcommands: only the one asked for, so start-up stays short.
public final class WflowCommand implements java.util.concurrent.Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-C", "--project"},
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "Project directory (default: the current directory).")
  Path project;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      scope = ScopeType.INHERIT,
      defaultValue = "auto",
      description = "Colour output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ColorMode color;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Show progress and the Temporal SDK's own log.")
  boolean verbose;

  @Option(
      names = {"-e", "--errors"},
      scope = ScopeType.INHERIT,
      description = "Show stack traces of internal errors.")
  boolean showStackTraces;

  private PrintWriter out;
  private PrintWriter err;
  private boolean stdoutIsTerminal;
  private Map<String, String> env = Map.of();

  void attach(PrintWriter out, PrintWriter err, boolean stdoutIsTerminal, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.stdoutIsTerminal = stdoutIsTerminal;
    this.env = env;
  }

  /** Whether stdout is a terminal (status lines may be redrawn in place). */
  public boolean stdoutIsTerminal() {
    return stdoutIsTerminal;
  }

  /**
   * Whether the user is at a terminal both ways, so a watch session may clear the screen and read
   * single keys.
   */
  public boolean interactive() {
    return stdoutIsTerminal && System.console() != null;
  }

  /** The process environment wflow was started with (tests pass their own). */
  public Map<String, String> environment() {
    return env;
  }

  /** The invocation as subcommands see it. */
  public Cli cli() {
    Path dir = project == null ? Path.of("").toAbsolutePath() : project.toAbsolutePath();
    if (project != null && !Files.isDirectory(dir)) {
      throw ExitException.usage("project directory not found: " + project);
    }
    return new Cli(
        out, err, dir.normalize(), color.enabled(stdoutIsTerminal, env), verbose, showStackTraces);
  }

  /** {@code wflow} alone: the usage on stderr and exit 2, as for any other incomplete line. */
  @Override
  public Integer call() {
    spec.commandLine().usage(err);
    return ExitException.USAGE;
  }
}
