package dev.wflow.cli.test;

import dev.wflow.cli.JsonText;
import dev.wflow.testing.CaseResult;
import dev.wflow.testing.Failure;
import dev.wflow.testing.FileResult;
import dev.wflow.testing.RunResult;
import dev.wflow.testing.TestListener;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code wflow test --format json}: one JSON object per line, as tests finish. Events: {@code case}
 * (one test), {@code file_error} (a test file that failed outside any test), {@code load_error} (a
 * definition or syntax error, first), {@code warning} (something the platform silently does
 * differently, e.g. tests it never runs), and a closing {@code summary}.
 */
public final class JsonReport implements TestListener {

  private final PrintWriter out;
  private final ReproductionText reproduction;

  public JsonReport(PrintWriter out) {
    this(out, ReproductionText.HERE);
  }

  JsonReport(PrintWriter out, ReproductionText reproduction) {
    this.out = out;
    this.reproduction = reproduction;
  }

  @Override
  public void caseFinished(CaseResult r) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("event", "case");
    e.put("entry", r.entryId());
    e.put("file", r.file());
    e.put("suite", r.path());
    e.put("name", r.name());
    e.put("fullName", r.fullName());
    e.put("status", r.outcome().name().toLowerCase(Locale.ROOT));
    e.put("wallMs", r.wall().toMillis());
    e.put("virtualSeconds", r.virtualSeconds());
    e.put("failure", failure(r.failure()));
    if (!r.output().isEmpty()) {
      e.put("output", r.output());
    }
    emit(e);
  }

  @Override
  public void fileFinished(FileResult f) {
    for (dev.wflow.testing.TestWarning w : f.warnings()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("event", "warning");
      e.put("entry", f.entry().id());
      e.put("file", f.entry().file());
      e.put("location", w.location());
      e.put("message", w.message());
      emit(e);
    }
    if (f.error() == null) {
      return;
    }
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("event", "file_error");
    e.put("entry", f.entry().id());
    e.put("file", f.entry().file());
    e.put("failure", failure(f.error()));
    emit(e);
  }

  /**
   * One {@code load_error} event per error that kept part of the project from loading, before any
   * test runs, so a consumer learns at once that this run cannot be green.
   */
  public void loadErrors(java.util.List<dev.wflow.diagnostic.Diagnostic> errors) {
    for (dev.wflow.diagnostic.Diagnostic d : errors) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("event", "load_error");
      e.put("file", d.file());
      e.put("line", d.line());
      e.put("column", d.column());
      e.put("code", d.code());
      e.put("message", d.message());
      emit(e);
    }
  }

  /** The closing event. */
  public void finish(RunResult r) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("event", "summary");
    e.put("passed", r.passed());
    e.put("failed", r.failed());
    e.put("skipped", r.skipped());
    e.put("deselected", r.deselected());
    e.put("files", r.files().size());
    e.put("loadErrors", r.loadErrors().size());
    e.put("wallMs", r.wall().toMillis());
    emit(e);
  }

  private void emit(Map<String, Object> event) {
    out.println(JsonText.line(event));
    out.flush();
  }

  private Map<String, Object> failure(Failure f) {
    if (f == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
    m.put("message", f.message());
    m.put("location", f.location());
    m.put("expected", f.expected());
    m.put("actual", f.actual());
    m.put("history", f.historyTail());
    m.put("reproduce", reproduction.commands(f.reproduction()));
    return m;
  }
}
