package dev.wflow.scaffold;

/**
 * What the placeholders of a template stand for: {@code {{name}}}, {@code {{ns}}} and {@code
 * {{worker}}}. Every value is checked before it gets here (a Lua identifier, a namespace, an entry
 * ID), so replacing them as text can never produce broken YAML or Lua.
 *
 * @param name the NAME given to {@code wflow new}
 * @param namespace the namespace of the new entries
 * @param worker the full ID of the {@code temporal.worker} they run on
 */
public record TemplateValues(String name, String namespace, String worker) {

  /** {@code text} with every placeholder replaced. */
  public String apply(String text) {
    return text.replace("{{name}}", name)
        .replace("{{ns}}", namespace)
        .replace("{{worker}}", worker);
  }
}
