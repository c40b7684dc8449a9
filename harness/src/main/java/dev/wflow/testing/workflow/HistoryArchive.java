package dev.wflow.testing.workflow;

import dev.wflow.testing.Reproduction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a test's run histories are written: under {@code --history-dir} when given, else (only for
 * failures, to name them in reproduce commands) under the system's temporary directory. One file
 * per run: {@code <dir>/<entry>/<test>-<n>.json}.
 */
final class HistoryArchive {

  private final Path dir;
  private final Map<TestRun, Path> saved = new IdentityHashMap<>();

  HistoryArchive(Path historyDir, String entryId, String testName) {
    Path root =
        historyDir != null
            ? historyDir
            : Path.of(System.getProperty("java.io.tmpdir"), "wflow-history");
    this.dir = root.resolve(safe(entryId)).resolve(safe(testName));
  }

  Path save(TestRun run) {
    Path existing = saved.get(run);
    if (existing != null) {
      return existing;
    }
    Path file = dir.resolve((saved.size() + 1) + "-" + safe(run.workflowId()) + ".json");
    try {
      Files.createDirectories(dir);
      // Whole or not at all: a reader (wflow replay) never sees half a history.
      Path temp = Files.createTempFile(dir, ".history", ".tmp");
      try {
        Files.writeString(temp, run.historyJson(), StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the history to " + file, e);
    }
    saved.put(run, file);
    return file;
  }

  /** The saved history of {@code run}, and how the test started it when it did. */
  Reproduction reproduce(TestRun run, List<WorkflowScope.Started> started) {
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
                s.request().args(),
                s.fixed(),
                s.signals(),
                s.fixed().size() < s.request().mocks().size());
      }
    }
    return new Reproduction(run.workflowId(), history, problem, start);
  }

  private static String safe(String s) {
    return s.replaceAll("[^A-Za-z0-9._-]+", "_");
  }
}
