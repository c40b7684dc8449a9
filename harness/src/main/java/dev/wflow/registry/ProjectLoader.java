package dev.wflow.registry;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The steps of {@link Project#load}: lock file, discovery, reading, duplicate IDs. */
final class ProjectLoader {

  private final Path root;
  private final Problems problems = new Problems();

  ProjectLoader(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  ProjectLoad load() {
    LockFile lock = LockFile.read(root, problems);
    List<DefinitionFile> files = new ArrayList<>();
    Map<EntryId, Entry> entries = new LinkedHashMap<>();
    List<Path> paths = lock.sourceDir().map(d -> discover(d, true)).orElse(List.of());
    for (FileRead file : readAll(paths, lock.sourceDir().orElse(root))) {
      problems.addAll(file.problems());
      file.read()
          .ifPresent(
              read -> {
                files.add(read.file());
                read.entries().forEach(entry -> add(entries, entry));
              });
    }
    Path sourceDir = lock.sourceDir().orElse(root);
    List<Entry> installed = new ArrayList<>(installed(lock.modulesDir(), lock.sourceDir()));
    lock.replacements().forEach(dir -> installed.addAll(installed(dir, lock.sourceDir())));
    Project project = new Project(root, sourceDir, files, List.copyOf(entries.values()), installed);
    reportSharedWorkflowTypes(project);
    if (lock.present() && files.isEmpty() && problems.all().isEmpty()) {
      problems.error(
          "E101",
          LockFile.NAME,
          lock.srcSpan() == null ? Span.start() : lock.srcSpan(),
          lock.sourceDir()
                  .map(d -> "no definition files under " + SourceResolver.displayPath(root, d))
                  .orElse("directories.src is empty, so no application source is loaded")
              + ": this wippy.lock gives the project nothing to run or check");
    }
    return new ProjectLoad(project, problems.all());
  }

  /**
   * Entries of installed modules, read quietly (their problems are not this project's) so that
   * references into them resolve. Inside the scanned source directory (already read), there is
   * nothing to add.
   */
  private List<Entry> installed(Path modulesDir, Optional<Path> sourceDir) {
    if (!Files.isDirectory(modulesDir)
        || sourceDir.filter(src -> modulesDir.startsWith(src) && !hidden(modulesDir)).isPresent()) {
      return List.of();
    }
    List<Entry> found = new ArrayList<>();
    for (FileRead file : readAll(new ProjectLoader(root).discover(modulesDir, false), modulesDir)) {
      file.read().ifPresent(read -> found.addAll(read.entries()));
    }
    return found;
  }

  /** One definition file read on its own, with the problems it found. */
  private record FileRead(Optional<DefinitionFileReader.Read> read, Problems problems) {}

  /**
   * Reads the files in parallel (each with its Lua sources, most of a load's time on a large
   * project), in their order: every file has its own {@link Problems}, merged by the caller, so the
   * diagnostics and entries come out as a serial read gives them.
   */
  private List<FileRead> readAll(List<Path> paths, Path boundary) {
    return paths.parallelStream()
        .map(
            path -> {
              Problems found = new Problems();
              return new FileRead(
                  new DefinitionFileReader(root, boundary, found).read(path), found);
            })
        .toList();
  }

  /**
   * Two workflows under one Temporal type ({@code meta.temporal.workflow.name} equal to another's
   * name or entry ID): only one of them can ever run.
   */
  private void reportSharedWorkflowTypes(Project project) {
    Map<String, Entry> byType = new LinkedHashMap<>();
    for (Entry workflow : project.workflows()) {
      Entry first = byType.putIfAbsent(workflow.workflowType(), workflow);
      if (first != null) {
        Span at = first.spanOr("name");
        problems.error(
            "E103",
            workflow.file().displayPath(),
            workflow.spanOr("meta.temporal.workflow.name"),
            "workflow type "
                + workflow.workflowType()
                + " of "
                + workflow.id()
                + " is already the type of "
                + first.id()
                + " ("
                + first.file().displayPath()
                + ":"
                + at.line()
                + ":"
                + at.column()
                + "); Temporal runs only one of them");
      }
    }
  }

  private void add(Map<EntryId, Entry> entries, Entry entry) {
    Entry first = entries.get(entry.id());
    if (first == null) {
      entries.put(entry.id(), entry);
      return;
    }
    Span at = first.spanOr("name");
    problems.error(
        "E103",
        entry.file().displayPath(),
        entry.spanOr("name"),
        "duplicate entry ID "
            + entry.id()
            + " (first defined at "
            + first.file().displayPath()
            + ":"
            + at.line()
            + ":"
            + at.column()
            + ")");
  }

  /**
   * Every {@code *.yaml}/{@code *.yml} under {@code dir}, skipping hidden files, sorted. Symbolic
   * links are followed (a linked {@code src/} or shared definitions are common); a link back into
   * the tree is skipped, and a file reached twice is read once. With {@code insideOnly} (the
   * project's own sources) a link whose target is outside both the project and {@code dir} (the
   * lock file's {@code src}, which may lead anywhere) is reported, not read.
   */
  private List<Path> discover(Path dir, boolean insideOnly) {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return found;
    }
    Set<Path> seen = new HashSet<>();
    try {
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              return !d.equals(dir) && hidden(d)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
              if (attrs.isRegularFile()
                  && !hidden(file)
                  && (name.endsWith(".yaml") || name.endsWith(".yml"))
                  && seen.add(realPath(file))) {
                if (insideOnly
                    && !SourceResolver.insideProject(root, file)
                    && !SourceResolver.insideProject(dir, file)) {
                  problems.error(
                      "E101",
                      SourceResolver.displayPath(root, dir, file),
                      Span.start(),
                      "not read: a symbolic link to a file outside the project");
                } else {
                  found.add(file);
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!(e instanceof FileSystemLoopException) && !brokenLink(file)) {
                problems.error(
                    "E101",
                    SourceResolver.displayPath(root, dir, file),
                    Span.start(),
                    (Files.isDirectory(file) ? "cannot read directory: " : "cannot read: ")
                        + TextFile.reason(e));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.error(
          "E101",
          SourceResolver.displayPath(root, dir),
          Span.start(),
          "cannot scan: " + TextFile.reason(e));
    }
    found.sort(null);
    return found;
  }

  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file;
    }
  }

  /** A dangling link is not something to read; only a named definition file would be. */
  private static boolean brokenLink(Path file) {
    return Files.isSymbolicLink(file) && !Files.exists(file);
  }

  private static boolean hidden(Path path) {
    String name = path.getFileName().toString();
    return name.startsWith(".") || name.equals("node_modules");
  }
}
