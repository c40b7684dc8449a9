package dev.wflow.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Lua registry entry as the runtime needs it.
 *
 * <pre>{@code
 * LuaEntry wf = new LuaEntry("app:order", "workflow.lua", "src/order.lua", source, "main",
 *     List.of("funcs", "time"), Map.of(), Map.of("temporal", Map.of("workflow",
 *         Map.of("worker", "app:worker"))));
 * }</pre>
 *
 * @param id {@code namespace:name}
 * @param kind {@code workflow.lua}, {@code function.lua}, {@code process.lua}, {@code library.lua}
 * @param chunkName the file as positions should show it (relative to the project root)
 * @param source the Lua source text
 * @param method the exported function name; empty means {@code main}
 * @param modules the {@code modules:} list
 * @param imports alias to entry ID
 * @param meta the entry's {@code meta} as plain Java values
 */
public record LuaEntry(
    String id,
    String kind,
    String chunkName,
    String source,
    String method,
    List<String> modules,
    Map<String, String> imports,
    Map<String, Object> meta) {

  public LuaEntry {
    method = method == null || method.isEmpty() ? "main" : method;
    modules = List.copyOf(modules);
    imports = Map.copyOf(imports);
    meta = meta == null ? Map.of() : meta;
  }

  public String namespace() {
    int colon = id.indexOf(':');
    return colon < 0 ? "" : id.substring(0, colon);
  }

  public boolean isWorkflow() {
    return kind.equals("workflow.lua") || (kind.equals("process.lua") && workflowMeta() != null);
  }

  /** A {@code function.lua}/{@code process.lua} entry with {@code meta.temporal.activity}. */
  public boolean isActivity() {
    return (kind.equals("function.lua") || kind.equals("process.lua")) && activityMeta() != null;
  }

  /** The Temporal workflow type: {@code meta.temporal.workflow.name} or the entry ID. */
  public String workflowType() {
    Map<?, ?> wf = workflowMeta();
    Object name = wf == null ? null : wf.get("name");
    return name == null || name.toString().isEmpty() ? id : name.toString();
  }

  /** The worker entry ID of a workflow or activity (namespace defaulted), or null. */
  public String worker() {
    Map<?, ?> m = isWorkflow() ? workflowMeta() : activityMeta();
    Object worker = m == null ? null : m.get("worker");
    if (worker == null) {
      return null;
    }
    String w = worker.toString();
    return w.contains(":") ? w : namespace() + ":" + w;
  }

  /** {@code meta.options} flattened to dotted keys ({@code activity.start_to_close_timeout}). */
  public Map<String, Object> options() {
    Map<String, Object> flat = new LinkedHashMap<>();
    if (meta.get("options") instanceof Map<?, ?> options) {
      flatten("", options, flat);
    }
    return flat;
  }

  private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> out) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = prefix + e.getKey();
      if (e.getValue() instanceof Map<?, ?> inner && !key.endsWith("retry_policy")) {
        flatten(key + ".", inner, out);
      } else {
        out.put(key, e.getValue());
      }
    }
  }

  private Map<?, ?> temporalMeta(String key) {
    if (meta.get("temporal") instanceof Map<?, ?> t && t.get(key) instanceof Map<?, ?> m) {
      return m;
    }
    return null;
  }

  private Map<?, ?> workflowMeta() {
    return temporalMeta("workflow");
  }

  private Map<?, ?> activityMeta() {
    return temporalMeta("activity");
  }
}
