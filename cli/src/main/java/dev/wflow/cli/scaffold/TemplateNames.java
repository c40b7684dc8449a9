package dev.wflow.cli.scaffold;

import dev.wflow.scaffold.TemplateCatalog;
import java.util.Iterator;

/** The template names, for {@code --template}'s help and shell completion. */
final class TemplateNames implements Iterable<String> {

  @Override
  public Iterator<String> iterator() {
    return TemplateCatalog.builtIn().names().iterator();
  }
}
