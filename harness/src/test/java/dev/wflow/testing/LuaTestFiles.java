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

  static RunResult run(TestOptions options, TestEntry... entries) {
    return new TestRunner(new PlainLuaStates(), options).run(List.of(entries), TestListener.NONE);
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
