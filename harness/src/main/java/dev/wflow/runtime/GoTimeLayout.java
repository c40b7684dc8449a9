package dev.wflow.runtime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Go's reference-time layouts ({@code "2006-01-02T15:04:05Z07:00"}, {@code "Mon Jan 2 15:04:05 MST
 * 2006"}) for {@code t:format(layout)} and {@code time.parse(layout, value)}: the same elements,
 * padding, fractional seconds ({@code .000}, {@code .999}), zone forms and error messages as Go's
 * {@code time} package.
 *
 * <pre>{@code
 * GoTimeLayout.format(t, "2006-01-02 15:04:05");        // "2024-12-29 15:04:05"
 * GoTimeLayout.parse("2006-01-02", "2024-12-29", LocationValue.UTC);
 * }</pre>
 */
public final class GoTimeLayout {

  /** A layout element ({@code std*} in Go); {@code text} is how the reference time spells it. */
  enum Std {
    LONG_MONTH("January"),
    MONTH("Jan"),
    NUM_MONTH("1"),
    ZERO_MONTH("01"),
    LONG_WEEKDAY("Monday"),
    WEEKDAY("Mon"),
    DAY("2"),
    UNDER_DAY("_2"),
    ZERO_DAY("02"),
    UNDER_YEAR_DAY("__2"),
    ZERO_YEAR_DAY("002"),
    HOUR("15"),
    HOUR12("3"),
    ZERO_HOUR12("03"),
    MINUTE("4"),
    ZERO_MINUTE("04"),
    SECOND("5"),
    ZERO_SECOND("05"),
    LONG_YEAR("2006"),
    YEAR("06"),
    PM("PM"),
    LOWER_PM("pm"),
    TZ("MST"),
    ISO_COLON_SECONDS_TZ("Z07:00:00"),
    ISO_SECONDS_TZ("Z070000"),
    ISO_COLON_TZ("Z07:00"),
    ISO_TZ("Z0700"),
    ISO_SHORT_TZ("Z07"),
    NUM_COLON_SECONDS_TZ("-07:00:00"),
    NUM_SECONDS_TZ("-070000"),
    NUM_COLON_TZ("-07:00"),
    NUM_TZ("-0700"),
    NUM_SHORT_TZ("-07"),
    FRAC0(""),
    FRAC9("");

    final String text;

    Std(String text) {
      this.text = text;
    }

    boolean isoZone() {
      return name().startsWith("ISO");
    }

    boolean numericZone() {
      return name().startsWith("NUM_") && name().endsWith("TZ");
    }
  }

  /** One element found at {@code start..end} of the layout; fractions carry digits and dot. */
  record Chunk(int start, int end, Std std, int digits, char separator) {}

  private GoTimeLayout() {}

  /** The next layout element at or after {@code from}, or null: Go's {@code nextStdChunk}. */
  static Chunk next(String layout, int from) {
    for (int i = from; i < layout.length(); i++) {
      Chunk c = chunkAt(layout, i);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private static Chunk chunkAt(String l, int i) {
    char c = l.charAt(i);
    switch (c) {
      case 'J':
        if (l.startsWith("January", i)) {
          return new Chunk(i, i + 7, Std.LONG_MONTH, 0, ' ');
        }
        if (l.startsWith("Jan", i) && !lowerAt(l, i + 3)) {
          return new Chunk(i, i + 3, Std.MONTH, 0, ' ');
        }
        return null;
      case 'M':
        if (l.startsWith("Monday", i)) {
          return new Chunk(i, i + 6, Std.LONG_WEEKDAY, 0, ' ');
        }
        if (l.startsWith("Mon", i) && !lowerAt(l, i + 3)) {
          return new Chunk(i, i + 3, Std.WEEKDAY, 0, ' ');
        }
        return l.startsWith("MST", i) ? new Chunk(i, i + 3, Std.TZ, 0, ' ') : null;
      case '0':
        if (i + 1 < l.length() && l.charAt(i + 1) >= '1' && l.charAt(i + 1) <= '6') {
          Std[] zeros = {
            Std.ZERO_MONTH,
            Std.ZERO_DAY,
            Std.ZERO_HOUR12,
            Std.ZERO_MINUTE,
            Std.ZERO_SECOND,
            Std.YEAR
          };
          return new Chunk(i, i + 2, zeros[l.charAt(i + 1) - '1'], 0, ' ');
        }
        return l.startsWith("002", i) ? new Chunk(i, i + 3, Std.ZERO_YEAR_DAY, 0, ' ') : null;
      case '1':
        return l.startsWith("15", i)
            ? new Chunk(i, i + 2, Std.HOUR, 0, ' ')
            : new Chunk(i, i + 1, Std.NUM_MONTH, 0, ' ');
      case '2':
        return l.startsWith("2006", i)
            ? new Chunk(i, i + 4, Std.LONG_YEAR, 0, ' ')
            : new Chunk(i, i + 1, Std.DAY, 0, ' ');
      case '_':
        if (l.startsWith("_2", i)) {
          // "_2006" is a literal underscore followed by the year.
          return l.startsWith("_2006", i)
              ? new Chunk(i + 1, i + 5, Std.LONG_YEAR, 0, ' ')
              : new Chunk(i, i + 2, Std.UNDER_DAY, 0, ' ');
        }
        return l.startsWith("__2", i) ? new Chunk(i, i + 3, Std.UNDER_YEAR_DAY, 0, ' ') : null;
      case '3':
        return new Chunk(i, i + 1, Std.HOUR12, 0, ' ');
      case '4':
        return new Chunk(i, i + 1, Std.MINUTE, 0, ' ');
      case '5':
        return new Chunk(i, i + 1, Std.SECOND, 0, ' ');
      case 'P':
        return l.startsWith("PM", i) ? new Chunk(i, i + 2, Std.PM, 0, ' ') : null;
      case 'p':
        return l.startsWith("pm", i) ? new Chunk(i, i + 2, Std.LOWER_PM, 0, ' ') : null;
      case '-':
      case 'Z':
        for (Std zone : Std.values()) {
          if ((c == 'Z' ? zone.isoZone() : zone.numericZone()) && l.startsWith(zone.text, i)) {
            return new Chunk(i, i + zone.text.length(), zone, 0, ' ');
          }
        }
        return null;
      case '.':
      case ',':
        if (i + 1 < l.length() && (l.charAt(i + 1) == '0' || l.charAt(i + 1) == '9')) {
          char digit = l.charAt(i + 1);
          int j = i + 1;
          while (j < l.length() && l.charAt(j) == digit) {
            j++;
          }
          if (!digitAt(l, j)) {
            return new Chunk(i, j, digit == '0' ? Std.FRAC0 : Std.FRAC9, j - i - 1, c);
          }
        }
        return null;
      default:
        return null;
    }
  }

  private static boolean lowerAt(String s, int i) {
    return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
  }

  static boolean digitAt(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  /** Go's {@code t.Format(layout)} for an instant seen in {@code location}. */
  public static String format(Instant instant, LocationValue location, String layout) {
    ZonedDateTime t = instant.atZone(location.zone());
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Chunk c = next(layout, 0); c != null; c = next(layout, at)) {
      out.append(layout, at, c.start());
      element(out, c, t, instant, location);
      at = c.end();
    }
    return out.append(layout.substring(at)).toString();
  }

  private static void element(
      StringBuilder b, Chunk c, ZonedDateTime t, Instant instant, LocationValue location) {
    int hour = t.getHour();
    switch (c.std()) {
      case YEAR -> pad(b, Math.abs(t.getYear() % 100), 2);
      case LONG_YEAR -> pad(b, t.getYear(), 4);
      case MONTH -> b.append(monthName(t.getMonth()), 0, 3);
      case LONG_MONTH -> b.append(monthName(t.getMonth()));
      case NUM_MONTH -> b.append(t.getMonthValue());
      case ZERO_MONTH -> pad(b, t.getMonthValue(), 2);
      case WEEKDAY -> b.append(dayName(t.getDayOfWeek()), 0, 3);
      case LONG_WEEKDAY -> b.append(dayName(t.getDayOfWeek()));
      case DAY -> b.append(t.getDayOfMonth());
      case UNDER_DAY -> b.append(t.getDayOfMonth() < 10 ? " " : "").append(t.getDayOfMonth());
      case ZERO_DAY -> pad(b, t.getDayOfMonth(), 2);
      case UNDER_YEAR_DAY -> {
        int yd = t.getDayOfYear();
        b.append(yd < 100 ? " " : "").append(yd < 10 ? " " : "").append(yd);
      }
      case ZERO_YEAR_DAY -> pad(b, t.getDayOfYear(), 3);
      case HOUR -> pad(b, hour, 2);
      case HOUR12 -> b.append(hour % 12 == 0 ? 12 : hour % 12);
      case ZERO_HOUR12 -> pad(b, hour % 12 == 0 ? 12 : hour % 12, 2);
      case MINUTE -> b.append(t.getMinute());
      case ZERO_MINUTE -> pad(b, t.getMinute(), 2);
      case SECOND -> b.append(t.getSecond());
      case ZERO_SECOND -> pad(b, t.getSecond(), 2);
      case PM -> b.append(hour >= 12 ? "PM" : "AM");
      case LOWER_PM -> b.append(hour >= 12 ? "pm" : "am");
      case TZ -> zoneName(b, instant, location);
      case FRAC0, FRAC9 -> fraction(b, c, t.getNano());
      default -> offset(b, c.std(), location.offsetAt(instant));
    }
  }

  private static void zoneName(StringBuilder b, Instant instant, LocationValue location) {
    String name = location.abbreviation(instant);
    if (!name.isEmpty()) {
      b.append(name);
      return;
    }
    int zone = location.offsetAt(instant) / 60;
    b.append(zone < 0 ? '-' : '+');
    pad(b, Math.abs(zone) / 60, 2);
    pad(b, Math.abs(zone) % 60, 2);
  }

  private static void offset(StringBuilder b, Std std, int offset) {
    if (offset == 0 && std.isoZone()) {
      b.append('Z');
      return;
    }
    int zone = Math.abs(offset) / 60;
    b.append(offset < 0 ? '-' : '+');
    pad(b, zone / 60, 2);
    boolean colon = std.text.contains(":");
    if (colon) {
      b.append(':');
    }
    if (std != Std.NUM_SHORT_TZ && std != Std.ISO_SHORT_TZ) {
      pad(b, zone % 60, 2);
    }
    if (std.text.length() >= 7 && !std.text.equals("Z07:00")) {
      if (colon) {
        b.append(':');
      }
      pad(b, Math.abs(offset) % 60, 2);
    }
  }

  private static void fraction(StringBuilder b, Chunk c, int nanos) {
    boolean trim = c.std() == Std.FRAC9;
    if (trim && nanos == 0) {
      return;
    }
    String digits = String.format("%09d", nanos).substring(0, Math.min(9, c.digits()));
    if (trim) {
      digits = digits.replaceAll("0+$", "");
      if (digits.isEmpty()) {
        return;
      }
    }
    b.append(c.separator()).append(digits);
  }

  static void pad(StringBuilder b, int value, int width) {
    String s = Integer.toString(Math.abs(value));
    if (value < 0) {
      b.append('-');
    }
    b.append("0".repeat(Math.max(0, width - s.length()))).append(s);
  }

  static String monthName(Month m) {
    return m.getDisplayName(TextStyle.FULL, Locale.US);
  }

  static String dayName(DayOfWeek d) {
    return d.getDisplayName(TextStyle.FULL, Locale.US);
  }

  /**
   * Go's {@code time.ParseInLocation(layout, value, location)}.
   *
   * @throws IllegalArgumentException with Go's message ({@code parsing time "x" as "2006": cannot
   *     parse "x" as "2006"})
   */
  public static TimeValue parse(String layout, String value, LocationValue location) {
    return new GoTimeParser(layout, value, location).parse();
  }
}
