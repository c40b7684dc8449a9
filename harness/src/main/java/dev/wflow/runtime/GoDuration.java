package dev.wflow.runtime;

import java.time.Duration;
import java.util.Map;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;

/**
 * Durations as Wippy reads them (SPEC §6): Go-format strings ({@code "1h30m"}, {@code "500ms"};
 * units ns us µs ms s m h, no {@code d}), numbers of nanoseconds for {@code time.*}, numbers of
 * milliseconds inside option tables, and {@link DurationValue} objects.
 *
 * <pre>{@code
 * GoDuration.parse("1h30m");                          // PT1H30M
 * GoDuration.fromLua(LuaValue.valueOf(5e8), false);   // PT0.5S (nanoseconds)
 * GoDuration.fromLua(LuaValue.valueOf(1000), true);   // PT1S (option table: milliseconds)
 * GoDuration.format(Duration.ofMillis(1500));         // "1.5s", as Go's Duration.String
 * }</pre>
 */
public final class GoDuration {

  private static final Map<String, Long> UNITS =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "µs", 1_000L, // U+00B5 micro sign
          "μs", 1_000L, // U+03BC Greek mu
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L);

  private GoDuration() {}

  /**
   * Parses a Go duration string, for option values: the message also says what format is expected.
   *
   * @throws IllegalArgumentException with a message that says what is wrong
   */
  public static Duration parse(String text) {
    try {
      return Duration.ofNanos(parseNanos(text.trim()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "invalid duration \""
              + text
              + "\" (use Go format such as \"1h30m\", \"500ms\"; units ns us ms s m h)");
    }
  }

  /**
   * Go's {@code time.ParseDuration}, with its error messages ({@code time: unknown unit "d" in
   * duration "1d"}).
   *
   * @throws IllegalArgumentException with Go's message
   */
  public static long parseNanos(String orig) {
    String s = orig;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return 0;
    }
    if (s.isEmpty()) {
      throw invalid(orig);
    }
    long total = 0;
    int at = 0;
    while (at < s.length()) {
      char c = s.charAt(at);
      if (!(c == '.' || Character.isDigit(c))) {
        throw invalid(orig);
      }
      int start = at;
      while (at < s.length() && Character.isDigit(s.charAt(at))) {
        at++;
      }
      String whole = s.substring(start, at);
      String fraction = "";
      if (at < s.length() && s.charAt(at) == '.') {
        int f = ++at;
        while (at < s.length() && Character.isDigit(s.charAt(at))) {
          at++;
        }
        fraction = s.substring(f, at);
      }
      if (whole.isEmpty() && fraction.isEmpty()) {
        throw invalid(orig);
      }
      int unitStart = at;
      while (at < s.length() && s.charAt(at) != '.' && !Character.isDigit(s.charAt(at))) {
        at++;
      }
      if (unitStart == at) {
        throw new IllegalArgumentException("time: missing unit in duration \"" + orig + "\"");
      }
      String unit = s.substring(unitStart, at);
      Long scale = UNITS.get(unit);
      if (scale == null) {
        throw new IllegalArgumentException(
            "time: unknown unit \"" + unit + "\" in duration \"" + orig + "\"");
      }
      try {
        long part = whole.isEmpty() ? 0 : Math.multiplyExact(Long.parseLong(whole), scale);
        if (!fraction.isEmpty()) {
          part += (long) (Double.parseDouble("0." + fraction) * scale);
        }
        total = Math.addExact(total, part);
      } catch (ArithmeticException | NumberFormatException overflow) {
        throw invalid(orig);
      }
    }
    return negative ? -total : total;
  }

  private static IllegalArgumentException invalid(String orig) {
    return new IllegalArgumentException("time: invalid duration \"" + orig + "\"");
  }

  /**
   * A Lua duration value: a {@link DurationValue}, a Go string, or a number of nanoseconds ({@code
   * optionTable} false) or milliseconds ({@code optionTable} true).
   *
   * @throws LuaError for anything else
   */
  public static Duration fromLua(LuaValue value, boolean optionTable) {
    if (value instanceof DurationValue d) {
      return d.duration();
    }
    if (value.type() == LuaValue.TNUMBER) {
      double n = value.todouble();
      return optionTable ? Duration.ofNanos((long) (n * 1e6)) : Duration.ofNanos((long) n);
    }
    if (value.type() == LuaValue.TSTRING) {
      try {
        return parse(value.tojstring());
      } catch (IllegalArgumentException e) {
        throw new LuaError(e.getMessage());
      }
    }
    throw new LuaError(
        "invalid duration: expected a string like \"5s\" or a number, got " + value.typename());
  }

  /** Go's {@code Duration.String()}: {@code 1h30m0s}, {@code 1.5s}, {@code 500ms}, {@code 0s}. */
  public static String format(Duration d) {
    return format(saturatedNanos(d));
  }

  /** Go's {@code Duration.String()} of a number of nanoseconds. */
  public static String format(long nanos) {
    if (nanos == 0) {
      return "0s";
    }
    boolean negative = nanos < 0;
    // Long.MIN_VALUE has no positive counterpart; Go prints it through unsigned arithmetic.
    java.math.BigInteger u = java.math.BigInteger.valueOf(nanos).abs();
    StringBuilder out = new StringBuilder();
    if (u.compareTo(java.math.BigInteger.valueOf(1_000_000_000L)) < 0) {
      long v = u.longValue();
      String unit;
      int precision;
      if (v < 1_000) {
        unit = "ns";
        precision = 0;
      } else if (v < 1_000_000) {
        unit = "µs";
        precision = 3;
      } else {
        unit = "ms";
        precision = 6;
      }
      out.append(withFraction(v, precision)).append(unit);
    } else {
      long v = u.min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue();
      String seconds = withFraction(v, 9);
      long wholeSeconds = v / 1_000_000_000L;
      long minutes = wholeSeconds / 60;
      String secondPart =
          (wholeSeconds % 60) + seconds.substring(Long.toString(wholeSeconds).length());
      if (minutes > 0) {
        long hours = minutes / 60;
        if (hours > 0) {
          out.append(hours).append('h');
        }
        out.append(minutes % 60).append('m');
      }
      out.append(secondPart).append('s');
    }
    return (negative ? "-" : "") + out;
  }

  /** {@code v / 10^precision} with its fraction, trailing zeros (and a bare dot) left out. */
  private static String withFraction(long v, int precision) {
    long scale = 1;
    for (int i = 0; i < precision; i++) {
      scale *= 10;
    }
    String whole = Long.toString(v / scale);
    if (precision == 0) {
      return whole;
    }
    String fraction = String.format("%0" + precision + "d", v % scale).replaceAll("0+$", "");
    return fraction.isEmpty() ? whole : whole + "." + fraction;
  }

  /** Nanoseconds of {@code d}, clamped to the {@code long} range as Go's int64 durations are. */
  public static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException overflow) {
      return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }
}
