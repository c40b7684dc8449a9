package dev.wflow.node;

import java.util.concurrent.CompletableFuture;

/**
 * How a regular process's thread waits: until {@code wake} completes, while doing whatever its host
 * must keep doing meanwhile (a test file's thread keeps answering mock calls) and letting the
 * node's virtual clock run. A waiter that gives up (the test timed out) throws.
 *
 * <pre>{@code
 * Waiter waiter = (wake, what) -> mailbox.await(wake);
 * }</pre>
 */
@FunctionalInterface
public interface Waiter {

  /**
   * @param what what the process waits for ("receive on inbox"), for messages about a hang
   */
  void await(CompletableFuture<?> wake, String what);
}
