package dev.wflow.runtime;

import static dev.wflow.runtime.LuaFunctions.of;

import java.util.List;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The {@code errors} module (SPEC §7): {@code new}, {@code wrap}, {@code is}, {@code call_stack}
 * and the kind constants. Errors made here remember the Lua stack they were made at.
 */
final class ErrorsModule {

  /** The kinds the platform defines, as Lua constant name and CamelCase kind. */
  static final List<String[]> KINDS =
      List.of(
          new String[] {"NOT_FOUND", "NotFound"},
          new String[] {"ALREADY_EXISTS", "AlreadyExists"},
          new String[] {"INVALID", "Invalid"},
          new String[] {"PERMISSION_DENIED", "PermissionDenied"},
          new String[] {"UNAVAILABLE", "Unavailable"},
          new String[] {"INTERNAL", "Internal"},
          new String[] {"CANCELED", "Canceled"},
          new String[] {"CONFLICT", "Conflict"},
          new String[] {"TIMEOUT", "Timeout"},
          new String[] {"RATE_LIMITED", "RateLimited"});

  private ErrorsModule() {}

  static LuaTable create(LineTracker tracker) {
    ModuleTable m = new ModuleTable("errors");
    for (String[] kind : KINDS) {
      m.define(kind[0], LuaValue.valueOf(kind[1]));
    }
    m.define("UNKNOWN", LuaValue.valueOf(""));
    m.define("new", of(a -> newError(a).at(tracker.frames())));
    m.define("wrap", of(a -> wrap(a, tracker)));
    m.define("is", of(ErrorsModule::is));
    m.define("call_stack", of(ErrorsModule::callStack));
    return m;
  }

  private static WippyError newError(Varargs args) {
    LuaValue spec = args.arg1();
    if (spec.istable()) {
      LuaValue retry = spec.get("retryable");
      LuaValue details = spec.get("details");
      return WippyError.of(
          spec.get("kind").optjstring(""),
          spec.get("message").optjstring(""),
          retry.isnil() ? null : retry.toboolean(),
          details.istable() && details.next(LuaValue.NIL).arg1().isnil() ? LuaValue.NIL : details);
    }
    if (spec.isnil()) {
      throw new LuaError("errors.new: a message or {message=, kind=, ...} is required");
    }
    return WippyError.of("", spec.tojstring(), null, null);
  }

  private static Varargs wrap(Varargs args, LineTracker tracker) {
    LuaValue inner = args.arg1();
    String context = args.arg(2).optjstring("");
    if (inner.isnil()) {
      return LuaValue.NIL;
    }
    WippyError error =
        inner instanceof WippyError e ? e : WippyError.of("", inner.tojstring(), null, null);
    return error.wrap(context, tracker.frames());
  }

  /** {@code {thread = "main", frames = {{source =, line =, name =}, …}}}, or nil for non-errors. */
  private static Varargs callStack(Varargs args) {
    if (!(args.arg1() instanceof WippyError e)) {
      return LuaValue.NIL;
    }
    LuaTable frames = new LuaTable();
    for (LineTracker.StackFrame f : e.stack()) {
      LuaTable frame = new LuaTable();
      frame.set("source", f.source());
      frame.set("line", f.line());
      frame.set("name", f.name());
      frames.insert(0, frame);
    }
    LuaTable stack = new LuaTable();
    stack.set("thread", "main");
    stack.set("frames", frames);
    return stack;
  }

  private static Varargs is(Varargs args) {
    LuaValue v = args.arg1();
    String kind = args.arg(2).optjstring("");
    return LuaValue.valueOf(v instanceof WippyError e && e.kind().equals(kind));
  }
}
