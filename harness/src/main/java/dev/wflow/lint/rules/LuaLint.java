package dev.wflow.lint.rules;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.lint.LintCheck;
import dev.wflow.lint.LintConfig;
import dev.wflow.lint.LintContext;
import dev.wflow.lint.Rule;
import dev.wflow.lint.RuleCatalogue;
import dev.wflow.lint.suppress.SuppressionFilter;
import dev.wflow.lint.suppress.SuppressionScanner;
import dev.wflow.registry.Entry;
import dev.wflow.registry.EntryId;
import dev.wflow.registry.LuaSource;
import dev.wflow.registry.Project;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The Lua checks of {@code wflow lint}: parses every Lua source of a project once (in parallel),
 * checks every Lua entry against the P0001, E105, E110, D, W and A rules, applies suppressions and
 * returns the findings in {@link Diagnostic#ORDER}, at their catalogue levels (the engine applies
 * {@code .wflow.yaml} levels afterwards, so a suppressed finding of a rule turned off is still
 * "used"). Registered with the engine as a {@link LintCheck} through {@code META-INF/services}.
 *
 * <pre>{@code
 * LintResult r = LintEngine.standard().run(LintRequest.of(root)); // runs LuaLint among the checks
 * List<Diagnostic> lua = LuaLint.check(project, LintConfig.DEFAULT); // or directly
 * }</pre>
 */
public final class LuaLint implements LintCheck {

  /** The engine's service-loader entry point. */
  public LuaLint() {}

  @Override
  public void check(LintContext context) {
    check(context.project(), context.config()).forEach(context::report);
  }

  /** Checks the Lua entries of {@code project} with the rule catalogue's levels. */
  public static List<Diagnostic> check(Project project, LintConfig config) {
    return check(project, config, LuaLint::defaultLevel, RuleCatalogue::exists);
  }

  private static Severity defaultLevel(String code) {
    return RuleCatalogue.rule(code).map(Rule::severity).orElse(Severity.ERROR);
  }

  /**
   * Checks the Lua entries of {@code project}.
   *
   * @param defaults the default severity of each rule code
   * @param knownCode which codes exist (for suppressions naming a code)
   */
  static List<Diagnostic> check(
      Project project,
      LintConfig config,
      Function<String, Severity> defaults,
      Predicate<String> knownCode) {
    Map<LuaSourceKey, List<Entry>> bySource = new LinkedHashMap<>();
    for (Entry e : project.entries()) {
      if (e.isLua() && e.source().isPresent()) {
        bySource.computeIfAbsent(LuaSourceKey.of(e.source().get()), k -> new ArrayList<>()).add(e);
      }
    }
    Map<EntryId, List<EntryId>> chains = WorkflowReach.chains(project);
    BoundNames names = BoundNames.of(project);
    Map<EntryId, Set<String>> used = new ConcurrentHashMap<>();
    Context context = new Context(project, config, chains, names, used, defaults, knownCode);
    // One source at a time per thread: its syntax tree is garbage as soon as it is checked, so
    // memory stays flat however large the project is.
    List<Diagnostic> found =
        new ArrayList<>(
            bySource.values().parallelStream()
                .flatMap(users -> lintSource(users, context).stream())
                .toList());
    found.addAll(UnusedModules.check(project, names, used, defaults));
    return found.stream().distinct().sorted(Diagnostic.ORDER).toList();
  }

  /** What every source's check shares. */
  private record Context(
      Project project,
      LintConfig config,
      Map<EntryId, List<EntryId>> chains,
      BoundNames names,
      Map<EntryId, Set<String>> used,
      Function<String, Severity> defaults,
      Predicate<String> knownCode) {}

  /** Parses one source and checks every entry using it; suppressions apply to the union. */
  private static List<Diagnostic> lintSource(List<Entry> users, Context c) {
    LuaSource code = users.get(0).source().get();
    ParsedSource source = ParsedSource.parse(code);
    if (!source.ok()) {
      return source.result().diagnostics().stream().map(source::place).toList();
    }
    Set<Diagnostic> findings = new LinkedHashSet<>();
    List<Diagnostic> out = new ArrayList<>();
    for (Entry entry : users) {
      LuaCheck check =
          LuaCheck.of(
              entry,
              c.project(),
              c.config(),
              code.chunkName(),
              source.result().chunk(),
              c.chains().getOrDefault(entry.id(), List.of()),
              c.defaults(),
              c.names().of(entry.id()));
      LuaRules.run(check);
      c.used().put(entry.id(), check.used());
      findings.addAll(check.findings());
      out.addAll(check.entryFindings());
    }
    SuppressionScanner.Scan scan =
        SuppressionScanner.scan(code.chunkName(), source.comments(), c.knownCode());
    List<Diagnostic> kept =
        new ArrayList<>(
            SuppressionFilter.apply(code.chunkName(), scan.suppressions(), List.copyOf(findings)));
    kept.addAll(scan.problems());
    kept.forEach(d -> out.add(source.place(d)));
    return out;
  }
}
