package dev.wflow.runtime.funcs;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.Builtin;
import dev.wflow.runtime.WippyError;
import dev.wflow.runtime.payload.LuaPayload;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * What {@code funcs.async} returns ({@code runtime/lua/modules/future}): {@code f:response()} (and
 * its alias {@code f:channel()}) is one channel that receives the result as a payload object, or
 * the error object, once; {@code f:result()} and {@code f:error()} never wait; {@code f:cancel()}
 * marks it canceled and asks the call to stop.
 *
 * <pre>{@code
 * local f = funcs.async("app:echo", "hi")
 * local payload, ok = f:response():receive()   -- payload:data().echo == "hi"
 * local same = f:result()                      -- the same payload object, nil
 * }</pre>
 */
final class Future extends LuaUserdata {

  static final String TYPE = "Future";
  private static final LuaTable META = Builtin.type(TYPE, methods());

  private final PendingCall call;
  private LuaValue channel;
  private LuaValue payload;
  private boolean canceled;

  Future(PendingCall call) {
    super(new Object(), META);
    this.call = call;
  }

  /** The result as the platform hands it over: one payload object, made once. */
  private LuaValue delivered(CallOutcome outcome) {
    if (outcome.failed()) {
      return outcome.error();
    }
    if (payload == null) {
      payload = LuaPayload.ofJava(outcome.value());
    }
    return payload;
  }

  private LuaValue response() {
    if (channel == null) {
      channel = call.channel(this::delivered);
    }
    return channel;
  }

  private Varargs result() {
    if (canceled) {
      return LuaValue.varargsOf(LuaValue.NIL, WippyError.of("Canceled", "canceled", false, null));
    }
    CallOutcome outcome = call.outcome();
    if (outcome == null) {
      return LuaValue.varargsOf(LuaValue.NIL, LuaValue.NIL);
    }
    return outcome.failed()
        ? LuaValue.varargsOf(LuaValue.NIL, outcome.error())
        : LuaValue.varargsOf(delivered(outcome), LuaValue.NIL);
  }

  private Varargs error() {
    CallOutcome outcome = call.outcome();
    if (outcome == null || !outcome.failed()) {
      return LuaValue.varargsOf(LuaValue.NIL, LuaValue.FALSE);
    }
    // The runtime reports it as an Internal, non-retryable "async call failed" around the cause.
    WippyError cause =
        outcome.error() instanceof WippyError e
            ? e
            : WippyError.of("", outcome.error().tojstring(), null, null);
    WippyError err =
        WippyError.of("Internal", cause.message(), false, cause.details())
            .wrap("async call failed", cause.stack());
    return LuaValue.varargsOf(err, LuaValue.TRUE);
  }

  private static Future self(Varargs a) {
    if (a.arg1() instanceof Future f) {
      return f;
    }
    return Builtin.self(a, Future.class, TYPE);
  }

  private static LuaTable methods() {
    LuaTable m = new LuaTable();
    m.set("response", of(a -> self(a).response()));
    m.set("channel", of(a -> self(a).response()));
    m.set("is_complete", of(a -> LuaValue.valueOf(self(a).call.outcome() != null)));
    m.set("is_canceled", of(a -> LuaValue.valueOf(self(a).canceled)));
    m.set("result", of(a -> self(a).result()));
    m.set("error", of(a -> self(a).error()));
    m.set(
        "cancel",
        of(
            a -> {
              Future f = self(a);
              f.canceled = true;
              f.call.cancel();
              return LuaValue.NONE;
            }));
    m.set("__tostring", of(a -> LuaValue.valueOf(TYPE)));
    return m;
  }
}
