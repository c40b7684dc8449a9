package dev.wflow.lint.rules;

import java.util.regex.Pattern;

/**
 * Go duration strings as Wippy's {@code time} module parses them ({@code time.ParseDuration}): a
 * sign, then one or more decimal numbers each with a unit among ns, us, µs, ms, s, m, h. There is
 * no {@code d}.
 *
 * <pre>{@code
 * DurationLiteral.isValid("1h30m"); // true
 * DurationLiteral.isValid("1d");    // false
 * }</pre>
 */
public final class DurationLiteral {

  private static final Pattern GO_DURATION =
      Pattern.compile(
          "[-+]?(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+");

  private DurationLiteral() {}

  /** True when {@code text} parses as a Go duration. */
  public static boolean isValid(String text) {
    return text.matches("[-+]?0") || GO_DURATION.matcher(text).matches();
  }
}
