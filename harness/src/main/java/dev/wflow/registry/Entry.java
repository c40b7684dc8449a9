package dev.wflow.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One entry of a definition file, with where each of its fields sits in the YAML.
 *
 * <pre>{@code
 * Entry wf = project.entry(EntryId.parse("app:order_workflow")).orElseThrow();
 * wf.workflowType();                       // "app:order_workflow" unless meta.temporal.workflow.name
 * wf.workflowWorker();                     // Optional[app:worker]
 * wf.span("meta.temporal.workflow.worker") // where to point a diagnostic about it
 * }</pre>
 *
 * @param id the entry ID ({@code file namespace : name})
 * @param kind the {@code kind} as written ({@link EntryKind} names the ones wflow knows)
 * @param file the definition file it is in
 * @param span where the entry starts in that file
 * @param fields every field of the entry as plain Java values (String, Long, Double, Boolean, List,
 *     Map, or null)
 * @param spans the position of each field's value by dotted path ({@code "source"}, {@code
 *     "meta.temporal.workflow.worker"}, {@code "modules.2"} for the third list item)
 * @param source the Lua code, for Lua kinds whose source could be read
 * @param method the entry point ({@code main} when empty or absent)
 * @param modules the {@code modules} list
 * @param imports {@code imports} as alias to target, namespace defaulted to this entry's
 */
public record Entry(
    EntryId id,
    String kind,
    DefinitionFile file,
    Span span,
    Map<String, Object> fields,
    Map<String, Span> spans,
    Optional<LuaSource> source,
    String method,
    List<String> modules,
    Map<String, EntryId> imports) {

  public Entry {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    spans = Map.copyOf(spans);
    modules = List.copyOf(modules);
    imports = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(imports));
  }

  /** The field at a dotted path ({@code "meta.temporal.workflow.name"}), if present. */
  public Optional<Object> field(String path) {
    Object current = fields;
    for (String key : path.split("\\.")) {
      if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
        return Optional.empty();
      }
      current = map.get(key);
    }
    return Optional.ofNullable(current);
  }

  /**
   * Imports that name a built-in module by its node ID, an ID with an empty namespace ({@code reg:
   * ":registry"}, or bare: {@code contract: contract}): alias to module name. The platform binds
   * the module under the alias. A bare name is never an entry of the importer's namespace: the
   * platform parses import targets with {@code registry.ParseID}, which gives a name without a
   * colon the empty namespace.
   */
  public Map<String, String> moduleImports() {
    Map<String, String> out = new LinkedHashMap<>();
    if (isLua() && fields.get("imports") instanceof Map<?, ?> map) {
      map.forEach(
          (alias, target) ->
              moduleNodeName(target).ifPresent(name -> out.put(String.valueOf(alias), name)));
    }
    return out;
  }

  /**
   * {@code "registry"} for an import target {@code ":registry"} or {@code "registry"}, else empty.
   */
  static Optional<String> moduleNodeName(Object target) {
    if (!(target instanceof String raw)) {
      return Optional.empty();
    }
    String text = raw.trim();
    String name = text.startsWith(":") ? text.substring(1) : text;
    if (!name.isEmpty() && name.indexOf(':') < 0 && EntryId.nameProblem(name) == null) {
      return Optional.of(name);
    }
    return Optional.empty();
  }

  /** The field at a dotted path when it is a scalar, as text. */
  public Optional<String> string(String path) {
    return field(path)
        .filter(v -> !(v instanceof Map) && !(v instanceof List))
        .map(String::valueOf);
  }

  /** A reference field ({@code worker}, {@code client}) resolved with namespace defaulting. */
  public Optional<EntryId> reference(String path) {
    return string(path).flatMap(text -> EntryId.resolve(text, id.namespace()));
  }

  /** Where the value at a dotted path is written; falls back to nothing when absent. */
  public Optional<Span> span(String path) {
    return Optional.ofNullable(spans.get(path));
  }

  /** Where the value at a dotted path is written, or where the entry starts. */
  public Span spanOr(String path) {
    return spans.getOrDefault(path, span);
  }

  /** {@code meta} as a plain map (empty when absent). */
  @SuppressWarnings("unchecked")
  public Map<String, Object> meta() {
    return field("meta")
        .filter(Map.class::isInstance)
        .map(m -> (Map<String, Object>) m)
        .orElse(Map.of());
  }

  public boolean isLua() {
    return EntryKind.isLua(kind);
  }

  /**
   * True for a {@code workflow.lua} entry, and for a {@code process.lua} entry with {@code
   * meta.temporal.workflow} (the same fields, SPEC §3), as the runtime registers them.
   */
  public boolean isWorkflow() {
    return EntryKind.WORKFLOW.equals(kind)
        || EntryKind.PROCESS.equals(kind) && field("meta.temporal.workflow").isPresent();
  }

  /** {@code meta.temporal.workflow.worker}, the worker that registers this workflow. */
  public Optional<EntryId> workflowWorker() {
    return reference("meta.temporal.workflow.worker");
  }

  /** The Temporal workflow type: {@code meta.temporal.workflow.name} or the entry ID string. */
  public String workflowType() {
    return string("meta.temporal.workflow.name").filter(s -> !s.isBlank()).orElse(id.toString());
  }

  /**
   * True for a {@code function.lua} or {@code process.lua} entry with {@code
   * meta.temporal.activity}: a Temporal activity whose type is the entry ID.
   */
  public boolean isActivity() {
    return (EntryKind.FUNCTION.equals(kind) || EntryKind.PROCESS.equals(kind))
        && field("meta.temporal.activity").isPresent();
  }

  /** {@code meta.temporal.activity.worker}. */
  public Optional<EntryId> activityWorker() {
    return reference("meta.temporal.activity.worker");
  }

  /** {@code meta.temporal.activity.local: true} (accepted, runs as a normal activity). */
  public boolean isLocalActivity() {
    return field("meta.temporal.activity.local").map(Boolean.TRUE::equals).orElse(false);
  }

  /**
   * Default call options from {@code meta.options}, keyed as {@code funcs} options are ({@code
   * activity.start_to_close_timeout}); the legacy {@code temporal.activity.} prefix becomes {@code
   * activity.}.
   */
  public Map<String, Object> optionDefaults() {
    Map<String, Object> result = new LinkedHashMap<>();
    Object options = meta().get("options");
    if (options instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            String key = String.valueOf(k);
            if (key.startsWith("temporal.activity.")) {
              key = key.substring("temporal.".length());
            }
            result.put(key, v);
          });
    }
    return result;
  }

  /** True for a test entry: {@code function.lua} with {@code meta.type: test}. */
  public boolean isTest() {
    return EntryKind.FUNCTION.equals(kind) && "test".equals(meta().get("type"));
  }

  /** The test's suite, name and order, when this is a test entry. */
  public Optional<TestMeta> test() {
    if (!isTest()) {
      return Optional.empty();
    }
    Optional<String> suite = string("meta.suite");
    String name = string("meta.name").orElse(id.name());
    OptionalInt order =
        field("meta.order")
            .filter(Number.class::isInstance)
            .map(n -> OptionalInt.of(((Number) n).intValue()))
            .orElse(OptionalInt.empty());
    return Optional.of(new TestMeta(suite, name, order));
  }

  /** This entry as a {@code temporal.client}, when it is one. */
  public Optional<TemporalClient> temporalClient() {
    if (!EntryKind.TEMPORAL_CLIENT.equals(kind)) {
      return Optional.empty();
    }
    return Optional.of(
        new TemporalClient(
            id,
            string("address").filter(s -> !s.isBlank()),
            string("namespace").filter(s -> !s.isBlank()).orElse("default"),
            string("tq_prefix").orElse(""),
            fields));
  }

  /** This entry as a {@code temporal.worker}, when it is one. */
  @SuppressWarnings("unchecked")
  public Optional<TemporalWorker> temporalWorker() {
    if (!EntryKind.TEMPORAL_WORKER.equals(kind)) {
      return Optional.empty();
    }
    Map<String, Object> options =
        field("worker_options")
            .filter(Map.class::isInstance)
            .map(m -> (Map<String, Object>) m)
            .orElse(Map.of());
    return Optional.of(
        new TemporalWorker(
            id, reference("client"), string("task_queue").filter(s -> !s.isBlank()), options));
  }

  @Override
  public String toString() {
    return id + " (" + kind + ")";
  }
}
