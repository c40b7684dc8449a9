package dev.wflow.temporal.activity;

import dev.wflow.node.ThreadedCall;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.WippyError;
import dev.wflow.runtime.funcs.CallOutcome;
import dev.wflow.runtime.funcs.FuncsModule;
import dev.wflow.runtime.funcs.FunctionCall;
import dev.wflow.temporal.workflow.FailureMapping;
import io.temporal.failure.ApplicationFailure;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code funcs} outside workflows (inside an activity): a call runs the function entry directly, on
 * a thread and in a Lua environment of its own, with the activity's context and the executor's
 * {@code with_context} values. Executor options only tune Temporal activities and have nothing to
 * tune here.
 */
final class DirectFunctions {

  private static final int MAX_DEPTH = 32;

  private DirectFunctions() {}

  static ModuleTable create(LuaActivityRunner runner, int depth, Map<String, Object> context) {
    return FuncsModule.create(
        call ->
            ThreadedCall.start(
                call.target(),
                () -> run(runner, depth, context, call),
                (wake, what) -> wake.join()));
  }

  private static CallOutcome run(
      LuaActivityRunner runner, int depth, Map<String, Object> context, FunctionCall call) {
    if (depth >= MAX_DEPTH) {
      return CallOutcome.failure(
          WippyError.of(
              "Internal", "funcs.call nested more than " + MAX_DEPTH + " deep", false, null));
    }
    LuaEntry target =
        runner
            .project()
            .entry(call.target())
            .filter(e -> e.kind().equals("function.lua") || e.kind().equals("process.lua"))
            .orElse(null);
    if (target == null) {
      return CallOutcome.failure(
          WippyError.of("NotFound", "function " + call.target() + " not found", false, null));
    }
    Map<String, Object> merged = new LinkedHashMap<>(context);
    merged.putAll(call.context());
    try {
      return CallOutcome.success(runner.run(target, call.args(), null, depth + 1, merged));
    } catch (ApplicationFailure failure) {
      return CallOutcome.failure(FailureMapping.toError(failure));
    }
  }
}
