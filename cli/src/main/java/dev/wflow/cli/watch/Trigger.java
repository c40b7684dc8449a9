package dev.wflow.cli.watch;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why a watch session runs again: a batch of changed files, or a key.
 *
 * @param kind what was asked for
 * @param changed the changed files (absolute), for {@link Kind#CHANGED}
 * @param pattern the filter typed after {@code p}, for {@link Kind#PATTERN} (empty clears it)
 */
public record Trigger(Kind kind, Set<Path> changed, String pattern) {

  /** The kinds of reruns. */
  public enum Kind {
    ALL,
    CHANGED,
    FAILED,
    PATTERN,
    QUIT
  }

  public Trigger {
    changed = Set.copyOf(changed);
  }

  static Trigger all() {
    return new Trigger(Kind.ALL, Set.of(), "");
  }

  static Trigger changed(Set<Path> files) {
    return new Trigger(Kind.CHANGED, files, "");
  }

  static Trigger of(Kind kind, String pattern) {
    return new Trigger(kind, Set.of(), pattern);
  }

  /** One line for the plain output's separator. */
  String describe(Path root) {
    return switch (kind) {
      case ALL -> "all";
      case FAILED -> "failed";
      case PATTERN -> pattern.isEmpty() ? "no pattern" : "pattern " + pattern;
      case QUIT -> "quit";
      case CHANGED ->
          "changed: "
              + changed.stream()
                  .map(p -> p.startsWith(root) ? root.relativize(p).toString() : p.toString())
                  .sorted()
                  .collect(Collectors.joining(" "));
    };
  }
}
