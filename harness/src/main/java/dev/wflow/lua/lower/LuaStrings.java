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

  /**
   * The same quoted literal with the escapes LuaJ reads differently rewritten: an unknown escape
   * ({@code \x}, {@code \z}, {@code \q}) loses its backslash. Everything else, including an escaped
   * line break, is kept, so the literal spans the same lines.
   */
  static String forLuaj(String raw) {
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder sb = new StringBuilder(raw.length());
    int end = raw.length() - 1;
    sb.append(raw.charAt(0));
    for (int i = 1; i < end; i++) {
      char c = raw.charAt(i);
      if (c != '\\' || i + 1 >= end) {
        sb.append(c);
        continue;
      }
      char e = raw.charAt(++i);
      if ("abfnrtv\\\"'\n\r".indexOf(e) < 0 && !Character.isDigit(e)) {
        sb.append(e);
      } else {
        sb.append('\\').append(e);
      }
    }
    return sb.append(raw.charAt(end)).toString();
  }
}
