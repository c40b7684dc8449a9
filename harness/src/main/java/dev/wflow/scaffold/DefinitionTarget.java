package dev.wflow.scaffold;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.registry.DefinitionFile;
import dev.wflow.registry.ProjectLoad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The definition file {@code wflow new} extends: the one {@code --dir} names (a folder or a file),
 * else the one in the working directory, else the project's main one (in its source folder). A
 * folder without one gets a new {@code _index.yaml}.
 *
 * @param file the file
 * @param displayPath as shown to the user
 * @param namespace its namespace, or empty for a new file
 * @param before its text now (byte-order mark included), or null for a new file
 */
record DefinitionTarget(Path file, String displayPath, Optional<String> namespace, String before) {

  static final String INDEX = "_index.yaml";

  static DefinitionTarget find(ProjectLoad load, NewRequest r) throws ScaffoldException {
    Path root = load.project().root();
    if (r.dir().isPresent()) {
      Path given = root.resolve(r.dir().get()).normalize();
      if (!given.startsWith(root)) {
        throw ScaffoldException.usage("--dir " + r.dir().get() + " is outside the project " + root);
      }
      if (Files.isRegularFile(given)) {
        return existing(load, given);
      }
      if (Files.exists(given) && !Files.isDirectory(given)) {
        throw ScaffoldException.usage("--dir " + r.dir().get() + " is neither a folder nor a file");
      }
      return inFolder(load, given, true).orElseThrow();
    }
    if (r.workingDir().isPresent()) {
      Path cwd = r.workingDir().get().toAbsolutePath().normalize();
      if (cwd.startsWith(load.project().sourceDir()) && !cwd.equals(root)) {
        Optional<DefinitionTarget> here = inFolder(load, cwd, false);
        if (here.isPresent()) {
          return here.get();
        }
      }
    }
    Optional<DefinitionTarget> main = inFolder(load, load.project().sourceDir(), false);
    if (main.isPresent()) {
      return main.get();
    }
    List<DefinitionFile> files = load.project().files();
    if (files.size() == 1) {
      return existing(load, files.get(0).path());
    }
    if (files.isEmpty()) {
      throw ScaffoldException.project(
          "no definition file in " + root + "; run 'wflow init' to start a project, or give --dir");
    }
    throw ScaffoldException.usage(
        "the project has several definition files and none in its source folder; pick one with"
            + " --dir: "
            + String.join(", ", files.stream().map(DefinitionFile::displayPath).toList()));
  }

  /**
   * The folder's definition file; a new {@code _index.yaml} when {@code create} and it has none.
   */
  private static Optional<DefinitionTarget> inFolder(ProjectLoad load, Path dir, boolean create)
      throws ScaffoldException {
    Path index = dir.resolve(INDEX);
    if (Files.exists(index)) {
      return Optional.of(existing(load, index));
    }
    List<DefinitionFile> here =
        load.project().files().stream().filter(f -> dir.equals(f.path().getParent())).toList();
    if (here.size() == 1) {
      return Optional.of(existing(load, here.get(0).path()));
    }
    if (here.size() > 1) {
      throw ScaffoldException.usage(
          load.project().displayPath(dir)
              + " holds several definition files; name one with --dir: "
              + String.join(", ", here.stream().map(DefinitionFile::displayPath).toList()));
    }
    if (!create) {
      return Optional.empty();
    }
    return Optional.of(
        new DefinitionTarget(index, load.project().displayPath(index), Optional.empty(), null));
  }

  private static DefinitionTarget existing(ProjectLoad load, Path file) throws ScaffoldException {
    String shown = load.project().displayPath(file);
    Optional<Diagnostic> broken =
        load.diagnostics().stream()
            .filter(d -> d.severity() == Severity.ERROR && d.file().equals(shown))
            .filter(d -> d.code().equals("E101"))
            .findFirst();
    if (broken.isPresent()) {
      Diagnostic d = broken.get();
      throw ScaffoldException.project(
          shown
              + ":"
              + d.line()
              + ":"
              + d.column()
              + ": "
              + d.message()
              + "; fix this definition file first (linting it shows every problem)");
    }
    Optional<DefinitionFile> def =
        load.project().files().stream().filter(f -> f.path().equals(file)).findFirst();
    if (def.isEmpty()) {
      throw ScaffoldException.usage(
          shown + " is not a definition file (it needs a top-level namespace: and entries:)");
    }
    try {
      return new DefinitionTarget(
          file, shown, Optional.of(def.get().namespace()), FileText.read(file));
    } catch (IOException e) {
      throw new ScaffoldException(
          ScaffoldException.Kind.IO, "cannot read " + shown + ": " + PlanWriter.reason(e), e);
    }
  }
}
