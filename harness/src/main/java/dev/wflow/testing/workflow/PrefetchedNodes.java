package dev.wflow.testing.workflow;

import dev.wflow.testing.DaemonThreads;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Starts the next test's node while the current test runs. Starting one costs tens of milliseconds
 * of a test that otherwise takes about a hundred; on a machine with a free core that time
 * disappears. Each node taken starts one to replace it, so as many wait ready as tests run at once;
 * nothing starts before a test first asks (files of plain unit tests never start one), and {@link
 * #close} shuts down whatever was started but not taken.
 */
final class PrefetchedNodes implements Supplier<ReadyNode>, AutoCloseable {

  private static final ExecutorService STARTER =
      Executors.newCachedThreadPool(DaemonThreads.named("wflow-env-start"));

  private final Supplier<ReadyNode> source;
  private final Queue<CompletableFuture<ReadyNode>> ready = new ConcurrentLinkedQueue<>();
  private volatile boolean closed;

  PrefetchedNodes(Supplier<ReadyNode> source) {
    this.source = source;
  }

  @Override
  public ReadyNode get() {
    CompletableFuture<ReadyNode> next = ready.poll();
    ReadyNode node = next == null ? null : take(next);
    if (node == null) {
      node = source.get();
    }
    if (!closed) {
      ready.add(CompletableFuture.supplyAsync(source, STARTER));
      if (closed) {
        close(); // closed meanwhile: the one just started is nobody's
      }
    }
    return node;
  }

  /** The prefetched node, or null when starting it failed (the caller starts one). */
  private static ReadyNode take(CompletableFuture<ReadyNode> next) {
    try {
      return next.join();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Stops the nodes started for tests that never came. */
  @Override
  public void close() {
    closed = true;
    for (CompletableFuture<ReadyNode> f = ready.poll(); f != null; f = ready.poll()) {
      f.thenAccept(ReadyNode::close);
    }
  }
}
