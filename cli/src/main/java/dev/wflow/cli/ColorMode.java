package dev.wflow.cli;

/** The {@code --color} choice. */
public enum ColorMode {
  AUTO,
  ALWAYS,
  NEVER;

  /**
   * Whether to colour output. {@code auto} colours only a real terminal, and never when {@code
   * NO_COLOR} is set to a non-empty value or {@code TERM=dumb} (https://no-color.org: an empty
   * {@code NO_COLOR} does not count).
   */
  public boolean enabled(boolean stdoutIsTerminal, java.util.Map<String, String> env) {
    return switch (this) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO ->
          stdoutIsTerminal
              && env.getOrDefault("NO_COLOR", "").isEmpty()
              && !"dumb".equals(env.getOrDefault("TERM", ""));
    };
  }
}
