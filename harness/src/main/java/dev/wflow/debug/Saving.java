package dev.wflow.debug;

import dev.wflow.registry.Entry;
import dev.wflow.registry.Project;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.scaffold.EntryAddition;
import dev.wflow.scaffold.NewEntry;
import dev.wflow.scaffold.PlanWriter;
import dev.wflow.scaffold.ScaffoldException;
import dev.wflow.scaffold.ScaffoldPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code save history FILE} and {@code save test NAME}. */
final class Saving {

  private Saving() {}

  static Reply history(DebugSession s, Path file) {
    String json = s.running().run().historyJson();
    try {
      write(file, json, true);
    } catch (IOException e) {
      return new Reply.Problem("cannot write " + file + ": " + reason(e));
    }
    return new Reply.Note(
        "saved the history to " + file + " (replay it: wflow repl --history " + file + ")");
  }

  /**
   * Writes the session as a test: a new Lua test file next to the workflow's own file, and its test
   * entry added to the workflow's definition file by the scaffold editor, which keeps every line
   * the user wrote. All or nothing: a taken name or a file that cannot be edited safely leaves both
   * untouched.
   */
  static Reply test(DebugSession s, String name) {
    LiveRun live = s.running();
    if (!live.closed(live.events())) {
      return new Reply.Problem(
          "the run has not ended yet: 'run' it to the end, then save the test");
    }
    String slug =
        name.toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "_")
            .replaceAll("^_+|_+$", "");
    if (slug.isEmpty()) {
      return new Reply.Problem("the test name needs letters or digits: save test NAME");
    }
    for (var call : live.run().calls()) {
      if (!Entries.hasRealActivity(s.project(), call.id())) {
        return new Reply.Problem(
            call.id()
                + " has no function.lua entry, and a test can mock only activity entries: add the"
                + " entry (wflow new can write a stub), then save the test again");
      }
    }
    LuaEntry workflow = Entries.workflow(s.project(), s.entryId());
    Path root = s.options().projectDir().toAbsolutePath().normalize();
    Path workflowFile = root.resolve(workflow.chunkName());
    String base = slug + "_repl_test";
    Path lua = workflowFile.getParent().resolve(base + ".lua");
    Project project = Project.load(root).project();
    Optional<Entry> entry = project.entry(s.entryId());
    if (entry.isEmpty()) {
      return new Reply.Problem("cannot find the definition file of " + s.entryId());
    }
    Path definition = entry.get().file().path();
    TestScript script = TestScript.of(s, name);
    ScaffoldPlan plan;
    try {
      plan =
          EntryAddition.plan(
              project,
              definition,
              List.of(testEntry(definition, lua, base, name)),
              Map.of(lua, script.lua()));
      PlanWriter.write(plan);
    } catch (ScaffoldException e) {
      String why = e.getMessage();
      return new Reply.Problem(
          why.endsWith("already exists")
              ? why + ": choose another NAME (nothing was written)"
              : "cannot save the test: " + why);
    }
    return new Reply.Note(
        "saved test '"
            + name
            + "' as "
            + project.displayPath(lua)
            + " and its entry "
            + plan.entries().get(0)
            + " in "
            + project.displayPath(definition)
            + " (run it: wflow test "
            + base
            + ")");
  }

  /** The test entry, with its source relative to the definition file as Wippy resolves it. */
  private static NewEntry testEntry(Path definition, Path lua, String base, String name) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", base);
    fields.put("kind", "function.lua");
    String relative = definition.getParent().relativize(lua).toString().replace('\\', '/');
    fields.put("source", "file://" + relative);
    fields.put("method", "run");
    fields.put("imports", Map.of("test", "wippy.test:test"));
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("type", "test");
    meta.put("suite", "repl");
    meta.put("name", name);
    fields.put("meta", meta);
    return new NewEntry("Written by `wflow repl` (save test): the session's test case.", fields);
  }

  /** Writes through a temporary file moved into place: a reader never sees half a file. */
  private static void write(Path file, String content, boolean replace) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      if (replace) {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } else {
        // A plain move refuses an existing target, where an atomic rename would replace it.
        Files.move(temp, target);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
