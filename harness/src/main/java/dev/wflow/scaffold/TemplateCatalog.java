package dev.wflow.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The templates packaged with wflow (the top-level {@code templates/} folder, copied into the jar
 * under {@code templates/} by the build).
 *
 * <pre>{@code
 * TemplateCatalog catalog = TemplateCatalog.builtIn();
 * catalog.names();                  // [basic, saga, approval, child, versioned, activity]
 * catalog.get("saga").orElseThrow() // the saga template
 * }</pre>
 */
public final class TemplateCatalog {

  private static final String ROOT = "templates/";
  private static TemplateCatalog builtIn;

  private final Map<String, Template> templates;

  private TemplateCatalog(Map<String, Template> templates) {
    this.templates = templates;
  }

  /** The templates in the jar; read once. */
  public static synchronized TemplateCatalog builtIn() {
    if (builtIn == null) {
      Map<String, Template> all = new LinkedHashMap<>();
      for (String line : read(ROOT + "catalog.txt").split("\n")) {
        String name = line.trim();
        if (!name.isEmpty()) {
          all.put(name, load(name));
        }
      }
      builtIn = new TemplateCatalog(all);
    }
    return builtIn;
  }

  /** The template names, in the order {@code wflow new --list} shows them. */
  public List<String> names() {
    return List.copyOf(templates.keySet());
  }

  public List<Template> all() {
    return List.copyOf(templates.values());
  }

  public Optional<Template> get(String name) {
    return Optional.ofNullable(templates.get(name));
  }

  @SuppressWarnings("unchecked")
  private static Template load(String name) {
    String dir = ROOT + name + "/";
    Map<String, Object> spec =
        new Yaml(new SafeConstructor(new LoaderOptions())).load(read(dir + "template.yaml"));
    Map<String, Template.Source> sources = new LinkedHashMap<>();
    ((Map<String, Object>) spec.get("files"))
        .forEach(
            (from, to) -> sources.put(from, new Template.Source(to.toString(), read(dir + from))));
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Object e : (List<Object>) spec.get("entries")) {
      entries.add((Map<String, Object>) e);
    }
    return new Template(name, spec.get("description").toString(), sources, entries);
  }

  private static String read(String resource) {
    try (InputStream in = TemplateCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        // The build copies templates/ into the jar; a missing one is a broken build, not input.
        throw new IllegalStateException("template resource missing from the jar: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template resource " + resource, e);
    }
  }
}
