package dev.wflow.node;

import dev.wflow.runtime.WippyError;
import dev.wflow.runtime.funcs.CallOutcome;
import dev.wflow.runtime.funcs.PendingCall;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.luaj.vm2.LuaValue;

/**
 * A {@code funcs} call of a regular process (test code, an activity): the function runs on a thread
 * of its own, as on the platform where it is a process of its own, so {@code funcs.async} returns
 * at once and the caller waits only on {@code f:response():receive()} or {@code funcs.call}.
 *
 * <pre>{@code
 * PendingCall call = ThreadedCall.start("app:echo", () -> CallOutcome.success(run()), waiter);
 * }</pre>
 */
public final class ThreadedCall implements PendingCall {

  private static final ExecutorService THREADS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "wflow-funcs");
            t.setDaemon(true);
            return t;
          });

  private final String target;
  private final Waiter waiter;
  private final CompletableFuture<CallOutcome> outcome = new CompletableFuture<>();

  private ThreadedCall(String target, Waiter waiter) {
    this.target = target;
    this.waiter = waiter;
  }

  /**
   * Starts {@code body} on a thread of its own. A Java exception from it is a bug of wflow, not an
   * error of the function: waiting for the call raises it (with its Java stack for {@code -e}).
   */
  public static ThreadedCall start(String target, Supplier<CallOutcome> body, Waiter waiter) {
    ThreadedCall call = new ThreadedCall(target, waiter);
    THREADS.execute(
        () -> {
          try {
            call.outcome.complete(body.get());
          } catch (RuntimeException e) {
            call.outcome.completeExceptionally(e);
          }
        });
    return call;
  }

  @Override
  public CallOutcome outcome() {
    return outcome.getNow(null);
  }

  @Override
  public CallOutcome await() {
    waiter.await(outcome, "result of " + target);
    return outcome.join();
  }

  @Override
  public LuaValue channel(Function<CallOutcome, LuaValue> delivery) {
    HostChannel ch = new HostChannel(1, "response of " + target, waiter);
    outcome.whenComplete(
        (o, bug) -> {
          if (o != null) {
            ch.offer(delivery.apply(o));
          } else {
            ch.close();
          }
        });
    return ch;
  }

  /** The function keeps running (best effort, as on the platform); its result is dropped. */
  @Override
  public void cancel() {
    outcome.complete(CallOutcome.failure(WippyError.of("Canceled", "canceled", false, null)));
  }
}
