package dev.wflow.runtime;

import static dev.wflow.runtime.LuaFunctions.of;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The value half of the {@code time} module, the same in every context: the duration, layout, month
 * and weekday constants, {@code time.utc}/{@code time.localtz}, {@code date}, {@code unix}, {@code
 * parse}, {@code parse_duration}, {@code load_location} and {@code fixed_zone}. Each context adds
 * its clock ({@code now}) and its ways to wait ({@code sleep}, {@code after}, {@code timer}, {@code
 * ticker}).
 *
 * <pre>{@code
 * ModuleTable time = TimeModule.values(new ModuleTable("time"));
 * time.define("now", of(a -> TimeValue.of(host.now())));
 * }</pre>
 */
public final class TimeModule {

  private static final String[][] LAYOUTS = {
    {"RFC3339", "2006-01-02T15:04:05Z07:00"},
    {"RFC3339NANO", "2006-01-02T15:04:05.999999999Z07:00"},
    {"RFC822", "02 Jan 06 15:04 MST"},
    {"RFC822Z", "02 Jan 06 15:04 -0700"},
    {"RFC850", "Monday, 02-Jan-06 15:04:05 MST"},
    {"RFC1123", "Mon, 02 Jan 2006 15:04:05 MST"},
    {"RFC1123Z", "Mon, 02 Jan 2006 15:04:05 -0700"},
    {"KITCHEN", "3:04PM"},
    {"STAMP", "Jan _2 15:04:05"},
    {"STAMP_MILLI", "Jan _2 15:04:05.000"},
    {"STAMP_MICRO", "Jan _2 15:04:05.000000"},
    {"STAMP_NANO", "Jan _2 15:04:05.000000000"},
    {"DATE_TIME", "2006-01-02 15:04:05"},
    {"DATE_ONLY", "2006-01-02"},
    {"TIME_ONLY", "15:04:05"},
  };
  private static final String[] MONTHS = {
    "JANUARY",
    "FEBRUARY",
    "MARCH",
    "APRIL",
    "MAY",
    "JUNE",
    "JULY",
    "AUGUST",
    "SEPTEMBER",
    "OCTOBER",
    "NOVEMBER",
    "DECEMBER"
  };
  private static final String[] WEEKDAYS = {
    "SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"
  };

  private TimeModule() {}

  /** Adds the context-independent fields of {@code time} to {@code m}. */
  /**
   * {@code make(d)} for the positive duration {@code spec} names; otherwise the runtime's {@code
   * nil, err} of kind Invalid ("time.after: duration must be positive"). The one check of {@code
   * time.after}/{@code timer}/{@code ticker} (and a Timer's {@code reset}), in workflows and out.
   */
  public static Varargs withPositiveDuration(
      LuaValue spec, String what, Function<Duration, ? extends Varargs> make) {
    Duration d;
    try {
      d = GoDuration.fromLua(spec, false);
    } catch (LuaError e) {
      return StandardModules.failure("Invalid", "time." + what + ": " + e.getMessage());
    }
    if (d.isNegative() || d.isZero()) {
      return StandardModules.failure("Invalid", "time." + what + ": duration must be positive");
    }
    return make.apply(d);
  }

  public static ModuleTable values(ModuleTable m) {
    m.define("NANOSECOND", LuaValue.valueOf(1));
    m.define("MICROSECOND", LuaValue.valueOf(1_000));
    m.define("MILLISECOND", LuaValue.valueOf(1_000_000));
    m.define("SECOND", LuaValue.valueOf(1e9));
    m.define("MINUTE", LuaValue.valueOf(60e9));
    m.define("HOUR", LuaValue.valueOf(3600e9));
    for (String[] layout : LAYOUTS) {
      m.define(layout[0], LuaValue.valueOf(layout[1]));
    }
    for (int i = 0; i < MONTHS.length; i++) {
      m.define(MONTHS[i], LuaValue.valueOf(i + 1));
    }
    for (int i = 0; i < WEEKDAYS.length; i++) {
      m.define(WEEKDAYS[i], LuaValue.valueOf(i));
    }
    m.define("utc", LocationValue.UTC);
    m.define("localtz", LocationValue.LOCAL);
    m.define("date", of(TimeModule::date));
    m.define(
        "unix",
        of(a -> TimeValue.of(Instant.ofEpochSecond(a.checklong(1), 0).plusNanos(a.checklong(2)))));
    m.define("parse", of(TimeModule::parse));
    m.define("parse_duration", of(TimeModule::parseDuration));
    m.define("load_location", of(TimeModule::loadLocation));
    m.define("fixed_zone", of(a -> LocationValue.fixed(a.checkjstring(1), a.checkint(2))));
    return m;
  }

  private static LocationValue optionalLocation(Varargs a, int arg) {
    if (a.narg() < arg) {
      return LocationValue.LOCAL;
    }
    if (a.arg(arg) instanceof LocationValue loc) {
      return loc;
    }
    throw new LuaError("bad argument #" + arg + " (location expected)");
  }

  private static Varargs date(Varargs a) {
    LocationValue loc = optionalLocation(a, 8);
    Instant at =
        TimeValue.normalized(
                a.checkint(1),
                a.checkint(2),
                a.checkint(3),
                a.checkint(4),
                a.checkint(5),
                a.checkint(6),
                a.checkint(7))
            .atZone(loc.zone())
            .toInstant();
    return TimeValue.of(at, loc);
  }

  private static Varargs parse(Varargs a) {
    String layout = a.checkjstring(1);
    String value = a.checkjstring(2);
    LocationValue loc = optionalLocation(a, 3);
    try {
      return GoTimeLayout.parse(layout, value, loc);
    } catch (IllegalArgumentException e) {
      return StandardModules.failure("Invalid", "time.parse: " + e.getMessage());
    }
  }

  private static Varargs parseDuration(Varargs a) {
    LuaValue v = a.arg1();
    if (v instanceof DurationValue) {
      return v;
    }
    if (v.type() == LuaValue.TNUMBER) {
      return DurationValue.of((long) v.todouble());
    }
    if (v.type() != LuaValue.TSTRING) {
      return StandardModules.failure(
          "Invalid", "time.parse_duration: invalid value type: " + v.typename());
    }
    try {
      return DurationValue.of(GoDuration.parseNanos(v.tojstring()));
    } catch (IllegalArgumentException e) {
      return StandardModules.failure("Invalid", "time.parse_duration: " + e.getMessage());
    }
  }

  private static Varargs loadLocation(Varargs a) {
    String name = a.checkjstring(1);
    if (name.isEmpty()) {
      return StandardModules.failure("Invalid", "empty location name");
    }
    if (name.equals("UTC")) {
      return LocationValue.UTC;
    }
    if (name.equals("Local")) {
      return LocationValue.LOCAL;
    }
    // Only names of the time-zone database, as Go's LoadLocation (Java would also take "+05:00").
    if (!ZoneId.getAvailableZoneIds().contains(name)) {
      return StandardModules.failure("NotFound", "time.load_location: unknown time zone " + name);
    }
    return LocationValue.of(name, ZoneId.of(name));
  }
}
