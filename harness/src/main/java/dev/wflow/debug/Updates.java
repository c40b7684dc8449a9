package dev.wflow.debug;

import dev.wflow.temporal.UpdateOutcome;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends updates. An update's answer may need the workflow to move (an activity it calls first),
 * which only the session can let it do: the update goes out on its own thread while the session
 * settles the run, and its answer is read after.
 */
final class Updates {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private Updates() {}

  /** Starts the update; {@link #answer} reads its outcome once the run settled. */
  static CompletableFuture<UpdateOutcome> send(LiveRun run, String name, Object payload) {
    Object[] args = payload == null ? new Object[0] : new Object[] {payload};
    return CompletableFuture.supplyAsync(() -> run.run().update(name, WAIT, args));
  }

  /** The update's outcome, or null when the workflow has not answered yet. */
  static UpdateOutcome answer(CompletableFuture<UpdateOutcome> sent) {
    try {
      return sent.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (java.util.concurrent.ExecutionException e) {
      throw new DebugSession.SessionProblem("update " + name(e) + ": " + e.getCause().getMessage());
    }
  }

  private static String name(Exception e) {
    return e.getCause() == null ? "" : e.getCause().getClass().getSimpleName();
  }
}
