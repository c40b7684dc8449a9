package dev.wflow.lint;

import dev.wflow.registry.EditDistance;
import dev.wflow.registry.Entry;
import dev.wflow.registry.EntryId;
import dev.wflow.registry.EntryKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * References between entries (SPEC §2–3): workers, clients and imports must name entries of the
 * right kind (E106 unresolved, E109 wrong kind, E102 missing or malformed), and the fields Temporal
 * needs must be there.
 */
final class ReferenceCheck implements LintCheck {

  /** Imports wflow provides itself, so no entry of the project defines them. */
  static final Set<EntryId> BUILTIN_IMPORTS = Set.of(EntryId.parse("wippy.test:test"));

  private static final String WORKFLOW_WORKER = "meta.temporal.workflow.worker";
  private static final String ACTIVITY_WORKER = "meta.temporal.activity.worker";

  @Override
  public void check(LintContext ctx) {
    for (Entry entry : ctx.project().entries()) {
      switch (entry.kind()) {
        case EntryKind.WORKFLOW ->
            reference(ctx, entry, WORKFLOW_WORKER, EntryKind.TEMPORAL_WORKER);
        case EntryKind.PROCESS -> {
          if (entry.field("meta.temporal.workflow").isPresent()) {
            reference(ctx, entry, WORKFLOW_WORKER, EntryKind.TEMPORAL_WORKER);
          }
        }
        case EntryKind.TEMPORAL_WORKER -> {
          reference(ctx, entry, "client", EntryKind.TEMPORAL_CLIENT);
          required(ctx, entry, "task_queue", "the task queue it polls");
        }
        case EntryKind.TEMPORAL_CLIENT ->
            required(ctx, entry, "address", "host:port of the cluster");
        default -> {}
      }
      if (entry.isActivity()) {
        reference(ctx, entry, ACTIVITY_WORKER, EntryKind.TEMPORAL_WORKER);
      }
      if (entry.isLua()) {
        imports(ctx, entry);
      }
    }
  }

  private static void required(LintContext ctx, Entry entry, String field, String what) {
    if (entry.string(field).filter(s -> !s.isBlank()).isEmpty()) {
      ctx.report(
          "E102",
          entry,
          field,
          entry.kind() + " " + entry.id() + " needs " + field + " (" + what + ")");
    }
  }

  private static void reference(LintContext ctx, Entry entry, String path, String kind) {
    reference(ctx, entry, path, Set.of(kind));
  }

  private static void reference(LintContext ctx, Entry entry, String path, Set<String> kinds) {
    Optional<Object> raw = entry.field(path);
    String field = path.substring(path.lastIndexOf('.') + 1);
    if (raw.isEmpty() || String.valueOf(raw.get()).isBlank()) {
      ctx.report(
          "E102",
          entry,
          path,
          entry.kind() + " " + entry.id() + " needs " + path + " (a " + describe(kinds) + ")");
      return;
    }
    Optional<EntryId> id = entry.reference(path);
    if (id.isEmpty()) {
      ctx.report("E102", entry, path, field + ": '" + raw.get() + "' is not an entry ID");
      return;
    }
    target(ctx, entry, path, field, id.get(), kinds);
  }

  /** "temporal.worker", or "code entry" for the Lua kinds an import may name. */
  private static String describe(Set<String> kinds) {
    return kinds.size() == 1
        ? kinds.iterator().next()
        : "code entry (" + String.join(", ", new java.util.TreeSet<>(kinds)) + ")";
  }

  private static void imports(LintContext ctx, Entry entry) {
    for (Map.Entry<String, EntryId> imp : entry.imports().entrySet()) {
      if (!BUILTIN_IMPORTS.contains(imp.getValue())) {
        target(
            ctx,
            entry,
            "imports." + imp.getKey(),
            "import '" + imp.getKey() + "'",
            imp.getValue(),
            EntryKind.LUA);
      }
    }
  }

  private static void target(
      LintContext ctx, Entry entry, String path, String what, EntryId id, Set<String> kinds) {
    Optional<Entry> found = ctx.project().entry(id).or(() -> ctx.project().installedEntry(id));
    if (found.isEmpty()) {
      ctx.report("E106", entry, path, what + ": no entry " + id + suggestion(ctx, id, kinds));
    } else if (!kinds.contains(found.get().kind())) {
      ctx.report(
          "E109",
          entry,
          path,
          what + ": " + id + " is a " + found.get().kind() + ", not a " + describe(kinds));
    }
  }

  /**
   * "did you mean" for a near miss (a typo, or the right name in another namespace), else the
   * candidates when there are only a few, which is the common case.
   */
  private static String suggestion(LintContext ctx, EntryId missing, Set<String> kinds) {
    // An import may name any code entry, but it is nearly always a library: suggest those.
    String kind = kinds.contains(EntryKind.LIBRARY) ? EntryKind.LIBRARY : kinds.iterator().next();
    List<EntryId> candidates = ctx.project().byKind(kind).stream().map(Entry::id).toList();
    Optional<EntryId> near =
        candidates.stream()
            .filter(id -> id.name().equals(missing.name()) || distance(id, missing) <= 2)
            .min(java.util.Comparator.comparingInt(id -> distance(id, missing)));
    if (near.isPresent()) {
      return " (did you mean " + near.get() + "?)";
    }
    if (candidates.isEmpty() || candidates.size() > 3) {
      return "";
    }
    return " ("
        + kind
        + " entries: "
        + String.join(", ", candidates.stream().map(EntryId::toString).toList())
        + ")";
  }

  /** Levenshtein distance between the two IDs' text. */
  static int distance(EntryId a, EntryId b) {
    return EditDistance.between(a.toString(), b.toString());
  }
}
