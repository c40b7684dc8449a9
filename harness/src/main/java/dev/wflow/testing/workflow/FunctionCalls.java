package dev.wflow.testing.workflow;

import dev.wflow.runtime.EntryProgram;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.LuaLoadException;
import dev.wflow.runtime.LuaProject;
import dev.wflow.runtime.LuaSandbox;
import dev.wflow.runtime.SandboxHost;
import dev.wflow.runtime.WippyError;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code funcs.call(id, …)} from test code: runs a {@code function.lua} entry directly, in a Lua
 * environment of its own whose {@code process.spawn}/{@code process.send} and {@code funcs.call}
 * reach the test's workflow environment, so a function that starts a workflow can be tested end to
 * end.
 */
final class FunctionCalls {

  private final LuaProject project;
  private WorkflowEnvironment env;

  FunctionCalls(LuaProject project) {
    this.project = project;
  }

  void bind(WorkflowEnvironment environment) {
    this.env = environment;
  }

  ActivityMock.Answer call(String id, List<Object> args, Map<String, Object> context) {
    LuaEntry entry =
        project
            .entry(id)
            .filter(e -> e.kind().equals("function.lua") || e.kind().equals("process.lua"))
            .orElse(null);
    if (entry == null) {
      return ActivityMock.Answer.failed(
          new ActivityMock.MockError("NotFound", "no function.lua entry " + id, false));
    }
    LuaSandbox sandbox = new LuaSandbox(SandboxHost.system(line -> {}, context), id);
    Supplier<ApplicationModules.Target> target =
        () -> new ApplicationModules.Target(env, ApplicationModules.DIRECT);
    sandbox.provide("process", ApplicationModules.process(target, "{function|" + id + "}"));
    sandbox.provide("funcs", ApplicationModules.funcs(target));
    try {
      LuaValue main = EntryProgram.load(sandbox, project, entry, null);
      LuaValue[] luaArgs = args.stream().map(LuaJson::toLua).toArray(LuaValue[]::new);
      Varargs r = main.invoke(LuaValue.varargsOf(luaArgs));
      if (!r.arg(2).isnil()) {
        return ActivityMock.Answer.failed(Payloads.errorOf(r.arg(2)));
      }
      return ActivityMock.Answer.of(LuaJson.toJava(r.arg1()));
    } catch (LuaLoadException e) {
      return ActivityMock.Answer.failed(
          new ActivityMock.MockError("Invalid", e.getMessage(), false));
    } catch (LuaError e) {
      WippyError raised = WippyError.fromRaised(e);
      return ActivityMock.Answer.failed(
          new ActivityMock.MockError(
              raised.kind().isEmpty() ? "Internal" : raised.kind(),
              raised.message(),
              raised.retryable()));
    }
  }
}
