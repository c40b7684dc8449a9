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
import java.util.List;
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
    findings.add(
        new Diagnostic(
            file,
            span.line(),
            span.column(),
            span.endLine(),
            span.endColumn(),
            defaults.apply(code),
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
