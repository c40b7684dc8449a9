package dev.wflow.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches a project directory and every folder under it (new ones included) for changed files, and
 * hands them over in batches: a save that writes, renames and touches a file within the debounce
 * time is one batch. Hidden folders ({@code .git}, editors' state) are not watched.
 *
 * <pre>{@code
 * try (ProjectWatcher watcher = ProjectWatcher.start(root)) {
 *   Set<Path> changed = watcher.awaitChanges(Duration.ofMillis(40), Duration.ofSeconds(1));
 * }
 * }</pre>
 */
public final class ProjectWatcher implements AutoCloseable {

  private final Path root;
  private final WatchService service;

  private ProjectWatcher(Path root, WatchService service) {
    this.root = root;
    this.service = service;
  }

  /** Starts watching {@code root} and the folders under it. */
  public static ProjectWatcher start(Path root) {
    try {
      ProjectWatcher watcher =
          new ProjectWatcher(
              root.toAbsolutePath().normalize(), FileSystems.getDefault().newWatchService());
      watcher.registerTree(watcher.root);
      return watcher;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The files changed since the last call: waits up to {@code timeout} for a first change, then
   * until nothing more changed for {@code quiet}. Empty when nothing changed in time.
   */
  public Set<Path> awaitChanges(Duration quiet, Duration timeout) throws InterruptedException {
    Set<Path> changed = new LinkedHashSet<>();
    WatchKey key = service.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    while (key != null) {
      drain(key, changed);
      key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
    }
    return changed;
  }

  private void drain(WatchKey key, Set<Path> changed) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        changed.add(root);
        continue;
      }
      Path path = dir.resolve((Path) event.context());
      if (hidden(path)) {
        continue;
      }
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
        try {
          registerTree(path);
        } catch (IOException e) {
          // A folder gone again before it could be watched: its files are gone too.
        }
      }
      changed.add(path);
    }
    key.reset();
  }

  private void registerTree(Path start) throws IOException {
    Files.walkFileTree(
        start,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (!dir.equals(root) && hidden(dir)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            dir.register(
                service,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Editors' swap and backup files and hidden folders are not the project's. */
  private static boolean hidden(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    return name.startsWith(".") || name.endsWith("~") || name.equals("node_modules");
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException | ClosedWatchServiceException e) {
      // Closing is best effort; the watcher is not used again.
    }
  }
}
