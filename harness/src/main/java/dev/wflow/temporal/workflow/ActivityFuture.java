package dev.wflow.temporal.workflow;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.LuaJson;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * A pending activity or child workflow: {@code f:result() → value, err}, {@code f:channel()}
 * (receives the value, or the error object, once), {@code f:is_complete()}, {@code f:cancel()}.
 */
final class ActivityFuture extends LuaUserdata {

  private static final LuaTable META = metatable();

  private final LuaExecution execution;
  private final String label;
  private final Promise<Object> promise;
  private final CancellationScope scope;
  private LuaChannel channel;

  ActivityFuture(
      LuaExecution execution, String label, Promise<Object> promise, CancellationScope scope) {
    super(new Object(), META);
    this.execution = execution;
    this.label = label;
    this.promise = promise;
    this.scope = scope;
  }

  Varargs result() {
    execution.until("result of " + label, promise::isCompleted);
    return outcome();
  }

  Varargs outcome() {
    RuntimeException failure = promise.getFailure();
    if (failure != null) {
      return LuaValue.varargsOf(LuaValue.NIL, FailureMapping.toError(failure));
    }
    return LuaJson.toLua(promise.get());
  }

  boolean isComplete() {
    return promise.isCompleted();
  }

  private LuaChannel channel() {
    if (channel == null) {
      channel = new LuaChannel(execution, 1, label);
      LuaChannel ch = channel;
      promise.handle(
          (value, failure) -> {
            ch.offer(failure == null ? LuaJson.toLua(value) : FailureMapping.toError(failure));
            return null;
          });
    }
    return channel;
  }

  private static ActivityFuture self(LuaValue v) {
    if (v instanceof ActivityFuture f) {
      return f;
    }
    throw new LuaError("future method called without a future (use f:method())");
  }

  private static LuaTable metatable() {
    LuaTable m = new LuaTable();
    m.set("result", of(a -> self(a.arg1()).result()));
    m.set("channel", of(a -> self(a.arg1()).channel()));
    m.set("is_complete", of(a -> LuaValue.valueOf(self(a.arg1()).isComplete())));
    m.set(
        "cancel",
        of(
            a -> {
              self(a.arg1()).scope.cancel();
              return LuaValue.TRUE;
            }));
    LuaTable meta = new LuaTable();
    // Shared by every Lua state in the JVM: getmetatable() must not hand it out for editing.
    meta.set(LuaValue.METATABLE, LuaValue.valueOf("locked"));
    meta.set(LuaValue.INDEX, m);
    meta.set(LuaValue.TOSTRING, of(a -> LuaValue.valueOf("future(" + self(a.arg1()).label + ")")));
    return meta;
  }
}
