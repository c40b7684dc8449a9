package dev.wflow.runtime.text;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code regexp} semantics over RE2/J, on the UTF-8 bytes of a Lua string: byte offsets, Go's
 * rule that an empty match right after a previous match is skipped, and Go's {@code $1} / {@code
 * ${name}} replacement templates.
 *
 * <pre>{@code
 * GoRegexp re = GoRegexp.compile("a(x*)b");
 * re.replaceAll("-ab-axxb-".getBytes(UTF_8), "${1}W".getBytes(UTF_8)); // "-W-xxW-"
 * }</pre>
 */
final class GoRegexp {

  private final Pattern pattern;
  private final String source;

  private GoRegexp(Pattern pattern, String source) {
    this.pattern = pattern;
    this.source = source;
  }

  /**
   * @throws com.google.re2j.PatternSyntaxException with Go's wording
   */
  static GoRegexp compile(String source) {
    return new GoRegexp(Pattern.compile(source), source);
  }

  String source() {
    return source;
  }

  int numSubexp() {
    return pattern.groupCount();
  }

  /** One entry per group including group 0, the empty string for unnamed ones. */
  List<String> subexpNames() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i <= pattern.groupCount(); i++) {
      names.add("");
    }
    for (Map.Entry<String, Integer> e : pattern.namedGroups().entrySet()) {
      names.set(e.getValue(), e.getKey());
    }
    return names;
  }

  boolean matches(byte[] s) {
    return pattern.matcher(s).find();
  }

  /**
   * The start and end offsets of each group of the first match at or after {@code from} (-1 for a
   * group that did not take part), or null.
   */
  int[] match(byte[] s, int from) {
    Matcher m = pattern.matcher(s);
    if (from > s.length || !m.find(from)) {
      return null;
    }
    int[] spans = new int[2 * (pattern.groupCount() + 1)];
    for (int g = 0; g <= pattern.groupCount(); g++) {
      spans[2 * g] = m.start(g);
      spans[2 * g + 1] = m.end(g);
    }
    return spans;
  }

  /** Go's {@code allMatches}: at most {@code n} matches ({@code n < 0}: all). */
  List<int[]> all(byte[] s, int n) {
    List<int[]> out = new ArrayList<>();
    int pos = 0;
    int prevEnd = -1;
    while ((n < 0 || out.size() < n) && pos <= s.length) {
      int[] m = match(s, pos);
      if (m == null) {
        break;
      }
      boolean accept = true;
      if (m[1] == pos) { // an empty match at pos
        if (m[0] == prevEnd) {
          accept = false;
        }
        pos = pos < s.length ? pos + runeWidth(s, pos) : s.length + 1;
      } else {
        pos = m[1];
      }
      prevEnd = m[1];
      if (accept) {
        out.add(m);
      }
    }
    return out;
  }

  /** Go's {@code Split}. */
  List<byte[]> split(byte[] s, int n) {
    List<byte[]> out = new ArrayList<>();
    if (n == 0) {
      return out;
    }
    if (!source.isEmpty() && s.length == 0) {
      out.add(s);
      return out;
    }
    int beg = 0;
    int end = 0;
    for (int[] m : all(s, n)) {
      if (n > 0 && out.size() == n - 1) {
        break;
      }
      end = m[0];
      if (m[1] != 0) {
        out.add(slice(s, beg, end));
      }
      beg = m[1];
    }
    if (end != s.length) {
      out.add(slice(s, beg, s.length));
    }
    return out;
  }

  /** Go's {@code ReplaceAllString} with template expansion. */
  byte[] replaceAll(byte[] s, byte[] template) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int lastEnd = 0;
    int searchPos = 0;
    while (searchPos <= s.length) {
      int[] m = match(s, searchPos);
      if (m == null) {
        break;
      }
      out.write(s, lastEnd, m[0] - lastEnd);
      if (m[1] > lastEnd || m[0] == 0) {
        expand(out, template, s, m);
      }
      lastEnd = m[1];
      int width = searchPos < s.length ? runeWidth(s, searchPos) : 1;
      if (searchPos + width > m[1]) {
        searchPos += width;
      } else if (searchPos + 1 > m[1]) {
        searchPos++;
      } else {
        searchPos = m[1];
      }
    }
    out.write(s, lastEnd, s.length - lastEnd);
    return out.toByteArray();
  }

  // $1, ${1}, $name, ${name}, $$; an unknown or unmatched group expands to nothing.
  private void expand(ByteArrayOutputStream out, byte[] t, byte[] s, int[] m) {
    int i = 0;
    while (i < t.length) {
      if (t[i] != '$' || i + 1 >= t.length) {
        out.write(t[i++]);
        continue;
      }
      if (t[i + 1] == '$') {
        out.write('$');
        i += 2;
        continue;
      }
      int start;
      int stop;
      int next;
      if (t[i + 1] == '{') {
        start = i + 2;
        stop = start;
        while (stop < t.length && isNameByte(t[stop])) {
          stop++;
        }
        if (stop >= t.length || t[stop] != '}' || stop == start) {
          out.write(t[i++]);
          continue;
        }
        next = stop + 1;
      } else {
        start = i + 1;
        stop = start;
        while (stop < t.length && isNameByte(t[stop])) {
          stop++;
        }
        if (stop == start) {
          out.write(t[i++]);
          continue;
        }
        next = stop;
      }
      writeGroup(
          out, new String(t, start, stop - start, java.nio.charset.StandardCharsets.UTF_8), s, m);
      i = next;
    }
  }

  private void writeGroup(ByteArrayOutputStream out, String name, byte[] s, int[] m) {
    int group = -1;
    if (name.chars().allMatch(Character::isDigit)) {
      try {
        group = Integer.parseInt(name);
      } catch (NumberFormatException tooLong) {
        return;
      }
    } else {
      Integer named = pattern.namedGroups().get(name);
      group = named == null ? -1 : named;
    }
    if (group >= 0 && 2 * group + 1 < m.length && m[2 * group] >= 0) {
      out.write(s, m[2 * group], m[2 * group + 1] - m[2 * group]);
    }
  }

  private static boolean isNameByte(byte b) {
    return b == '_' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
  }

  static byte[] slice(byte[] s, int from, int to) {
    byte[] out = new byte[Math.max(0, to - from)];
    System.arraycopy(s, from, out, 0, out.length);
    return out;
  }

  private static int runeWidth(byte[] s, int i) {
    int b = s[i] & 0xff;
    int w = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return Math.min(w, s.length - i);
  }
}
