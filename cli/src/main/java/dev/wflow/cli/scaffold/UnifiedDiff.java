package dev.wflow.cli.scaffold;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts whose difference is one region (what scaffolding does: lines
 * inserted, or an entry rewritten in place). The region is found by trimming the common lines at
 * both ends, so it costs nothing on a large file.
 */
final class UnifiedDiff {

  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /**
   * @param from the old file's name, or null for a new file
   * @param to the new file's name
   */
  static List<String> of(String from, String to, String before, String after) {
    List<String> a = PlanText.lines(before);
    List<String> b = PlanText.lines(after);
    List<String> out = new ArrayList<>();
    out.add("--- " + (from == null ? "/dev/null" : "a/" + from));
    out.add("+++ b/" + to);
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    if (prefix == a.size() && prefix == b.size()) {
      return out;
    }
    int start = Math.max(0, prefix - CONTEXT);
    int endA = Math.min(a.size(), a.size() - suffix + CONTEXT);
    int endB = Math.min(b.size(), b.size() - suffix + CONTEXT);
    out.add("@@ -" + range(start, endA - start) + " +" + range(start, endB - start) + " @@");
    for (int i = start; i < prefix; i++) {
      out.add(" " + a.get(i));
    }
    for (int i = prefix; i < a.size() - suffix; i++) {
      out.add("-" + a.get(i));
    }
    for (int i = prefix; i < b.size() - suffix; i++) {
      out.add("+" + b.get(i));
    }
    for (int i = b.size() - suffix; i < endB; i++) {
      out.add(" " + b.get(i));
    }
    return out;
  }

  private static String range(int start, int count) {
    return count == 0 ? start + ",0" : (start + 1) + "," + count;
  }
}
