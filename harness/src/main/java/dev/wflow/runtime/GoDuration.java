package dev.wflow.runtime;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;

/**
 * Durations as Wippy reads them (SPEC §6): Go-format strings ({@code "1h30m"}, {@code "500ms"};
 * units ns us µs ms s m h, no {@code d}), numbers of nanoseconds for {@code time.*}, numbers of
 * milliseconds inside option tables.
 *
 * <pre>{@code
 * GoDuration.parse("1h30m");                          // PT1H30M
 * GoDuration.fromLua(LuaValue.valueOf(5e8), false);   // PT0.5S (nanoseconds)
 * GoDuration.fromLua(LuaValue.valueOf(1000), true);   // PT1S (option table: milliseconds)
 * }</pre>
 */
public final class GoDuration {

  private static final Pattern PART =
      Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");

  private GoDuration() {}

  /**
   * Parses a Go duration string.
   *
   * @throws IllegalArgumentException with a message that says what is wrong
   */
  public static Duration parse(String text) {
    String s = text.trim();
    if (s.equals("0")) {
      return Duration.ZERO;
    }
    boolean negative = s.startsWith("-");
    if (negative || s.startsWith("+")) {
      s = s.substring(1);
    }
    Matcher m = PART.matcher(s);
    int at = 0;
    double nanos = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at) {
        throw new IllegalArgumentException(
            "invalid duration \""
                + text
                + "\" (use Go format such as \"1h30m\", \"500ms\"; units ns us ms s m h)");
      }
      nanos += Double.parseDouble(m.group(1)) * unitNanos(m.group(2));
      at = m.end();
    }
    if (at == 0) {
      throw new IllegalArgumentException("invalid duration \"" + text + "\"");
    }
    Duration d = Duration.ofNanos((long) nanos);
    return negative ? d.negated() : d;
  }

  private static double unitNanos(String unit) {
    return switch (unit) {
      case "ns" -> 1;
      case "us", "µs", "μs" -> 1e3;
      case "ms" -> 1e6;
      case "s" -> 1e9;
      case "m" -> 60e9;
      default -> 3600e9;
    };
  }

  /**
   * A Lua duration value: a Go string, or a number of nanoseconds ({@code optionTable} false) or
   * milliseconds ({@code optionTable} true).
   *
   * @throws LuaError for anything else
   */
  public static Duration fromLua(LuaValue value, boolean optionTable) {
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

  /** Go's formatting of a duration ({@code 1h30m0s}, {@code 500ms}). */
  public static String format(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    if (d.compareTo(Duration.ofSeconds(1)) < 0 && !d.isNegative()) {
      long ns = d.toNanos();
      if (ns % 1_000_000 == 0) {
        return ns / 1_000_000 + "ms";
      }
      return ns % 1000 == 0 ? ns / 1000 + "us" : ns + "ns";
    }
    StringBuilder out = new StringBuilder(d.isNegative() ? "-" : "");
    Duration a = d.abs();
    if (a.toHours() > 0) {
      out.append(a.toHours()).append('h');
    }
    if (a.toHours() > 0 || a.toMinutesPart() > 0) {
      out.append(a.toMinutesPart()).append('m');
    }
    double seconds = a.toSecondsPart() + a.toNanosPart() / 1e9;
    out.append(
        seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds));
    return out.append('s').toString();
  }
}
