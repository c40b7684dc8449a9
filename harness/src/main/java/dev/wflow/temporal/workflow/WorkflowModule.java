package dev.wflow.temporal.workflow;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.StandardModules;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import java.util.Map;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The {@code workflow} module (SPEC §6): {@code info}, {@code version}, {@code attrs}, {@code
 * history_length}, {@code history_size}, {@code exec} — the whole module.
 */
final class WorkflowModule {

  private WorkflowModule() {}

  static ModuleTable create(LuaExecution execution, ChildWorkflows children) {
    ModuleTable m = new ModuleTable("workflow");
    m.define("info", of(a -> info()));
    m.define("version", of(a -> version(execution, a)));
    m.define("attrs", of(a -> attrs(execution, a.arg1())));
    m.define("history_length", of(a -> LuaValue.valueOf(Workflow.getInfo().getHistoryLength())));
    m.define(
        "history_size", of(a -> LuaValue.valueOf((double) Workflow.getInfo().getHistorySize())));
    m.define(
        "exec",
        of(
            a ->
                children.exec(
                    a.optjstring(1, ""), Workflow.getInfo().getTaskQueue(), a.subargs(2))));
    return m;
  }

  private static Varargs info() {
    WorkflowInfo i = Workflow.getInfo();
    LuaTable t = new LuaTable();
    t.set("workflow_id", i.getWorkflowId());
    t.set("run_id", i.getRunId());
    t.set("workflow_type", i.getWorkflowType());
    t.set("task_queue", i.getTaskQueue());
    t.set("namespace", i.getNamespace());
    t.set("attempt", i.getAttempt());
    t.set("history_length", i.getHistoryLength());
    t.set("history_size", LuaValue.valueOf((double) i.getHistorySize()));
    return LuaValue.varargsOf(t, LuaValue.NIL);
  }

  private static Varargs version(LuaExecution execution, Varargs a) {
    String changeId = a.checkjstring(1);
    int min = a.checkint(2);
    int max = a.checkint(3);
    if (min > max) {
      return StandardModules.failure("Invalid", "workflow.version: min " + min + " > max " + max);
    }
    execution.record("version", changeId);
    return LuaValue.valueOf(Workflow.getVersion(changeId, min, max));
  }

  private static Varargs attrs(LuaExecution execution, LuaValue spec) {
    if (!spec.istable() || (spec.get("search").isnil() && spec.get("memo").isnil())) {
      return StandardModules.failure(
          "Invalid", "workflow.attrs needs {search = {...}} and/or {memo = {...}}");
    }
    if (spec.get("search").istable()
        && LuaJson.toJava(spec.get("search")) instanceof Map<?, ?> search
        && !search.isEmpty()) {
      try {
        var updates = SearchAttributeUpserts.build(search, execution.binding().searchAttributes());
        execution.record("attrs", "search");
        Workflow.upsertTypedSearchAttributes(updates);
      } catch (IllegalArgumentException e) {
        throw new LuaError(e.getMessage());
      }
    }
    if (spec.get("memo").istable()
        && LuaJson.toJava(spec.get("memo")) instanceof Map<?, ?> memo
        && !memo.isEmpty()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> values = (Map<String, Object>) memo;
      execution.record("attrs", "memo");
      Workflow.upsertMemo(values);
    }
    return LuaValue.varargsOf(LuaValue.TRUE, LuaValue.NIL);
  }
}
