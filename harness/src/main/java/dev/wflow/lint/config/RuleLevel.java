package dev.wflow.lint.config;

import dev.wflow.diagnostic.Severity;
import java.util.Locale;
import java.util.Optional;

/** The level a project gives a rule in {@code .wflow.yaml}: a severity, or {@code off}. */
public enum RuleLevel {
  ERROR,
  WARNING,
  HINT,
  OFF;

  /** The severity findings get at this level; empty when the rule is off. */
  public Optional<Severity> severity() {
    return switch (this) {
      case ERROR -> Optional.of(Severity.ERROR);
      case WARNING -> Optional.of(Severity.WARNING);
      case HINT -> Optional.of(Severity.HINT);
      case OFF -> Optional.empty();
    };
  }

  /** Parses {@code error}, {@code warning}, {@code hint} or {@code off}; empty otherwise. */
  public static Optional<RuleLevel> parse(String text) {
    String word = text.trim().toUpperCase(Locale.ROOT);
    for (RuleLevel level : values()) {
      if (level.name().equals(word)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
