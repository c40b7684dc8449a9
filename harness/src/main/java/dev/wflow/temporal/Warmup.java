package dev.wflow.temporal;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.activity.ActivityAnswer;
import dev.wflow.temporal.activity.ActivityDispatcher;
import dev.wflow.temporal.workflow.ExecutionListener;
import dev.wflow.temporal.workflow.LuaWorkflow;
import dev.wflow.temporal.workflow.MessageRelay;
import dev.wflow.temporal.workflow.SearchAttributeCatalog;
import dev.wflow.temporal.workflow.WorkflowBinding;
import io.temporal.client.WorkflowOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import io.temporal.workflow.DynamicWorkflow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one tiny Lua workflow (an activity and a timer) when the first in-memory environment of the
 * JVM starts. The first workflow task of a JVM is slow (class loading, JIT), and on the in-memory
 * server real time leaks into the virtual clock, so without this the first run of a process would
 * report a second or so too much elapsed time.
 */
final class Warmup {

  private static final String QUEUE = "wflow-warmup";
  private static final AtomicBoolean DONE = new AtomicBoolean();
  private static final LuaProject PROJECT =
      new LuaProject(
          List.of(
              new LuaEntry(
                  "wflow:warmup",
                  "workflow.lua",
                  "wflow-warmup.lua",
                  "return function(n) local v = funcs.call('wflow:echo', {n = n})"
                      + " return {n = v.n + 1} end",
                  "main",
                  List.of("funcs"),
                  Map.of(),
                  Map.of())),
          Map.of());

  private Warmup() {}

  /** True until the JVM's warm-up run has been made. */
  static boolean pending() {
    return !DONE.get();
  }

  static void register(TemporalBackend backend, WorkerOptions options) {
    WorkflowBinding binding =
        new WorkflowBinding(
            PROJECT,
            Set.of(QUEUE),
            SearchAttributeCatalog.fixed(Map.of()),
            Duration.ofSeconds(5),
            line -> {},
            MessageRelay.NONE,
            ExecutionListener.NONE);
    Worker worker = backend.newWorker(QUEUE, options);
    worker.registerWorkflowImplementationFactory(
        DynamicWorkflow.class, () -> new LuaWorkflow(binding));
    worker.registerActivitiesImplementations(
        new ActivityDispatcher(
            PROJECT,
            List.of((type, args) -> ActivityAnswer.value(args.get(0))),
            (info, message) -> {},
            line -> {},
            () -> backend.client().newActivityCompletionClient()));
  }

  static void once(TemporalBackend backend) {
    if (!DONE.compareAndSet(false, true)) {
      return;
    }
    try {
      var stub =
          backend
              .client()
              .newUntypedWorkflowStub(
                  "wflow:warmup",
                  WorkflowOptions.newBuilder()
                      .setTaskQueue(QUEUE)
                      .setWorkflowExecutionTimeout(Duration.ofMinutes(1))
                      .build());
      stub.start(1);
      stub.getResult(10, java.util.concurrent.TimeUnit.SECONDS, Object.class);
    } catch (RuntimeException | java.util.concurrent.TimeoutException e) {
      // Warming up is an optimisation; a failure here must not stop the environment.
    }
  }
}
