package dev.wflow.cli.watch;

import dev.wflow.cli.test.TextReport;
import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.registry.EntryId;
import dev.wflow.testing.FileResult;
import dev.wflow.testing.RunResult;
import dev.wflow.testing.TestEntry;
import dev.wflow.testing.TestOptions;
import dev.wflow.testing.TestProject;
import dev.wflow.testing.engine.TestEngine;
import dev.wflow.testing.engine.TestSession;
import dev.wflow.testing.engine.TestSuite;
import dev.wflow.watch.AffectedEntries;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code wflow test --watch}: the project is loaded again on every change (so a definition file
 * that stops parsing shows its error and the rest still runs), and only the tests the change
 * affects run ({@link AffectedEntries}: the changed test files, and the tests whose workflows,
 * activities or libraries the change touched). {@code a} runs all, {@code f} the test files that
 * failed last, {@code p PATTERN} those matching the pattern from then on.
 */
public final class TestWatch implements WatchSession.Target, AutoCloseable {

  private final Path root;
  private final TestOptions options;
  private final boolean color;
  private final Consumer<String> printer;

  /** Keeps the tests' nodes ready from one rerun to the next. */
  private final TestSession session = TestEngine.session();

  private Set<String> failed = Set.of();
  private String pattern = "";

  /**
   * @param options the command's options (patterns are replaced by the session's)
   * @param color whether the report is in colour
   * @param printer where {@code print} of test code goes
   */
  public TestWatch(Path root, TestOptions options, boolean color, Consumer<String> printer) {
    this.root = root;
    this.options = options;
    this.color = color;
    this.printer = printer;
  }

  @Override
  public void close() {
    session.close();
  }

  @Override
  public void run(Trigger trigger, PrintWriter out) {
    TestSuite suite = TestEngine.load(root);
    if (!suite.found()) {
      out.println("no definition files found in " + root + "; waiting for one");
      return;
    }
    for (Diagnostic d : suite.loadErrors()) {
      out.println(d.headline());
    }
    if (trigger.kind() == Trigger.Kind.PATTERN) {
      pattern = trigger.pattern();
    } else if (trigger.kind() == Trigger.Kind.ALL) {
      pattern = "";
    }
    List<TestEntry> selected = select(suite, trigger);
    if (selected.isEmpty()) {
      out.println(nothingToRun(trigger));
      return;
    }
    if (selected.size() < suite.tests().size()) {
      out.println(
          "running "
              + selected.size()
              + " of "
              + suite.tests().size()
              + " test files: "
              + String.join(" ", selected.stream().map(TestEntry::id).toList()));
    }
    TestSuite narrowed =
        new TestSuite(
            suite.root(),
            true,
            suite.definitionProblems(),
            suite.syntaxErrors(),
            new TestProject(selected, suite.project().lua()),
            suite.refusals());
    TextReport report = TextReport.forProject(out, color, root);
    TestOptions these = options.withPatterns(pattern.isEmpty() ? List.of() : List.of(pattern));
    RunResult result = session.run(narrowed, these, report, printer);
    report.finish(result);
    remember(selected, result);
  }

  private List<TestEntry> select(TestSuite suite, Trigger trigger) {
    List<TestEntry> all = suite.tests();
    return switch (trigger.kind()) {
      case FAILED -> all.stream().filter(t -> failed.contains(t.id())).toList();
      case CHANGED -> {
        AffectedEntries affected =
            AffectedEntries.of(suite.refusals().project(), trigger.changed());
        yield all.stream()
            .filter(t -> EntryId.tryParse(t.id()).map(affected::contains).orElse(true))
            .toList();
      }
      default -> all;
    };
  }

  /** The files that failed stay failed until they run again and pass. */
  private void remember(List<TestEntry> ran, RunResult result) {
    Set<String> now = new LinkedHashSet<>(failed);
    ran.forEach(t -> now.remove(t.id()));
    for (FileResult f : result.files()) {
      if (f.failing()) {
        now.add(f.entry().id());
      }
    }
    failed = Set.copyOf(now);
  }

  private String nothingToRun(Trigger trigger) {
    return switch (trigger.kind()) {
      case FAILED -> "no test failed last time";
      case CHANGED -> "no test is affected by this change";
      default -> "no tests found (function.lua entries with meta.type: test)";
    };
  }
}
