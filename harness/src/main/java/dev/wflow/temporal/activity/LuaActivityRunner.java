package dev.wflow.temporal.activity;

import dev.wflow.runtime.EntryProgram;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.LuaLoadException;
import dev.wflow.runtime.LuaProject;
import dev.wflow.runtime.LuaSandbox;
import dev.wflow.runtime.RunawayLuaError;
import dev.wflow.runtime.SandboxHost;
import dev.wflow.runtime.WippyError;
import dev.wflow.temporal.workflow.FailureMapping;
import dev.wflow.temporal.workflow.MessageHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * Runs a {@code function.lua}/{@code process.lua} activity entry in a fresh Lua environment of its
 * own (SPEC §7): {@code nil, err} or a raised error fails the activity with the error's kind
 * ({@code Internal} when it has none), non-retryable exactly when {@code retryable == false}.
 */
public final class LuaActivityRunner {

  private static final Duration MAX_RUN = Duration.ofMinutes(1);

  private final LuaProject project;
  private final Consumer<String> log;

  public LuaActivityRunner(LuaProject project, Consumer<String> log) {
    this.project = project;
    this.log = log;
  }

  public LuaProject project() {
    return project;
  }

  public Object run(LuaEntry entry, List<Object> args, Duration startToClose) {
    return run(entry, args, startToClose, 0, MessageHeaders.incomingContext());
  }

  /**
   * {@code depth}: how many {@code funcs.call}s deep this call is; {@code context}: what {@code
   * ctx} reads.
   */
  Object run(
      LuaEntry entry,
      List<Object> args,
      Duration startToClose,
      int depth,
      Map<String, Object> context) {
    LuaSandbox sandbox = new LuaSandbox(SandboxHost.system(log, context), entry.id());
    sandbox.provide("funcs", DirectFunctions.create(this, depth, context));
    // A function is a process on the platform: channels and coroutine.spawn are there, and its
    // thread is its own to block.
    dev.wflow.node.LocalProcess process =
        dev.wflow.node.LocalProcess.standalone(
            "{activity|" + entry.id() + "}", entry.id(), (wake, what) -> wake.join());
    dev.wflow.node.HostModules.concurrency(sandbox, process);
    // Its timers (time.after, timer, ticker) run on the wall clock, as an activity's do.
    sandbox.provide("time", dev.wflow.node.HostModules.time(sandbox.host(), () -> null, process));
    // An endless loop in an activity would spin until its start-to-close timeout (10 minutes by
    // default) while time skipping waits for it; a minute of uninterrupted Lua is a bug.
    Duration limit =
        startToClose == null || startToClose.isZero() || startToClose.compareTo(MAX_RUN) > 0
            ? MAX_RUN
            : startToClose;
    sandbox.tracker().limitRun(limit);
    try {
      LuaValue main = EntryProgram.load(sandbox, project, entry, null);
      LuaValue[] luaArgs = args.stream().map(LuaJson::toLua).toArray(LuaValue[]::new);
      Varargs r = main.invoke(LuaValue.varargsOf(luaArgs));
      if (r.arg1().isnil() && !r.arg(2).isnil()) {
        LuaValue err = r.arg(2);
        throw FailureMapping.toFailure(
            err instanceof WippyError e ? e : WippyError.of("", err.tojstring(), null, null));
      }
      return LuaJson.toJava(r.arg1());
    } catch (LuaLoadException e) {
      throw FailureMapping.toFailure(WippyError.of("Invalid", e.getMessage(), false, null));
    } catch (RunawayLuaError e) {
      throw FailureMapping.toFailure(WippyError.of("Timeout", e.getMessage(), false, null));
    } catch (StackOverflowError | OutOfMemoryError vm) {
      // Retrying would fail the same way, each time with a Java trace in the worker's log.
      throw FailureMapping.toFailure(
          WippyError.of("Internal", sandbox.tracker().describe(vm), false, null));
    } catch (LuaError e) {
      WippyError raised = WippyError.fromRaised(e);
      throw FailureMapping.toFailure(
          WippyError.of(raised.kind(), e.getMessage(), raised.retryable(), raised.details()));
    }
  }
}
