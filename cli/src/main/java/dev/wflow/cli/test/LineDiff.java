package dev.wflow.cli.test;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two renderings (longest common subsequence; values are small), as {@code " "},
 * {@code "- "} (expected only) and {@code "+ "} (actual only) prefixed lines.
 */
final class LineDiff {

  private LineDiff() {}

  static List<String> of(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] =
            a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        out.add("  " + a[i++]);
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        out.add("- " + a[i++]);
      } else {
        out.add("+ " + b[j++]);
      }
    }
    while (i < a.length) {
      out.add("- " + a[i++]);
    }
    while (j < b.length) {
      out.add("+ " + b[j++]);
    }
    return out;
  }
}
