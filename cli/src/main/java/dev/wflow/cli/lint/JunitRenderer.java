package dev.wflow.cli.lint;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.lint.LintResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code --format junit}: one test case per checked file, failing when the file has findings, so CI
 * servers show lint next to tests.
 */
final class JunitRenderer implements LintRenderer {

  @Override
  public void render(LintResult result, PrintWriter out) {
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    result.checkedFiles().forEach(f -> byFile.put(f, List.of()));
    byFile.putAll(
        result.diagnostics().stream()
            .collect(
                Collectors.groupingBy(Diagnostic::file, LinkedHashMap::new, Collectors.toList())));
    long failures = byFile.values().stream().filter(l -> !l.isEmpty()).count();
    String counts = " tests=\"" + byFile.size() + "\" failures=\"" + failures + "\"";
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println("<testsuites name=\"wflow lint\"" + counts + ">");
    out.println("  <testsuite name=\"wflow lint\"" + counts + " errors=\"0\" skipped=\"0\">");
    byFile.keySet().stream().sorted().forEach(file -> testcase(out, file, byFile.get(file)));
    out.println("  </testsuite>");
    out.println("</testsuites>");
    out.flush();
  }

  private static void testcase(PrintWriter out, String file, List<Diagnostic> findings) {
    String open = "    <testcase classname=\"wflow.lint\" name=\"" + xml(file) + "\"";
    if (findings.isEmpty()) {
      out.println(open + "/>");
      return;
    }
    out.println(open + ">");
    String codes =
        findings.stream().map(Diagnostic::code).distinct().collect(Collectors.joining(","));
    String summary = findings.size() + (findings.size() == 1 ? " finding" : " findings");
    out.println("      <failure type=\"" + xml(codes) + "\" message=\"" + xml(summary) + "\">");
    findings.forEach(d -> out.println(xml(d.headline())));
    out.println("      </failure>");
    out.println("    </testcase>");
  }

  /** Escaped for XML text and attributes; characters XML 1.0 cannot carry become {@code ?}. */
  static String xml(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (allowed(cp)) {
            out.appendCodePoint(cp);
          } else {
            out.append('?');
          }
        }
      }
    }
    return out.toString();
  }

  /** XML 1.0's Char production (a lone surrogate is not a character at all). */
  private static boolean allowed(int cp) {
    return cp == '\t'
        || cp == '\n'
        || cp == '\r'
        || cp >= 0x20 && cp <= 0xD7FF
        || cp >= 0xE000 && cp <= 0xFFFD
        || cp >= 0x10000 && cp <= 0x10FFFF;
  }
}
