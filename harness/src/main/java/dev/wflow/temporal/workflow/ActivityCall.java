package dev.wflow.temporal.workflow;

import dev.wflow.runtime.funcs.CallOutcome;
import dev.wflow.runtime.funcs.PendingCall;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import java.util.function.Function;
import org.luaj.vm2.LuaValue;

/**
 * A scheduled activity or child workflow as a {@code funcs} call of a workflow: waiting yields the
 * workflow until Temporal reports the outcome; the response channel is a workflow channel.
 */
final class ActivityCall implements PendingCall {

  private final LuaExecution execution;
  private final String label;
  private final Promise<Object> promise;
  private final CancellationScope scope;

  ActivityCall(
      LuaExecution execution, String label, Promise<Object> promise, CancellationScope scope) {
    this.execution = execution;
    this.label = label;
    this.promise = promise;
    this.scope = scope;
  }

  @Override
  public CallOutcome outcome() {
    return promise.isCompleted() ? outcomeOf(promise.getFailure()) : null;
  }

  @Override
  public CallOutcome await() {
    execution.until("result of " + label, promise::isCompleted);
    return outcome();
  }

  private CallOutcome outcomeOf(RuntimeException failure) {
    return failure != null
        ? CallOutcome.failure(FailureMapping.toError(failure))
        : CallOutcome.success(promise.get());
  }

  @Override
  public LuaValue channel(Function<CallOutcome, LuaValue> delivery) {
    LuaChannel ch = new LuaChannel(execution, 1, label);
    promise.handle(
        (value, failure) -> {
          ch.offer(delivery.apply(outcomeOf(failure)));
          return null;
        });
    return ch;
  }

  @Override
  public void cancel() {
    scope.cancel();
  }
}
