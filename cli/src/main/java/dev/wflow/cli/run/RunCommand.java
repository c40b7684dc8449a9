package dev.wflow.cli.run;

import dev.wflow.cli.Cli;
import dev.wflow.cli.ExitException;
import dev.wflow.cli.ReportFile;
import dev.wflow.cli.WflowCommand;
import dev.wflow.cli.WorkflowRunOptions;
import dev.wflow.runtime.GoDuration;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.EnvironmentOptions;
import dev.wflow.temporal.LocalEnvironment;
import dev.wflow.temporal.RunClosedException;
import dev.wflow.temporal.RunOutcome;
import dev.wflow.temporal.StartOptions;
import dev.wflow.temporal.WorkflowRun;
import dev.wflow.temporal.activity.ActivityHandler;
import dev.wflow.temporal.history.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wflow run ID}: runs one workflow locally and prints its result and timeline. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run one workflow entry on Temporal's in-memory server (timers skipped) or on a",
      "real server, and print its result and a timeline of what it did."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wflow run app:order_workflow --input '{\"id\":\"o1\",\"total\":42}'",
      "  wflow run app:order_workflow --input @order.json \\",
      "      --mock app:charge_payment='{\"id\":\"p1\"}'",
      "  wflow run app:approval --signal '2h:approve={\"by\":\"ann\"}' --format json",
      "  wflow run app:order_workflow --history h.json   (then: wflow replay h.json)",
      "  wflow run app:order_workflow --address localhost:7233",
      "",
      "Exit codes: 0 completed, 1 failed/canceled/timed out, 2 usage,",
      "3 project not loadable."
    })
public final class RunCommand implements Callable<Integer> {

  @ParentCommand WflowCommand root;

  @Parameters(paramLabel = "ID", description = "The workflow entry ID (namespace:name).")
  String workflowId;

  @Option(
      names = "--input",
      paramLabel = "JSON|@FILE",
      description = "The workflow's input: JSON, or @FILE (relative to the working directory).")
  String input;

  @Option(
      names = "--mock",
      paramLabel = "ID=JSON",
      description = "Answer activity ID with JSON instead of running it (repeatable).")
  List<String> mocks = new ArrayList<>();

  @Option(
      names = "--signal",
      paramLabel = "AT:TOPIC=JSON",
      description = "Send a signal at a workflow-time offset, e.g. 2h:approve={} (repeatable).")
  List<String> signals = new ArrayList<>();

  @Mixin WorkflowRunOptions runOptions;

  @Option(names = "--history", paramLabel = "FILE", description = "Save the history as JSON.")
  Path history;

  @Option(names = "--address", paramLabel = "HOST:PORT", description = "Use this Temporal server.")
  String address;

  @Option(
      names = "--namespace",
      paramLabel = "NS",
      defaultValue = "default",
      description = "Temporal namespace (default: ${DEFAULT-VALUE}).")
  String namespace;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "60s",
      description = "Wall-clock time to wait for the result (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Override
  public Integer call() {
    Cli cli = root.cli();
    Object inputValue = RunInputs.input(input);
    List<RunInputs.Mock> mockList = RunInputs.mocks(mocks);
    List<RunInputs.TimedSignal> signalList = RunInputs.signals(signals);
    Duration wait = RunInputs.positiveDuration(timeout, "--timeout");
    ReportFile historyFile = history == null ? null : ReportFile.prepare(history, "--history");
    ProjectOpening.Opened opened = ProjectOpening.openWorkflow(cli, workflowId);
    LuaProject project = opened.lua();
    LuaEntry entry = opened.workflow();
    mockList.forEach(m -> checkMockTarget(project, m.activityId()));
    EnvironmentOptions.Builder env =
        EnvironmentOptions.newBuilder().skipTime(runOptions.skipTime()).namespace(namespace);
    if (address != null) {
      ProjectOpening.checkAddress(address);
      env.address(address);
    }
    if (cli.verbose()) {
      env.log(line -> cli.err().println("print: " + line));
    }
    StartOptions.Builder start = StartOptions.newBuilder();
    mockList.forEach(m -> start.handler(ActivityHandler.fixed(m.activityId(), m.value())));
    LocalEnvironment environment = startEnvironment(project, env.build());
    try {
      WorkflowRun run =
          environment.start(
              entry.id(), inputValue == null ? List.of() : List.of(inputValue), start.build());
      sendSignals(cli, run, signalList);
      RunOutcome outcome = run.result(wait);
      if (historyFile != null) {
        historyFile.write(run.historyJson());
      }
      render(cli, entry, run, outcome);
      // An error elsewhere in the project did not stop this run, but it is still an error.
      boolean ok = outcome.status() == RunStatus.COMPLETED && !opened.brokenElsewhere();
      return ok ? 0 : ExitException.FINDINGS;
    } catch (io.grpc.StatusRuntimeException e) {
      throw unreachable(e);
    } finally {
      environment.closeInBackground();
    }
  }

  private LocalEnvironment startEnvironment(LuaProject project, EnvironmentOptions options) {
    try {
      return LocalEnvironment.start(project, options);
    } catch (io.grpc.StatusRuntimeException e) {
      throw unreachable(e);
    }
  }

  /** One line: the gRPC status and the innermost cause, never the cause's stack trace. */
  private ExitException unreachable(io.grpc.StatusRuntimeException e) {
    return ExitException.failed(
        "cannot reach Temporal"
            + (address == null ? "" : " at " + address)
            + ": "
            + dev.wflow.temporal.ClusterConnection.reason(e),
        e);
  }

  private static void sendSignals(Cli cli, WorkflowRun run, List<RunInputs.TimedSignal> signals) {
    Duration sent = Duration.ZERO;
    for (RunInputs.TimedSignal s : signals) {
      if (s.at().compareTo(sent) > 0) {
        run.sleep(s.at().minus(sent));
        sent = s.at();
      }
      try {
        run.signal(s.topic(), s.payload());
      } catch (RunClosedException e) {
        cli.err()
            .println(
                "wflow: signal "
                    + s.topic()
                    + " at "
                    + GoDuration.format(s.at())
                    + " not delivered: the run had already "
                    + e.status().label().replace('_', ' '));
      }
    }
  }

  /**
   * A mock for an ID that is no activity of the project would answer calls that never come, and the
   * run would call the real activity instead: refused, as {@code :mock()} in a test refuses it.
   */
  private static void checkMockTarget(LuaProject project, String activityId) {
    if (project.entry(activityId).filter(LuaEntry::isActivity).isPresent()) {
      return;
    }
    List<String> activities =
        project.entries().stream().filter(LuaEntry::isActivity).map(LuaEntry::id).toList();
    String nearest =
        activities.stream()
            .min(
                java.util.Comparator.comparingInt(
                    a -> dev.wflow.registry.EditDistance.between(a, activityId)))
            .filter(a -> dev.wflow.registry.EditDistance.between(a, activityId) <= 3)
            .map(a -> " (did you mean " + a + "?)")
            .orElse("");
    throw ExitException.usage(
        "--mock "
            + activityId
            + ": unknown activity "
            + activityId
            + nearest
            + "; "
            + (activities.isEmpty()
                ? "the project has no activities"
                : "activities: " + String.join(", ", activities)));
  }

  private void render(Cli cli, LuaEntry entry, WorkflowRun run, RunOutcome outcome) {
    if (runOptions.json()) {
      cli.out().println(LuaJson.write(outcome.toJson()));
      return;
    }
    new RunTimeline(cli.out(), cli.color())
        .render(entry.id(), run.workflowId(), run.history(), outcome);
  }
}
