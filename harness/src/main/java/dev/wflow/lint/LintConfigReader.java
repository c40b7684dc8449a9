package dev.wflow.lint;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.registry.Span;
import dev.wflow.registry.YamlDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads {@code .wflow.yaml}; every mistake in it is an E101 at its position, never fatal. */
final class LintConfigReader {

  /** The spelling people reach for that would otherwise be ignored without a word. */
  private static final String MISNAMED = ".wflow.yml";

  private final Consumer<Diagnostic> report;
  private final Map<String, Optional<Severity>> levels = new HashMap<>();
  private final Set<String> globals = new HashSet<>();
  private final Set<String> modules = new HashSet<>();

  private LintConfigReader(Consumer<Diagnostic> report) {
    this.report = report;
  }

  static LintConfig read(Path root, Consumer<Diagnostic> report) {
    Path file = root.resolve(LintConfig.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      if (Files.exists(root.resolve(MISNAMED))) {
        report.accept(
            Span.start()
                .diagnostic(
                    MISNAMED,
                    Severity.ERROR,
                    "E101",
                    "wflow reads its settings from "
                        + LintConfig.FILE_NAME
                        + "; this file is ignored"));
      }
      return LintConfig.DEFAULT;
    }
    LintConfigReader reader = new LintConfigReader(report);
    reader.compose(file).ifPresent(reader::top);
    return new LintConfig(reader.levels, reader.globals, reader.modules);
  }

  private Optional<Node> compose(Path file) {
    return YamlDocument.compose(file, LintConfig.FILE_NAME, report);
  }

  private void top(Node node) {
    if (!(node instanceof MappingNode mapping)) {
      error(Span.of(node), "expected a mapping with rules, globals, modules");
      return;
    }
    for (NodeTuple tuple : unique(mapping)) {
      String key = text(tuple.getKeyNode());
      Node value = tuple.getValueNode();
      if (isNull(value)) {
        continue; // `rules:` with nothing under it yet
      }
      switch (key) {
        case "rules" -> rules(value);
        case "globals" -> names(value, globals, "globals");
        case "modules" -> names(value, modules, "modules");
        default -> error(Span.of(tuple.getKeyNode()), "unknown setting '" + key + "'");
      }
    }
  }

  private void rules(Node node) {
    if (!(node instanceof MappingNode mapping)) {
      error(Span.of(node), "rules must map a code to error, warning, hint or off");
      return;
    }
    for (NodeTuple tuple : unique(mapping)) {
      String code = text(tuple.getKeyNode());
      String level = text(tuple.getValueNode());
      if (!RuleCatalogue.exists(code)) {
        error(Span.of(tuple.getKeyNode()), "unknown lint code '" + code + "'");
      } else if (List.of("off", "false", "none").contains(level)) {
        levels.put(code, Optional.empty());
      } else if (List.of("error", "warning", "hint").contains(level)) {
        levels.put(code, Optional.of(Severity.parse(level)));
      } else {
        error(Span.of(tuple.getValueNode()), "level must be error, warning, hint or off");
      }
    }
  }

  private void names(Node node, Set<String> into, String what) {
    if (!(node instanceof SequenceNode list)) {
      error(Span.of(node), what + " must be a list of names");
      return;
    }
    for (Node item : list.getValue()) {
      String name = text(item);
      if (name.isBlank()) {
        error(Span.of(item), what + " entries must be names");
      } else {
        into.add(name.trim());
      }
    }
  }

  /** The mapping's pairs, reporting (and dropping) a key written twice. */
  private List<NodeTuple> unique(MappingNode mapping) {
    Set<String> seen = new HashSet<>();
    List<NodeTuple> result = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (seen.add(text(tuple.getKeyNode()))) {
        result.add(tuple);
      } else {
        error(Span.of(tuple.getKeyNode()), "duplicate key '" + text(tuple.getKeyNode()) + "'");
      }
    }
    return result;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
  }

  private static String text(Node node) {
    return node instanceof ScalarNode scalar ? scalar.getValue() : "";
  }

  private void error(Span span, String message) {
    report.accept(span.diagnostic(LintConfig.FILE_NAME, Severity.ERROR, "E101", message));
  }
}
