package dev.wflow.cli.watch;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.lint.LintEngine;
import dev.wflow.lint.LintRequest;
import dev.wflow.lint.LintResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * {@code wflow lint --watch}: the whole project is linted again on every change (a warm linter
 * checks a project in milliseconds, and a change in one file can make findings in another appear or
 * go). {@code f} lints only the files that had findings, {@code p PATTERN} the files whose path
 * contains the pattern, {@code a} everything again.
 */
public final class LintWatch implements WatchSession.Target {

  private final Path root;
  private final UnaryOperator<LintRequest> settings;
  private final BiConsumer<LintResult, PrintWriter> render;
  private final LintEngine engine = LintEngine.standard();
  private List<String> withFindings = List.of();
  private List<String> checked = List.of();
  private String pattern = "";

  /**
   * @param settings the command's level and code filters, applied to every run
   * @param render how the command renders one result
   */
  public LintWatch(
      Path root, UnaryOperator<LintRequest> settings, BiConsumer<LintResult, PrintWriter> render) {
    this.root = root;
    this.settings = settings;
    this.render = render;
  }

  @Override
  public void run(Trigger trigger, PrintWriter out) {
    if (trigger.kind() == Trigger.Kind.FAILED && withFindings.isEmpty()) {
      out.println("no file had findings");
      return;
    }
    List<Path> paths =
        switch (trigger.kind()) {
          case FAILED -> resolve(withFindings);
          case PATTERN -> {
            pattern = trigger.pattern();
            yield pattern.isEmpty() ? List.of() : resolve(matching());
          }
          case ALL -> {
            pattern = "";
            yield List.of();
          }
          default -> pattern.isEmpty() ? List.of() : resolve(matching());
        };
    if (!pattern.isEmpty() && paths.isEmpty()) {
      out.println("no checked file matches '" + pattern + "'");
      return;
    }
    LintResult result = engine.run(settings.apply(LintRequest.of(root).withPaths(paths)));
    if (paths.isEmpty()) {
      checked = result.checkedFiles();
    }
    withFindings = result.diagnostics().stream().map(Diagnostic::file).distinct().toList();
    if (!result.projectFound()) {
      out.println("no definition files found in " + root + "; waiting for one");
      return;
    }
    render.accept(result, out);
  }

  private List<String> matching() {
    return checked.stream().filter(f -> f.contains(pattern)).toList();
  }

  private List<Path> resolve(List<String> files) {
    return files.stream().map(root::resolve).toList();
  }
}
