package dev.wflow.lint.suppress;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the suppressions of one file to its findings and reports each suppressed code that
 * silenced nothing (W206). Suppression findings themselves cannot be suppressed.
 *
 * <pre>{@code
 * List<Diagnostic> kept = SuppressionFilter.apply("src/a.lua", scan.suppressions(), findings);
 * }</pre>
 */
public final class SuppressionFilter {

  /** W206: a suppression that silenced nothing. */
  public static final String UNUSED = "W206";

  private SuppressionFilter() {}

  /** The findings left after suppression, plus one W206 per unused suppressed code. */
  public static List<Diagnostic> apply(
      String file, List<Suppression> suppressions, List<Diagnostic> findings) {
    List<Diagnostic> kept = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Diagnostic finding : findings) {
      Suppression by = silencer(suppressions, finding);
      if (by == null) {
        kept.add(finding);
      } else {
        used.add(key(by, finding.code()));
      }
    }
    for (Suppression s : suppressions) {
      for (String code : s.codes()) {
        if (!used.contains(key(s, code))) {
          kept.add(unused(file, s, code));
        }
      }
    }
    return kept;
  }

  private static Suppression silencer(List<Suppression> suppressions, Diagnostic finding) {
    if (finding.code().equals(UNUSED) || finding.code().equals(SuppressionScanner.MALFORMED)) {
      return null;
    }
    for (Suppression s : suppressions) {
      if (s.covers(finding.code(), finding.line())) {
        return s;
      }
    }
    return null;
  }

  private static String key(Suppression s, String code) {
    return s.comment().line() + ":" + s.comment().column() + ":" + code;
  }

  private static Diagnostic unused(String file, Suppression s, String code) {
    LuaComment c = s.comment();
    String where = s.fileWide() ? "in this file" : "on this line or the next";
    return new Diagnostic(
        file,
        c.line(),
        c.column(),
        c.line(),
        c.endColumn(),
        Severity.WARNING,
        UNUSED,
        "unused suppression: no " + code + " finding " + where);
  }
}
