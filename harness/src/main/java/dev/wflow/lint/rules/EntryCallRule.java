package dev.wflow.lint.rules;

import dev.wflow.lua.syntax.Expr;
import dev.wflow.registry.Entry;
import dev.wflow.registry.EntryId;
import dev.wflow.registry.EntryKind;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Calls that name entries by a literal ID: A301/A302 for {@code funcs.call}/{@code funcs.async}
 * (and {@code funcs.new()…:call}), A303 for child workflows, A306 for {@code process.spawn}'s task
 * queue inside a workflow, A307 for activities that would retry forever.
 */
final class EntryCallRule implements CallRule {

  private final LuaCheck check;
  private final Set<String> retryReported = new HashSet<>();

  EntryCallRule(LuaCheck check) {
    this.check = check;
  }

  @Override
  public void call(Expr.Call e) {
    if (!CallNames.lastNameIn(e.callee(), "call", "async", "exec", "spawn")) {
      return;
    }
    check
        .paths()
        .of(e.callee())
        .ifPresent(
            p -> {
              switch (p.text()) {
                case "funcs.call", "funcs.async" -> funcsCall(p.text(), e.args(), false);
                case "workflow.exec" -> childWorkflow("workflow.exec", e.args());
                case "process.spawn", "process.exec" -> processStart(p.text(), e.args());
                default -> {}
              }
            });
  }

  /**
   * What {@code funcs.call}/{@code funcs.async} can run outside a workflow: the platform's function
   * kinds, and a {@code process.lua} entry, which it runs as a function.
   */
  private static final Set<String> CALLABLE =
      Set.of(EntryKind.FUNCTION, EntryKind.PROCESS, "function.wasm", "function.wat");

  @Override
  public void methodCall(Expr.MethodCall e) {
    String method = e.method().text();
    if (method.equals("call") || method.equals("async")) {
      FuncsExecutor.of(e.receiver(), check.paths())
          .ifPresent(x -> funcsCall("funcs.new():" + method, e.args(), x.setsRetryPolicy()));
    }
  }

  private void funcsCall(String how, List<Expr> args, boolean retryPolicy) {
    Optional<Target> target = target(how, args, "A301");
    if (target.isEmpty() || target.get().entry() == null) {
      return;
    }
    Entry entry = target.get().entry();
    Expr.Str id = target.get().literal();
    if (check.inWorkflow() && !entry.isActivity()) {
      check.report(
          "A302",
          id.span(),
          "`"
              + id.value()
              + "` is a "
              + entry.kind()
              + " entry without `meta.temporal.activity`: "
              + how
              + " in a workflow runs activities");
    } else if (!check.inWorkflow() && !CALLABLE.contains(entry.kind()) && !entry.isActivity()) {
      check.report(
          "A302",
          id.span(),
          "`"
              + id.value()
              + "` is a "
              + entry.kind()
              + " entry, not a function "
              + how
              + " can run");
    } else if (check.inWorkflow()
        && !retryPolicy
        && !hasRetryDefaults(entry)
        && retryReported.add(id.value())) {
      check.report(
          "A307",
          id.span(),
          "activity `"
              + id.value()
              + "` has no retry policy (none in"
              + " this call's options nor in its `meta.options`): Temporal retries it forever");
    }
  }

  private static boolean hasRetryDefaults(Entry entry) {
    return entry.optionDefaults().keySet().stream().anyMatch(FuncsExecutor::isRetryKey);
  }

  private void childWorkflow(String how, List<Expr> args) {
    Optional<Target> target = target(how, args, "A303");
    if (target.isEmpty()) {
      return;
    }
    Entry entry = target.get().entry();
    Expr.Str id = target.get().literal();
    if (entry == null) {
      check.report("A303", id.span(), how + " target `" + id.value() + "` is no known entry");
    } else if (!entry.isWorkflow()) {
      check.report(
          "A303",
          id.span(),
          how + " target `" + id.value() + "` is a " + entry.kind() + " entry, not a workflow.lua");
    }
  }

  private void processStart(String how, List<Expr> args) {
    Optional<String> queue =
        args.size() > 1 && args.get(1) instanceof Expr.Str s
            ? Optional.of(s.value())
            : Optional.empty();
    if (check.inWorkflow()) {
      childWorkflow(how, args);
      if (queue.filter(q -> q.contains(":")).isPresent()) {
        check.report(
            "A306",
            args.get(1).span(),
            "inside a workflow the second argument of "
                + how
                + " is the task queue name, not the worker entry `"
                + queue.get()
                + "`");
      }
    } else if (queue
        .flatMap(q -> check.project().entry(q))
        .filter(w -> EntryKind.TEMPORAL_WORKER.equals(w.kind()))
        .isPresent()) {
      childWorkflow(how, args);
    }
  }

  /** A literal entry ID argument and the entry it names (null when there is none). */
  private record Target(Expr.Str literal, Entry entry) {}

  private Optional<Target> target(String how, List<Expr> args, String code) {
    if (args.isEmpty() || !(args.get(0) instanceof Expr.Str id)) {
      return Optional.empty();
    }
    if (!id.value().contains(":")) {
      check.report(
          code,
          id.span(),
          how
              + " needs a full ns:name ID, not `"
              + id.value()
              + "` (it fails with \"namespace:name required\")");
      return Optional.empty();
    }
    Optional<Entry> entry =
        check
            .project()
            .entry(id.value())
            .or(() -> EntryId.tryParse(id.value()).flatMap(check.project()::installedEntry));
    if (entry.isEmpty() && code.equals("A301")) {
      check.report("A301", id.span(), how + " target `" + id.value() + "` is no known entry");
      return Optional.empty();
    }
    return Optional.of(new Target(id, entry.orElse(null)));
  }
}
