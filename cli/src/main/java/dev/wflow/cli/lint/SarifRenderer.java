package dev.wflow.cli.lint;

import dev.wflow.cli.JsonText;
import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.lint.LintResult;
import dev.wflow.lint.Rule;
import dev.wflow.lint.RuleCatalogue;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --format sarif}: SARIF 2.1.0 with every rule of the catalogue (id, title, help, default
 * level) and one result per diagnostic. SARIF's end column is exclusive, ours inclusive.
 */
final class SarifRenderer implements LintRenderer {

  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final String version;

  SarifRenderer(String version) {
    this.version = version;
  }

  @Override
  public void render(LintResult result, PrintWriter out) {
    List<Rule> rules = RuleCatalogue.all();
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "wflow");
    driver.put("informationUri", "https://wippy.ai");
    driver.put("version", version);
    driver.put("rules", rules.stream().map(SarifRenderer::rule).toList());

    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", result.diagnostics().stream().map(d -> result(d, rules)).toList());
    run.put("columnKind", "utf16CodeUnits");

    Map<String, Object> document = new LinkedHashMap<>();
    document.put("$schema", SCHEMA);
    document.put("version", "2.1.0");
    document.put("runs", List.of(run));
    out.println(JsonText.write(document));
    out.flush();
  }

  private static Map<String, Object> rule(Rule rule) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", rule.code());
    json.put("name", rule.title());
    json.put("shortDescription", Map.of("text", rule.title()));
    json.put("fullDescription", Map.of("text", rule.help()));
    json.put("help", Map.of("text", rule.help()));
    json.put("defaultConfiguration", Map.of("level", level(rule.severity())));
    return json;
  }

  private static Map<String, Object> result(Diagnostic d, List<Rule> rules) {
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", d.line());
    region.put("startColumn", d.column());
    region.put("endLine", d.endLine());
    region.put("endColumn", d.endColumn() + 1);
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("artifactLocation", Map.of("uri", uri(d.file())));
    location.put("region", region);

    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ruleId", d.code());
    int index = indexOf(rules, d.code());
    if (index >= 0) {
      json.put("ruleIndex", index);
    }
    json.put("level", level(d.severity()));
    json.put("message", Map.of("text", d.message()));
    json.put("locations", List.of(Map.of("physicalLocation", location)));
    return json;
  }

  /**
   * A relative URI reference (the path with spaces and the like percent-encoded), or a {@code
   * file:} URI for a file outside the directory paths are relative to: a bare {@code /tmp/x} is a
   * path on the SARIF consumer's server, not a file.
   */
  static String uri(String path) {
    if (path.startsWith("/") || java.nio.file.Path.of(path).isAbsolute()) {
      return java.nio.file.Path.of(path).toUri().toASCIIString();
    }
    try {
      return new java.net.URI(null, null, path, null).toASCIIString();
    } catch (java.net.URISyntaxException e) {
      return path;
    }
  }

  private static int indexOf(List<Rule> rules, String code) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case HINT -> "note";
    };
  }
}
