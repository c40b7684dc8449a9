package dev.wflow.scaffold;

import java.util.Map;

/**
 * An entry to add to a definition file.
 *
 * @param comment the text of the {@code #} line written above it, or null
 * @param fields the entry's fields in the order they are written ({@code name} first)
 */
public record NewEntry(String comment, Map<String, Object> fields) {

  /** The entry's {@code name}. */
  public String name() {
    return String.valueOf(fields.get("name"));
  }
}
