package dev.wflow.testing.workflow;

import dev.wflow.testing.DaemonThreads;
import dev.wflow.testing.TestOptions;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts the next test's environment while the current test runs. Starting one costs tens of
 * milliseconds of a test that otherwise takes about a hundred; on a machine with a free core that
 * time disappears. Prefetching begins once a thread has asked for an environment (files of plain
 * unit tests never start one), and {@link #close} shuts down whatever was prefetched but unused.
 */
final class PrefetchedEnvironments implements WorkflowDriving.Environments, AutoCloseable {

  private static final ExecutorService STARTER =
      Executors.newCachedThreadPool(DaemonThreads.named("wflow-env-start"));

  private final WorkflowDriving.Environments source;
  private final AutoCloseable alsoClose;
  private final ThreadLocal<CompletableFuture<WorkflowEnvironment>> next = new ThreadLocal<>();
  private final Set<CompletableFuture<WorkflowEnvironment>> pending = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /**
   * @param alsoClose what else the environments share and the end of the run releases
   */
  PrefetchedEnvironments(WorkflowDriving.Environments source, AutoCloseable alsoClose) {
    this.source = source;
    this.alsoClose = alsoClose;
  }

  @Override
  public WorkflowEnvironment open(TestOptions options) {
    CompletableFuture<WorkflowEnvironment> ready = next.get();
    WorkflowEnvironment env = ready == null ? null : take(ready);
    if (env == null) {
      env = source.open(options);
    }
    if (!closed) {
      CompletableFuture<WorkflowEnvironment> upcoming =
          CompletableFuture.supplyAsync(() -> source.open(options), STARTER);
      pending.add(upcoming);
      next.set(upcoming);
    }
    return env;
  }

  /** The prefetched environment, or null when starting it failed (the caller starts one). */
  private WorkflowEnvironment take(CompletableFuture<WorkflowEnvironment> ready) {
    next.remove();
    pending.remove(ready);
    try {
      return ready.join();
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  public void close() throws Exception {
    closed = true;
    for (CompletableFuture<WorkflowEnvironment> f : pending) {
      try {
        f.join().close();
      } catch (RuntimeException e) {
        // It never started; there is nothing to stop.
      }
    }
    pending.clear();
    alsoClose.close();
  }
}
