package dev.wflow.cli.lint;

import dev.wflow.lint.Rule;
import dev.wflow.lint.RuleCatalogue;
import java.util.ArrayList;
import java.util.List;

/** The catalogue's codes as a short list of ranges ("E101-E110, W201-W207"), for usage errors. */
final class KnownCodes {

  private KnownCodes() {}

  static String ranges() {
    List<String> codes = RuleCatalogue.all().stream().map(Rule::code).sorted().toList();
    List<String> ranges = new ArrayList<>();
    int i = 0;
    while (i < codes.size()) {
      int j = i;
      while (j + 1 < codes.size() && follows(codes.get(j), codes.get(j + 1))) {
        j++;
      }
      ranges.add(i == j ? codes.get(i) : codes.get(i) + "-" + codes.get(j));
      i = j + 1;
    }
    return String.join(", ", ranges);
  }

  /** True for E101 then E102: same letter, the next number. */
  private static boolean follows(String a, String b) {
    return a.charAt(0) == b.charAt(0)
        && a.length() == b.length()
        && Integer.parseInt(a.substring(1)) + 1 == Integer.parseInt(b.substring(1));
  }
}
