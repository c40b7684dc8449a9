package dev.wflow.cli.lint;

import dev.wflow.cli.Cli;
import dev.wflow.cli.ExitException;
import dev.wflow.cli.Version;
import dev.wflow.cli.WflowCommand;
import dev.wflow.cli.watch.LintWatch;
import dev.wflow.cli.watch.WatchSession;
import dev.wflow.diagnostic.Severity;
import dev.wflow.lint.LintEngine;
import dev.wflow.lint.LintRequest;
import dev.wflow.lint.LintResult;
import dev.wflow.lint.RuleCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wflow lint [PATH…]}: checks definition files and Lua code, prints findings. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Check definition files and Lua code for mistakes and non-determinism.",
      "A PATH is a project directory or a file or folder inside one (default: -C or the current",
      "directory; inside a project's folder, that part of the project with its settings)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wflow lint                               the project in this directory",
      "  wflow lint examples/orders               another project",
      "  wflow lint src/order.lua --level error   one file, errors only",
      "  wflow lint --code D1 --format json       determinism rules as JSON",
      "  wflow lint --format sarif > lint.sarif   for code scanning",
      "",
      "  wflow lint --fail-on error               warnings and hints never fail the build",
      "  wflow lint --max-warnings 10             fail on errors or on more than 10 warnings",
      "",
      "Exit codes: 0 nothing that fails (hints never do; warnings do unless --fail-on error or",
      "--max-warnings allows them), 1 findings that fail, 2 usage, 3 no project found."
    })
public final class LintCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json,
    sarif,
    junit,
    github
  }

  /** Report thresholds, lower-case for the command line. */
  enum Level {
    error,
    warning,
    hint
  }

  @ParentCommand WflowCommand root;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Project directories or files.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      defaultValue = "hint",
      description =
          "Least severe finding to report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Level level;

  @Option(
      names = "--code",
      paramLabel = "CODE",
      split = ",",
      description = "Only these codes, or code prefixes such as D1 (repeatable, comma-separated).")
  List<String> codes = new ArrayList<>();

  @Option(names = "--summary", description = "Print only the summary line (text format).")
  boolean summaryOnly;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "warning",
      description =
          "Least severe finding that makes the exit code 1: ${COMPLETION-CANDIDATES} (default:"
              + " ${DEFAULT-VALUE}; hints are advice and fail only with --fail-on hint).")
  Level failOn;

  @Option(
      names = "--max-warnings",
      paramLabel = "N",
      description = "Fail on warnings only when there are more than N (as ESLint's option).")
  Integer maxWarnings;

  @Option(
      names = "--watch",
      description =
          "Stay running and lint again whenever a file of the project changes (keys: a all, f"
              + " files with findings, p pattern, q quit).")
  boolean watch;

  @Override
  public Integer call() {
    Cli cli = root.cli();
    if (maxWarnings != null && maxWarnings < 0) {
      throw ExitException.usage("--max-warnings must be 0 or more, got " + maxWarnings);
    }
    Set<String> codeFilter = codeFilter();
    List<Path> targets = existingPaths(cli.project());
    if (watch) {
      return watch(cli, targets, codeFilter);
    }
    LintEngine engine = LintEngine.standard();
    List<LintResult> results = new ArrayList<>();
    for (Map.Entry<Path, List<Path>> project :
        LintTargets.group(cli.project(), targets).entrySet()) {
      if (cli.verbose()) {
        cli.err()
            .println(
                "wflow: project "
                    + project.getKey()
                    + ": "
                    + dev.wflow.cli.ProjectDirectory.reason(project.getKey()));
      }
      LintRequest request =
          LintRequest.of(project.getKey())
              .withPaths(project.getValue())
              .withLevel(Severity.valueOf(level.name().toUpperCase(java.util.Locale.ROOT)))
              .withCodes(codeFilter);
      results.add(engine.run(request));
    }
    LintResult result = LintResult.combine(cli.project(), results);
    requireLinted(cli.project(), targets, result);
    if (!result.projectFound()) {
      throw ExitException.projectNotLoadable(
          "no definition files found in "
              + (paths.isEmpty() ? cli.project().toString() : paths.get(0).toString())
              + " (a definition file is a YAML file with a top-level"
              + " namespace and an entries: list; see wippy.lock directories.src)");
    }
    renderer(cli).render(result, cli.out());
    return fails(result.summary()) ? ExitException.FINDINGS : 0;
  }

  /** Whether the findings fail the run: errors always; warnings and hints as the options say. */
  private boolean fails(dev.wflow.lint.LintSummary s) {
    boolean warningsFail =
        maxWarnings != null
            ? s.warnings() > maxWarnings
            : failOn != Level.error && s.warnings() > 0;
    return s.errors() > 0 || warningsFail || (failOn == Level.hint && s.hints() > 0);
  }

  /** One project (the PATH given, or the working directory's) linted on every change. */
  private int watch(Cli cli, List<Path> targets, Set<String> codeFilter) {
    if (targets.size() > 1 || (targets.size() == 1 && !Files.isDirectory(targets.get(0)))) {
      throw ExitException.usage("--watch takes one project directory, got " + paths);
    }
    Path dir = targets.isEmpty() ? cli.project() : targets.get(0);
    Severity least = Severity.valueOf(level.name().toUpperCase(java.util.Locale.ROOT));
    LintRenderer renderer = renderer(cli);
    LintWatch lint =
        new LintWatch(dir, r -> r.withLevel(least).withCodes(codeFilter), renderer::render);
    return new WatchSession(cli.withProject(dir), root.interactive()).watch(lint);
  }

  private LintRenderer renderer(Cli cli) {
    return switch (format) {
      case text -> new TextRenderer(cli.color(), summaryOnly);
      case json -> new JsonRenderer();
      case sarif -> new SarifRenderer(Version.version());
      case junit -> new JunitRenderer();
      case github -> new GithubRenderer();
    };
  }

  private Set<String> codeFilter() {
    Set<String> result = new LinkedHashSet<>();
    for (String code : codes) {
      String trimmed = code.trim().toUpperCase(java.util.Locale.ROOT);
      boolean known = RuleCatalogue.all().stream().anyMatch(r -> r.code().startsWith(trimmed));
      if (trimmed.isEmpty() || !known) {
        throw ExitException.usage(
            "unknown lint code '" + code + "' (known: " + KnownCodes.ranges() + ")");
      }
      result.add(trimmed);
    }
    return result;
  }

  /**
   * A file named on the command line that nothing looked at (a README, a YAML file without {@code
   * entries:}, a Lua file no entry uses) would otherwise pass silently as "0 files".
   */
  private static void requireLinted(Path workingDir, List<Path> targets, LintResult result) {
    for (Path target : targets) {
      String name = target.getFileName() == null ? "" : target.getFileName().toString();
      if (Files.isDirectory(target) || name.equals("wippy.lock") || name.equals(".wflow.yaml")) {
        continue;
      }
      String shown = LintResult.displayPath(workingDir, target);
      if (!result.checkedFiles().contains(shown)) {
        throw ExitException.usage(
            shown
                + " is not a definition file (YAML with namespace and entries:) nor the source"
                + " of any entry that loaded (linting the whole project shows why one did not)");
      }
    }
  }

  private List<Path> existingPaths(Path workingDir) {
    List<Path> result = new ArrayList<>();
    for (Path path : paths) {
      Path absolute = workingDir.resolve(path).normalize();
      if (!Files.exists(absolute)) {
        throw ExitException.usage("no such file or directory: " + path);
      }
      result.add(absolute);
    }
    return result;
  }
}
