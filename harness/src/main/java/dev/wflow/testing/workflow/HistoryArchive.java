package dev.wflow.testing.workflow;

import dev.wflow.files.PrivateTempFolder;
import dev.wflow.files.SafeFileWriter;
import dev.wflow.temporal.WorkflowRun;
import dev.wflow.testing.Reproduction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a test's run histories are written: under {@code --history-dir} when given, else (only for
 * failures, to name them in reproduce commands) under a private folder of this run in the system's
 * temporary directory. One file per run: {@code <dir>/<entry>/<test>-<n>.json}.
 */
final class HistoryArchive {

  /** One private folder per wflow process: no other user can block it or plant links in it. */
  private static final PrivateTempFolder DEFAULT_ROOT = new PrivateTempFolder("wflow-history-");

  private final Path historyDir;
  private final Path relative;
  private final Map<WorkflowRun, Path> saved = new IdentityHashMap<>();

  HistoryArchive(Path historyDir, String entryId, String testName) {
    this.historyDir = historyDir;
    this.relative = Path.of(safe(entryId), safe(testName));
  }

  Path save(WorkflowRun run) {
    Path existing = saved.get(run);
    if (existing != null) {
      return existing;
    }
    Path root = historyDir != null ? historyDir : DEFAULT_ROOT.path();
    Path dir = root.resolve(relative);
    Path file = dir.resolve((saved.size() + 1) + "-" + plain(run.entry().id()) + ".json");
    try {
      Files.createDirectories(dir);
      // Whole or not at all: a reader (wflow replay) never sees half a history.
      SafeFileWriter.write(file, run.historyJson());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the history to " + file, e);
    }
    saved.put(run, file);
    return file;
  }

  /** The saved history of {@code run}, and how the test started it when it did. */
  Reproduction reproduce(WorkflowRun run, List<WorkflowScope.Started> started) {
    Path history = null;
    String problem = null;
    try {
      history = save(run);
    } catch (UncheckedIOException e) {
      problem = e.getMessage();
    }
    Reproduction.Start start = null;
    for (WorkflowScope.Started s : started) {
      if (s.run() == run) {
        start =
            new Reproduction.Start(
                s.args(), s.mocks().fixed(), s.signals(), s.mocks().functionsLeftOut());
      }
    }
    return new Reproduction(run.entry().id(), history, problem, start);
  }

  /**
   * {@code s} as a file name; names that differ only in punctuation ("a b", "a/b") get distinct
   * files through a hash of the original.
   */
  static String safe(String s) {
    String safe = plain(s);
    return safe.equals(s.replace(':', '_'))
        ? safe
        : safe + "-" + String.format("%08x", s.hashCode());
  }

  /** {@code s} as a file name that may collide; fine where a sequence number precedes it. */
  private static String plain(String s) {
    String safe = s.replaceAll("[^A-Za-z0-9._-]+", "_");
    return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
  }
}
