package dev.wflow.testing;

import dev.wflow.testing.lua.TestTimedOut;
import dev.wflow.testing.lua.Watchdog;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * Keeps a test file's Lua state single-threaded. LuaJ states are not thread-safe, yet mock
 * functions written in a test run when a workflow calls an activity, on an activity thread. Such
 * calls are posted here and run on the test's own thread while it waits for the workflow ({@code
 * run:result()}, {@code run:sleep()}, …), so the test and its mocks never run at the same time.
 *
 * <pre>{@code
 * // activity thread
 * Object value = mailbox.call(() -> mockFunction.call(args));
 * // test thread
 * Object result = mailbox.await(workflowResultFuture);
 * }</pre>
 */
public final class LuaMailbox {

  private final BlockingQueue<Runnable> posted = new LinkedBlockingQueue<>();
  private final Watchdog watchdog;
  private volatile Thread owner;
  private volatile boolean closed;

  public LuaMailbox(Watchdog watchdog) {
    this.watchdog = watchdog;
  }

  /** Makes the calling thread the one that runs Lua. */
  public void claim() {
    owner = Thread.currentThread();
    closed = false;
  }

  /**
   * Runs {@code body} on the Lua thread and returns its result; from the Lua thread itself it runs
   * at once. Blocks the caller until the test thread gets to it.
   */
  public <T> T call(Supplier<T> body) {
    if (Thread.currentThread() == owner) {
      return body.get();
    }
    CompletableFuture<T> done = new CompletableFuture<>();
    if (closed) {
      throw new IllegalStateException("the test that owned this mock has finished");
    }
    posted.add(
        () -> {
          try {
            done.complete(body.get());
          } catch (RuntimeException | Error e) {
            done.completeExceptionally(e);
          }
        });
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the test's Lua state", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Waits on the Lua thread for {@code future}, running posted calls meanwhile. The watchdog's
   * deadline ends the wait with {@link TestTimedOut}.
   */
  public <T> T await(CompletableFuture<T> future) throws ExecutionException {
    future.whenComplete((v, e) -> posted.add(() -> {}));
    while (!future.isDone()) {
      watchdog.check();
      try {
        posted.take().run();
      } catch (InterruptedException e) {
        watchdog.check();
      }
    }
    drain();
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExecutionException(e);
    }
  }

  private void drain() {
    Runnable r;
    while ((r = posted.poll()) != null) {
      r.run();
    }
  }

  /** After a test: calls still waiting fail, so activity threads do not hang. */
  public void close() {
    closed = true;
    Runnable r;
    while ((r = posted.poll()) != null) {
      r.run(); // runs them: a mock body is short and leaving an activity blocked would hang it
    }
  }
}
