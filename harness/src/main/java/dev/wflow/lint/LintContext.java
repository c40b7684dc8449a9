package dev.wflow.lint;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.registry.Entry;
import dev.wflow.registry.Project;
import dev.wflow.registry.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a {@link LintCheck} sees: the loaded project, the configuration, a place to report, and a
 * per-run cache so checks can share expensive work (parsed Lua files).
 *
 * <pre>{@code
 * ctx.report("E107", entry, "modules.0", "module http_client is not allowed in a workflow");
 * SyntaxTrees trees = ctx.shared(SyntaxTrees.class, () -> SyntaxTrees.parse(ctx.project()));
 * }</pre>
 */
public final class LintContext {

  private final Project project;
  private final LintConfig config;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<Class<?>, Object> shared = new HashMap<>();

  public LintContext(Project project, LintConfig config) {
    this.project = project;
    this.config = config;
  }

  public Project project() {
    return project;
  }

  public LintConfig config() {
    return config;
  }

  /** Reports a finding as it is; the engine applies configured levels afterwards. */
  public void report(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  /** Reports {@code code} at its catalogue level over {@code span} of {@code file}. */
  public void report(String code, String file, Span span, String message) {
    report(span.diagnostic(file, defaultLevel(code), code, message));
  }

  /**
   * Reports {@code code} at the value of {@code entry}'s field {@code path} (dotted, as in {@link
   * Entry#span}), or at the entry itself when that field is absent.
   */
  public void report(String code, Entry entry, String path, String message) {
    report(code, entry.file().displayPath(), entry.spanOr(path), message);
  }

  /** The value computed once per lint run for {@code type}. */
  public <T> T shared(Class<T> type, Supplier<T> create) {
    return type.cast(shared.computeIfAbsent(type, k -> create.get()));
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static Severity defaultLevel(String code) {
    return RuleCatalogue.rule(code)
        .map(Rule::severity)
        .orElseThrow(() -> new IllegalArgumentException("unknown lint code " + code));
  }
}
