package dev.wflow.lint;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.registry.Entry;
import dev.wflow.registry.Project;
import dev.wflow.registry.ProjectLoad;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lints one project: loads it (E101–E104 come from the registry), reads {@code .wflow.yaml}, runs
 * every {@link LintCheck}, then applies configured levels and the request's filters.
 *
 * <pre>{@code
 * LintResult result = LintEngine.standard().run(LintRequest.of(Path.of("examples/orders")));
 * result.diagnostics().forEach(d -> System.out.println(d.headline()));
 * System.out.println(result.summary().line());
 * }</pre>
 */
public final class LintEngine {

  private final List<LintCheck> checks;

  public LintEngine(List<LintCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  /** An engine with {@link LintChecks#standard()}. */
  public static LintEngine standard() {
    return new LintEngine(LintChecks.standard());
  }

  public LintResult run(LintRequest request) {
    Path root = request.root();
    ProjectLoad load = Project.load(root);
    List<Diagnostic> found = new ArrayList<>(load.diagnostics());
    LintConfig config = LintConfigReader.read(root, found::add);
    LintContext context = new LintContext(load.project(), config);
    for (LintCheck check : checks) {
      check.check(context);
    }
    found.addAll(context.diagnostics());

    List<Diagnostic> inScope =
        found.stream()
            .flatMap(d -> config.levelOf(d.code(), d.severity()).map(d::withSeverity).stream())
            .filter(d -> request.covers(root.resolve(d.file())))
            .distinct()
            .toList();
    List<Diagnostic> reported =
        inScope.stream()
            .filter(d -> matchesCodes(d.code(), request.codes()))
            .filter(d -> d.severity().atLeast(request.level()))
            .toList();
    List<String> files = checkedFiles(load.project(), request, inScope);
    LintSummary summary =
        new LintSummary(
            countEntries(load.project(), request),
            files.size(),
            count(reported, Severity.ERROR),
            count(reported, Severity.WARNING),
            count(reported, Severity.HINT));
    return new LintResult(root, reported, files, summary, !load.isEmpty());
  }

  /** A code filter entry matches a whole code or a prefix ({@code D1} selects D101–D109). */
  static boolean matchesCodes(String code, Set<String> codes) {
    return codes.isEmpty() || codes.stream().anyMatch(code::startsWith);
  }

  private static int countEntries(Project project, LintRequest request) {
    return (int)
        project.entries().stream()
            .filter(e -> request.covers(e.file().path()) || coversSource(e, request))
            .count();
  }

  private static boolean coversSource(Entry entry, LintRequest request) {
    return entry.source().flatMap(s -> s.file()).map(request::covers).orElse(false);
  }

  /** Definition files, Lua files and any other file a diagnostic names (a broken YAML file). */
  private static List<String> checkedFiles(
      Project project, LintRequest request, List<Diagnostic> found) {
    Set<Path> files = new LinkedHashSet<>();
    project.files().forEach(f -> files.add(f.path()));
    project.entries().forEach(e -> e.source().flatMap(s -> s.file()).ifPresent(files::add));
    found.forEach(d -> files.add(project.root().resolve(d.file()).normalize()));
    return files.stream().filter(request::covers).map(project::displayPath).toList();
  }

  private static int count(List<Diagnostic> diagnostics, Severity severity) {
    return (int) diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
