package dev.wflow.lint;

/**
 * The counts closing every lint output: {@code Checked N entries in M files: X errors, Y warnings,
 * Z hints}.
 */
public record LintSummary(int entries, int files, int errors, int warnings, int hints) {

  /** The summary line of the text format. */
  public String line() {
    return "Checked "
        + plural(entries, "entry", "entries")
        + " in "
        + plural(files, "file", "files")
        + ": "
        + plural(errors, "error", "errors")
        + ", "
        + plural(warnings, "warning", "warnings")
        + ", "
        + plural(hints, "hint", "hints");
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
