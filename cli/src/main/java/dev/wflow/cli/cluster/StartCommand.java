package dev.wflow.cli.cluster;

import dev.wflow.cli.Cli;
import dev.wflow.cli.ExitException;
import dev.wflow.cli.JsonText;
import dev.wflow.cli.WflowCommand;
import dev.wflow.cli.run.ProjectOpening;
import dev.wflow.cli.run.RunInputs;
import dev.wflow.registry.EntryId;
import dev.wflow.registry.Project;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import dev.wflow.runtime.LuaProjects;
import dev.wflow.temporal.ClusterConnection;
import dev.wflow.temporal.EnvironmentOptions;
import dev.wflow.temporal.LocalEnvironment;
import dev.wflow.temporal.RunOutcome;
import dev.wflow.temporal.StartOptions;
import dev.wflow.temporal.WorkflowRun;
import dev.wflow.temporal.history.RunStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code wflow start ID}: starts a workflow entry on a Temporal cluster the way application code
 * does ({@code process.spawn(id, worker, input)}), on its worker's task queue.
 */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = {
      "Start a workflow entry on a Temporal server, on the task queue of its temporal.worker,",
      "as application code does with process.spawn; print its workflow ID and pid. A running",
      "`wflow worker` (or any worker serving the project) executes it."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wflow start app:order_workflow --input '{\"id\":\"o1\",\"total\":42}'",
      "  wflow start app:order_workflow --input @order.json --id order-o1 --wait",
      "  wflow start app:order_workflow --address localhost:7233 --format json",
      "",
      "Exit codes: 0 started (with --wait: completed), 1 failed to start or (with --wait) the",
      "run did not complete, 2 usage, 3 project not loadable."
    })
public final class StartCommand implements Callable<Integer> {

  @ParentCommand WflowCommand root;

  @Mixin ClusterOptions cluster;

  @Parameters(paramLabel = "ID", description = "The workflow entry ID (namespace:name).")
  String workflowEntry;

  @Option(
      names = "--input",
      paramLabel = "JSON|@FILE",
      description = "The workflow's input: JSON, or @FILE (relative to the working directory).")
  String input;

  @Option(
      names = "--id",
      paramLabel = "WORKFLOW_ID",
      description = "The workflow ID (default: generated).")
  String workflowId;

  @Option(names = "--wait", description = "Wait for the run to close and print its result.")
  boolean await;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description = "With --wait: stop waiting after this long (the run goes on).")
  String timeout;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    Cli cli = root.cli();
    if (!format.equals("text") && !format.equals("json")) {
      throw ExitException.usage("--format must be text or json, got " + format);
    }
    Object inputValue = RunInputs.input(input);
    Duration wait = timeout == null ? null : RunInputs.positiveDuration(timeout, "--timeout");
    if (wait != null && !await) {
      throw ExitException.usage("--timeout goes with --wait");
    }
    Project project = ProjectOpening.load(cli);
    LuaProject lua = LuaProjects.from(project);
    LuaEntry entry = ProjectOpening.workflowEntry(lua, workflowEntry);
    ClusterConnection connection =
        cluster.resolve(
            entry.worker() == null
                ? null
                : ClusterOptions.clientOf(project, List.of(EntryId.parse(entry.worker()))),
            project.root(),
            root.environment());
    EnvironmentOptions options =
        connection
            .applyTo(EnvironmentOptions.newBuilder())
            .serve(Map.of()) // a client only: the workers run elsewhere
            .registerSearchAttributesOnUse(false)
            .build();
    String where = ClusterOptions.describe(connection);
    LocalEnvironment environment = open(lua, options, where);
    try {
      StartOptions.Builder start = StartOptions.newBuilder();
      if (workflowId != null) {
        start.workflowId(workflowId);
      }
      WorkflowRun run =
          environment.start(
              entry.id(), inputValue == null ? List.of() : List.of(inputValue), start.build());
      Map<String, Object> started = new LinkedHashMap<>();
      started.put("workflowId", run.workflowId());
      started.put("pid", run.pid());
      started.put("taskQueue", lua.taskQueueOf(entry));
      if (!await) {
        print(cli, started, null);
        return 0;
      }
      if (format.equals("text")) {
        cli.err().println("started " + run.workflowId() + " on " + where + "; waiting");
      }
      Optional<RunOutcome> outcome =
          run.awaitClose(wait == null ? Duration.ofDays(365 * 100) : wait);
      if (outcome.isEmpty()) {
        print(cli, started, null);
        throw ExitException.failed(
            "still running after "
                + timeout
                + " (it goes on; see it with `temporal workflow show -w "
                + run.workflowId()
                + "`)");
      }
      print(cli, started, outcome.get());
      return outcome.get().status() == RunStatus.COMPLETED ? 0 : ExitException.FINDINGS;
    } catch (io.temporal.client.WorkflowExecutionAlreadyStarted e) {
      throw ExitException.failed("workflow ID " + workflowId + " is already running");
    } catch (io.grpc.StatusRuntimeException e) {
      throw ExitException.failed("cannot reach " + where + ": " + ClusterConnection.reason(e), e);
    } finally {
      environment.closeInBackground();
    }
  }

  private void print(Cli cli, Map<String, Object> started, RunOutcome outcome) {
    if (format.equals("json")) {
      Map<String, Object> all = new LinkedHashMap<>(started);
      if (outcome != null) {
        all.putAll(outcome.toJson());
      }
      cli.out().println(JsonText.write(all));
      return;
    }
    if (outcome == null) {
      cli.out().println("started " + started.get("workflowId"));
      cli.out().println("  pid         " + started.get("pid"));
      cli.out().println("  task queue  " + started.get("taskQueue"));
      return;
    }
    cli.out().println(outcome.status().label() + " " + started.get("workflowId"));
    if (outcome.result() != null || outcome.status() == RunStatus.COMPLETED) {
      cli.out().println("result: " + JsonText.line(outcome.result()));
    }
    if (outcome.error() != null) {
      cli.out().println("error: " + outcome.error().kind() + ": " + outcome.error().message());
    }
  }

  private static LocalEnvironment open(LuaProject lua, EnvironmentOptions options, String where) {
    try {
      return LocalEnvironment.start(lua, options);
    } catch (io.grpc.StatusRuntimeException e) {
      throw ExitException.failed("cannot reach " + where + ": " + ClusterConnection.reason(e), e);
    }
  }
}
