package dev.wflow.cli.test;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.testing.CaseResult;
import dev.wflow.testing.Failure;
import dev.wflow.testing.FileResult;
import dev.wflow.testing.Outcome;
import dev.wflow.testing.RunResult;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code wflow test --junit FILE}: Surefire-style XML (one {@code testsuite} per test file, one
 * {@code testcase} per test, {@code failure} for assertions and determinism, {@code error} for
 * errors and timeouts) that CI servers read. A test file that failed outside any test is a {@code
 * testcase} named {@code (test file)} with an {@code error}.
 */
public final class JunitReport {

  private JunitReport() {}

  public static String render(RunResult r) {
    return render(r, ReproductionText.HERE);
  }

  /** The report, with reproduce commands as {@code reproduction} words them. */
  static String render(RunResult r, ReproductionText reproduction) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    long tests = 0;
    long failures = 0;
    long errors = 0;
    for (FileResult f : r.files()) {
      tests += f.cases().size() + (f.error() == null ? 0 : 1);
      failures += f.count(Outcome.FAILED);
      errors += f.count(Outcome.ERROR) + (f.error() == null ? 0 : 1);
    }
    tests += r.loadErrors().size();
    errors += r.loadErrors().size();
    b.append("<testsuites name=\"wflow\"")
        .append(attr("tests", tests))
        .append(attr("failures", failures))
        .append(attr("errors", errors))
        .append(attr("skipped", r.skipped()))
        .append(attr("time", seconds(r.wall())))
        .append(">\n");
    loadErrors(b, r.loadErrors());
    r.files().forEach(f -> suite(b, f, reproduction));
    return b.append("</testsuites>\n").toString();
  }

  private static void suite(StringBuilder b, FileResult f, ReproductionText reproduction) {
    int errors = (int) f.count(Outcome.ERROR) + (f.error() == null ? 0 : 1);
    b.append("  <testsuite")
        .append(attr("name", f.entry().id()))
        .append(attr("tests", f.cases().size() + (f.error() == null ? 0 : 1)))
        .append(attr("failures", f.count(Outcome.FAILED)))
        .append(attr("errors", errors))
        .append(attr("skipped", f.count(Outcome.SKIPPED)))
        .append(attr("time", seconds(f.wall())))
        .append(attr("file", f.entry().file()))
        .append(">\n");
    for (CaseResult c : f.cases()) {
      b.append("    <testcase")
          .append(attr("classname", f.entry().id()))
          .append(attr("name", c.fullName()))
          .append(attr("time", seconds(c.wall())));
      if (c.outcome() == Outcome.PASSED) {
        b.append("/>\n");
        continue;
      }
      b.append(">\n");
      if (c.outcome() == Outcome.SKIPPED) {
        b.append("      <skipped/>\n");
      } else {
        problem(b, c.outcome() == Outcome.FAILED ? "failure" : "error", c.failure(), reproduction);
      }
      if (!c.output().isEmpty()) {
        b.append("      <system-out>")
            .append(escape(String.join("\n", c.output()), false))
            .append("</system-out>\n");
      }
      b.append("    </testcase>\n");
    }
    if (f.error() != null) {
      b.append("    <testcase")
          .append(attr("classname", f.entry().id()))
          .append(attr("name", "(test file)"))
          .append(attr("time", "0.000"))
          .append(">\n");
      problem(b, "error", f.error(), reproduction);
      b.append("    </testcase>\n");
    }
    b.append("  </testsuite>\n");
  }

  /** Load errors as a suite of their own, one erroring testcase each: CI shows them as red. */
  private static void loadErrors(StringBuilder b, java.util.List<Diagnostic> errors) {
    if (errors.isEmpty()) {
      return;
    }
    b.append("  <testsuite")
        .append(attr("name", "(project load)"))
        .append(attr("tests", errors.size()))
        .append(attr("failures", 0))
        .append(attr("errors", errors.size()))
        .append(attr("skipped", 0))
        .append(attr("time", "0.000"))
        .append(">\n");
    for (Diagnostic d : errors) {
      b.append("    <testcase")
          .append(attr("classname", "(project load)"))
          .append(attr("name", d.file() + ":" + d.line() + ":" + d.column()))
          .append(attr("time", "0.000"))
          .append(">\n      <error")
          .append(attr("message", d.message()))
          .append(attr("type", "load"))
          .append('>')
          .append(escape(d.headline(), false))
          .append("</error>\n    </testcase>\n");
    }
    b.append("  </testsuite>\n");
  }

  private static void problem(
      StringBuilder b, String element, Failure f, ReproductionText reproduction) {
    b.append("      <")
        .append(element)
        .append(attr("message", f.message()))
        .append(attr("type", f.kind().name().toLowerCase(Locale.ROOT)))
        .append('>');
    StringBuilder body = new StringBuilder();
    if (f.location() != null) {
      body.append(f.location()).append(": ");
    }
    body.append(f.message());
    if (f.hasDiff()) {
      body.append("\nexpected:\n").append(f.expected()).append("\nactual:\n").append(f.actual());
    }
    if (!f.historyTail().isEmpty()) {
      body.append("\nlast history events:\n").append(String.join("\n", f.historyTail()));
    }
    java.util.List<String> commands = reproduction.commands(f.reproduction());
    if (!commands.isEmpty()) {
      body.append("\nreproduce:\n").append(String.join("\n", commands));
    }
    b.append(escape(body.toString(), false)).append("</").append(element).append(">\n");
  }

  private static String attr(String name, Object value) {
    return " " + name + "=\"" + escape(String.valueOf(value), true) + "\"";
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
  }

  /**
   * XML text or attribute content. Characters XML 1.0 cannot carry at all (control characters, a
   * lone UTF-16 surrogate from Lua bytes that were no valid UTF-8, U+FFFE/U+FFFF) become a space or
   * U+FFFD, so the report always parses.
   */
  private static String escape(String s, boolean attribute) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\n' -> b.append(attribute ? "&#10;" : "\n");
        case '\t' -> b.append(attribute ? "&#9;" : "\t");
        case '\r' -> b.append(attribute ? "&#13;" : "");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            b.append('\uFFFD');
          } else {
            b.append(c < 0x20 ? ' ' : c);
          }
        }
      }
    }
    return b.toString();
  }
}
