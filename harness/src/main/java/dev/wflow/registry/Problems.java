package dev.wflow.registry;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one project load. */
final class Problems {

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  void error(String code, String file, Span span, String message) {
    diagnostics.add(span.diagnostic(file, Severity.ERROR, code, message));
  }

  void add(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  void addAll(Problems other) {
    diagnostics.addAll(other.diagnostics);
  }

  List<Diagnostic> all() {
    return diagnostics;
  }
}
