package dev.wflow.lua.syntax;

/**
 * Decodes a quoted string literal. Follows the dialect: the Lua 5.1 escapes plus {@code \ddd}; any
 * other escaped character stands for itself ({@code "\x41"} is {@code x41}), as in the gopher-lua
 * runtime Wippy uses.
 */
final class StringDecoder {
  /** The decoded value (or null), the offset after the literal, and an error with its offset. */
  record Result(String value, int end, String error, int errorAt) {}

  private final char[] src;

  StringDecoder(char[] src) {
    this.src = src;
  }

  Result decode(int start, char quote) {
    int p = start + 1;
    int len = src.length;
    StringBuilder sb = null;
    int segment = p;
    while (true) {
      if (p >= len) {
        return new Result(null, p, "unfinished string", p);
      }
      char c = src[p];
      if (c == quote) {
        String v =
            sb == null
                ? new String(src, segment, p - segment)
                : sb.append(src, segment, p - segment).toString();
        return new Result(v, p + 1, null, 0);
      }
      if (c == '\n' || c == '\r') {
        return new Result(null, p, "unfinished string", p);
      }
      if (c != '\\') {
        p++;
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder();
      }
      sb.append(src, segment, p - segment);
      p++;
      if (p >= len) {
        return new Result(null, p, "unfinished string", p);
      }
      p = escape(sb, p);
      if (p < 0) {
        return new Result(null, -p, "decimal escape too large", -p);
      }
      segment = p;
    }
  }

  /** Appends the escape at {@code p} (just after the backslash); returns the next offset. */
  private int escape(StringBuilder sb, int p) {
    char c = src[p];
    switch (c) {
      case 'a' -> sb.append('\u0007');
      case 'b' -> sb.append('\b');
      case 'f' -> sb.append('\f');
      case 'n' -> sb.append('\n');
      case 'r' -> sb.append('\r');
      case 't' -> sb.append('\t');
      case 'v' -> sb.append('\u000B');
      case '\n', '\r' -> {
        sb.append('\n');
        if (p + 1 < src.length && (src[p + 1] == '\n' || src[p + 1] == '\r') && src[p + 1] != c) {
          return p + 2;
        }
      }
      default -> {
        if (c >= '0' && c <= '9') {
          return decimal(sb, p);
        }
        sb.append(c);
      }
    }
    return p + 1;
  }

  private int decimal(StringBuilder sb, int p) {
    int v = 0;
    int i = 0;
    while (i < 3 && p < src.length && src[p] >= '0' && src[p] <= '9') {
      v = v * 10 + (src[p] - '0');
      p++;
      i++;
    }
    if (v > 255) {
      return -(p + 1 > src.length ? src.length : p + 1);
    }
    sb.append((char) v);
    return p;
  }
}
