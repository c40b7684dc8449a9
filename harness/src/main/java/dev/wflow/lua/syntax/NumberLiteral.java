package dev.wflow.lua.syntax;

/**
 * Reads the numerals of the dialect: decimal integers and floats with exponents, and hexadecimal
 * integers (no hex floats). Integers follow Lua 5.3: decimal overflow becomes a float, hex wraps
 * around modulo 2^64.
 *
 * <pre>{@code
 * NumberLiteral.value("0xff")  // 255L
 * NumberLiteral.value("1e3")   // 1000.0
 * }</pre>
 */
public final class NumberLiteral {
  private NumberLiteral() {}

  static boolean isWellFormed(String text) {
    try {
      value(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The value as a {@link Long} (integer) or a {@link Double} (float). */
  public static Number value(String text) {
    int n = text.length();
    if (n > 2 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X')) {
      long v = 0;
      for (int i = 2; i < n; i++) {
        int d = Character.digit(text.charAt(i), 16);
        if (d < 0) {
          throw new NumberFormatException(text);
        }
        v = (v << 4) | d;
      }
      return v;
    }
    boolean integral = true;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        integral = false;
      } else if (!(c >= '0' && c <= '9' || c == '+' || c == '-')) {
        throw new NumberFormatException(text);
      }
    }
    if (integral) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException overflow) {
        return Double.parseDouble(text);
      }
    }
    if (text.endsWith("e") || text.endsWith("E") || text.equals(".")) {
      throw new NumberFormatException(text);
    }
    return Double.parseDouble(text);
  }
}
