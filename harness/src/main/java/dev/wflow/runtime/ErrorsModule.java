package dev.wflow.runtime;

import java.util.List;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * The {@code errors} module (SPEC §7): {@code new}, {@code wrap}, {@code is} and the kind
 * constants.
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

  static LuaTable create() {
    ModuleTable m = new ModuleTable("errors");
    for (String[] kind : KINDS) {
      m.define(kind[0], LuaValue.valueOf(kind[1]));
    }
    m.define("UNKNOWN", LuaValue.valueOf(""));
    m.define("new", fn(ErrorsModule::newError));
    m.define("wrap", fn(ErrorsModule::wrap));
    m.define("is", fn(ErrorsModule::is));
    return m;
  }

  private static Varargs newError(Varargs args) {
    LuaValue spec = args.arg1();
    if (spec.istable()) {
      LuaValue retry = spec.get("retryable");
      return WippyError.of(
          spec.get("kind").optjstring(""),
          spec.get("message").optjstring(""),
          retry.isnil() ? null : retry.toboolean(),
          spec.get("details"));
    }
    if (spec.isnil()) {
      throw new LuaError("errors.new: a message or {message=, kind=, ...} is required");
    }
    return WippyError.of("", spec.tojstring(), null, null);
  }

  private static Varargs wrap(Varargs args) {
    LuaValue inner = args.arg1();
    String context = args.arg(2).optjstring("");
    if (inner.isnil()) {
      return LuaValue.NIL;
    }
    if (inner instanceof WippyError e) {
      return WippyError.of(e.kind(), context + ": " + e.message(), e.retryable(), e.details());
    }
    return WippyError.of("", context + ": " + inner.tojstring(), null, null);
  }

  private static Varargs is(Varargs args) {
    LuaValue v = args.arg1();
    String kind = args.arg(2).optjstring("");
    return LuaValue.valueOf(v instanceof WippyError e && e.kind().equals(kind));
  }

  static VarArgFunction fn(java.util.function.Function<Varargs, Varargs> body) {
    return new VarArgFunction() {
      @Override
      public Varargs invoke(Varargs args) {
        return body.apply(args);
      }
    };
  }
}
