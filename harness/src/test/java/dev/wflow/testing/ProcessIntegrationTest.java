package dev.wflow.testing;

import static dev.wflow.testing.LuaTestFiles.entry;
import static dev.wflow.testing.LuaTestFiles.run;
import static dev.wflow.testing.LuaTestFiles.summary;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Conformance of the message protocol with {@code wippy/test}'s {@code test.lua} (wippyai/framework
 * 7859e27): {@code test.event}, {@code setup_process_integration} (false without a process pid or
 * options pid), {@code send_message} ({@code {type, data}} with {@code ref_id} on the chosen
 * topic), {@code report_error}, and the runner's events as {@code test.run} sends them.
 */
class ProcessIntegrationTest {

  @Test
  void eventsAndMessagesFollowTheProtocol() {
    RunResult r =
        run(
            entry(
                "protocol",
                """
                local sent = {}
                local function record(pid, topic, msg)
                  table.insert(sent, {pid = pid, topic = topic, type = msg.type, data = msg.data})
                end
                return function()
                  assert(test.event.DISCOVER == "test:discover" and test.event.PLAN == "test:plan")
                  assert(test.event.CASE_START == "test:case:start")
                  assert(test.event.CASE_PASS == "test:case:pass")
                  assert(test.event.CASE_FAIL == "test:case:fail")
                  assert(test.event.CASE_SKIP == "test:case:skip")
                  assert(test.event.COMPLETE == "test:complete" and test.event.ERROR == "test:error")
                  assert(test.setup_process_integration({pid = "p"}) == false, "no process")
                  test.send_message("ignored", {})
                  process = {pid = function() return "me" end, send = record}
                  assert(test.setup_process_integration({}) == false, "no pid in options")
                  assert(test.setup_process_integration({pid = "p", ref_id = "r", topic = "t"}))
                  test.send_message("custom", {a = 1})
                  test.report_error("went wrong")
                  assert(#sent == 2, "two messages, got " .. #sent)
                  local m = sent[1]
                  assert(m.pid == "p" and m.topic == "t" and m.type == "custom", "message")
                  assert(m.data.a == 1 and m.data.ref_id == "r", "data")
                  local e = sent[2]
                  assert(e.type == "test:error" and e.data.message == "went wrong")
                  assert(e.data.context == "test" and type(e.data.timestamp) == "number")
                  return true
                end
                """));
    assertThat(summary(r)).containsExactly("PASSED protocol");
  }

  /**
   * test.run sends plan, case start/result and complete events to the set-up process (which, as on
   * the platform, stays set up for later runs of the same state).
   */
  @Test
  void theRunnersEventsReachTheProcessTheTestSetUp() {
    RunResult r =
        run(
            entry(
                "events",
                """
                local kinds, seen = {}, nil
                process = {pid = function() return "me" end,
                  send = function(pid, topic, msg)
                    table.insert(kinds, msg.type .. (msg.data.test and (":" .. msg.data.test) or ""))
                  end}
                local inner = test.run_cases(function()
                  test.setup_process_integration({pid = "listener"})
                  describe("S", function()
                    it("ok", function() end)
                    it("bad", function() test.fail("x") end)
                    it_skip("later")
                  end)
                end)
                local check = test.run_cases(function()
                  describe("events", function()
                    it("were sent in order", function()
                      test.eq(seen, table.concat({
                        "test:plan", "test:case:start:ok", "test:case:pass:ok",
                        "test:case:start:bad", "test:case:fail:bad", "test:case:skip:later",
                        "test:complete"}, ","))
                    end)
                  end)
                end)
                return { run = function(o)
                  inner(o)
                  seen = table.concat(kinds, ",")
                  return check(o)
                end }
                """));
    assertThat(summary(r))
        .containsExactly(
            "PASSED S > ok",
            "FAILED S > bad",
            "SKIPPED S > later",
            "PASSED events > were sent in order");
  }
}
