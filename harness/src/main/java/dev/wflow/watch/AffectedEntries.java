package dev.wflow.watch;

import dev.wflow.registry.Entry;
import dev.wflow.registry.EntryId;
import dev.wflow.registry.EntryReach;
import dev.wflow.registry.LuaSource;
import dev.wflow.registry.Project;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which entries a change of files affects, from the registry's graph: the entries defined or
 * written in a changed file, every entry that reaches one of them through {@code imports}, and
 * every entry whose code names one of them by ID (a test's {@code test.workflow("app:order")}, a
 * workflow's {@code funcs.call("app:charge")}), until nothing more is added. A change the graph
 * cannot place (the lock file, a new or deleted definition file, the project root itself when
 * events were lost) affects everything.
 *
 * <pre>{@code
 * AffectedEntries affected = AffectedEntries.of(project, Set.of(root.resolve("src/order.lua")));
 * affected.all();                       // true: rerun everything
 * affected.entries();                   // app:order_workflow, app.test:orders, ...
 * }</pre>
 *
 * @param all true when every entry is affected
 * @param entries the affected entries (empty when {@link #all})
 */
public record AffectedEntries(boolean all, Set<EntryId> entries) {

  public AffectedEntries {
    entries = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(entries));
  }

  /**
   * What {@code changed} (absolute paths) affects in {@code project}, as loaded after the change.
   */
  public static AffectedEntries of(Project project, Set<Path> changed) {
    Set<EntryId> direct = new LinkedHashSet<>();
    for (Path path : changed) {
      Path p = path.toAbsolutePath().normalize();
      List<Entry> in = project.entries().stream().filter(e -> writtenIn(e, p)).toList();
      if (p.equals(project.root()) || (in.isEmpty() && mayChangeWhatLoads(p))) {
        return new AffectedEntries(true, Set.of());
      }
      in.forEach(e -> direct.add(e.id()));
    }
    return new AffectedEntries(false, closure(project, direct));
  }

  /** True when {@code id} is affected. */
  public boolean contains(EntryId id) {
    return all || entries.contains(id);
  }

  private static boolean writtenIn(Entry e, Path path) {
    return e.file().path().toAbsolutePath().normalize().equals(path)
        || e.source()
            .flatMap(LuaSource::file)
            .map(f -> f.toAbsolutePath().normalize().equals(path))
            .orElse(false);
  }

  /**
   * A changed file no entry is written in: YAML (a new or deleted definition file), the lock file
   * or {@code .wflow.yaml} may change what loads; a Lua file no entry uses, or anything else, does
   * not.
   */
  private static boolean mayChangeWhatLoads(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.equals("wippy.lock");
  }

  private static Set<EntryId> closure(Project project, Set<EntryId> direct) {
    Set<EntryId> affected = new LinkedHashSet<>(direct);
    boolean grew = !affected.isEmpty();
    while (grew) {
      grew = false;
      for (Entry e : project.entries()) {
        if (!affected.contains(e.id())
            && (importsAny(project, e, affected) || names(e, affected))) {
          affected.add(e.id());
          grew = true;
        }
      }
    }
    return affected;
  }

  private static boolean importsAny(Project project, Entry e, Set<EntryId> ids) {
    return EntryReach.of(project, e).entries().keySet().stream().anyMatch(ids::contains);
  }

  private static boolean names(Entry e, Set<EntryId> ids) {
    Optional<String> text = e.source().map(LuaSource::text);
    return text.isPresent() && ids.stream().anyMatch(id -> text.get().contains(id.toString()));
  }
}
