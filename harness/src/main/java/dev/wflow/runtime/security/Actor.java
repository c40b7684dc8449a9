package dev.wflow.runtime.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who runs the code, as {@code security.new_actor(id, meta)} makes it.
 *
 * @param meta plain values (strings, numbers, booleans, maps, lists)
 */
public record Actor(String id, Map<String, Object> meta) {

  public Actor {
    meta = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meta));
  }

  /** The form it travels in: ctx values and Temporal's {@code wippy-security} header. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    if (!meta.isEmpty()) {
      m.put("meta", meta);
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  static Actor fromMap(Object value) {
    if (!(value instanceof Map<?, ?> m) || !(m.get("id") instanceof String id)) {
      return null;
    }
    return new Actor(
        id, m.get("meta") instanceof Map<?, ?> meta ? (Map<String, Object>) meta : Map.of());
  }
}
