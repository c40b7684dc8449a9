package dev.wflow.temporal.activity;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.StandardModules;
import dev.wflow.temporal.workflow.FailureMapping;
import io.temporal.failure.ApplicationFailure;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code funcs} outside workflows (inside an activity): {@code funcs.call(id, ...)} runs the
 * function entry {@code id} directly, in a Lua environment of its own, and returns {@code value,
 * err}. Options ({@code new():with_options}) only matter to Temporal activities and are accepted
 * and ignored here.
 */
final class DirectFunctions {

  private static final int MAX_DEPTH = 32;

  private DirectFunctions() {}

  static ModuleTable create(LuaActivityRunner runner, int depth) {
    ModuleTable m = new ModuleTable("funcs");
    m.define("call", of(a -> call(runner, depth, a)));
    LuaTable executor = new LuaTable();
    executor.set("call", of(a -> call(runner, depth, a.subargs(2))));
    executor.set("with_options", of(a -> executor));
    m.define("new", of(a -> executor));
    return m;
  }

  private static Varargs call(LuaActivityRunner runner, int depth, Varargs args) {
    String id = args.arg1().isstring() ? args.arg1().tojstring() : "";
    if (!id.contains(":")) {
      return StandardModules.failure("Invalid", "namespace:name required (got \"" + id + "\")");
    }
    if (depth >= MAX_DEPTH) {
      return StandardModules.failure(
          "Internal", "funcs.call nested more than " + MAX_DEPTH + " deep");
    }
    LuaEntry target =
        runner
            .project()
            .entry(id)
            .filter(e -> e.kind().equals("function.lua") || e.kind().equals("process.lua"))
            .orElse(null);
    if (target == null) {
      return LuaValue.varargsOf(
          LuaValue.NIL,
          dev.wflow.runtime.WippyError.of("NotFound", "function " + id + " not found", true, null));
    }
    try {
      return LuaJson.toLua(runner.run(target, LuaJson.toJavaList(args, 2), null, depth + 1));
    } catch (ApplicationFailure failure) {
      return LuaValue.varargsOf(LuaValue.NIL, FailureMapping.toError(failure));
    }
  }
}
