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
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

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

  /** What one entry's check produced, before suppressions. */
  private record EntryFindings(LuaSourceKey source, List<Diagnostic> lua, List<Diagnostic> yaml) {}

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
    List<Entry> entries =
        project.entries().stream().filter(e -> e.isLua() && e.source().isPresent()).toList();
    Map<LuaSourceKey, LuaSource> sources = new LinkedHashMap<>();
    entries.forEach(e -> sources.putIfAbsent(LuaSourceKey.of(e.source().get()), e.source().get()));
    Map<LuaSourceKey, ParsedSource> parsed =
        sources.entrySet().parallelStream()
            .collect(Collectors.toConcurrentMap(Map.Entry::getKey, s -> ParsedSource.parse(s.getValue())));
    Map<EntryId, List<EntryId>> chains = WorkflowReach.chains(project);
    List<EntryFindings> perEntry =
        entries.parallelStream()
            .map(e -> checkEntry(e, project, config, parsed, chains, defaults))
            .toList();
    List<Diagnostic> all = new ArrayList<>();
    for (Map.Entry<LuaSourceKey, ParsedSource> source : parsed.entrySet()) {
      all.addAll(finish(source.getKey(), source.getValue(), perEntry, knownCode));
    }
    perEntry.forEach(f -> all.addAll(f.yaml()));
    return all.stream().distinct().sorted(Diagnostic.ORDER).toList();
  }

  private static EntryFindings checkEntry(
      Entry entry,
      Project project,
      LintConfig config,
      Map<LuaSourceKey, ParsedSource> parsed,
      Map<EntryId, List<EntryId>> chains,
      Function<String, Severity> defaults) {
    LuaSourceKey key = LuaSourceKey.of(entry.source().get());
    ParsedSource source = parsed.get(key);
    if (!source.ok()) {
      return new EntryFindings(key, List.of(), List.of());
    }
    LuaCheck check =
        LuaCheck.of(
            entry,
            project,
            config,
            key.chunkName(),
            source.result().chunk(),
            chains.getOrDefault(entry.id(), List.of()),
            defaults);
    LuaRules.run(check);
    return new EntryFindings(key, check.findings(), check.entryFindings());
  }

  /** Syntax errors, or the deduplicated findings of every entry using the source, suppressed. */
  private static List<Diagnostic> finish(
      LuaSourceKey key,
      ParsedSource source,
      List<EntryFindings> perEntry,
      Predicate<String> knownCode) {
    if (!source.ok()) {
      return source.result().diagnostics().stream().map(source::place).toList();
    }
    Set<Diagnostic> findings = new LinkedHashSet<>();
    perEntry.stream().filter(f -> f.source().equals(key)).forEach(f -> findings.addAll(f.lua()));
    SuppressionScanner.Scan scan =
        SuppressionScanner.scan(key.chunkName(), source.comments(), knownCode);
    List<Diagnostic> kept =
        new ArrayList<>(
            SuppressionFilter.apply(key.chunkName(), scan.suppressions(), List.copyOf(findings)));
    kept.addAll(scan.problems());
    return kept.stream().map(source::place).toList();
  }
}
