package dev.wflow.lint;

import dev.wflow.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What to lint and what to report.
 *
 * <pre>{@code
 * LintRequest request = LintRequest.of(projectRoot)
 *     .withPaths(List.of(projectRoot.resolve("src/order.lua")))
 *     .withLevel(Severity.WARNING)
 *     .withCodes(Set.of("D101", "D102"));
 * }</pre>
 *
 * @param root the project root
 * @param paths files or directories inside the project to report on; empty means all of it
 * @param level the least severe finding reported
 * @param codes the only codes reported; empty means all
 */
public record LintRequest(Path root, List<Path> paths, Severity level, Set<String> codes) {

  public LintRequest {
    root = root.toAbsolutePath().normalize();
    paths = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    codes = Set.copyOf(codes);
  }

  /** The whole project, every level, every code. */
  public static LintRequest of(Path root) {
    return new LintRequest(root, List.of(), Severity.HINT, Set.of());
  }

  public LintRequest withPaths(List<Path> newPaths) {
    return new LintRequest(root, newPaths, level, codes);
  }

  public LintRequest withLevel(Severity newLevel) {
    return new LintRequest(root, paths, newLevel, codes);
  }

  public LintRequest withCodes(Set<String> newCodes) {
    return new LintRequest(root, paths, level, newCodes);
  }

  /** True when {@code file} (absolute) is inside what was asked for. */
  boolean covers(Path file) {
    return paths.isEmpty()
        || paths.stream().anyMatch(file.toAbsolutePath().normalize()::startsWith);
  }
}
