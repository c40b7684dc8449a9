package dev.wflow.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes entries as YAML text in a given {@link EntryStyle}. Only the shapes entries have are
 * supported (mappings, lists, strings, numbers, booleans); the editor re-reads what this writes and
 * refuses the edit if it does not read back as the same values.
 */
final class EntryRenderer {

  private static final Resolver RESOLVER = new Resolver();
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

  private final EntryStyle style;

  EntryRenderer(EntryStyle style) {
    this.style = style;
  }

  /** The lines of one entry (no line terminators), its comment line first when it has one. */
  List<String> entry(NewEntry entry, boolean withComment) {
    List<String> lines = new ArrayList<>();
    if (withComment && entry.comment() != null) {
      lines.add(spaces(style.itemIndent()) + "# " + entry.comment());
    }
    String dash = spaces(style.itemIndent()) + "-" + spaces(style.dashGap() - 1);
    mapping(entry.fields(), style.itemIndent() + style.dashGap(), dash, lines);
    return lines;
  }

  private void mapping(Map<String, Object> map, int column, String firstPrefix, List<String> out) {
    boolean first = true;
    for (Map.Entry<String, Object> field : map.entrySet()) {
      String prefix = (first ? firstPrefix : spaces(column)) + field.getKey() + ":";
      first = false;
      value(field.getValue(), column, prefix, out);
    }
  }

  @SuppressWarnings("unchecked")
  private void value(Object value, int column, String prefix, List<String> out) {
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      out.add(prefix);
      mapping((Map<String, Object>) map, column + style.step(), spaces(column + style.step()), out);
    } else if (value instanceof Map<?, ?>) {
      out.add(prefix + " {}");
    } else if (value instanceof List<?> list && list.isEmpty()) {
      out.add(prefix + " []");
    } else if (value instanceof List<?> list && style.flowLists() && allScalars(list)) {
      List<String> items = list.stream().map(v -> scalar(v, true)).toList();
      out.add(prefix + " [" + String.join(", ", items) + "]");
    } else if (value instanceof List<?> list) {
      out.add(prefix);
      int dashColumn = column + style.sequenceOffset();
      for (Object item : list) {
        String dash = spaces(dashColumn) + "- ";
        if (item instanceof Map<?, ?> m && !m.isEmpty()) {
          mapping((Map<String, Object>) m, dashColumn + 2, dash, out);
        } else {
          value(item, dashColumn + 2, dash.stripTrailing(), out);
        }
      }
    } else {
      out.add(prefix + " " + scalar(value, false));
    }
  }

  private static boolean allScalars(List<?> list) {
    return list.stream().noneMatch(v -> v instanceof Map<?, ?> || v instanceof List<?>);
  }

  private String scalar(Object value, boolean inFlow) {
    if (!(value instanceof String s)) {
      return String.valueOf(value);
    }
    return switch (style.quote()) {
      case DOUBLE -> doubleQuoted(s);
      case SINGLE -> "'" + s.replace("'", "''") + "'";
      case PLAIN -> plainIsSafe(s, inFlow) ? s : doubleQuoted(s);
    };
  }

  /** True when {@code s} written without quotes reads back as the same string. */
  static boolean plainIsSafe(String s, boolean inFlow) {
    if (s.isEmpty()
        || !s.equals(s.strip())
        || INDICATORS.indexOf(s.charAt(0)) >= 0
        || s.contains(": ")
        || s.contains(" #")
        || s.endsWith(":")
        || s.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c > 0x7e)) {
      return false;
    }
    if (inFlow && s.chars().anyMatch(c -> ",[]{}".indexOf(c) >= 0)) {
      return false;
    }
    return RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.STR);
  }

  private static String doubleQuoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\x%02x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  static String spaces(int n) {
    return " ".repeat(Math.max(0, n));
  }
}
