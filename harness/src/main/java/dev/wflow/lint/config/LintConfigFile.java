package dev.wflow.lint.config;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code .wflow.yaml}; every problem becomes an E101 diagnostic at its position and the rest
 * of the file still applies.
 *
 * <pre>{@code
 * LintConfigFile.Loaded loaded = LintConfigFile.load(projectRoot, catalogue::contains);
 * LintConfig config = loaded.config();
 * }</pre>
 */
public final class LintConfigFile {

  /** The configuration read and the problems found in the file. */
  public record Loaded(LintConfig config, List<Diagnostic> diagnostics) {
    public Loaded {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private static final String CODE = "E101";
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, RuleLevel> levels = new LinkedHashMap<>();
  private final Set<String> globals = new LinkedHashSet<>();
  private final Set<String> modules = new LinkedHashSet<>();
  private final Predicate<String> knownCode;

  private LintConfigFile(Predicate<String> knownCode) {
    this.knownCode = knownCode;
  }

  /** Loads {@code root/.wflow.yaml}; a missing file gives {@link LintConfig#DEFAULT}. */
  public static Loaded load(Path root, Predicate<String> knownCode) {
    Path file = root.resolve(LintConfig.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return new Loaded(LintConfig.DEFAULT, List.of());
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), knownCode);
    } catch (IOException | RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Loaded(
          LintConfig.DEFAULT,
          List.of(Diagnostic.error(CODE, LintConfig.FILE_NAME, 1, 1, "cannot read: " + why)));
    }
  }

  /** Parses the text of a {@code .wflow.yaml} file. */
  public static Loaded parse(String text, Predicate<String> knownCode) {
    LintConfigFile reader = new LintConfigFile(knownCode);
    try {
      Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
      if (root != null) {
        reader.readRoot(root);
      }
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark();
      int line = mark == null ? 1 : mark.getLine() + 1;
      int column = mark == null ? 1 : mark.getColumn() + 1;
      reader.report(line, column, "invalid YAML: " + e.getProblem());
    }
    LintConfig config = new LintConfig(reader.levels, reader.globals, reader.modules);
    return new Loaded(config, reader.diagnostics);
  }

  private void readRoot(Node root) {
    if (!(root instanceof MappingNode mapping)) {
      report(root, "expected a mapping with rules, globals and modules");
      return;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalar(tuple.getKeyNode()).orElse("");
      Node value = tuple.getValueNode();
      switch (key) {
        case "rules" -> readRules(value);
        case "globals" -> readNames(value, globals, "globals");
        case "modules" -> readNames(value, modules, "modules");
        default ->
            report(
                tuple.getKeyNode(),
                "unknown setting `" + key + "` (expected rules, globals, modules)");
      }
    }
  }

  private void readRules(Node node) {
    if (!(node instanceof MappingNode mapping)) {
      report(node, "`rules` must map rule codes to error, warning, hint or off");
      return;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      String code = scalar(tuple.getKeyNode()).orElse("");
      if (!knownCode.test(code)) {
        report(tuple.getKeyNode(), "unknown rule code `" + code + "`");
        continue;
      }
      Optional<RuleLevel> level = scalar(tuple.getValueNode()).flatMap(RuleLevel::parse);
      if (level.isEmpty()) {
        report(tuple.getValueNode(), "level of " + code + " must be error, warning, hint or off");
        continue;
      }
      levels.put(code, level.get());
    }
  }

  private void readNames(Node node, Set<String> into, String setting) {
    if (!(node instanceof SequenceNode sequence)) {
      report(node, "`" + setting + "` must be a list of names");
      return;
    }
    for (Node item : sequence.getValue()) {
      Optional<String> name = scalar(item).filter(s -> s.matches("[A-Za-z_][A-Za-z0-9_]*"));
      if (name.isEmpty()) {
        report(item, "`" + setting + "` entries must be Lua names");
      } else {
        into.add(name.get());
      }
    }
  }

  private static Optional<String> scalar(Node node) {
    return node instanceof ScalarNode s ? Optional.of(s.getValue()) : Optional.empty();
  }

  private void report(Node node, String message) {
    Mark start = node.getStartMark();
    report(start.getLine() + 1, start.getColumn() + 1, message);
  }

  private void report(int line, int column, String message) {
    diagnostics.add(
        new Diagnostic(
            LintConfig.FILE_NAME, line, column, line, column, Severity.ERROR, CODE, message));
  }
}
