package dev.wflow.temporal.workflow;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.StandardModules;
import dev.wflow.runtime.funcs.CallOutcome;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.ChildWorkflowStub;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * Child workflows for {@code workflow.exec}, {@code process.exec} (synchronous) and {@code
 * process.spawn} (asynchronous; its exit arrives on {@code process.events()}).
 */
final class ChildWorkflows {

  private final LuaExecution execution;
  private final Map<String, CancellationScope> running = new HashMap<>();

  ChildWorkflows(LuaExecution execution) {
    this.execution = execution;
  }

  /** Runs a child and waits: {@code value, err}. */
  Varargs exec(String id, String taskQueue, Varargs args) {
    Object started = start(id, taskQueue, args);
    if (started instanceof Varargs failure) {
      return failure;
    }
    Started child = (Started) started;
    CallOutcome outcome =
        new ActivityCall(execution, "child " + id, child.promise, child.scope).await();
    return outcome.failed()
        ? LuaValue.varargsOf(LuaValue.NIL, outcome.error())
        : LuaJson.toLua(outcome.value());
  }

  /** Starts a child: its pid, or {@code nil, err}. */
  Varargs spawn(String id, String taskQueue, Varargs args) {
    Object started = start(id, taskQueue, args);
    if (started instanceof Varargs failure) {
      return failure;
    }
    Started child = (Started) started;
    // The pid is only useful once the child exists: a signal sent to it before it started would
    // fail. So spawn returns when Temporal has started the child (or failed to).
    Promise<io.temporal.api.common.v1.WorkflowExecution> startedPromise = child.stub.getExecution();
    execution.until(
        "start of child " + id, () -> startedPromise.isCompleted() || child.promise.isCompleted());
    if (startedPromise.getFailure() != null) {
      return LuaValue.varargsOf(LuaValue.NIL, FailureMapping.toError(startedPromise.getFailure()));
    }
    LuaChannel events = execution.mailbox().events();
    child.promise.handle(
        (value, failure) -> {
          running.remove(child.pid);
          events.offer(exitEvent(child.pid, value, failure));
          return null;
        });
    return LuaValue.valueOf(child.pid);
  }

  /** Cancels a child this workflow started; false when {@code pid} is not one. */
  boolean cancel(String pid) {
    CancellationScope scope = running.get(pid);
    if (scope == null) {
      return false;
    }
    scope.cancel();
    return true;
  }

  private record Started(
      String pid, ChildWorkflowStub stub, Promise<Object> promise, CancellationScope scope) {}

  private Object start(String id, String taskQueue, Varargs args) {
    if (!id.contains(":")) {
      return StandardModules.failure("Invalid", "namespace:name required (got \"" + id + "\")");
    }
    if (!execution.binding().servedQueues().contains(taskQueue)) {
      return StandardModules.failure(
          "Invalid",
          "no worker polls task queue '"
              + taskQueue
              + "' here (inside a workflow the second argument of process.spawn/exec is a task"
              + " queue name; served: "
              + String.join(", ", execution.binding().servedQueues())
              + ")");
    }
    String type = execution.binding().project().workflowTypeOf(id);
    String childId = Workflow.getInfo().getWorkflowId() + "/" + execution.nextSequence();
    ChildWorkflowOptions options =
        ChildWorkflowOptions.newBuilder().setWorkflowId(childId).setTaskQueue(taskQueue).build();
    List<Object> payloads = LuaJson.toJavaList(args, 1);
    execution.record("child", id);
    ChildWorkflowStub stub = Workflow.newUntypedChildWorkflowStub(type, options);
    @SuppressWarnings("unchecked")
    Promise<Object>[] promise = new Promise[1];
    CancellationScope scope =
        Workflow.newCancellationScope(
            () -> promise[0] = stub.executeAsync(Object.class, payloads.toArray()));
    scope.run();
    String worker = execution.binding().project().entry(id).map(LuaEntry::worker).orElse(null);
    String pid = WorkflowBinding.pid(execution.binding().project(), worker, childId);
    running.put(pid, scope);
    return new Started(pid, stub, promise[0], scope);
  }

  private static LuaTable exitEvent(String pid, Object value, Throwable failure) {
    LuaTable event = new LuaTable();
    event.set("kind", LuaValue.valueOf(ProcessModule.EVENT_EXIT));
    event.set("from", LuaValue.valueOf(pid));
    LuaTable result = new LuaTable();
    if (failure == null) {
      result.set("value", LuaJson.toLua(value));
    } else {
      result.set("error", FailureMapping.toError(failure));
    }
    event.set("result", result);
    return event;
  }
}
