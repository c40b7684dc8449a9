package dev.wflow.lint.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The known name a misspelt one most likely meant: at most two edits away (one for short names),
 * ties broken alphabetically so messages are stable.
 *
 * <pre>{@code
 * NameSuggestion.closest("tabel", List.of("table", "type")); // Optional["table"]
 * }</pre>
 */
final class NameSuggestion {

  private NameSuggestion() {}

  private record Candidate(String name, int distance) {}

  static Optional<String> closest(String name, Collection<String> known) {
    int limit = name.length() <= 4 ? 1 : 2;
    return known.stream()
        .filter(k -> !k.equals(name) && Math.abs(k.length() - name.length()) <= limit)
        .map(k -> new Candidate(k, distance(name, k)))
        .filter(c -> c.distance() <= limit)
        .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
        .map(Candidate::name);
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
