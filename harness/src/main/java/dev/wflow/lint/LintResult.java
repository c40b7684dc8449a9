package dev.wflow.lint;

import dev.wflow.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The outcome of a lint run, as every renderer consumes it.
 *
 * <pre>{@code
 * LintResult r = LintEngine.standard().run(LintRequest.of(root)).rebase(Path.of("").toAbsolutePath());
 * r.diagnostics().forEach(d -> System.out.println(d.headline()));
 * }</pre>
 *
 * @param root the directory diagnostic and checked-file paths are relative to
 * @param diagnostics findings after configuration and filters, sorted by {@link Diagnostic#ORDER}
 * @param checkedFiles every file looked at (definition files, Lua files, broken YAML), sorted
 * @param summary the counts
 * @param projectFound false when no definition file and no problem was found at all: the command
 *     then exits with "project not loadable"
 */
public record LintResult(
    Path root,
    List<Diagnostic> diagnostics,
    List<String> checkedFiles,
    LintSummary summary,
    boolean projectFound) {

  public LintResult {
    diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    checkedFiles = List.copyOf(new TreeSet<>(checkedFiles));
  }

  /** True when nothing was reported. */
  public boolean clean() {
    return diagnostics.isEmpty();
  }

  /**
   * The same result with paths relative to {@code newRoot} (absolute when outside it), so a project
   * linted from its parent directory shows paths a terminal can open.
   */
  public LintResult rebase(Path newRoot) {
    Path base = newRoot.toAbsolutePath().normalize();
    if (base.equals(root)) {
      return this;
    }
    return new LintResult(
        base,
        diagnostics.stream().map(d -> d.withFile(rebase(d.file(), base))).toList(),
        checkedFiles.stream().map(f -> rebase(f, base)).toList(),
        summary,
        projectFound);
  }

  private String rebase(String file, Path base) {
    return displayPath(base, root.resolve(file));
  }

  /** How a result rebased on {@code base} shows {@code file}: relative inside it, else absolute. */
  public static String displayPath(Path base, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path from = base.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(from) ? from.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }

  /** Several projects' results as one, with paths relative to {@code root}. */
  public static LintResult combine(Path root, List<LintResult> results) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<String> files = new ArrayList<>();
    LintSummary sum = new LintSummary(0, 0, 0, 0, 0);
    boolean found = false;
    for (LintResult result : results) {
      LintResult rebased = result.rebase(root);
      diagnostics.addAll(rebased.diagnostics());
      files.addAll(rebased.checkedFiles());
      LintSummary s = rebased.summary();
      sum =
          new LintSummary(
              sum.entries() + s.entries(),
              sum.files() + s.files(),
              sum.errors() + s.errors(),
              sum.warnings() + s.warnings(),
              sum.hints() + s.hints());
      found |= result.projectFound();
    }
    return new LintResult(root.toAbsolutePath().normalize(), diagnostics, files, sum, found);
  }
}
