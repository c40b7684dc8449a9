package dev.wflow.runtime.yaml;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes plain values as Go's yaml.v3 {@code Marshal} does: block style, four-space indentation (a
 * sequence under a key is indented too, a top-level one is not), {@code {}} / {@code []} for empty
 * collections, strings quoted only when they would read back as something else, multi-line strings
 * as literal blocks.
 *
 * <pre>{@code
 * YamlWriter.write(Map.of("arr", List.of(1, 2))); // "arr:\n    - 1\n    - 2\n"
 * }</pre>
 */
final class YamlWriter {

  private static final String INDENT = "    ";
  // Strings a YAML 1.1 reader would take for another type (yaml.v3 quotes these for safety).
  private static final Pattern NOT_A_STRING =
      Pattern.compile(
          "^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO"
              + "|on|On|ON|off|Off|OFF|[-+]?(?:0|[1-9][0-9_]*)|0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+"
              + "|[-+]?(?:\\.[0-9]+|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?"
              + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
              + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?|<<)$");
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

  private YamlWriter() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      map(out, map, "");
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      list(out, list, "");
    } else {
      out.append(scalar(value, "")).append('\n');
    }
    return out.toString();
  }

  private static void map(StringBuilder out, Map<?, ?> map, String indent) {
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!first) {
        out.append(indent);
      }
      first = false;
      out.append(scalar(String.valueOf(e.getKey()), indent)).append(':');
      value(out, e.getValue(), indent + INDENT, true);
    }
  }

  private static void list(StringBuilder out, List<?> list, String indent) {
    boolean first = true;
    for (Object item : list) {
      if (!first) {
        out.append(indent);
      }
      first = false;
      out.append('-');
      value(out, item, indent + "  ", false);
    }
  }

  /** Writes what follows {@code key:} or {@code -}, starting on the same line. */
  private static void value(StringBuilder out, Object v, String inner, boolean afterKey) {
    if (v instanceof Map<?, ?> m && !m.isEmpty()) {
      if (afterKey) {
        out.append('\n').append(inner);
      } else {
        out.append(' ');
      }
      map(out, m, inner);
    } else if (v instanceof List<?> l && !l.isEmpty()) {
      if (afterKey) {
        out.append('\n').append(inner);
      } else {
        out.append(' ');
      }
      list(out, l, inner);
    } else {
      out.append(' ').append(scalar(v, inner)).append('\n');
    }
  }

  private static String scalar(Object v, String indent) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Map<?, ?>) {
      return "{}";
    }
    if (v instanceof List<?>) {
      return "[]";
    }
    if (v instanceof Double d) {
      return d.isNaN() ? ".nan" : d.isInfinite() ? (d > 0 ? "+.inf" : "-.inf") : goFloat(d);
    }
    if (!(v instanceof String s)) {
      return String.valueOf(v);
    }
    if (s.contains("\n") && !s.contains("\r") && s.chars().noneMatch(c -> c < 0x20 && c != '\n')) {
      return literal(s, indent);
    }
    return plain(s) ? s : quoted(s);
  }

  private static boolean plain(String s) {
    if (s.isEmpty() || NOT_A_STRING.matcher(s).matches()) {
      return false;
    }
    if (INDICATORS.indexOf(s.charAt(0)) >= 0 || s.charAt(0) == ' ' || s.endsWith(" ")) {
      return false;
    }
    if (s.contains(": ") || s.contains(" #") || s.endsWith(":")) {
      return false;
    }
    return s.chars().allMatch(c -> c >= 0x20 && c != 0x7f);
  }

  private static String literal(String s, String indent) {
    String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    StringBuilder b = new StringBuilder(s.endsWith("\n") ? "|" : "|-");
    String inner = indent.isEmpty() ? INDENT : indent;
    for (String line : body.split("\n", -1)) {
      b.append('\n');
      if (!line.isEmpty()) {
        b.append(inner).append(line);
      }
    }
    return b.toString();
  }

  private static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\x%02X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  // strconv.FormatFloat(f, 'g', -1, 64) as yaml.v3 uses it.
  private static String goFloat(double d) {
    double abs = Math.abs(d);
    if (abs != 0 && (abs < 1e-4 || abs >= 1e21)) {
      String s = Double.toString(d);
      int e = s.indexOf('E');
      String mantissa = s.substring(0, e).replaceAll("\\.0$", "");
      int exp = Integer.parseInt(s.substring(e + 1));
      return mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }
    return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }
}
