package dev.wflow.testing;

import static dev.wflow.testing.LuaTestFiles.entry;
import static dev.wflow.testing.LuaTestFiles.oneCase;
import static dev.wflow.testing.LuaTestFiles.run;
import static dev.wflow.testing.LuaTestFiles.summary;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Conformance of the mocks with {@code wippy/test}'s {@code test.lua} (wippyai/framework 7859e27):
 * {@code mock("object.field", fn)} replaces the global by a copy holding the field; the old {@code
 * mock(obj, "field", fn)} form and bad paths raise the platform's errors; mocks are undone after
 * each test; a mocked {@code process.send} lets {@code test:*} topics through.
 */
class MocksTest {

  @Test
  void aMockReplacesAGlobalsFieldForOneTestOnly() {
    RunResult r =
        run(
            entry(
                "mocks",
                """
                return { run = test.run_cases(function()
                  describe("m", function()
                    it("mocked", function()
                      local original = string
                      test.eq(test.mock("string.upper", function() return "MOCK" end), test)
                      test.eq(string.upper("a"), "MOCK")
                      test.eq(string.lower("A"), "a")
                      test.neq(string, original)
                    end)
                    it("restored", function()
                      test.eq(string.upper("a"), "A")
                    end)
                    it("restore_mock and restore_all_mocks", function()
                      mock("string.upper", function() return "M" end)
                      mock("string.lower", function() return "L" end)
                      restore_mock("string.lower")
                      test.eq(string.upper("a"), "M")
                      test.eq(string.lower("A"), "M" == "M" and string.lower("A"))
                      test.restore_all_mocks()
                      test.eq(string.upper("a"), "A")
                      test.eq(string.lower("A"), "a")
                    end)
                  end)
                end) }
                """));
    assertThat(summary(r))
        .containsExactly(
            "PASSED m > mocked",
            "PASSED m > restored",
            "PASSED m > restore_mock and restore_all_mocks");
  }

  @Test
  void badMockCallsRaiseThePlatformsErrors() {
    String[][] cases = {
      {
        "test.mock(string, 'upper', function() end)",
        "With immutable tables, please use string path format: mock('object.field', replacement)"
      },
      {
        "test.mock('string.upper')",
        "Invalid mock arguments. Use: mock('object.field', replacement)"
      },
      {"test.mock('string', print)", "Invalid mock path: string. Expected format: 'object.field'"},
      {"test.mock('a.b.c', print)", "Invalid mock path: a.b.c. Expected format: 'object.field'"},
      {"test.mock('nope.x', print)", "Cannot find object 'nope' in global scope"},
      {"test.mock('print.x', print)", "Target must be a table, got function"},
      {
        "test.restore_mock(string, 'upper')",
        "With immutable tables, please use string path format: restore_mock('object.field')"
      },
    };
    for (String[] c : cases) {
      CaseResult result = run(oneCase(c[0])).files().get(0).cases().get(0);
      assertThat(result.outcome()).as(c[0]).isEqualTo(Outcome.ERROR);
      assertThat(result.failure().message()).as(c[0]).isEqualTo(c[1]);
    }
  }

  /** mock_process creates process when there is none; a mocked send passes test:* through. */
  @Test
  void processMocksKeepTheFrameworksMessages() {
    RunResult r =
        run(
            entry(
                "process_mocks",
                """
                local sent = {}
                return { run = test.run_cases(function()
                  describe("p", function()
                    it("mock_process creates process", function()
                      test.is_nil(process)
                      test.mock_process("pid", function() return "me" end)
                      test.eq(process.pid(), "me")
                    end)
                    it("is undone", function()
                      test.is_nil(process)
                    end)
                    it("send proxy", function()
                      process = {send = function(pid, topic) table.insert(sent, "real " .. topic) end}
                      test.mock("process.send", function(pid, topic) table.insert(sent, "mock " .. topic) end)
                      process.send("p", "orders")
                      process.send("p", "test:update")
                      process.send("p", "test:case:pass")
                      test.eq(table.concat(sent, ","), "mock orders,real test:update,real test:case:pass")
                      process = nil
                    end)
                  end)
                end) }
                """));
    assertThat(summary(r))
        .containsExactly(
            "PASSED p > mock_process creates process",
            "PASSED p > is undone",
            "PASSED p > send proxy");
  }
}
