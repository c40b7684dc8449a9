package dev.wflow.debug;

import dev.wflow.runtime.LuaEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
   * Writes the session as a test: a Lua test file and a definition file with its test entry, next
   * to the workflow's own file. Both are new files; nothing the user wrote is edited or replaced.
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
    Path workflowFile = s.options().projectDir().resolve(workflow.chunkName());
    Path dir = workflowFile.getParent();
    String base = slug + "_repl_test";
    Path lua = dir.resolve(base + ".lua");
    Path yaml = dir.resolve(base + ".yaml");
    TestScript script = TestScript.of(s, name);
    try {
      if (Files.exists(lua) || Files.exists(yaml)) {
        throw new FileAlreadyExistsException(Files.exists(lua) ? lua.toString() : yaml.toString());
      }
      write(lua, script.lua(), false);
      write(yaml, script.definition(workflow.namespace(), base), false);
    } catch (FileAlreadyExistsException e) {
      return new Reply.Problem(
          e.getFile() + " already exists: choose another NAME (nothing was written)");
    } catch (IOException e) {
      return new Reply.Problem("cannot write the test: " + reason(e));
    }
    Path root = s.options().projectDir();
    return new Reply.Note(
        "saved test '"
            + name
            + "' as "
            + root.relativize(lua)
            + " and "
            + root.relativize(yaml)
            + " (run it: wflow test "
            + base
            + ")");
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
