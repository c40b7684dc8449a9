package dev.wflow.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds test entries from inline Lua for runner tests. */
final class LuaTestFiles {

  private LuaTestFiles() {}

  static TestEntry entry(String name, String source) {
    return new TestEntry(
        "app.test:" + name,
        "app.test",
        name,
        0,
        "src/" + name + ".lua",
        source,
        "run",
        List.of(),
        Map.of("test", TestEntry.TEST_MODULE_ID));
  }

  /** An entry with its own {@code meta.timeout}. */
  static TestEntry entry(String name, String source, java.time.Duration timeout) {
    TestEntry e = entry(name, source);
    return new TestEntry(
        e.id(),
        e.suite(),
        e.name(),
        e.order(),
        e.file(),
        e.source(),
        e.method(),
        e.modules(),
        e.imports(),
        timeout);
  }

  /** A file whose one case runs {@code body} inside {@code describe("s")}/{@code it("x")}. */
  static TestEntry oneCase(String body) {
    return entry(
        "one",
        "return { run = test.run_cases(function()\n"
            + "  describe('s', function() it('x', function()\n    "
            + body
            + "\n  end) end)\nend) }\n");
  }

  /** Every warning as {@code "location: message"}. */
  static List<String> warnings(RunResult r) {
    List<String> lines = new ArrayList<>();
    for (FileResult f : r.files()) {
      for (TestWarning w : f.warnings()) {
        lines.add(w.location() + ": " + w.message());
      }
    }
    return lines;
  }

  static RunResult run(TestOptions options, TestEntry... entries) {
    return new TestRunner(new PlainLuaStates(), options).run(List.of(entries), TestListener.NONE);
  }

  /**
   * Runs the files with deadlines counted in Lua instructions (a million after each file starts)
   * instead of time, so a file that spins times out at the same place however loaded the machine
   * is; messages still name the file's timeout.
   */
  static RunResult runCounting(TestOptions options, TestEntry... entries) {
    PlainLuaStates plain = new PlainLuaStates();
    LuaStates counting =
        entry -> {
          LuaStates.State state = plain.create(entry);
          dev.wflow.testing.lua.Watchdog.installCounting(state.globals(), 1_000_000);
          return state;
        };
    return new TestRunner(counting, options).run(List.of(entries), TestListener.NONE);
  }

  static RunResult run(TestEntry... entries) {
    return run(TestOptions.defaults(), entries);
  }

  /** Every case as {@code "OUTCOME full name"}, for compact assertions. */
  static List<String> summary(RunResult r) {
    List<String> lines = new ArrayList<>();
    for (FileResult f : r.files()) {
      for (CaseResult c : f.cases()) {
        lines.add(c.outcome() + " " + c.fullName());
      }
      if (f.error() != null) {
        lines.add("FILE " + f.entry().name() + ": " + f.error().message());
      }
    }
    return lines;
  }
}
