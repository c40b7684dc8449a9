package dev.wflow.registry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one entry reaches, as the platform's code graph does: the entries it imports, directly or
 * through other entries, and every module any of them lists. The platform binds every reachable
 * node in the entry's Lua state under each alias an import gives it (a module under its name), so
 * {@link #names()} is what the entry's code, and every library it imports, can see.
 *
 * <pre>{@code
 * EntryReach reach = EntryReach.of(project, workflow);
 * reach.modules().get("sql");   // [app:wf, app:db]: app:db, imported by app:wf, lists sql
 * reach.names().contains("db"); // true when some reachable import is aliased db
 * reach.missing();              // imports that name no entry
 * }</pre>
 *
 * @param root the entry the reach starts from
 * @param entries every entry reached (not the root), with the import chain from the root to it
 * @param modules every module listed by the root or an entry reached, with the chain from the root
 *     to the first entry that lists it
 * @param names every name bound in the root's Lua state: import aliases and module names
 * @param missing imports of the root or of an entry reached that name no entry, with the chain to
 *     the entry holding the import (its last element) and then the missing target
 */
public record EntryReach(
    Entry root,
    Map<EntryId, List<EntryId>> entries,
    Map<String, List<EntryId>> modules,
    Set<String> names,
    List<List<EntryId>> missing) {

  public EntryReach {
    entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    modules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(modules));
    names = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(names));
    missing = List.copyOf(missing);
  }

  /** Walks the imports from {@code root}, breadth first, so each chain is a shortest one. */
  public static EntryReach of(Project project, Entry root) {
    Map<EntryId, List<EntryId>> entries = new LinkedHashMap<>();
    Map<String, List<EntryId>> modules = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    List<List<EntryId>> missing = new ArrayList<>();
    Deque<List<EntryId>> queue = new ArrayDeque<>();
    Map<EntryId, Entry> found = new LinkedHashMap<>();
    found.put(root.id(), root);
    queue.add(List.of(root.id()));
    while (!queue.isEmpty()) {
      List<EntryId> chain = queue.poll();
      Entry at = found.get(chain.get(chain.size() - 1));
      at.modules().forEach(m -> record(modules, names, m, m, chain));
      at.moduleImports().forEach((alias, m) -> record(modules, names, alias, m, chain));
      for (Map.Entry<String, EntryId> imp : at.imports().entrySet()) {
        names.add(imp.getKey());
        EntryId target = imp.getValue();
        if (found.containsKey(target)) {
          continue;
        }
        List<EntryId> longer = new ArrayList<>(chain);
        longer.add(target);
        Optional<Entry> next = lookup(project, target);
        if (next.isEmpty()) {
          missing.add(longer);
          continue;
        }
        found.put(target, next.get());
        entries.put(target, List.copyOf(longer));
        queue.add(List.copyOf(longer));
      }
    }
    return new EntryReach(root, entries, modules, names, missing);
  }

  /** An entry of the project or of an installed module. */
  public static Optional<Entry> lookup(Project project, EntryId id) {
    return project.entry(id).or(() -> project.installedEntry(id));
  }

  private static void record(
      Map<String, List<EntryId>> modules,
      Set<String> names,
      String alias,
      String module,
      List<EntryId> chain) {
    names.add(alias);
    modules.putIfAbsent(module, chain);
  }
}
