package dev.wflow.temporal.workflow;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.funcs.FunctionCall;
import dev.wflow.runtime.funcs.FunctionHost;
import dev.wflow.runtime.funcs.PendingCall;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.ActivityStub;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code funcs} inside a workflow (SPEC §6): each call is a Temporal activity of type {@code id}
 * whose options are the target entry's {@code meta.options} under the executor's, and whose context
 * ({@code ctx}) is the workflow's with the executor's {@code with_context} values on top.
 */
final class ActivityCalls implements FunctionHost {

  private final LuaExecution execution;

  ActivityCalls(LuaExecution execution) {
    this.execution = execution;
  }

  @Override
  public PendingCall start(FunctionCall call) {
    Map<String, Object> options = new LinkedHashMap<>();
    execution
        .binding()
        .project()
        .entry(call.target())
        .map(LuaEntry::options)
        .ifPresent(options::putAll);
    if (call.options() != null) {
      options.putAll(call.options());
    }
    ActivityOptions activityOptions;
    try {
      activityOptions = ActivityOptionsMapping.build(options, Workflow.getInfo().getTaskQueue());
    } catch (IllegalArgumentException e) {
      // The runtime's wording; the call returns nil, err and the workflow goes on.
      throw new IllegalArgumentException(
          "invalid temporal activity options for " + call.target() + ": " + e.getMessage(), e);
    }
    // Without with_context values the activity gets the workflow's context, as everything it
    // schedules does; with them, the merge rides in the header instead.
    Map<String, Object> context = null;
    if (!call.context().isEmpty()) {
      context = new LinkedHashMap<>(execution.sandbox().host().context());
      context.putAll(call.context());
    }
    Map<String, Object> header = context;
    execution.record("activity", call.target());
    ActivityStub stub = Workflow.newUntypedActivityStub(activityOptions);
    @SuppressWarnings("unchecked")
    Promise<Object>[] promise = new Promise[1];
    CancellationScope scope =
        Workflow.newCancellationScope(
            () ->
                promise[0] =
                    MessageHeaders.sending(
                        null,
                        header,
                        () ->
                            stub.executeAsync(call.target(), Object.class, call.args().toArray())));
    scope.run();
    return new ActivityCall(execution, "activity " + call.target(), promise[0], scope);
  }
}
