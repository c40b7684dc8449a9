package dev.wflow.cli.test;

import dev.wflow.cli.JsonText;
import dev.wflow.cli.TerminalText;
import dev.wflow.testing.ListedTest;
import dev.wflow.testing.TestListing;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code wflow test --list}: one line per test that would run ({@code ENTRY describe > it}, {@code
 * (skip)} for {@code it_skip}), the files that could not say what they define, then {@code N tests
 * in N files, N deselected}; or the same as JSON events.
 */
final class ListReport {

  private ListReport() {}

  static void text(PrintWriter out, TestListing listing) {
    for (ListedTest t : listing.tests()) {
      out.println(
          t.entryId()
              + "  "
              + TerminalText.printable(t.fullName())
              + (t.skipped() ? "  (skip)" : ""));
    }
    for (TestListing.FileError e : listing.errors()) {
      String where = e.failure().location() == null ? "" : e.failure().location() + ": ";
      out.println(
          "ERROR  "
              + e.entry().id()
              + "  (test file)  "
              + TerminalText.printable(TerminalText.shortened(where + e.failure().message(), 400)));
    }
    if (!listing.loadErrors().isEmpty()) {
      out.println();
      out.println("Not loaded (the tests they define are missing from this list):");
      listing.loadErrors().forEach(d -> out.println("   " + TerminalText.printable(d.headline())));
      out.println();
    }
    out.println(summary(listing));
    out.flush();
  }

  static void json(PrintWriter out, TestListing listing) {
    for (ListedTest t : listing.tests()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("event", "test");
      e.put("entry", t.entryId());
      e.put("file", t.file());
      e.put("suite", t.path());
      e.put("name", t.name());
      e.put("fullName", t.fullName());
      e.put("skip", t.skipped());
      out.println(JsonText.line(e));
    }
    for (TestListing.FileError f : listing.errors()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("event", "file_error");
      e.put("entry", f.entry().id());
      e.put("file", f.entry().file());
      e.put("message", f.failure().message());
      e.put("location", f.failure().location());
      out.println(JsonText.line(e));
    }
    new JsonReport(out).loadErrors(listing.loadErrors());
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("event", "listed");
    e.put("tests", listing.tests().size());
    e.put("files", files(listing).size());
    e.put("deselected", listing.deselected());
    e.put("fileErrors", listing.errors().size());
    e.put("loadErrors", listing.loadErrors().size());
    out.println(JsonText.line(e));
    out.flush();
  }

  /** {@code 4 tests in 2 files, 3 deselected}, as pytest's collection line. */
  static String summary(TestListing listing) {
    int n = listing.tests().size();
    int files = files(listing).size();
    String line =
        n + (n == 1 ? " test" : " tests") + " in " + files + (files == 1 ? " file" : " files");
    if (listing.deselected() > 0) {
      line += ", " + listing.deselected() + " deselected";
    }
    int broken = listing.errors().size() + listing.loadErrors().size();
    if (broken > 0) {
      line += ", " + broken + (broken == 1 ? " error" : " errors");
    }
    return line;
  }

  private static Set<String> files(TestListing listing) {
    Set<String> files = new LinkedHashSet<>();
    listing.tests().forEach(t -> files.add(t.entryId()));
    return files;
  }
}
