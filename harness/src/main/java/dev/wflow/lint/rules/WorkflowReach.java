package dev.wflow.lint.rules;

import dev.wflow.registry.Entry;
import dev.wflow.registry.EntryId;
import dev.wflow.registry.Project;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which Lua entries run inside a workflow, and through which import chain: every workflow entry
 * (chain of one) and every library reachable from one through {@code imports}. When several
 * workflows reach a library, the chain kept is the shortest from the first workflow by ID, so
 * messages are stable.
 *
 * <pre>{@code
 * Map<EntryId, List<EntryId>> chains = WorkflowReach.chains(project);
 * chains.get(EntryId.parse("app:deep")); // [app:order, app:helpers, app:deep]
 * }</pre>
 */
final class WorkflowReach {

  private WorkflowReach() {}

  static Map<EntryId, List<EntryId>> chains(Project project) {
    Map<EntryId, List<EntryId>> chains = new HashMap<>();
    List<Entry> workflows = new ArrayList<>(project.workflows());
    workflows.sort(Comparator.comparing(e -> e.id().toString()));
    for (Entry workflow : workflows) {
      Deque<List<EntryId>> queue = new ArrayDeque<>();
      queue.add(List.of(workflow.id()));
      while (!queue.isEmpty()) {
        List<EntryId> chain = queue.poll();
        EntryId last = chain.get(chain.size() - 1);
        if (chains.putIfAbsent(last, chain) != null && chain.size() > 1) {
          continue;
        }
        project
            .entry(last)
            .ifPresent(
                e ->
                    e.imports()
                        .values()
                        .forEach(
                            target -> {
                              if (!chain.contains(target)
                                  && project.entry(target).map(Entry::isLua).orElse(false)) {
                                List<EntryId> longer = new ArrayList<>(chain);
                                longer.add(target);
                                queue.add(longer);
                              }
                            }));
      }
    }
    return chains;
  }
}
