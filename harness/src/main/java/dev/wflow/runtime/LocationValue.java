package dev.wflow.runtime;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * A {@code time.Location}: {@code time.utc}, {@code time.localtz}, {@code time.load_location(name)}
 * and {@code time.fixed_zone(name, offset)}. {@code loc:string()} and {@code tostring(loc)} give
 * its name as Go does ({@code "UTC"}, {@code "Local"}, {@code "America/New_York"}, the fixed zone's
 * name).
 *
 * <pre>{@code
 * LocationValue ny = LocationValue.of("America/New_York", ZoneId.of("America/New_York"));
 * }</pre>
 */
public final class LocationValue extends LuaUserdata {

  private static final LuaTable META = metatable();
  private static final DateTimeFormatter SHORT_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);

  /** Go's {@code time.UTC}. */
  public static final LocationValue UTC = new LocationValue("UTC", ZoneOffset.UTC, true);

  /** Go's {@code time.Local}: the zone of the machine wflow runs on. */
  public static final LocationValue LOCAL =
      new LocationValue("Local", ZoneId.systemDefault(), false);

  private final String name;
  private final ZoneId zone;
  private final boolean fixedName;

  private LocationValue(String name, ZoneId zone, boolean fixedName) {
    super(name, META);
    this.name = name;
    this.zone = zone;
    this.fixedName = fixedName;
  }

  /** A named zone from the time-zone database. */
  public static LocationValue of(String name, ZoneId zone) {
    return new LocationValue(name, zone, false);
  }

  /** Go's {@code time.FixedZone}: a constant offset whose abbreviation is {@code name}. */
  public static LocationValue fixed(String name, int offsetSeconds) {
    return new LocationValue(name, ZoneOffset.ofTotalSeconds(offsetSeconds), true);
  }

  public String name() {
    return name;
  }

  public ZoneId zone() {
    return zone;
  }

  /** The offset from UTC at {@code at}, in seconds. */
  public int offsetAt(Instant at) {
    return zone.getRules().getOffset(at).getTotalSeconds();
  }

  /**
   * The zone abbreviation Go prints for layout {@code MST} at {@code at} ({@code "EST"}, {@code
   * "UTC"}); a zone the database knows no abbreviation for prints as Go's tzdata does ({@code
   * "+03"}, {@code "+0530"}).
   */
  public String abbreviation(Instant at) {
    if (fixedName) {
      return name;
    }
    if (zone.equals(ZoneOffset.UTC) || zone.getId().equals("UTC") || zone.getId().equals("Z")) {
      return "UTC";
    }
    String shortName = SHORT_NAME.format(at.atZone(zone));
    if (shortName.startsWith("GMT") && shortName.length() > 3
        || shortName.startsWith("+")
        || shortName.startsWith("-")) {
      int offset = offsetAt(at);
      int minutes = Math.abs(offset) / 60;
      String sign = offset < 0 ? "-" : "+";
      String hours = String.format("%s%02d", sign, minutes / 60);
      return minutes % 60 == 0 ? hours : hours + String.format("%02d", minutes % 60);
    }
    return shortName.isEmpty() ? zone.getDisplayName(TextStyle.SHORT, Locale.US) : shortName;
  }

  @Override
  public String tojstring() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocationValue l && l.name.equals(name) && l.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  private static LuaTable metatable() {
    LuaTable m = new LuaTable();
    org.luaj.vm2.lib.VarArgFunction string =
        LuaFunctions.of((Varargs a) -> LuaValue.valueOf(check(a.arg1()).name));
    m.set("string", string);
    LuaTable meta = new LuaTable();
    // Shared by every Lua state in the JVM: getmetatable() must not hand it out for editing.
    meta.set(LuaValue.METATABLE, LuaValue.valueOf("locked"));
    meta.set(LuaValue.INDEX, m);
    meta.set(LuaValue.TOSTRING, string);
    return meta;
  }

  static LocationValue check(LuaValue v) {
    if (v instanceof LocationValue l) {
      return l;
    }
    throw new org.luaj.vm2.LuaError("location expected, got " + v.typename());
  }
}
