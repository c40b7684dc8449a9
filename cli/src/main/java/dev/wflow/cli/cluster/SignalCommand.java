package dev.wflow.cli.cluster;

import dev.wflow.cli.Cli;
import dev.wflow.cli.ExitException;
import dev.wflow.cli.WflowCommand;
import dev.wflow.cli.run.RunInputs;
import dev.wflow.registry.Project;
import dev.wflow.registry.ProjectLoad;
import dev.wflow.registry.TemporalClient;
import dev.wflow.runtime.LuaProject;
import dev.wflow.runtime.LuaProjects;
import dev.wflow.temporal.ClusterConnection;
import dev.wflow.temporal.EnvironmentOptions;
import dev.wflow.temporal.LocalEnvironment;
import dev.wflow.temporal.workflow.WorkflowBinding;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code wflow signal WORKFLOW_ID TOPIC [JSON]}: sends a message to a running workflow the way
 * {@code process.send(pid, topic, payload)} does from application code.
 */
@Command(
    name = "signal",
    mixinStandardHelpOptions = true,
    description = {
      "Send a message on TOPIC to a running workflow, as process.send(pid, topic, payload) does",
      "from application code (a Temporal signal named TOPIC carrying the JSON payload). The",
      "workflow receives it on process.listen(TOPIC) or its inbox."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wflow signal order-o1 approve '{\"by\":\"ann\"}'",
      "  wflow signal '{app:client@app:worker|order-o1}' cancel_order",
      "  wflow signal order-o1 approve @approval.json --address localhost:7233",
      "",
      "Exit codes: 0 sent, 1 no such running workflow or the server is unreachable, 2 usage."
    })
public final class SignalCommand implements Callable<Integer> {

  @ParentCommand WflowCommand root;

  @Mixin ClusterOptions cluster;

  @Parameters(index = "0", paramLabel = "WORKFLOW_ID", description = "A workflow ID or a pid.")
  String target;

  @Parameters(index = "1", paramLabel = "TOPIC", description = "The message topic.")
  String topic;

  @Parameters(
      index = "2",
      arity = "0..1",
      paramLabel = "JSON",
      description = "The payload: JSON, or @FILE (default: no payload).")
  String payload;

  @Override
  public Integer call() {
    Cli cli = root.cli();
    if (topic.isBlank()) {
      throw ExitException.usage("TOPIC must not be empty");
    }
    Object value = RunInputs.input(payload);
    String workflowId = WorkflowBinding.workflowIdOf(target);
    // A project is optional here: it only supplies the client's address and TLS.
    ProjectLoad load = Project.load(cli.project());
    Project project = load.isEmpty() || load.hasErrors() ? null : load.project();
    TemporalClient client =
        project == null || project.clients().size() != 1 ? null : project.clients().get(0);
    ClusterConnection connection =
        cluster.resolve(
            client, project == null ? cli.project() : project.root(), root.environment());
    LuaProject lua =
        project == null ? new LuaProject(List.of(), Map.of()) : LuaProjects.from(project);
    String where = ClusterOptions.describe(connection);
    LocalEnvironment environment;
    try {
      environment =
          LocalEnvironment.start(
              lua,
              connection
                  .applyTo(EnvironmentOptions.newBuilder())
                  .serve(Map.of())
                  .registerSearchAttributesOnUse(false)
                  .build());
    } catch (io.grpc.StatusRuntimeException e) {
      throw ExitException.failed("cannot reach " + where + ": " + ClusterConnection.reason(e), e);
    }
    try {
      var stub = environment.client().newUntypedWorkflowStub(workflowId);
      if (value == null) {
        stub.signal(topic);
      } else {
        stub.signal(topic, value);
      }
      cli.out().println("sent " + topic + " to " + workflowId);
      return 0;
    } catch (io.temporal.client.WorkflowNotFoundException e) {
      throw ExitException.failed("no running workflow " + workflowId + " on " + where);
    } catch (io.grpc.StatusRuntimeException e) {
      throw ExitException.failed("cannot reach " + where + ": " + ClusterConnection.reason(e), e);
    } finally {
      environment.closeInBackground();
    }
  }
}
