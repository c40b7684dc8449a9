package dev.wflow.runtime;

import static dev.wflow.runtime.ErrorsModule.fn;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.function.Consumer;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The modules that behave the same everywhere: {@code json}, {@code base64}, {@code uuid}, {@code
 * ctx}, the time-only {@code os}, and {@code time} with a pluggable way to sleep.
 */
public final class StandardModules {

  private StandardModules() {}

  /** {@code value, err} with a nil value. */
  public static Varargs failure(String kind, String message) {
    return LuaValue.varargsOf(LuaValue.NIL, WippyError.of(kind, message, false, null));
  }

  public static ModuleTable json() {
    ModuleTable m = new ModuleTable("json");
    m.define(
        "encode",
        fn(
            a -> {
              try {
                return LuaValue.valueOf(LuaJson.encode(a.arg1()));
              } catch (LuaError e) {
                return failure("Invalid", e.getMessage());
              }
            }));
    m.define(
        "decode",
        fn(
            a -> {
              try {
                return LuaJson.toLua(LuaJson.read(a.checkjstring(1)));
              } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return failure("Invalid", "invalid JSON: " + e.getOriginalMessage());
              }
            }));
    return m;
  }

  public static ModuleTable base64() {
    ModuleTable m = new ModuleTable("base64");
    m.define(
        "encode",
        fn(a -> LuaValue.valueOf(Base64.getEncoder().encodeToString(bytes(a.checkstring(1))))));
    m.define(
        "decode",
        fn(
            a -> {
              try {
                return LuaValue.valueOf(Base64.getDecoder().decode(a.checkjstring(1)));
              } catch (IllegalArgumentException e) {
                return failure("Invalid", "invalid base64: " + e.getMessage());
              }
            }));
    return m;
  }

  private static byte[] bytes(LuaString s) {
    byte[] out = new byte[s.rawlen()];
    s.copyInto(0, out, 0, out.length);
    return out;
  }

  public static ModuleTable uuid(SandboxHost host) {
    ModuleTable m = new ModuleTable("uuid");
    m.define("v4", fn(a -> LuaValue.valueOf(host.uuidV4())));
    m.define("v7", fn(a -> LuaValue.valueOf(host.uuidV7())));
    m.define("new", fn(a -> LuaValue.valueOf(host.uuidV4())));
    return m;
  }

  public static ModuleTable ctx(SandboxHost host) {
    ModuleTable m = new ModuleTable("ctx");
    m.define(
        "get",
        fn(
            a -> {
              Object v = host.context().get(a.checkjstring(1));
              return v == null
                  ? failure("NotFound", "context key not found: " + a.tojstring(1))
                  : LuaJson.toLua(v);
            }));
    m.define("all", fn(a -> LuaJson.toLua(host.context())));
    return m;
  }

  /** {@code os} reduced to time functions reading the host clock (SPEC §5). */
  public static ModuleTable os(SandboxHost host) {
    ModuleTable m = new ModuleTable("os");
    m.define("time", fn(a -> osTime(host, a.arg1())));
    m.define("clock", fn(a -> LuaValue.valueOf(System.nanoTime() / 1e9)));
    m.define("difftime", fn(a -> LuaValue.valueOf(a.checkdouble(1) - a.optdouble(2, 0))));
    m.define("date", fn(a -> OsDate.format(host.now(), a.optjstring(1, "%c"), a.arg(2))));
    return m;
  }

  private static LuaValue osTime(SandboxHost host, LuaValue spec) {
    if (!spec.istable()) {
      return LuaValue.valueOf((double) host.now().getEpochSecond());
    }
    ZonedDateTime t =
        ZonedDateTime.of(
            spec.get("year").checkint(),
            spec.get("month").checkint(),
            spec.get("day").checkint(),
            spec.get("hour").optint(12),
            spec.get("min").optint(0),
            spec.get("sec").optint(0),
            0,
            ZoneOffset.UTC);
    return LuaValue.valueOf((double) t.toEpochSecond());
  }

  /**
   * {@code time} outside workflows: the real clock and a real sleep.
   *
   * @param sleeper how to wait (an activity sleeps its thread)
   */
  public static ModuleTable time(SandboxHost host, Consumer<Duration> sleeper) {
    ModuleTable m = timeConstants(new ModuleTable("time"));
    m.define("now", fn(a -> TimeValue.of(host.now())));
    m.define(
        "sleep",
        fn(
            a -> {
              sleeper.accept(GoDuration.fromLua(a.arg1(), false));
              return LuaValue.TRUE;
            }));
    m.define("unix", fn(a -> TimeValue.of(Instant.ofEpochSecond(a.checklong(1), a.optlong(2, 0)))));
    return m;
  }

  /** Duration constants (nanoseconds) and {@code parse_duration}, shared by both {@code time}s. */
  public static ModuleTable timeConstants(ModuleTable m) {
    m.define("NANOSECOND", LuaValue.valueOf(1));
    m.define("MICROSECOND", LuaValue.valueOf(1_000));
    m.define("MILLISECOND", LuaValue.valueOf(1_000_000));
    m.define("SECOND", LuaValue.valueOf(1e9));
    m.define("MINUTE", LuaValue.valueOf(60e9));
    m.define("HOUR", LuaValue.valueOf(3600e9));
    m.define(
        "parse_duration",
        fn(
            a -> {
              try {
                return LuaValue.valueOf((double) GoDuration.parse(a.checkjstring(1)).toNanos());
              } catch (IllegalArgumentException e) {
                return failure("Invalid", e.getMessage());
              }
            }));
    return m;
  }
}
