package dev.wflow.testing.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
      Files.writeString(file, run.historyJson(), StandardCharsets.UTF_8);
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
      commands.add("wflow replay " + save(run) + " --workflow " + run.workflowId());
    } catch (UncheckedIOException e) {
      commands.add("(history not saved: " + e.getMessage() + ")");
    }
    for (WorkflowScope.Started s : started) {
      if (s.run() == run) {
        commands.add(runCommand(s));
      }
    }
    return commands;
  }

  private static String runCommand(WorkflowScope.Started s) {
    StringBuilder b = new StringBuilder("wflow run ").append(s.request().workflowId());
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

  private static String safe(String s) {
    return s.replaceAll("[^A-Za-z0-9._-]+", "_");
  }
}
