package dev.wflow.temporal;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.activity.ActivityDispatcher;
import dev.wflow.temporal.activity.ActivityHandler;
import dev.wflow.temporal.activity.LuaActivityRunner;
import dev.wflow.temporal.history.ErrorInfo;
import dev.wflow.temporal.history.HistoryReplayer;
import dev.wflow.temporal.history.ReplayReport;
import dev.wflow.temporal.workflow.ExecutionListener;
import dev.wflow.temporal.workflow.FailureMapping;
import dev.wflow.temporal.workflow.LuaWorkflow;
import dev.wflow.temporal.workflow.MessageHeaders;
import dev.wflow.temporal.workflow.WorkflowBinding;
import io.temporal.activity.ActivityInfo;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import io.temporal.workflow.DynamicWorkflow;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A place to run a project's Lua workflows: Temporal's in-memory server (time skipping on by
 * default) or an external server, with a worker on every task queue the project's workers name, the
 * Lua workflow factory and the activity dispatcher registered.
 *
 * <pre>{@code
 * try (LocalEnvironment env = LocalEnvironment.start(project, EnvironmentOptions.defaults())) {
 *   WorkflowRun run = env.start("app:order_workflow", List.of(Map.of("id", "o1")),
 *       StartOptions.newBuilder()
 *           .handler(ActivityHandler.fixed("app:charge_payment", Map.of("id", "pay-1")))
 *           .build());
 *   run.sleep(Duration.ofMinutes(30));          // advance the virtual clock
 *   run.signal("approve", Map.of("by", "ann"));
 *   RunOutcome outcome = run.result(Duration.ofSeconds(30));
 *   List<ActivityCall> calls = run.calls("app:charge_payment");
 * }
 * }</pre>
 *
 * <p>Runs in one environment share its clock; each test should use its own environment.
 */
public final class LocalEnvironment implements AutoCloseable {

  private static final Duration DEADLOCK_MARGIN = Duration.ofSeconds(3);

  private final LuaProject project;
  private final EnvironmentOptions options;
  private final TemporalBackend backend;
  private final ActivityDispatcher dispatcher;
  private final Map<String, String> problems = new ConcurrentHashMap<>();
  private final Set<String> queues;
  private final LuaActivityRunner functions;
  private final ClockHold clockHold;

  private LocalEnvironment(LuaProject project, EnvironmentOptions options) {
    this.project = project;
    this.options = options;
    this.backend =
        options.address() == null
            ? TemporalBackend.inMemory(options)
            : TemporalBackend.cluster(options);
    this.queues =
        new LinkedHashSet<>(
            options.served() != null ? options.served().keySet() : project.allTaskQueues());
    this.functions = new LuaActivityRunner(project, options.log());
    this.clockHold = new ClockHold(backend);
    this.dispatcher =
        new ActivityDispatcher(
            project,
            options.handlers(),
            this::missingActivity,
            options.log(),
            () -> backend.client().newActivityCompletionClient());
  }

  /** Starts an environment serving every workflow and activity of {@code project}. */
  public static LocalEnvironment start(LuaProject project, EnvironmentOptions options) {
    LocalEnvironment env = new LocalEnvironment(project, options);
    try {
      env.register();
      env.backend.start();
      if (options.address() == null) {
        Warmup.once(env.backend);
      }
      return env;
    } catch (RuntimeException e) {
      env.close();
      throw e;
    }
  }

  private void register() {
    WorkflowBinding binding =
        new WorkflowBinding(
            project,
            Set.copyOf(queues),
            backend.searchAttributes(options.searchAttributes()),
            options.runawayLimit(),
            options.log(),
            options.relay(),
            ExecutionListener.both(clockHold, options.listener()),
            options.address() == null ? this::running : null);
    WorkerOptions workerOptions =
        WorkerOptions.newBuilder()
            .setDefaultDeadlockDetectionTimeout(
                options.runawayLimit().plus(DEADLOCK_MARGIN).toMillis())
            .build();
    if (options.address() == null && Warmup.pending()) {
      Warmup.register(backend, workerOptions);
    }
    for (String queue : queues) {
      Worker worker = backend.newWorker(queue, tuned(queue, workerOptions));
      worker.registerWorkflowImplementationFactory(
          DynamicWorkflow.class, () -> new LuaWorkflow(binding));
      worker.registerActivitiesImplementations(dispatcher);
    }
  }

  /**
   * The worker options of {@code queue}: the project's {@code worker_options} over the defaults.
   */
  private WorkerOptions tuned(String queue, WorkerOptions defaults) {
    WorkerTuning tuning = options.served() == null ? null : options.served().get(queue);
    if (tuning == null) {
      return defaults;
    }
    WorkerOptions.Builder b = WorkerOptions.newBuilder(defaults);
    tuning.applyTo(b);
    if (tuning.deadlockDetectionTimeout().isPresent()) {
      // The runaway guard needs its margin: a shorter detector would cut a Lua step before the
      // guard can name its line.
      long floor = options.runawayLimit().plus(DEADLOCK_MARGIN).toMillis();
      b.setDefaultDeadlockDetectionTimeout(
          Math.max(floor, tuning.deadlockDetectionTimeout().get().toMillis()));
    }
    return b.build();
  }

  /**
   * Starts a workflow entry.
   *
   * @param workflowEntryId the entry ID ({@code app:order_workflow})
   * @param args its arguments as plain Java JSON values (one per payload)
   * @throws IllegalArgumentException when the project has no such workflow entry
   */
  public WorkflowRun start(String workflowEntryId, List<Object> args, StartOptions startOptions) {
    LuaEntry entry =
        project
            .entry(workflowEntryId)
            .filter(LuaEntry::isWorkflow)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no workflow entry " + workflowEntryId + " in the project"));
    WorkflowStartMapping platform = WorkflowStartMapping.of(startOptions.options());
    String explicit =
        startOptions.workflowId() != null ? startOptions.workflowId() : platform.workflowId();
    String workflowId =
        explicit != null
            ? explicit
            : entry.id().replace(':', '.') + "-" + UUID.randomUUID().toString().substring(0, 8);
    String queue =
        platform.taskQueue() != null
            ? platform.taskQueue()
            : startOptions.taskQueue() != null
                ? startOptions.taskQueue()
                : project.taskQueueOf(entry);
    WorkflowOptions.Builder wo =
        WorkflowOptions.newBuilder().setWorkflowId(workflowId).setTaskQueue(queue);
    platform.apply(wo, explicit != null);
    if (startOptions.executionTimeout() != null) {
      wo.setWorkflowExecutionTimeout(startOptions.executionTimeout());
    }
    WorkflowStub stub = client().newUntypedWorkflowStub(entry.workflowType(), wo.build());
    boolean joins = platform.useExistingOnConflict(explicit != null);
    if (!joins && !startOptions.messages().isEmpty()) {
      refuseRunning(workflowId);
    }
    // Before the start: under load the run's first activity can be dispatched before start()
    // returns, and it must find the run's mocks.
    List<ActivityHandler> previous = dispatcher.handlersForRun(workflowId, startOptions.handlers());
    String runId;
    try {
      runId =
          MessageHeaders.sending(
              startOptions.sender(),
              startOptions.context(),
              () -> startWithMessages(stub, args, startOptions.messages()));
    } catch (RuntimeException e) {
      // The run that has the ID (if any) keeps its own handlers.
      dispatcher.handlersForRun(workflowId, previous);
      if (!(e instanceof WorkflowExecutionAlreadyStarted started) || !joins) {
        throw e;
      }
      // The platform joins the running workflow and delivers the start's messages to it.
      MessageHeaders.sending(
          startOptions.sender(),
          startOptions.context(),
          () -> {
            startOptions
                .messages()
                .forEach(
                    m ->
                        client().newUntypedWorkflowStub(workflowId).signal(m.topic(), m.payload()));
            return null;
          });
      runId = started.getExecution().getRunId();
      return new WorkflowRun(this, workflowId, runId, entry);
    }
    problems.remove(workflowId); // a workflow ID may be reused by a later run
    return new WorkflowRun(this, workflowId, runId, entry);
  }

  /**
   * Signal-with-start joins a running workflow whatever the conflict policy on the test server,
   * where the platform's start under a fail policy (or error-when-already-started) returns an error
   * and delivers nothing; so that policy is checked before the call.
   */
  private void refuseRunning(String workflowId) {
    WorkflowExecutionMetadata running;
    try {
      running = client().newUntypedWorkflowStub(workflowId).describe();
    } catch (WorkflowNotFoundException e) {
      return;
    }
    if (running.getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      throw new WorkflowExecutionAlreadyStarted(
          running.getExecution(), running.getWorkflowType(), null);
    }
  }

  /** Whether {@code workflowId} names a running run (the in-memory server's cancel targets). */
  private boolean running(String workflowId) {
    // Asked from a workflow thread, where the client refuses to run: the call goes on another.
    return java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                return client().newUntypedWorkflowStub(workflowId).describe().getStatus()
                    == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
              } catch (WorkflowNotFoundException e) {
                return false;
              }
            })
        .join();
  }

  /** Starts (with the first message as signal-with-start); returns the run ID. */
  private String startWithMessages(
      WorkflowStub stub, List<Object> args, List<StartOptions.StartMessage> messages) {
    if (messages.isEmpty()) {
      return stub.start(args.toArray()).getRunId();
    }
    StartOptions.StartMessage first = messages.get(0);
    String runId =
        stub.signalWithStart(first.topic(), new Object[] {first.payload()}, args.toArray())
            .getRunId();
    for (StartOptions.StartMessage m : messages.subList(1, messages.size())) {
      stub.signal(m.topic(), m.payload());
    }
    return runId;
  }

  /** A run object for a workflow started elsewhere (a pid from {@code process.spawn}). */
  public WorkflowRun attach(String pidOrWorkflowId) {
    String workflowId = WorkflowBinding.workflowIdOf(pidOrWorkflowId);
    WorkflowStub stub = client().newUntypedWorkflowStub(workflowId);
    String type = stub.describe().getWorkflowType();
    LuaEntry entry =
        project
            .workflowOfType(type)
            .orElseThrow(() -> new IllegalArgumentException("no workflow entry of type " + type));
    return new WorkflowRun(this, workflowId, stub.getExecution().getRunId(), entry);
  }

  /**
   * Runs a {@code function.lua} entry directly in its own Lua environment, outside Temporal (how
   * test code calls {@code funcs.call} on a function).
   *
   * @throws IllegalArgumentException when there is no such function entry
   */
  public CallOutcome callFunction(String entryId, List<Object> args) {
    LuaEntry entry =
        project
            .entry(entryId)
            .filter(e -> e.kind().equals("function.lua") || e.kind().equals("process.lua"))
            .orElseThrow(() -> new IllegalArgumentException("no function entry " + entryId));
    try {
      return new CallOutcome(functions.run(entry, args, null), null);
    } catch (io.temporal.failure.ApplicationFailure failure) {
      var e = FailureMapping.toError(failure);
      return new CallOutcome(null, new ErrorInfo(e.kind(), e.message(), e.retryable(), null));
    }
  }

  /** Replays a history (Temporal JSON) against the project's current code. */
  public ReplayReport replay(String historyJson) {
    return HistoryReplayer.replay(project, historyJson);
  }

  public WorkflowClient client() {
    return backend.client();
  }

  public LuaProject project() {
    return project;
  }

  /**
   * While true, virtual time skips ahead whenever the workflows are idle, as while a client waits
   * for a result: for regular processes that wait for what workflows do. Calls come in pairs.
   */
  public void timeFlows(boolean flows) {
    backend.timeFlows(flows);
  }

  /** The environment's (virtual) clock. */
  public Instant now() {
    return Instant.ofEpochMilli(backend.currentTimeMillis());
  }

  /** Advances the virtual clock (in-memory) or waits (external server). */
  public void sleep(Duration d) {
    backend.sleep(d);
  }

  /**
   * A call to an activity nobody serves fails with a retryable NotFound, and the workflow gets it
   * once the call's retry policy gives up. A policy that never gives up would keep the run waiting
   * forever (as on the platform), so such a run is stopped at once with the reason.
   */
  private void missingActivity(ActivityInfo info, String message) {
    String root = ActivityDispatcher.rootWorkflowId(info.getWorkflowId());
    if (!MissingActivity.retriedForever(client(), info)
        || problems.putIfAbsent(root, message) != null) {
      return;
    }
    try {
      client().newUntypedWorkflowStub(root).terminate(message);
    } catch (RuntimeException e) {
      // Already closed, or the server is going away: the waiting side still sees the problem.
    }
  }

  /** A caller starts or stops waiting for a run's result (see {@link ClockHold}). */
  void awaitingResult(String workflowId, boolean waits) {
    clockHold.waiting(workflowId, waits);
  }

  /** Activity calls of a run tree that wait for a later answer. */
  int deferredCalls(String rootWorkflowId) {
    return dispatcher.deferredCalls(rootWorkflowId);
  }

  /** A problem that makes a run unable to finish (a missing activity), or null. */
  String problemOf(String workflowId) {
    return problems.get(workflowId);
  }

  @Override
  public void close() {
    backend.close();
  }

  /**
   * Stops the workers gracefully: no new tasks are polled, tasks in flight may finish for up to
   * {@code grace}, then the rest is stopped (the server hands unfinished tasks to another worker).
   *
   * @return true when every task in flight finished within {@code grace}
   */
  public boolean shutdown(Duration grace) {
    return backend.shutdown(grace);
  }

  /**
   * Closes on a daemon thread: stopping the workers waits for their long polls (about half a
   * second), which a command line tool that is about to exit need not sit through.
   */
  public java.util.concurrent.CompletableFuture<Void> closeInBackground() {
    java.util.concurrent.CompletableFuture<Void> done =
        new java.util.concurrent.CompletableFuture<>();
    Thread closer =
        new Thread(
            () -> {
              try {
                close();
                done.complete(null);
              } catch (RuntimeException e) {
                done.completeExceptionally(e);
              }
            },
            "wflow-environment-close");
    closer.setDaemon(true);
    closer.start();
    return done;
  }
}
