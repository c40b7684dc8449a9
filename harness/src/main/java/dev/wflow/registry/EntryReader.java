package dev.wflow.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Builds one {@link Entry} from its YAML mapping, reporting E101 (duplicate keys), E102 (missing or
 * malformed name, kind and fields) and, through {@link SourceResolver}, E104.
 */
final class EntryReader {

  private final DefinitionFile file;
  private final Problems problems;
  private final SourceResolver sources;

  EntryReader(DefinitionFile file, Problems problems, SourceResolver sources) {
    this.file = file;
    this.problems = problems;
    this.sources = sources;
  }

  /** The entry, or empty when it has no usable ID or kind (already reported). */
  Optional<Entry> read(MappingNode node) {
    YamlValues values =
        new YamlValues(
            (span, path) -> error("E101", span, "duplicate key '" + path + "' in entry"),
            (span, message) -> error("E101", span, message));
    Map<String, Object> fields = values.mapping(node, "");
    Map<String, Span> spans = values.spans();
    Span at = Span.of(node);
    Optional<EntryId> id = id(fields, spans, at);
    Optional<String> kind = kind(fields, spans, at, id);
    if (id.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    Fields f = new Fields(id.get(), kind.get(), fields, spans, at);
    return Optional.of(
        new Entry(
            f.id,
            f.kind,
            file,
            at,
            fields,
            spans,
            EntryKind.isLua(f.kind) ? sources.resolve(f, sourceNode(values)) : Optional.empty(),
            method(f),
            EntryKind.isLua(f.kind) ? modules(f) : List.of(),
            EntryKind.isLua(f.kind) ? imports(f) : Map.of()));
  }

  /** What the field readers share about the entry being read. */
  record Fields(
      EntryId id, String kind, Map<String, Object> values, Map<String, Span> spans, Span at) {
    Span span(String path) {
      return spans.getOrDefault(path, at);
    }
  }

  private static Optional<ScalarNode> sourceNode(YamlValues values) {
    return values.node("source") instanceof ScalarNode scalar
        ? Optional.of(scalar)
        : Optional.empty();
  }

  private Optional<EntryId> id(Map<String, Object> fields, Map<String, Span> spans, Span at) {
    Object name = fields.get("name");
    if (name == null) {
      error("E102", spans.getOrDefault("name", at), "entry has no name");
      return Optional.empty();
    }
    if (name instanceof Map || name instanceof List) {
      error("E102", spans.get("name"), "entry name must be a string");
      return Optional.empty();
    }
    String text = String.valueOf(name);
    String problem = EntryId.nameProblem(text);
    if (problem != null) {
      error("E102", spans.get("name"), problem);
      return Optional.empty();
    }
    return Optional.of(new EntryId(file.namespace(), text));
  }

  private Optional<String> kind(
      Map<String, Object> fields, Map<String, Span> spans, Span at, Optional<EntryId> id) {
    Object kind = fields.get("kind");
    String who = id.map(i -> "entry " + i).orElse("entry");
    if (kind == null || String.valueOf(kind).isBlank()) {
      error("E102", spans.getOrDefault("kind", at), who + " has no kind");
      return Optional.empty();
    }
    if (!(kind instanceof String text)) {
      error("E102", spans.get("kind"), who + ": kind must be a string such as workflow.lua");
      return Optional.empty();
    }
    return Optional.of(text.trim());
  }

  private String method(Fields f) {
    Object method = f.values.get("method");
    if (method == null || "".equals(method)) {
      return "main";
    }
    if (!(method instanceof String text)) {
      error("E102", f.span("method"), "entry " + f.id + ": method must be a function name");
      return "main";
    }
    return text.trim().isEmpty() ? "main" : text.trim();
  }

  private List<String> modules(Fields f) {
    Object modules = f.values.get("modules");
    List<String> result = new ArrayList<>();
    if (modules == null) {
      return result;
    }
    if (!(modules instanceof List<?> list)) {
      error("E102", f.span("modules"), "entry " + f.id + ": modules must be a list of names");
      return result;
    }
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (item instanceof String name && !name.isBlank()) {
        result.add(name.trim());
      } else {
        error("E102", f.span("modules." + i), "entry " + f.id + ": module name must be a string");
      }
    }
    return result;
  }

  private Map<String, EntryId> imports(Fields f) {
    Object imports = f.values.get("imports");
    Map<String, EntryId> result = new LinkedHashMap<>();
    if (imports == null) {
      return result;
    }
    if (!(imports instanceof Map<?, ?> map)) {
      error("E102", f.span("imports"), "entry " + f.id + ": imports must map alias: ns:name");
      return result;
    }
    map.forEach(
        (alias, target) -> {
          String path = "imports." + alias;
          Optional<EntryId> id =
              target instanceof String text
                  ? EntryId.resolve(text, f.id.namespace())
                  : Optional.empty();
          if (Entry.moduleNodeName(target).isPresent()) {
            // ":registry" or "registry", a built-in module by its node ID: Entry#moduleImports
            return;
          }
          if (id.isEmpty()) {
            error(
                "E102",
                f.span(path),
                "import '" + alias + "': '" + target + "' is not an entry ID");
          } else {
            result.put(String.valueOf(alias), id.get());
          }
        });
    return result;
  }

  private void error(String code, Span span, String message) {
    problems.error(code, file.displayPath(), span, message);
  }
}
