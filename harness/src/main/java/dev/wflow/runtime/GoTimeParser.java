package dev.wflow.runtime;

import dev.wflow.runtime.GoTimeLayout.Chunk;
import dev.wflow.runtime.GoTimeLayout.Std;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;

/**
 * One run of Go's {@code time.Parse} algorithm over a layout and a value (see {@link
 * GoTimeLayout#parse}): elements are read left to right, literal text must match (a space matches a
 * run of spaces), and range and leftover-text errors carry Go's wording.
 */
final class GoTimeParser {

  private final String layout;
  private final String original;
  private final LocationValue location;
  private String value;

  private int year;
  private int month = -1;
  private int day = -1;
  private int yearDay = -1;
  private int hour;
  private int minute;
  private int second;
  private int nanos;
  private boolean pm;
  private boolean am;
  private LocationValue zone;
  private int zoneOffset = Integer.MIN_VALUE;
  private String zoneName = "";

  GoTimeParser(String layout, String value, LocationValue location) {
    this.layout = layout;
    this.original = value;
    this.value = value;
    this.location = location;
  }

  TimeValue parse() {
    int at = 0;
    for (Chunk c = GoTimeLayout.next(layout, 0); c != null; c = GoTimeLayout.next(layout, at)) {
      skipLiteral(layout.substring(at, c.start()));
      String element = layout.substring(c.start(), c.end());
      String before = value;
      if (!element(c)) {
        throw bad(before, element);
      }
      at = c.end();
    }
    skipLiteral(layout.substring(at));
    if (!value.isEmpty()) {
      throw range(": extra text: \"" + value + "\"");
    }
    return build();
  }

  private void skipLiteral(String prefix) {
    String before = value;
    String p = prefix;
    while (!p.isEmpty()) {
      if (p.charAt(0) == ' ') {
        if (!value.isEmpty() && value.charAt(0) != ' ') {
          throw bad(before, prefix);
        }
        p = p.stripLeading();
        value = value.replaceFirst("^ +", "");
        continue;
      }
      if (value.isEmpty() || value.charAt(0) != p.charAt(0)) {
        throw bad(before, prefix);
      }
      p = p.substring(1);
      value = value.substring(1);
    }
  }

  /** Reads one element; false when the value does not fit it. */
  private boolean element(Chunk c) {
    Std std = c.std();
    switch (std) {
      case YEAR -> {
        Integer y = digits(2, true);
        if (y == null) {
          return false;
        }
        year = y >= 69 ? 1900 + y : 2000 + y;
      }
      case LONG_YEAR -> {
        if (value.length() < 4 || !allDigits(value.substring(0, 4))) {
          return false;
        }
        year = Integer.parseInt(value.substring(0, 4));
        value = value.substring(4);
      }
      case MONTH, LONG_MONTH -> {
        int m = lookup(std == Std.MONTH, true);
        if (m < 0) {
          return false;
        }
        month = m + 1;
      }
      case NUM_MONTH, ZERO_MONTH -> {
        Integer m = digits(2, std == Std.ZERO_MONTH);
        if (m == null) {
          return false;
        }
        if (m <= 0 || m > 12) {
          throw range(": month out of range");
        }
        month = m;
      }
      case WEEKDAY, LONG_WEEKDAY -> {
        return lookup(std == Std.WEEKDAY, false) >= 0;
      }
      case DAY, UNDER_DAY, ZERO_DAY -> {
        if (std == Std.UNDER_DAY && value.startsWith(" ")) {
          value = value.substring(1);
        }
        Integer d = digits(2, std == Std.ZERO_DAY);
        if (d == null) {
          return false;
        }
        day = d;
      }
      case UNDER_YEAR_DAY, ZERO_YEAR_DAY -> {
        for (int i = 0; std == Std.UNDER_YEAR_DAY && i < 2 && value.startsWith(" "); i++) {
          value = value.substring(1);
        }
        Integer d = digits(3, std == Std.ZERO_YEAR_DAY);
        if (d == null) {
          return false;
        }
        yearDay = d;
      }
      case HOUR -> {
        Integer h = digits(2, false);
        if (h == null) {
          return false;
        }
        if (h > 23) {
          throw range(": hour out of range");
        }
        hour = h;
      }
      case HOUR12, ZERO_HOUR12 -> {
        Integer h = digits(2, std == Std.ZERO_HOUR12);
        if (h == null) {
          return false;
        }
        if (h > 12) {
          throw range(": hour out of range");
        }
        hour = h;
      }
      case MINUTE, ZERO_MINUTE -> {
        Integer m = digits(2, std == Std.ZERO_MINUTE);
        if (m == null) {
          return false;
        }
        if (m > 59) {
          throw range(": minute out of range");
        }
        minute = m;
      }
      case SECOND, ZERO_SECOND -> {
        Integer s = digits(2, std == Std.ZERO_SECOND);
        if (s == null) {
          return false;
        }
        if (s > 59) {
          throw range(": second out of range");
        }
        second = s;
        implicitFraction(c);
      }
      case PM, LOWER_PM -> {
        if (value.length() < 2) {
          return false;
        }
        String p = value.substring(0, 2);
        String upper = std == Std.PM ? p : p.toUpperCase();
        if (std == Std.LOWER_PM && !p.equals(p.toLowerCase())) {
          return false;
        }
        if (upper.equals("PM")) {
          pm = true;
        } else if (upper.equals("AM")) {
          am = true;
        } else {
          return false;
        }
        value = value.substring(2);
      }
      case TZ -> {
        return zoneAbbreviation();
      }
      case FRAC0 -> {
        int n = 1 + c.digits();
        if (value.length() < n || !allDigits(value.substring(1, n))) {
          return false;
        }
        nanos = nanoseconds(value.substring(1, n));
        value = value.substring(n);
      }
      case FRAC9 -> {
        if (value.length() < 2
            || !isSeparator(value.charAt(0))
            || !GoTimeLayout.digitAt(value, 1)) {
          break; // the fraction is optional
        }
        int i = 1;
        while (GoTimeLayout.digitAt(value, i)) {
          i++;
        }
        nanos = nanoseconds(value.substring(1, i));
        value = value.substring(i);
      }
      default -> {
        return numericZone(std);
      }
    }
    return true;
  }

  // "05" followed by ".123" in the value when the layout has no fraction element next.
  private void implicitFraction(Chunk c) {
    if (value.length() < 2 || !isSeparator(value.charAt(0)) || !GoTimeLayout.digitAt(value, 1)) {
      return;
    }
    Chunk next = GoTimeLayout.next(layout, c.end());
    if (next != null
        && next.start() == c.end()
        && (next.std() == Std.FRAC0 || next.std() == Std.FRAC9)) {
      return;
    }
    int i = 1;
    while (GoTimeLayout.digitAt(value, i)) {
      i++;
    }
    nanos = nanoseconds(value.substring(1, i));
    value = value.substring(i);
  }

  private static boolean isSeparator(char c) {
    return c == '.' || c == ',';
  }

  private static int nanoseconds(String digits) {
    String nine = (digits + "000000000").substring(0, 9);
    return Integer.parseInt(nine);
  }

  private boolean zoneAbbreviation() {
    if (value.startsWith("UTC")) {
      zone = LocationValue.UTC;
      value = value.substring(3);
      return true;
    }
    int n = 0;
    while (n < value.length() && n < 6 && Character.isUpperCase(value.charAt(n))) {
      n++;
    }
    if (n < 3) {
      return false;
    }
    zoneName = value.substring(0, n);
    value = value.substring(n);
    return true;
  }

  private boolean numericZone(Std std) {
    if (std.isoZone() && value.startsWith("Z")) {
      value = value.substring(1);
      zone = LocationValue.UTC;
      return true;
    }
    String t = std.text.substring(1);
    if (value.isEmpty() || (value.charAt(0) != '+' && value.charAt(0) != '-')) {
      return false;
    }
    String shape = t.replaceAll("[0-9]", "d");
    String v = value.substring(1);
    if (v.length() < shape.length()) {
      return false;
    }
    for (int i = 0; i < shape.length(); i++) {
      char want = shape.charAt(i);
      char got = v.charAt(i);
      if (want == 'd' ? !Character.isDigit(got) : got != want) {
        return false;
      }
    }
    String digits = v.substring(0, shape.length()).replace(":", "");
    int hh = Integer.parseInt(digits.substring(0, 2));
    int mm = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
    int ss = digits.length() >= 6 ? Integer.parseInt(digits.substring(4, 6)) : 0;
    if (hh > 24 || mm > 60 || ss > 60) {
      throw range(": time zone offset out of range");
    }
    int offset = (hh * 60 + mm) * 60 + ss;
    zoneOffset = value.charAt(0) == '-' ? -offset : offset;
    value = v.substring(shape.length());
    return true;
  }

  /** Month (or weekday) name at the start of the value, case-insensitively; its index or -1. */
  private int lookup(boolean shortName, boolean months) {
    int count = months ? 12 : 7;
    for (int i = 0; i < count; i++) {
      String full =
          months
              ? GoTimeLayout.monthName(Month.of(i + 1))
              : GoTimeLayout.dayName(java.time.DayOfWeek.of(i == 0 ? 7 : i));
      String name = shortName ? full.substring(0, 3) : full;
      if (value.length() >= name.length()
          && value.substring(0, name.length()).equalsIgnoreCase(name)) {
        value = value.substring(name.length());
        return i;
      }
    }
    return -1;
  }

  /** Go's getnum/getnum3: 1..max digits, exactly max when {@code fixed}; null when none. */
  private Integer digits(int max, boolean fixed) {
    int n = 0;
    while (n < max && GoTimeLayout.digitAt(value, n)) {
      n++;
    }
    if (n == 0 || (fixed && n < max)) {
      return null;
    }
    int v = Integer.parseInt(value.substring(0, n));
    value = value.substring(n);
    return v;
  }

  private static boolean allDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }

  private TimeValue build() {
    if (pm && hour < 12) {
      hour += 12;
    } else if (am && hour == 12) {
      hour = 0;
    }
    if (yearDay >= 0) {
      int days = Year.isLeap(year) ? 366 : 365;
      if (yearDay < 1 || yearDay > days) {
        throw range(": day-of-year out of range");
      }
      java.time.LocalDate d = java.time.LocalDate.ofYearDay(year, yearDay);
      if (month >= 0 && month != d.getMonthValue() || day >= 0 && day != d.getDayOfMonth()) {
        throw range(": day-of-year does not match " + (month >= 0 ? "month" : "day"));
      }
      month = d.getMonthValue();
      day = d.getDayOfMonth();
    }
    if (month < 0) {
      month = 1;
    }
    if (day < 0) {
      day = 1;
    }
    if (day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
      throw range(": day out of range");
    }
    LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
    if (zone != null) {
      return TimeValue.of(local.toInstant(ZoneOffset.UTC), zone);
    }
    if (zoneOffset != Integer.MIN_VALUE) {
      Instant at = local.toInstant(ZoneOffset.ofTotalSeconds(zoneOffset));
      // Go keeps the default location when it has that offset then, else a nameless fixed zone.
      if (location.offsetAt(at) == zoneOffset) {
        return TimeValue.of(at, location);
      }
      return TimeValue.of(at, LocationValue.fixed("", zoneOffset));
    }
    if (!zoneName.isEmpty()) {
      return namedZone(local);
    }
    return TimeValue.of(local.atZone(location.zone()).toInstant(), location);
  }

  // An abbreviation the default location uses ("EST" for America/New_York) takes its offset;
  // "GMT+3" an hour offset; any other abbreviation is kept as a name with offset zero, as in Go.
  private TimeValue namedZone(LocalDateTime local) {
    Instant guess = local.toInstant(ZoneOffset.UTC);
    for (Instant probe : new Instant[] {guess, guess.minusSeconds(12 * 3600)}) {
      if (location.abbreviation(probe).equals(zoneName)) {
        int offset = location.offsetAt(probe);
        return TimeValue.of(local.toInstant(ZoneOffset.ofTotalSeconds(offset)), location);
      }
    }
    int offset = 0;
    if (zoneName.length() > 3 && zoneName.startsWith("GMT")) {
      try {
        offset = Integer.parseInt(zoneName.substring(3)) * 3600;
      } catch (NumberFormatException ignored) {
        offset = 0;
      }
    }
    return TimeValue.of(
        local.toInstant(ZoneOffset.ofTotalSeconds(offset)), LocationValue.fixed(zoneName, offset));
  }

  private IllegalArgumentException bad(String valueElement, String layoutElement) {
    return new IllegalArgumentException(
        "parsing time "
            + quote(original)
            + " as "
            + quote(layout)
            + ": cannot parse "
            + quote(valueElement)
            + " as "
            + quote(layoutElement));
  }

  private IllegalArgumentException range(String message) {
    return new IllegalArgumentException("parsing time " + quote(original) + message);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
