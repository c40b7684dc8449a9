package dev.wflow.temporal;

/**
 * Told of every workflow execution and activity attempt a worker runs (for status lines and logs).
 * Called on worker threads, workflow threads included: it must return quickly, never block and
 * never throw.
 *
 * <pre>{@code
 * TaskObserver counts = event -> {
 *   if (event.phase() == TaskEvent.Phase.FAILED) failed.incrementAndGet();
 * };
 * }</pre>
 */
@FunctionalInterface
public interface TaskObserver {

  TaskObserver NONE = event -> {};

  void observe(TaskEvent event);
}
