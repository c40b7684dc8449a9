package dev.wflow.lint.rules;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.lint.LintConfig;
import dev.wflow.lint.scope.GlobalPaths;
import dev.wflow.lint.scope.ScopeModel;
import dev.wflow.lua.syntax.Node;
import dev.wflow.lua.syntax.Span;
import dev.wflow.registry.Entry;
import dev.wflow.registry.EntryId;
import dev.wflow.registry.Project;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One Lua entry under check: its parsed code, resolved names, the project around it, and the
 * findings rules report. Findings in the Lua code use Lua positions; findings about the entry's
 * definition ({@link #reportOnEntry}) use the definition file's.
 *
 * <pre>{@code
 * check.report("D101", call.span(), "wall clock in a workflow: `os.time` (use `time.now()`)");
 * }</pre>
 *
 * @param bound the names the platform binds in the entry's Lua state ({@link BoundNames})
 * @param used the globals and required modules the code uses, filled by the rules (W205 is decided
 *     over the whole project once every entry has been checked)
 * @param workflowChain empty when no workflow runs this code; otherwise the import chain from a
 *     workflow to this entry ({@code [app:order]} for the workflow itself)
 */
public record LuaCheck(
    Entry entry,
    Project project,
    LintConfig config,
    String file,
    Node.Chunk chunk,
    ScopeModel scope,
    GlobalPaths paths,
    List<EntryId> workflowChain,
    Function<String, Severity> defaults,
    Set<String> bound,
    Set<String> used,
    List<Diagnostic> findings,
    List<Diagnostic> entryFindings) {

  /** Starts the check of one entry's parsed code. */
  public static LuaCheck of(
      Entry entry,
      Project project,
      LintConfig config,
      String file,
      Node.Chunk chunk,
      List<EntryId> workflowChain,
      Function<String, Severity> defaults) {
    return of(
        entry,
        project,
        config,
        file,
        chunk,
        workflowChain,
        defaults,
        BoundNames.of(project).of(entry.id()));
  }

  /**
   * Starts the check of one entry's parsed code, with the names the platform binds in its Lua state
   * ({@link BoundNames}).
   */
  static LuaCheck of(
      Entry entry,
      Project project,
      LintConfig config,
      String file,
      Node.Chunk chunk,
      List<EntryId> workflowChain,
      Function<String, Severity> defaults,
      Set<String> bound) {
    ScopeModel scope = dev.wflow.lint.scope.ScopeResolver.resolve(chunk);
    return new LuaCheck(
        entry,
        project,
        config,
        file,
        chunk,
        scope,
        new GlobalPaths(scope),
        List.copyOf(workflowChain),
        defaults,
        bound,
        new HashSet<>(),
        new ArrayList<>(),
        new ArrayList<>());
  }

  /** True when this code runs inside a workflow (a workflow entry or a library it imports). */
  public boolean inWorkflow() {
    return !workflowChain.isEmpty();
  }

  /** For library code: " (in app:lib, imported by app:wf → app:lib)"; empty for the workflow. */
  public String chainNote() {
    if (workflowChain.size() < 2) {
      return "";
    }
    List<String> ids = workflowChain.stream().map(EntryId::toString).toList();
    return " (library "
        + entry.id()
        + " runs in workflow "
        + ids.get(0)
        + ": "
        + String.join(" → ", ids)
        + ")";
  }

  /** Reports a finding in the Lua code at {@code span}. */
  public void report(String code, Span span, String message) {
    report(code, defaults.apply(code), span, message);
  }

  /** Reports a finding at a level other than its code's default (a milder case of the rule). */
  public void report(String code, Severity severity, Span span, String message) {
    findings.add(
        new Diagnostic(
            file,
            span.line(),
            span.column(),
            span.endLine(),
            span.endColumn(),
            severity,
            code,
            message));
  }

  /** Reports a finding about the entry's definition at a field of its YAML ({@code "method"}). */
  public void reportOnEntry(String code, String field, String message) {
    dev.wflow.registry.Span s = entry.spanOr(field);
    String yaml = entry.file().displayPath();
    entryFindings.add(
        new Diagnostic(
            yaml,
            s.line(),
            s.column(),
            s.endLine(),
            s.endColumn(),
            defaults.apply(code),
            code,
            message));
  }
}
