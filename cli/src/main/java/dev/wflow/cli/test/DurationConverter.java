package dev.wflow.cli.test;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --timeout 30s}: Go-style durations ({@code 500ms}, {@code 2m}, {@code 1h30m}). */
final class DurationConverter implements ITypeConverter<Duration> {

  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

  @Override
  public Duration convert(String text) {
    Matcher m = PART.matcher(text);
    int at = 0;
    double nanos = 0;
    while (at < text.length() && m.find(at) && m.start() == at) {
      nanos += Double.parseDouble(m.group(1)) * unit(m.group(2));
      at = m.end();
    }
    if (at == 0 || at != text.length()) {
      throw new TypeConversionException(
          "invalid duration '" + text + "' (examples: 500ms, 30s, 2m, 1h30m)");
    }
    return Duration.ofNanos((long) nanos);
  }

  private static double unit(String u) {
    return switch (u) {
      case "ns" -> 1;
      case "us", "µs" -> 1e3;
      case "ms" -> 1e6;
      case "s" -> 1e9;
      case "m" -> 60e9;
      default -> 3600e9;
    };
  }
}
