package dev.wflow.runtime;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * A {@code time.Time}: an instant seen in a {@link LocationValue}, with the runtime's 28 methods
 * ({@code year}…{@code weekday}, {@code format(layout)} in Go layouts, {@code add}, {@code sub} →
 * {@link DurationValue}, {@code add_date}, {@code round}, {@code truncate}, {@code in_location},
 * {@code utc}, …). {@code tostring(t)} is Go's {@code Time.String()}. Like the runtime's, a Time
 * has no comparison operators: {@code t:before(u)}, {@code t:after(u)} and {@code t:equal(u)} do
 * that.
 *
 * <pre>{@code
 * LuaValue t = TimeValue.of(Instant.parse("2024-01-01T00:00:00Z"), LocationValue.UTC);
 * // tostring(t) == "2024-01-01 00:00:00 +0000 UTC"
 * }</pre>
 */
public final class TimeValue extends LuaUserdata {

  private static final LuaTable META = metatable();
  // Seconds from Go's zero time (January 1, year 1, UTC) to the Unix epoch.
  private static final long ZERO_TO_UNIX = 62_135_596_800L;
  private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

  private final Instant instant;
  private final LocationValue location;

  private TimeValue(Instant instant, LocationValue location) {
    super(instant, META);
    this.instant = instant;
    this.location = location;
  }

  /** A time in Go's local zone, as {@code time.now()} returns it. */
  public static TimeValue of(Instant instant) {
    return new TimeValue(instant, LocationValue.LOCAL);
  }

  public static TimeValue of(Instant instant, LocationValue location) {
    return new TimeValue(instant, location);
  }

  public Instant instant() {
    return instant;
  }

  public LocationValue location() {
    return location;
  }

  /** RFC 3339 with nanoseconds in this time's zone: how Go's JSON encodes a time.Time. */
  public String rfc3339() {
    return GoTimeLayout.format(instant, location, "2006-01-02T15:04:05.999999999Z07:00");
  }

  @Override
  public String tojstring() {
    return GoTimeLayout.format(instant, location, "2006-01-02 15:04:05.999999999 -0700 MST");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeValue t && t.instant.equals(instant) && t.location.equals(location);
  }

  @Override
  public int hashCode() {
    return instant.hashCode();
  }

  private ZonedDateTime local() {
    return instant.atZone(location.zone());
  }

  static TimeValue check(LuaValue v, int arg) {
    if (v instanceof TimeValue t) {
      return t;
    }
    throw new LuaError("bad argument #" + arg + ": time expected, got " + v.typename());
  }

  private static long unixNanos(Instant i) {
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  private TimeValue with(Instant i) {
    return new TimeValue(i, location);
  }

  private static LuaTable metatable() {
    LuaTable m = new LuaTable();
    m.set("add", method((t, a) -> t.with(t.instant.plusNanos(durationArg(a.arg(2))))));
    m.set(
        "sub", method((t, a) -> DurationValue.of(between(check(a.arg(2), 2).instant, t.instant))));
    m.set("add_date", method(TimeValue::addDate));
    m.set(
        "after", method((t, a) -> LuaValue.valueOf(t.instant.isAfter(check(a.arg(2), 2).instant))));
    m.set(
        "before",
        method((t, a) -> LuaValue.valueOf(t.instant.isBefore(check(a.arg(2), 2).instant))));
    m.set(
        "equal", method((t, a) -> LuaValue.valueOf(t.instant.equals(check(a.arg(2), 2).instant))));
    m.set(
        "format",
        method(
            (t, a) ->
                LuaValue.valueOf(GoTimeLayout.format(t.instant, t.location, a.checkjstring(2)))));
    m.set(
        "format_rfc3339",
        method(
            (t, a) ->
                LuaValue.valueOf(
                    GoTimeLayout.format(t.instant, t.location, "2006-01-02T15:04:05Z07:00"))));
    m.set("unix", method((t, a) -> LuaValue.valueOf((double) t.instant.getEpochSecond())));
    m.set("unix_nano", method((t, a) -> LuaValue.valueOf((double) unixNanos(t.instant))));
    m.set(
        "date",
        method(
            (t, a) -> {
              ZonedDateTime z = t.local();
              return LuaValue.varargsOf(
                  LuaValue.valueOf(z.getYear()),
                  LuaValue.valueOf(z.getMonthValue()),
                  LuaValue.valueOf(z.getDayOfMonth()));
            }));
    m.set(
        "clock",
        method(
            (t, a) -> {
              ZonedDateTime z = t.local();
              return LuaValue.varargsOf(
                  LuaValue.valueOf(z.getHour()),
                  LuaValue.valueOf(z.getMinute()),
                  LuaValue.valueOf(z.getSecond()));
            }));
    m.set("year", field(ZonedDateTime::getYear));
    m.set("month", field(ZonedDateTime::getMonthValue));
    m.set("day", field(ZonedDateTime::getDayOfMonth));
    m.set("hour", field(ZonedDateTime::getHour));
    m.set("minute", field(ZonedDateTime::getMinute));
    m.set("second", field(ZonedDateTime::getSecond));
    m.set("nanosecond", field(ZonedDateTime::getNano));
    m.set("weekday", field(z -> z.getDayOfWeek().getValue() % 7));
    m.set("year_day", field(ZonedDateTime::getDayOfYear));
    m.set(
        "is_zero",
        method((t, a) -> LuaValue.valueOf(t.instant.equals(Instant.ofEpochSecond(-ZERO_TO_UNIX)))));
    m.set(
        "in_location",
        method(
            (t, a) -> {
              if (!(a.arg(2) instanceof LocationValue loc)) {
                throw new LuaError("bad argument #2 to 'in_location': location expected");
              }
              return new TimeValue(t.instant, loc);
            }));
    m.set("location", method((t, a) -> t.location));
    m.set("utc", method((t, a) -> new TimeValue(t.instant, LocationValue.UTC)));
    m.set("in_local", method((t, a) -> new TimeValue(t.instant, LocationValue.LOCAL)));
    m.set("round", method((t, a) -> t.with(roundSinceZero(t.instant, durationObject(a), true))));
    m.set(
        "truncate", method((t, a) -> t.with(roundSinceZero(t.instant, durationObject(a), false))));
    LuaTable meta = new LuaTable();
    // Shared by every Lua state in the JVM: getmetatable() must not hand it out for editing.
    meta.set(LuaValue.METATABLE, LuaValue.valueOf("locked"));
    meta.set(LuaValue.INDEX, m);
    meta.set(LuaValue.TOSTRING, method((t, a) -> LuaValue.valueOf(t.tojstring())));
    return meta;
  }

  /** {@code t:add(d)}: a Duration, a Go duration string or a number of nanoseconds. */
  private static long durationArg(LuaValue d) {
    if (d instanceof DurationValue v) {
      return v.nanos();
    }
    if (d.type() == LuaValue.TNUMBER) {
      return (long) d.todouble();
    }
    if (d.type() == LuaValue.TSTRING) {
      try {
        return GoDuration.parseNanos(d.tojstring());
      } catch (IllegalArgumentException e) {
        throw new LuaError("bad argument #2 to 'add' (" + e.getMessage() + ")");
      }
    }
    throw new LuaError("bad argument #2 to 'add' (invalid value type: " + d.typename() + ")");
  }

  private static long durationObject(Varargs a) {
    if (a.arg(2) instanceof DurationValue d) {
      return d.nanos();
    }
    throw new LuaError("bad argument #2: duration expected, got " + a.arg(2).typename());
  }

  // Go's Sub saturates at the int64 range instead of overflowing.
  private static long between(Instant from, Instant to) {
    BigInteger d = nanosSinceZero(to).subtract(nanosSinceZero(from));
    if (d.bitLength() >= 64) {
      return d.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return d.longValue();
  }

  private static BigInteger nanosSinceZero(Instant i) {
    return BigInteger.valueOf(i.getEpochSecond() + ZERO_TO_UNIX)
        .multiply(BILLION)
        .add(BigInteger.valueOf(i.getNano()));
  }

  /** Go's Round/Truncate: multiples of {@code d} since the zero time; halfway rounds up. */
  private static Instant roundSinceZero(Instant i, long d, boolean round) {
    if (d <= 0) {
      return i;
    }
    BigInteger n = nanosSinceZero(i);
    BigInteger step = BigInteger.valueOf(d);
    BigInteger rest = n.mod(step);
    BigInteger down = n.subtract(rest);
    BigInteger result = round && rest.shiftLeft(1).compareTo(step) >= 0 ? down.add(step) : down;
    BigInteger[] secondsAndNanos = result.divideAndRemainder(BILLION);
    return Instant.ofEpochSecond(
        secondsAndNanos[0].longValue() - ZERO_TO_UNIX, secondsAndNanos[1].longValue());
  }

  /** Go's AddDate: the fields are added and then normalized (October 31 + 1 month = December 1). */
  private static LuaValue addDate(TimeValue t, Varargs a) {
    ZonedDateTime z = t.local();
    LocalDateTime moved =
        normalized(
            z.getYear() + a.checkint(2),
            z.getMonthValue() + a.checkint(3),
            z.getDayOfMonth() + a.checkint(4),
            z.getHour(),
            z.getMinute(),
            z.getSecond(),
            z.getNano());
    return new TimeValue(moved.atZone(t.location.zone()).toInstant(), t.location);
  }

  /** Go's time.Date normalization: any field may overflow into the next larger one. */
  static LocalDateTime normalized(
      long year, long month, long day, long hour, long minute, long second, long nanos) {
    return LocalDateTime.of((int) year, 1, 1, 0, 0)
        .plusMonths(month - 1)
        .plusDays(day - 1)
        .plusHours(hour)
        .plusMinutes(minute)
        .plusSeconds(second)
        .plusNanos(nanos);
  }

  private interface Method {
    Varargs apply(TimeValue self, Varargs args);
  }

  private static VarArgFunction method(Method body) {
    return LuaFunctions.of(a -> body.apply(check(a.arg1(), 1), a));
  }

  private static VarArgFunction field(java.util.function.ToIntFunction<ZonedDateTime> f) {
    return method((t, a) -> LuaValue.valueOf(f.applyAsInt(t.local())));
  }

  /** An ISO-8601 text of the instant (UTC), for logs. */
  public String isoInstant() {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }
}
