package dev.wflow.registry;

/**
 * Levenshtein distance, for "did you mean" suggestions on names a user mistyped.
 *
 * <pre>{@code
 * EditDistance.between("entires", "entries"); // 2
 * }</pre>
 */
public final class EditDistance {

  private EditDistance() {}

  public static int between(String x, String y) {
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}
