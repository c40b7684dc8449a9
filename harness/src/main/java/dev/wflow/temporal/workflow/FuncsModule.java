package dev.wflow.temporal.workflow;

import static dev.wflow.temporal.workflow.LuaChannel.fn;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.StandardModules;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.ActivityStub;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code funcs} inside a workflow (SPEC §6): {@code call}, {@code async} and {@code
 * new():with_options(...)} executors, each call a Temporal activity of type {@code id} whose
 * options merge the target entry's {@code meta.options} under the executor's.
 */
final class FuncsModule {

  private final LuaExecution execution;

  private FuncsModule(LuaExecution execution) {
    this.execution = execution;
  }

  static ModuleTable create(LuaExecution execution) {
    FuncsModule funcs = new FuncsModule(execution);
    ModuleTable m = new ModuleTable("funcs");
    LuaTable plain = funcs.executor(Map.of());
    m.define("call", fn(a -> plain.get("call").invoke(LuaValue.varargsOf(plain, a))));
    m.define("async", fn(a -> plain.get("async").invoke(LuaValue.varargsOf(plain, a))));
    m.define("new", fn(a -> funcs.executor(Map.of())));
    return m;
  }

  private LuaTable executor(Map<String, Object> options) {
    LuaTable ex = new LuaTable();
    ex.set("with_options", fn(a -> executor(merge(options, a.arg(2)))));
    ex.set("call", fn(a -> call(options, a.subargs(2))));
    ex.set("async", fn(a -> async(options, a.subargs(2))));
    return ex;
  }

  private static Map<String, Object> merge(Map<String, Object> base, LuaValue more) {
    Map<String, Object> merged = new LinkedHashMap<>(base);
    if (more.istable() && LuaJson.toJava(more) instanceof Map<?, ?> m) {
      m.forEach((k, v) -> merged.put(k.toString(), v));
    } else if (!more.isnil()) {
      throw new LuaError("with_options expects a table of options");
    }
    return merged;
  }

  private Varargs call(Map<String, Object> options, Varargs args) {
    Object started = start(options, args);
    return started instanceof ActivityFuture future ? future.result() : (Varargs) started;
  }

  private Varargs async(Map<String, Object> options, Varargs args) {
    Object started = start(options, args);
    return (Varargs) started;
  }

  /** An {@link ActivityFuture}, or the {@code nil, err} to return for bad arguments. */
  private Object start(Map<String, Object> callOptions, Varargs args) {
    String id = args.arg1().isstring() ? args.arg1().tojstring() : "";
    if (!id.contains(":")) {
      return StandardModules.failure("Invalid", "namespace:name required (got \"" + id + "\")");
    }
    Map<String, Object> options = new LinkedHashMap<>();
    execution.binding().project().entry(id).map(LuaEntry::options).ifPresent(options::putAll);
    options.putAll(callOptions);
    ActivityOptions activityOptions;
    try {
      activityOptions = ActivityOptionsMapping.build(options, Workflow.getInfo().getTaskQueue());
    } catch (IllegalArgumentException e) {
      // The runtime's wording; the call returns nil, err and the workflow goes on.
      return StandardModules.failure(
          "Invalid", "invalid temporal activity options for " + id + ": " + e.getMessage());
    }
    List<Object> payloads = LuaJson.toJavaList(args, 2);
    execution.record("activity", id);
    ActivityStub stub = Workflow.newUntypedActivityStub(activityOptions);
    @SuppressWarnings("unchecked")
    Promise<Object>[] promise = new Promise[1];
    CancellationScope scope =
        Workflow.newCancellationScope(
            () -> promise[0] = stub.executeAsync(id, Object.class, payloads.toArray()));
    scope.run();
    return new ActivityFuture(execution, "activity " + id, promise[0], scope);
  }
}
