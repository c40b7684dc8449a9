package dev.wflow.runtime;

import static dev.wflow.runtime.LuaFunctions.of;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.function.Consumer;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The modules that behave the same everywhere: {@code json}, {@code base64}, {@code uuid}, {@code
 * ctx}, the time-only {@code os} (with {@code os.platform}), and {@code time} with a pluggable way
 * to sleep.
 */
public final class StandardModules {

  private StandardModules() {}

  /** {@code value, err} with a nil value. */
  public static Varargs failure(String kind, String message) {
    return LuaValue.varargsOf(LuaValue.NIL, WippyError.of(kind, message, false, null));
  }

  public static ModuleTable json() {
    return JsonModule.create();
  }

  /** {@code base64.encode(s)}, {@code base64.decode(s)}: Go's standard alphabet with padding. */
  public static ModuleTable base64() {
    ModuleTable m = new ModuleTable("base64");
    m.define(
        "encode",
        of(
            a -> {
              if (a.arg1().type() != LuaValue.TSTRING) {
                return failure("Invalid", "string expected");
              }
              return LuaValue.valueOf(
                  Base64.getEncoder().encodeToString(CryptoModule.bytes(a.checkstring(1))));
            }));
    m.define("decode", of(StandardModules::base64Decode));
    return m;
  }

  private static Varargs base64Decode(Varargs a) {
    if (a.arg1().type() != LuaValue.TSTRING) {
      return failure("Invalid", "string expected");
    }
    // Go's decoder skips line breaks and requires padding; it names the first bad byte.
    String text =
        new String(
                CryptoModule.bytes(a.checkstring(1)), java.nio.charset.StandardCharsets.ISO_8859_1)
            .replace("\r", "")
            .replace("\n", "");
    int bad = base64Problem(text);
    if (bad >= 0) {
      return failure("Invalid", "decode failed: illegal base64 data at input byte " + bad);
    }
    return LuaValue.valueOf(Base64.getDecoder().decode(text));
  }

  /** Where Go's strict decoder would stop, or -1 when the text is valid padded base64. */
  private static int base64Problem(String s) {
    int padding = s.length() - s.replaceAll("=+$", "").length();
    String body = s.substring(0, s.length() - padding);
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (!(Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '/')) {
        return i;
      }
    }
    if (s.length() % 4 != 0 || padding > 2 || (padding > 0 && body.length() % 4 == 1)) {
      return Math.max(0, body.length() - (body.length() % 4 == 1 ? 1 : 0));
    }
    return -1;
  }

  public static ModuleTable uuid(SandboxHost host) {
    return UuidModule.create(host);
  }

  /** {@code ctx.get(key)}: {@code Invalid} for an empty key, {@code NotFound} for a missing one. */
  public static ModuleTable ctx(SandboxHost host) {
    ModuleTable m = new ModuleTable("ctx");
    m.define(
        "get",
        of(
            a -> {
              String key = a.checkjstring(1);
              if (key.isEmpty()) {
                return failure("Invalid", "empty key");
              }
              Object v =
                  dev.wflow.runtime.security.SecurityContext.reserved(key)
                      ? null
                      : host.context().get(key);
              return v == null
                  ? failure("NotFound", "key not found: " + key)
                  : LuaValue.varargsOf(LuaJson.toLua(v), LuaValue.NIL);
            }));
    m.define(
        "all",
        of(
            a ->
                LuaValue.varargsOf(
                    LuaJson.toLua(
                        dev.wflow.runtime.security.SecurityContext.visible(host.context())),
                    LuaValue.NIL)));
    return m;
  }

  /** {@code os} reduced to time functions reading the host clock (SPEC §5). */
  public static ModuleTable os(SandboxHost host) {
    ModuleTable m = new ModuleTable("os");
    m.define("time", of(a -> osTime(host, a.arg1())));
    m.define("clock", of(a -> LuaValue.valueOf(System.nanoTime() / 1e9)));
    m.define("difftime", of(a -> LuaValue.valueOf(a.checkdouble(1) - a.optdouble(2, 0))));
    m.define("date", of(a -> OsDate.format(host.now(), a.optjstring(1, "%c"), a.arg(2))));
    m.define("platform", LuaValue.valueOf("wippy"));
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
    ModuleTable m = TimeModule.values(new ModuleTable("time"));
    m.define("now", of(a -> TimeValue.of(host.now())));
    m.define(
        "sleep",
        of(
            a -> {
              sleeper.accept(GoDuration.fromLua(a.arg1(), false));
              return LuaValue.TRUE;
            }));
    return m;
  }

  /** The context-independent fields of {@code time} ({@link TimeModule#values}). */
  public static ModuleTable timeConstants(ModuleTable m) {
    return TimeModule.values(m);
  }
}
