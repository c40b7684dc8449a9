package dev.wflow.temporal.workflow;

import dev.wflow.runtime.CryptoModule;
import dev.wflow.runtime.EntryProgram;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.LuaLoadException;
import dev.wflow.runtime.LuaSandbox;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.RunawayLuaError;
import dev.wflow.runtime.WippyError;
import dev.wflow.runtime.funcs.FuncsModule;
import io.temporal.common.converter.EncodedValues;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.DynamicWorkflow;
import io.temporal.workflow.Workflow;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The one Temporal workflow implementation behind every Lua workflow entry: finds the entry by
 * workflow type, builds its Lua environment, and runs its entry function.
 *
 * <p>The order matters: message handlers are registered before any Lua code loads, so no signal is
 * lost; the Lua code runs in a detached cancellation scope, because on the platform a cancellation
 * request is only an event on {@code process.events()} and stops nothing by itself.
 *
 * <pre>{@code
 * worker.registerWorkflowImplementationFactory(DynamicWorkflow.class,
 *     () -> new LuaWorkflow(binding), implementationOptions);
 * }</pre>
 */
public final class LuaWorkflow implements DynamicWorkflow {

  /**
   * Memo key of the value a workflow returned after a cancel request. Temporal's Java SDK records
   * any run that ends after a cancel request as canceled and drops its result; on the platform the
   * run completes with it, so the value is kept where {@code WorkflowRun} finds it.
   */
  public static final String RETURNED_AFTER_CANCEL = "wflow.returned";

  private final WorkflowBinding binding;

  private volatile LuaExecution execution;

  /** Temporal creates the instance inside the workflow, before handing it the first task. */
  public LuaWorkflow(WorkflowBinding binding) {
    this.binding = binding;
    MessageHandlers.registerUpdates(() -> execution);
  }

  @Override
  public Object execute(EncodedValues args) {
    String type = Workflow.getInfo().getWorkflowType();
    LuaEntry entry =
        binding
            .project()
            .workflowOfType(type)
            .orElseThrow(
                () ->
                    ApplicationFailure.newNonRetryableFailure(
                        "no workflow entry has workflow type '" + type + "'", "NotFound"));
    LuaExecution execution = new LuaExecution(binding, entry);
    MessageHandlers.register(execution);
    this.execution = execution;
    CancellationScope root = CancellationScope.current();
    boolean[] cancelRequested = {false};
    // A promise callback, not a waiting thread: it runs inside the cancel callback itself.
    root.getCancellationRequest()
        .thenApply(
            reason -> {
              cancelRequested[0] = true;
              execution
                  .mailbox()
                  .events()
                  .offer(ProcessEvents.cancel(Workflow.currentTimeMillis()));
              return null;
            });
    Object[] result = new Object[1];
    try {
      Workflow.newDetachedCancellationScope(
              () -> result[0] = run(execution, args, () -> cancelRequested[0]))
          .run();
    } catch (CanceledFailure e) {
      execution.closed(ExecutionListener.Closing.CANCELED);
      throw e;
    } catch (ApplicationFailure e) {
      execution.closed(ExecutionListener.Closing.FAILED);
      throw e;
    } catch (RuntimeException | Error e) {
      // Continue-as-new unwinds as an SDK error; anything else (a thread being destroyed when the
      // worker evicts the run from its cache) is not the end of the execution.
      if (e.getClass().getSimpleName().contains("ContinueAsNew")) {
        execution.closed(ExecutionListener.Closing.CONTINUED_AS_NEW);
      }
      throw e;
    }
    if (cancelRequested[0] && result[0] != null) {
      Workflow.upsertMemo(java.util.Map.of(RETURNED_AFTER_CANCEL, result[0]));
    }
    execution.closed(ExecutionListener.Closing.COMPLETED);
    return result[0];
  }

  private Object run(
      LuaExecution execution, EncodedValues args, java.util.function.BooleanSupplier canceled) {
    execution.mainStarts();
    LuaValue main = load(execution);
    LuaValue[] luaArgs = new LuaValue[args.getSize()];
    for (int i = 0; i < luaArgs.length; i++) {
      luaArgs[i] = LuaJson.toLua(args.get(i, Object.class));
    }
    Varargs returned;
    try {
      returned = main.invoke(LuaValue.varargsOf(luaArgs));
    } catch (WorkflowAbort abort) {
      throw failure(abort.kind(), abort.getMessage());
    } catch (RunawayLuaError runaway) {
      throw failure("Internal", runaway.getMessage());
    } catch (StackOverflowError | OutOfMemoryError vm) {
      // A failure of the run at its Lua line, not a workflow task retried until a timeout.
      throw failure("Internal", execution.sandbox().tracker().describe(vm));
    } catch (LuaError raised) {
      WippyError error = WippyError.fromRaised(raised);
      throw failure(error.kind().isEmpty() ? "Internal" : error.kind(), raised.getMessage());
    }
    if (execution.fatal() != null) {
      throw failure(execution.fatal().kind(), execution.fatal().getMessage());
    }
    // Only "nil, err" is a failure: a value followed by anything else is a result.
    LuaValue err = returned.arg1().isnil() ? returned.arg(2) : LuaValue.NIL;
    if (!err.isnil()) {
      WippyError error =
          err instanceof WippyError e ? e : WippyError.of("", err.tojstring(), null, null);
      if (error.kind().equals("Canceled") && canceled.getAsBoolean()) {
        throw new CanceledFailure(error.message());
      }
      throw FailureMapping.toFailure(
          WippyError.of(
              error.kind().isEmpty() ? "Internal" : error.kind(),
              error.message(),
              false,
              error.details()));
    }
    try {
      return LuaJson.toJava(returned.arg1(), "result");
    } catch (LuaError notJson) {
      throw failure(
          "Invalid",
          execution.where() + ": workflow " + execution.entry().id() + ": " + notJson.getMessage());
    }
  }

  private LuaValue load(LuaExecution execution) {
    LuaSandbox sandbox = execution.sandbox();
    ChildWorkflows children = new ChildWorkflows(execution);
    sandbox.provide("funcs", FuncsModule.create(new ActivityCalls(execution)));
    sandbox.provide(
        "crypto",
        CryptoModule.create(
            generate -> Workflow.sideEffect(Object.class, generate::get), sandbox.host()));
    sandbox.provide("time", WorkflowTimeModule.create(execution));
    sandbox.provide("workflow", WorkflowModule.create(execution, children));
    ModuleTable process = ProcessModule.create(execution, children);
    ModuleTable channel = ChannelModule.create(execution);
    sandbox.provide("process", process);
    sandbox.provide("channel", channel);
    sandbox.global("process", process);
    sandbox.global("channel", channel);
    sandbox.global("coroutine", WorkflowCoroutines.create(execution));
    try {
      return EntryProgram.load(sandbox, binding.project(), execution.entry(), null);
    } catch (LuaLoadException e) {
      throw failure("Invalid", e.getMessage());
    } catch (RunawayLuaError e) {
      throw failure("Internal", e.getMessage());
    } catch (StackOverflowError | OutOfMemoryError vm) {
      throw failure("Internal", sandbox.tracker().describe(vm));
    }
  }

  private static ApplicationFailure failure(String kind, String message) {
    return FailureMapping.toFailure(WippyError.of(kind, message, false, null));
  }
}
