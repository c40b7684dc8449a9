package dev.wflow.lua.lower;

/**
 * Rewrites a dialect string literal, as written, into one LuaJ reads with the same value. The
 * dialect keeps an unknown escape's character ({@code "\x41"} is {@code x41}) where LuaJ would read
 * {@code \x41} as {@code A}; long strings are the same in both and pass through.
 */
final class LuaStrings {
  private LuaStrings() {}

  static boolean isLong(String raw) {
    return raw.startsWith("[");
  }

  /** A single-line quoted literal for LuaJ; an escaped line break becomes {@code \n}. */
  static String shortLiteral(String raw) {
    char quote = raw.charAt(0);
    StringBuilder sb = new StringBuilder(raw.length() + 8);
    sb.append(quote);
    int end = raw.length() - 1;
    for (int i = 1; i < end; i++) {
      char c = raw.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = raw.charAt(++i);
      if ("abfnrtv\\\"'".indexOf(e) >= 0 || Character.isDigit(e)) {
        sb.append('\\').append(e);
      } else if (e == '\n' || e == '\r') {
        sb.append("\\n");
        if (i + 1 < end
            && (raw.charAt(i + 1) == '\n' || raw.charAt(i + 1) == '\r')
            && raw.charAt(i + 1) != e) {
          i++;
        }
      } else {
        sb.append(e);
      }
    }
    return sb.append(quote).toString();
  }
}
