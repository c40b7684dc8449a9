package dev.wflow.scaffold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One folder of {@code templates/}: the files it writes and the entries it adds.
 *
 * <pre>{@code
 * Template saga = TemplateCatalog.builtIn().get("saga").orElseThrow();
 * TemplateValues values = new TemplateValues("order_saga", "app", "app:worker");
 * saga.files(values);     // {"order_saga.lua" -> "-- app:order_saga: a saga…", …}
 * saga.entries(values);   // the workflow, its activities and its test, as plain values
 * }</pre>
 *
 * @param name the folder name ({@code basic}, {@code saga}, …)
 * @param description one line for {@code wflow new --list}
 * @param sources template file name to the pattern of the file it becomes, and its text
 * @param entries the entries as read from {@code template.yaml} (placeholders unreplaced)
 */
public record Template(
    String name,
    String description,
    Map<String, Source> sources,
    List<Map<String, Object>> entries) {

  /** One file of the template: the name it is written under, and its text. */
  public record Source(String targetPattern, String text) {}

  /** The key of an entry's comment line; never part of the entry itself. */
  static final String COMMENT_KEY = "_comment";

  public Template {
    sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    entries = List.copyOf(entries);
  }

  /** The files to write, by name relative to the definition file's folder, in template order. */
  public Map<String, String> files(TemplateValues values) {
    Map<String, String> out = new LinkedHashMap<>();
    sources.values().forEach(s -> out.put(values.apply(s.targetPattern()), values.apply(s.text())));
    return out;
  }

  /** The entries to add, each with its comment line (or null), placeholders replaced. */
  public List<NewEntry> entries(TemplateValues values) {
    List<NewEntry> out = new ArrayList<>();
    for (Map<String, Object> raw : entries) {
      Map<String, Object> fields = new LinkedHashMap<>();
      raw.forEach(
          (k, v) -> {
            if (!k.equals(COMMENT_KEY)) {
              fields.put(k, substitute(v, values));
            }
          });
      Object comment = raw.get(COMMENT_KEY);
      out.add(new NewEntry(comment == null ? null : values.apply(comment.toString()), fields));
    }
    return out;
  }

  private static Object substitute(Object value, TemplateValues values) {
    if (value instanceof String s) {
      return values.apply(s);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(v -> substitute(v, values)).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), substitute(v, values)));
      return out;
    }
    return value;
  }
}
