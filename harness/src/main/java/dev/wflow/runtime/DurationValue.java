package dev.wflow.runtime;

import java.time.Duration;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * A {@code time.Duration} as the runtime hands it out ({@code time.parse_duration}, {@code
 * t:sub(u)}): {@code d:nanoseconds()}, {@code d:microseconds()}, {@code d:milliseconds()} (whole
 * numbers, truncated), {@code d:seconds()}, {@code d:minutes()}, {@code d:hours()} (fractional),
 * and {@code tostring(d)} in Go's format ({@code "1h30m0s"}). Like the runtime's, it has no
 * arithmetic or comparison operators: {@code d:nanoseconds()} gives a number for that.
 *
 * <pre>{@code
 * LuaValue d = DurationValue.of(90_000_000_000L); // tostring(d) == "1m30s", d:seconds() == 90
 * }</pre>
 */
public final class DurationValue extends LuaUserdata {

  private static final LuaTable META = metatable();

  private final long nanos;

  private DurationValue(long nanos) {
    super(nanos, META);
    this.nanos = nanos;
  }

  public static DurationValue of(long nanos) {
    return new DurationValue(nanos);
  }

  public long nanos() {
    return nanos;
  }

  public Duration duration() {
    return Duration.ofNanos(nanos);
  }

  @Override
  public String tojstring() {
    return GoDuration.format(nanos);
  }

  static DurationValue check(LuaValue v, String what) {
    if (v instanceof DurationValue d) {
      return d;
    }
    throw new LuaError("bad argument (" + what + "): duration expected, got " + v.typename());
  }

  private static LuaTable metatable() {
    LuaTable m = new LuaTable();
    m.set("nanoseconds", method(d -> LuaValue.valueOf((double) d.nanos)));
    m.set("microseconds", method(d -> LuaValue.valueOf((double) (d.nanos / 1_000))));
    m.set("milliseconds", method(d -> LuaValue.valueOf((double) (d.nanos / 1_000_000))));
    m.set("seconds", method(d -> LuaValue.valueOf(fractional(d.nanos, 1_000_000_000L))));
    m.set("minutes", method(d -> LuaValue.valueOf(fractional(d.nanos, 60_000_000_000L))));
    m.set("hours", method(d -> LuaValue.valueOf(fractional(d.nanos, 3_600_000_000_000L))));
    LuaTable meta = new LuaTable();
    // Shared by every Lua state in the JVM: getmetatable() must not hand it out for editing.
    meta.set(LuaValue.METATABLE, LuaValue.valueOf("locked"));
    meta.set(LuaValue.INDEX, m);
    meta.set(LuaValue.TOSTRING, method(d -> LuaValue.valueOf(d.tojstring())));
    return meta;
  }

  // As Go's Seconds()/Minutes()/Hours(): whole units plus the remainder as a fraction.
  private static double fractional(long nanos, long unit) {
    return (double) (nanos / unit) + (double) (nanos % unit) / unit;
  }

  private static org.luaj.vm2.lib.VarArgFunction method(
      java.util.function.Function<DurationValue, LuaValue> body) {
    return LuaFunctions.of((Varargs a) -> body.apply(check(a.arg1(), "self")));
  }
}
