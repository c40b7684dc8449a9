package dev.wflow.diagnostic;

import java.util.Locale;

/** How serious a {@link Diagnostic} is. Ordered from most to least severe. */
public enum Severity {
  ERROR,
  WARNING,
  HINT;

  /**
   * The lower-case word used in every output format ({@code error}, {@code warning}, {@code hint}).
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** Parses {@code error}, {@code warning} or {@code hint}, case-insensitively. */
  public static Severity parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
