package dev.wflow.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes plain Java values (maps in insertion order, lists, strings, numbers, booleans, null) as
 * JSON, for every machine-readable output of the CLI. Formats build their document as maps so the
 * shape reads like the JSON it produces; anything else is written as its string.
 *
 * <pre>{@code
 * JsonText.write(Map.of("ok", true)); // {\n  "ok": true\n}
 * JsonText.line(Map.of("ok", true));  // {"ok":true}
 * }</pre>
 */
public final class JsonText {

  private final StringBuilder out = new StringBuilder();
  private final boolean pretty;

  private JsonText(boolean pretty) {
    this.pretty = pretty;
  }

  /** The JSON text of {@code value}, two-space indented, without a trailing newline. */
  public static String write(Object value) {
    JsonText json = new JsonText(true);
    json.value(value, 0);
    return json.out.toString();
  }

  /** The JSON text of {@code value} on one line, as JSON-lines event streams want it. */
  public static String line(Object value) {
    JsonText json = new JsonText(false);
    json.value(value, 0);
    return json.out.toString();
  }

  private void value(Object value, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      object(map, depth);
    } else if (value instanceof List<?> list) {
      array(list, depth);
    } else {
      string(String.valueOf(value));
    }
  }

  private void object(Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<?, ?> e = it.next();
      newline(depth + 1);
      string(String.valueOf(e.getKey()));
      out.append(pretty ? ": " : ":");
      value(e.getValue(), depth + 1);
      if (it.hasNext()) {
        out.append(',');
      }
    }
    newline(depth);
    out.append('}');
  }

  private void array(List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      newline(depth + 1);
      value(list.get(i), depth + 1);
      if (i + 1 < list.size()) {
        out.append(',');
      }
    }
    newline(depth);
    out.append(']');
  }

  private void newline(int depth) {
    if (pretty) {
      out.append('\n').append("  ".repeat(depth));
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
