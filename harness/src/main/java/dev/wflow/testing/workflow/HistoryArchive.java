package dev.wflow.testing.workflow;

import dev.wflow.files.PrivateTempFolder;
import dev.wflow.files.SafeFileWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
  private final String command;
  private final Map<TestRun, Path> saved = new IdentityHashMap<>();

  HistoryArchive(Path historyDir, String command, String entryId, String testName) {
    this.command = command;
    this.historyDir = historyDir;
    this.relative = Path.of(safe(entryId), safe(testName));
  }

  Path save(TestRun run) {
    Path existing = saved.get(run);
    if (existing != null) {
      return existing;
    }
    Path root = historyDir != null ? historyDir : DEFAULT_ROOT.path();
    Path dir = root.resolve(relative);
    Path file = dir.resolve((saved.size() + 1) + "-" + plain(run.workflowId()) + ".json");
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

  /**
   * {@code wflow replay …} on the saved history, and {@code wflow run …} with the same input, mocks
   * and signals.
   */
  List<String> reproduce(TestRun run, List<WorkflowScope.Started> started) {
    List<String> commands = new ArrayList<>();
    try {
      commands.add(command + " replay " + save(run) + " --workflow " + run.workflowId());
    } catch (UncheckedIOException e) {
      commands.add("(history not saved: " + e.getMessage() + ")");
    }
    for (WorkflowScope.Started s : started) {
      if (s.run() == run) {
        commands.add(runCommand(command, s));
      }
    }
    return commands;
  }

  private static String runCommand(String command, WorkflowScope.Started s) {
    StringBuilder b = new StringBuilder(command).append(" run ").append(s.request().workflowId());
    b.append(input(s));
    s.fixed()
        .forEach(
            (id, value) -> b.append(" --mock ").append(quote(id + "=" + Payloads.json(value))));
    s.signals().forEach(signal -> b.append(" --signal ").append(quote(signal)));
    if (s.fixed().size() < s.request().mocks().size()) {
      b.append("   # function mocks are not expressible on the command line");
    }
    return b.toString();
  }

  private static String input(WorkflowScope.Started s) {
    List<Object> args = s.request().args();
    if (args.isEmpty()) {
      return "";
    }
    Object input = args.size() == 1 ? args.get(0) : args;
    return " --input " + quote(Payloads.json(input));
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
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
