package dev.wflow.cli.lint;

import dev.wflow.cli.JsonText;
import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.lint.LintResult;
import dev.wflow.lint.LintSummary;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --format json}: the one stable object of DESIGN.md §5. */
final class JsonRenderer implements LintRenderer {

  @Override
  public void render(LintResult result, PrintWriter out) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put(
        "diagnostics", result.diagnostics().stream().map(JsonRenderer::diagnostic).toList());
    document.put("summary", summary(result.summary()));
    out.println(JsonText.write(document));
    out.flush();
  }

  static Map<String, Object> diagnostic(Diagnostic d) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", d.file());
    json.put("line", d.line());
    json.put("column", d.column());
    json.put("endLine", d.endLine());
    json.put("endColumn", d.endColumn());
    json.put("severity", d.severity().label());
    json.put("code", d.code());
    json.put("message", d.message());
    return json;
  }

  private static Map<String, Object> summary(LintSummary s) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("entries", s.entries());
    json.put("files", s.files());
    json.put("errors", s.errors());
    json.put("warnings", s.warnings());
    json.put("hints", s.hints());
    return json;
  }
}
