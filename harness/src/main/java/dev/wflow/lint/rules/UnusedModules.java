package dev.wflow.lint.rules;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.registry.Entry;
import dev.wflow.registry.EntryId;
import dev.wflow.registry.Project;
import dev.wflow.registry.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * W205: a module listed in {@code modules} that nothing uses. The platform binds the module for
 * every entry the lister reaches, and a library may rely on a module its importers list, so a use
 * in any reached entry counts. Decided once every entry's code has been checked.
 */
final class UnusedModules {

  private UnusedModules() {}

  static List<Diagnostic> check(
      Project project,
      BoundNames names,
      Map<EntryId, Set<String>> used,
      Function<String, Severity> defaults) {
    List<Diagnostic> out = new ArrayList<>();
    for (Entry entry : project.entries()) {
      if (!entry.isLua() || entry.modules().isEmpty() || !used.containsKey(entry.id())) {
        continue;
      }
      Set<String> all = new HashSet<>(used.get(entry.id()));
      names
          .reach(entry)
          .entries()
          .keySet()
          .forEach(id -> all.addAll(used.getOrDefault(id, Set.of())));
      List<String> modules = entry.modules();
      for (int i = 0; i < modules.size(); i++) {
        String module = modules.get(i);
        if (!all.contains(module)) {
          String field = entry.span("modules." + i).isPresent() ? "modules." + i : "modules";
          Span at = entry.spanOr(field);
          out.add(
              at.diagnostic(
                  entry.file().displayPath(),
                  defaults.apply("W205"),
                  "W205",
                  "module `"
                      + module
                      + "` is listed in `modules` of "
                      + entry.id()
                      + " but never used"));
        }
      }
    }
    return out;
  }
}
