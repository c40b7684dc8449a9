package dev.wflow.runtime;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * A point in time as {@code time.now()} returns it: {@code t:unix()}, {@code t:unix_nano()}, {@code
 * t:unix_milli()}, {@code t:format([layout])} (RFC 3339 by default), {@code t:add(d)}, {@code
 * t:sub(other)} (nanoseconds), {@code t:before(o)}, {@code t:after(o)}, {@code t:equal(o)}; {@code
 * tostring(t)} is RFC 3339 in UTC.
 *
 * <pre>{@code
 * LuaValue now = TimeValue.of(Instant.parse("2024-01-01T00:00:00Z"));
 * }</pre>
 */
public final class TimeValue extends LuaUserdata {

  private static final LuaTable META = metatable();

  private final Instant instant;

  private TimeValue(Instant instant) {
    super(instant, META);
    this.instant = instant;
  }

  public static TimeValue of(Instant instant) {
    return new TimeValue(instant);
  }

  public Instant instant() {
    return instant;
  }

  @Override
  public String tojstring() {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeValue t && t.instant.equals(instant);
  }

  @Override
  public int hashCode() {
    return instant.hashCode();
  }

  @Override
  public LuaValue eq(LuaValue val) {
    return LuaValue.valueOf(equals(val));
  }

  @Override
  public boolean eq_b(LuaValue val) {
    return equals(val);
  }

  private static long nanos(Instant i) {
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  private static TimeValue check(LuaValue v) {
    if (v instanceof TimeValue t) {
      return t;
    }
    throw new LuaError("time value expected, got " + v.typename());
  }

  private static LuaTable metatable() {
    LuaTable m = new LuaTable();
    m.set("unix", method(a -> LuaValue.valueOf((double) check(a.arg1()).instant.getEpochSecond())));
    m.set("unix_nano", method(a -> LuaValue.valueOf((double) nanos(check(a.arg1()).instant))));
    m.set(
        "unix_milli",
        method(a -> LuaValue.valueOf((double) check(a.arg1()).instant.toEpochMilli())));
    m.set("format", method(TimeValue::format));
    m.set(
        "add", method(a -> of(check(a.arg1()).instant.plus(GoDuration.fromLua(a.arg(2), false)))));
    m.set(
        "sub",
        method(
            a ->
                LuaValue.valueOf(
                    (double) (nanos(check(a.arg1()).instant) - nanos(check(a.arg(2)).instant)))));
    m.set(
        "before",
        method(a -> LuaValue.valueOf(check(a.arg1()).instant.isBefore(check(a.arg(2)).instant))));
    m.set(
        "after",
        method(a -> LuaValue.valueOf(check(a.arg1()).instant.isAfter(check(a.arg(2)).instant))));
    m.set(
        "equal",
        method(a -> LuaValue.valueOf(check(a.arg1()).instant.equals(check(a.arg(2)).instant))));
    LuaTable meta = new LuaTable();
    // Shared by every Lua state in the JVM: getmetatable() must not hand it out for editing.
    meta.set(LuaValue.METATABLE, LuaValue.valueOf("locked"));
    meta.set(LuaValue.INDEX, m);
    meta.set(LuaValue.TOSTRING, method(a -> LuaValue.valueOf(a.arg1().tojstring())));
    meta.set(LuaValue.EQ, method(a -> LuaValue.valueOf(a.arg1().equals(a.arg(2)))));
    meta.set(
        LuaValue.LT,
        method(a -> LuaValue.valueOf(check(a.arg1()).instant.isBefore(check(a.arg(2)).instant))));
    meta.set(
        LuaValue.LE,
        method(a -> LuaValue.valueOf(!check(a.arg1()).instant.isAfter(check(a.arg(2)).instant))));
    return meta;
  }

  private static Varargs format(Varargs a) {
    Instant i = check(a.arg1()).instant;
    String layout = a.arg(2).optjstring("");
    if (layout.isEmpty() || layout.equals("2006-01-02T15:04:05Z07:00")) {
      return LuaValue.valueOf(DateTimeFormatter.ISO_INSTANT.format(i));
    }
    String pattern =
        layout
            .replace("2006", "yyyy")
            .replace("01", "MM")
            .replace("02", "dd")
            .replace("15", "HH")
            .replace("04", "mm")
            .replace("05", "ss");
    return LuaValue.valueOf(
        DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC).format(i));
  }

  private static VarArgFunction method(java.util.function.Function<Varargs, Varargs> body) {
    return ErrorsModule.fn(body);
  }
}
