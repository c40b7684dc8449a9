package dev.wflow.lint.scope;

import java.util.ArrayList;
import java.util.List;

/**
 * A value named statically from a global: {@code os.time} is {@code [os, time]}. {@code via} is the
 * local alias the path was reached through, if any ({@code t} in {@code local t = os.time; t()}).
 *
 * <pre>{@code
 * GlobalPath p = paths.of(expr).orElseThrow();
 * p.text();          // "os.time"
 * p.startsWith("io") // true for io.open
 * }</pre>
 */
public record GlobalPath(List<String> parts, Variable via) {

  public GlobalPath {
    parts = List.copyOf(parts);
  }

  /** The global the path starts from. */
  public String root() {
    return parts.get(0);
  }

  /** The dotted form, {@code os.time}. */
  public String text() {
    return String.join(".", parts);
  }

  /** The same path with one more field. */
  public GlobalPath child(String field) {
    List<String> longer = new ArrayList<>(parts);
    longer.add(field);
    return new GlobalPath(longer, via);
  }

  /** True when the path is {@code prefix} or lies under it ({@code io.open} under {@code io}). */
  public boolean startsWith(String prefix) {
    String text = text();
    return text.equals(prefix) || text.startsWith(prefix + ".");
  }
}
