package dev.wflow.runtime;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/** {@code os.date} over a given clock, in UTC (the workflow clock has no local zone). */
final class OsDate {

  private OsDate() {}

  static LuaValue format(Instant now, String format, LuaValue time) {
    Instant at = time.isnumber() ? Instant.ofEpochSecond(time.tolong()) : now;
    ZonedDateTime t = at.atZone(ZoneOffset.UTC);
    String f = format.startsWith("!") ? format.substring(1) : format;
    if (f.startsWith("*t")) {
      return table(t);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c != '%' || i + 1 == f.length()) {
        out.append(c);
        continue;
      }
      out.append(directive(t, f.charAt(++i)));
    }
    return LuaValue.valueOf(out.toString());
  }

  private static String directive(ZonedDateTime t, char d) {
    return switch (d) {
      case 'Y' -> String.valueOf(t.getYear());
      case 'y' -> two(t.getYear() % 100);
      case 'm' -> two(t.getMonthValue());
      case 'd' -> two(t.getDayOfMonth());
      case 'H' -> two(t.getHour());
      case 'I' -> two(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12);
      case 'M' -> two(t.getMinute());
      case 'S' -> two(t.getSecond());
      case 'p' -> t.getHour() < 12 ? "AM" : "PM";
      case 'j' -> String.format("%03d", t.getDayOfYear());
      case 'A' -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ROOT);
      case 'a' -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT);
      case 'B' -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ROOT);
      case 'b' -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT);
      case 'c' -> DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT).format(t);
      case 'x' -> DateTimeFormatter.ofPattern("MM/dd/yy", Locale.ROOT).format(t);
      case 'X' -> DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).format(t);
      case 'Z' -> "UTC";
      case '%' -> "%";
      default -> "%" + d;
    };
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }

  private static LuaTable table(ZonedDateTime t) {
    LuaTable table = new LuaTable();
    table.set("year", t.getYear());
    table.set("month", t.getMonthValue());
    table.set("day", t.getDayOfMonth());
    table.set("hour", t.getHour());
    table.set("min", t.getMinute());
    table.set("sec", t.getSecond());
    table.set("wday", t.getDayOfWeek().getValue() % 7 + 1);
    table.set("yday", t.getDayOfYear());
    table.set("isdst", LuaValue.FALSE);
    return table;
  }
}
