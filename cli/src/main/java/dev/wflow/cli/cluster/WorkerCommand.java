package dev.wflow.cli.cluster;

import dev.wflow.cli.Cli;
import dev.wflow.cli.ExitException;
import dev.wflow.cli.WflowCommand;
import dev.wflow.cli.run.ProjectOpening;
import dev.wflow.cli.run.RunInputs;
import dev.wflow.registry.Project;
import dev.wflow.registry.TemporalWorker;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import dev.wflow.runtime.LuaProjects;
import dev.wflow.temporal.ClusterConnection;
import dev.wflow.temporal.EnvironmentOptions;
import dev.wflow.temporal.LocalEnvironment;
import dev.wflow.temporal.TaskTally;
import dev.wflow.temporal.WorkerTuning;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code wflow worker}: serves the project's workflows and activities on a Temporal cluster until
 * SIGINT or SIGTERM, then stops gracefully.
 */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the project's workflow.lua entries and its activities (function.lua/process.lua with",
      "meta.temporal.activity) on the task queues of its temporal.worker entries, on a real",
      "Temporal server, until Ctrl-C or SIGTERM; then stop gracefully (tasks in flight may finish",
      "within the grace period, the rest is handed back to the server for another worker).",
      "Address, namespace, tq_prefix and TLS come from the temporal.client entry; flags override."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wflow server &                           a local server to try it on",
      "  wflow worker                             every worker entry, the client's address",
      "  wflow worker --address localhost:7233 --worker app:worker",
      "  wflow worker --format json               one JSON event per line",
      "  wflow -v worker                          a line per workflow and activity task",
      "",
      "Exit codes: 0 stopped by Ctrl-C/SIGTERM, 1 stopped before the server was reached,",
      "2 usage, 3 project not loadable."
    })
public final class WorkerCommand implements Callable<Integer> {

  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  @ParentCommand WflowCommand root;

  @Mixin ClusterOptions cluster;

  @Option(
      names = "--worker",
      paramLabel = "ID",
      description = "Serve only this temporal.worker entry (repeatable; default: all).")
  List<String> workers = new ArrayList<>();

  @Option(
      names = "--grace",
      paramLabel = "DURATION",
      description =
          "How long a stop waits for tasks in flight (default: the workers' worker_stop_timeout,"
              + " else 10s).")
  String grace;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (one event per line) (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--status-interval",
      paramLabel = "DURATION",
      defaultValue = "10s",
      description = "How often the status line is printed when stdout is not a terminal.")
  String statusInterval;

  @Override
  public Integer call() throws InterruptedException {
    Cli cli = root.cli();
    if (!format.equals("text") && !format.equals("json")) {
      throw ExitException.usage("--format must be text or json, got " + format);
    }
    Duration interval = RunInputs.positiveDuration(statusInterval, "--status-interval");
    Project project = ProjectOpening.load(cli);
    List<TemporalWorker> served = selectWorkers(project);
    Map<String, WorkerTuning> queues = tuning(project, served);
    ClusterConnection connection =
        cluster.resolve(
            ClusterOptions.clientOf(project, served.stream().map(TemporalWorker::id).toList()),
            project.root(),
            root.environment());
    Duration stopWait =
        grace != null ? RunInputs.positiveDuration(grace, "--grace") : defaultGrace(queues);
    LuaProject lua = LuaProjects.from(project);
    WorkerReport report =
        new WorkerReport(cli.out(), format.equals("json"), cli.verbose(), root.stdoutIsTerminal());
    TaskTally tally = new TaskTally();
    StopRequest stop = StopRequest.onSignals();
    String where = ClusterOptions.describe(connection);

    if (!reach(connection, where, report, stop)) {
      cli.err().println("wflow: stopped before " + connection.address() + " could be reached");
      return ExitException.FINDINGS;
    }
    EnvironmentOptions.Builder options =
        connection
            .applyTo(EnvironmentOptions.newBuilder())
            .serve(queues)
            .registerSearchAttributesOnUse(false)
            .taskObserver(
                event -> {
                  tally.add(event);
                  report.task(event);
                });
    if (cli.verbose()) {
      options.log(line -> cli.err().println("print: " + line));
    }
    LocalEnvironment environment;
    try {
      environment = LocalEnvironment.start(lua, options.build());
    } catch (io.grpc.StatusRuntimeException e) {
      throw ExitException.failed("cannot reach " + where + ": " + ClusterConnection.reason(e), e);
    }
    report.serving(
        where,
        queueNames(served, lua),
        servedWorkflows(lua, served),
        servedActivities(lua, served));
    String signal = serve(connection, where, report, tally, stop, interval);
    report.stopping(signal, stopWait.toSeconds(), running(tally.counts()));
    boolean finished = environment.shutdown(stopWait);
    report.stopped(tally.counts(), finished);
    return 0;
  }

  /** Polls the status and the connection until a stop is requested; returns the signal. */
  private String serve(
      ClusterConnection connection,
      String where,
      WorkerReport report,
      TaskTally tally,
      StopRequest stop,
      Duration interval)
      throws InterruptedException {
    Duration tick = root.stdoutIsTerminal() ? Duration.ofSeconds(1) : interval;
    boolean reachable = true;
    long lastCheck = System.nanoTime();
    report.status(tally.counts(), true);
    while (!stop.await(tick)) {
      report.status(tally.counts(), false);
      if (System.nanoTime() - lastCheck > Duration.ofSeconds(10).toNanos()) {
        lastCheck = System.nanoTime();
        String problem = connection.problem(Duration.ofSeconds(5));
        if (problem != null && reachable) {
          // The SDK keeps polling with its own backoff; this only says so.
          report.unreachable(where, problem, 10);
        } else if (problem == null && !reachable) {
          report.reconnected(where);
        }
        reachable = problem == null;
      }
    }
    return stop.await();
  }

  /** Waits for the server with backoff; false when stopped first. */
  private static boolean reach(
      ClusterConnection connection, String where, WorkerReport report, StopRequest stop)
      throws InterruptedException {
    Duration backoff = Duration.ofSeconds(1);
    while (true) {
      String problem = connection.problem(Duration.ofSeconds(5));
      if (problem == null) {
        return true;
      }
      report.unreachable(where, problem, backoff.toSeconds());
      if (stop.await(backoff)) {
        return false;
      }
      backoff =
          backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0
              ? MAX_BACKOFF
              : backoff.multipliedBy(2);
    }
  }

  private List<TemporalWorker> selectWorkers(Project project) {
    List<TemporalWorker> all = project.workers();
    if (all.isEmpty()) {
      throw ExitException.projectNotLoadable(
          "the project has no temporal.worker entry: nothing to serve (wflow new adds one)");
    }
    if (workers.isEmpty()) {
      return all;
    }
    List<TemporalWorker> chosen = new ArrayList<>();
    for (String id : workers) {
      TemporalWorker match =
          all.stream()
              .filter(w -> w.id().toString().equals(id))
              .findFirst()
              .orElseThrow(
                  () ->
                      ExitException.usage(
                          "--worker "
                              + id
                              + ": no temporal.worker entry of that ID; workers: "
                              + String.join(
                                  ", ", all.stream().map(w -> w.id().toString()).toList())));
      if (!chosen.contains(match)) {
        chosen.add(match);
      }
    }
    return chosen;
  }

  private static Map<String, WorkerTuning> tuning(Project project, List<TemporalWorker> served) {
    LuaProject lua = LuaProjects.from(project);
    Map<String, WorkerTuning> queues = new LinkedHashMap<>();
    for (TemporalWorker w : served) {
      String queue = lua.taskQueues().get(w.id().toString());
      if (queue == null) {
        throw ExitException.projectNotLoadable(w.id() + ": no task_queue");
      }
      try {
        WorkerTuning t = WorkerTuning.parse(w.workerOptions());
        if (queues.putIfAbsent(queue, t) != null) {
          // Two worker entries on one queue: one poller set serves both, as one process would.
          continue;
        }
      } catch (IllegalArgumentException e) {
        throw ExitException.projectNotLoadable(w.id() + ": " + e.getMessage());
      }
    }
    return queues;
  }

  /** The longest {@code worker_stop_timeout} of the served workers, else 10 s. */
  private static Duration defaultGrace(Map<String, WorkerTuning> queues) {
    return queues.values().stream()
        .flatMap(t -> t.stopTimeout().stream())
        .max(Duration::compareTo)
        .orElse(Duration.ofSeconds(10));
  }

  private static Map<String, String> queueNames(List<TemporalWorker> served, LuaProject lua) {
    Map<String, String> names = new LinkedHashMap<>();
    served.forEach(w -> names.put(w.id().toString(), lua.taskQueues().get(w.id().toString())));
    return names;
  }

  private static int servedWorkflows(LuaProject lua, List<TemporalWorker> served) {
    return (int) lua.entries().stream().filter(e -> e.isWorkflow() && servedBy(e, served)).count();
  }

  private static int servedActivities(LuaProject lua, List<TemporalWorker> served) {
    return (int) lua.entries().stream().filter(e -> e.isActivity() && servedBy(e, served)).count();
  }

  private static boolean servedBy(LuaEntry e, List<TemporalWorker> served) {
    String worker = e.worker();
    return worker != null && served.stream().anyMatch(w -> w.id().toString().equals(worker));
  }

  private static long running(TaskTally.Counts c) {
    return c.workflows().running() + c.activities().running();
  }
}
