package dev.wflow.runtime;

import dev.wflow.registry.Entry;
import dev.wflow.registry.LuaSource;
import dev.wflow.registry.Project;
import dev.wflow.registry.TemporalClient;
import dev.wflow.registry.TemporalWorker;
import dev.wflow.runtime.security.PolicyCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runtime's view of a loaded registry {@link Project}.
 *
 * <pre>{@code
 * LuaProject lua = LuaProjects.from(Project.load(dir).project());
 * }</pre>
 */
public final class LuaProjects {

  private LuaProjects() {}

  public static LuaProject from(Project project) {
    List<LuaEntry> entries = new ArrayList<>();
    for (Entry e : project.entries()) {
      if (e.isLua() && e.source().isPresent()) {
        entries.add(entry(e, e.source().get()));
      }
    }
    for (Entry e : project.installedEntries()) {
      if (e.isLua() && e.source().isPresent()) {
        entries.add(entry(e, e.source().get()));
      }
    }
    Map<String, String> queues = new LinkedHashMap<>();
    Map<String, String> clients = new LinkedHashMap<>();
    for (TemporalWorker w : project.workers()) {
      // The platform polls and starts on the client's tq_prefix followed by the queue, without a
      // separator (client.go GetTaskQueueName).
      String prefix =
          w.client()
              .flatMap(c -> project.clients().stream().filter(k -> k.id().equals(c)).findFirst())
              .map(TemporalClient::taskQueuePrefix)
              .orElse("");
      w.taskQueue().ifPresent(q -> queues.put(w.id().toString(), prefix + q));
      w.client().ifPresent(c -> clients.put(w.id().toString(), c.toString()));
    }
    return new LuaProject(entries, queues, clients, policies(project));
  }

  /** Every {@code security.policy} entry, the installed modules' too. */
  @SuppressWarnings("unchecked")
  private static PolicyCatalog policies(Project project) {
    PolicyCatalog.Builder catalog = new PolicyCatalog.Builder();
    List<Entry> all = new ArrayList<>(project.entries());
    all.addAll(project.installedEntries());
    for (Entry e : all) {
      if (e.kind().equals("security.policy")
          && e.field("policy").orElse(null) instanceof Map<?, ?> definition) {
        List<String> groups = new ArrayList<>();
        if (e.field("groups").orElse(null) instanceof List<?> g) {
          g.forEach(x -> groups.add(String.valueOf(x)));
        }
        catalog.add(e.id().toString(), (Map<String, Object>) definition, groups);
      }
    }
    return catalog.build();
  }

  private static LuaEntry entry(Entry e, LuaSource source) {
    Map<String, String> imports = new LinkedHashMap<>();
    e.imports().forEach((alias, target) -> imports.put(alias, target.toString()));
    // A module node (imports: {registry: ":registry"}) binds the module under the alias.
    e.moduleImports().forEach((alias, module) -> imports.put(alias, ":" + module));
    return new LuaEntry(
        e.id().toString(),
        e.kind(),
        source.chunkName(),
        // Inline code sits inside the YAML file: padding it keeps Lua line numbers equal to the
        // file's, so errors point at the right line of the definition file.
        "\n".repeat(Math.max(0, source.firstLine() - 1)) + source.text(),
        e.method(),
        e.modules(),
        imports,
        e.meta());
  }
}
