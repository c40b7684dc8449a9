package dev.wflow.registry;

import dev.wflow.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one YAML file into a node tree, turning every read or syntax failure into an E101 at the
 * position SnakeYAML reports, so a malformed file never stops the load of the others.
 */
public final class YamlDocument {

  private static final int MAX_ALIASES = 100_000;
  private static final int MAX_CODE_POINTS = 32 * 1024 * 1024;

  private YamlDocument() {}

  static Optional<Node> compose(Path file, String displayPath, Problems problems) {
    return read(file, displayPath, problems);
  }

  /**
   * The root node, or empty when the file is empty or broken (then an E101 is reported at the
   * position of the problem).
   *
   * <pre>{@code
   * Optional<Node> root = YamlDocument.compose(path, ".wflow.yaml", diagnostics::add);
   * }</pre>
   */
  public static Optional<Node> compose(Path file, String displayPath, Consumer<Diagnostic> report) {
    Problems problems = new Problems();
    try {
      return read(file, displayPath, problems);
    } finally {
      problems.all().forEach(report);
    }
  }

  private static Optional<Node> read(Path file, String displayPath, Problems problems) {
    String text;
    try {
      text = TextFile.read(file);
    } catch (TextFile.NotUtf8 e) {
      problems.error("E101", displayPath, Span.point(e.line(), e.column()), e.getMessage());
      return Optional.empty();
    } catch (IOException e) {
      problems.error("E101", displayPath, Span.start(), "cannot read file: " + TextFile.reason(e));
      return Optional.empty();
    }
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(false);
    // Composing never expands aliases (YamlValues bounds the expansion), so the default of 50
    // would only refuse ordinary files where many entries merge one `<<: *defaults`.
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setCodePointLimit(MAX_CODE_POINTS);
    try {
      return Optional.ofNullable(new Yaml(options).compose(new StringReader(text)));
    } catch (MarkedYAMLException e) {
      Mark mark = markOf(e);
      problems.error("E101", displayPath, Span.at(mark), "invalid YAML: " + describe(e));
      return Optional.empty();
    } catch (YAMLException e) {
      problems.error("E101", displayPath, Span.start(), "invalid YAML: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Where to point. An unclosed quote is found only at the end of the file; the quote that opened
   * it (the context mark) is what the user has to fix.
   */
  private static Mark markOf(MarkedYAMLException e) {
    boolean unclosed =
        e.getContext() != null
            && e.getContext().contains("quoted scalar")
            && e.getContextMark() != null;
    if (unclosed || e.getProblemMark() == null) {
      return e.getContextMark();
    }
    return e.getProblemMark();
  }

  /** SnakeYAML's problem plus its context ("while scanning a quoted scalar"), without marks. */
  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
    if (problem.contains("(TAB)") || problem.contains("\t")) {
      return "tab character where YAML expects spaces (indent with spaces only)";
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return problem + " (check the indentation of this line)";
    }
    String context = e.getContext();
    if (context != null && context.contains("quoted scalar")) {
      return "unclosed quoted string (" + problem + ")";
    }
    boolean useful = context != null && !context.startsWith("while scanning for the next token");
    return useful ? problem + " (" + context + ")" : problem;
  }
}
