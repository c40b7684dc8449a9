package dev.wflow.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.testing.CaseResult;
import dev.wflow.testing.RunResult;
import dev.wflow.testing.TestListener;
import dev.wflow.testing.TestOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project that vendors {@code wippy/test} under {@code .wippy/} runs against that copy's Lua: the
 * runner reads the cases from the messages it sends to the runner's pid, as the platform's runner
 * does. The copy here is a stand-in of ours that speaks the framework's protocol ({@code
 * test:case:start/pass/fail/skip}, {@code test:complete} to {@code options.pid} on {@code
 * options.topic}), so the runner's side is what is checked.
 */
class VendoredFrameworkTest {

  @TempDir Path dir;

  private static final String STAND_IN =
      """
      local M = {}
      local cases = {}
      function M.it(name, fn, hook) table.insert(cases, {name = name, fn = fn, hook = hook}) end
      function M.it_skip(name) table.insert(cases, {name = name, skip = true}) end
      function M.run_cases(define)
        return function(options)
          local send = process.send
          local function event(type, data)
            data.ref_id = options.ref_id
            send(options.pid, options.topic, {type = type, data = data})
          end
          define()
          local ran = 0
          for _, c in ipairs(cases) do
            ran = ran + 1
            if c.skip then
              event("test:case:skip", {suite = "S", test = c.name})
            else
              event("test:case:start", {suite = "S", test = c.name})
              if c.hook then c.hook() end -- outside the pcall, as test.lua's before_each
              local ok, err = pcall(c.fn)
              if ok then
                event("test:case:pass", {suite = "S", test = c.name})
              else
                event("test:case:fail", {suite = "S", test = c.name, error = tostring(err)})
              end
            end
          end
          event("test:complete", {total = ran + 1, passed = ran, failed = 0, skipped = 0})
          return {status = "ok"}
        end
      end
      return M
      """;

  private void project(String testSource, String meta) throws IOException {
    Files.createDirectories(dir.resolve("src"));
    Files.createDirectories(dir.resolve(".wippy/test"));
    Files.writeString(
        dir.resolve(".wippy/test/_index.yaml"),
        """
        version: "1.0"
        namespace: wippy.test
        entries:
          - name: test
            kind: library.lua
            source: file://test.lua
        """);
    Files.writeString(dir.resolve(".wippy/test/test.lua"), STAND_IN);
    Files.writeString(
        dir.resolve("src/_index.yaml"),
        """
        version: "1.0"
        namespace: app
        entries:
          - name: cases
            kind: function.lua
            meta: {type: test%s}
            source: file://cases.lua
            method: run
            modules: [ctx]
            imports: {test: wippy.test:test}
        """
            .formatted(meta));
    Files.writeString(dir.resolve("src/cases.lua"), testSource);
  }

  private RunResult run() {
    return TestEngine.run(TestEngine.load(dir), TestOptions.defaults(), TestListener.NONE, l -> {});
  }

  private static List<String> summary(RunResult r) {
    return r.files().stream()
        .flatMap(f -> f.cases().stream())
        .map(c -> c.outcome() + " " + c.fullName())
        .toList();
  }

  @Test
  void theVendoredCopyRunsTheCasesAndTheRunnerReadsTheirMessages() throws IOException {
    project(
        """
        test.it("passes", function() end)
        test.it("fails", function()
          print("before failing")
          error("boom")
        end)
        test.it_skip("later")
        test.it("has wflow's additions", function()
          assert(type(test.workflow) == "function" and type(test.run_of) == "function")
        end)
        test.it("reports to its parent", function()
          assert(ctx.get("parent_pid") ~= nil and ctx.get("test_topic") == "test:update")
        end)
        return {run = test.run_cases(function() end)}
        """,
        "");

    RunResult r = run();

    assertThat(summary(r))
        .containsExactly(
            "PASSED S > passes",
            "FAILED S > fails",
            "SKIPPED S > later",
            "PASSED S > has wflow's additions",
            "PASSED S > reports to its parent");
    CaseResult failed = r.files().get(0).cases().get(1);
    assertThat(failed.failure().message()).isEqualTo("boom");
    assertThat(failed.failure().location()).isEqualTo("src/cases.lua:4");
    assertThat(failed.output()).containsExactly("before failing");
    // test:complete counted one case more than it reported
    assertThat(r.files().get(0).warnings())
        .anySatisfy(w -> assertThat(w.message()).contains("counted 6 test(s) but ran 5"));
  }

  /** Patterns pick the reported cases; the ones left out are counted once each, the entry not. */
  @Test
  void casesThePatternsLeaveOutAreDeselected() throws IOException {
    project(
        """
        test.it("ships", function() end)
        test.it("bills", function() end)
        return {run = test.run_cases(function() end)}
        """,
        "");

    RunResult r =
        TestEngine.run(
            TestEngine.load(dir),
            TestOptions.defaults().withPatterns(List.of("S > bills")),
            TestListener.NONE,
            l -> {});
    assertThat(summary(r)).containsExactly("PASSED S > bills");
    assertThat(r.deselected()).isEqualTo(1);

    RunResult none =
        TestEngine.run(
            TestEngine.load(dir),
            TestOptions.defaults().withPatterns(List.of("no such test")),
            TestListener.NONE,
            l -> {});
    assertThat(none.deselected()).isEqualTo(2);
  }

  /**
   * A hook's error escapes the framework's pcall while its case is open: as on the platform it is
   * the entry's error, not the case's; with no case reported the runner judges the entry as a
   * simple test that raised.
   */
  @Test
  void aHookErrorWhileACaseIsOpenIsTheEntrys() throws IOException {
    project(
        """
        test.it("guarded", function() end, function() error("setup broke") end)
        return {run = test.run_cases(function() end)}
        """,
        "");

    RunResult r = run();

    assertThat(summary(r)).containsExactly("ERROR cases");
    assertThat(r.files().get(0).cases().get(0).failure().message()).isEqualTo("setup broke");
  }
}
