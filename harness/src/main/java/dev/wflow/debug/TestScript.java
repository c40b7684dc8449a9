package dev.wflow.debug;

import dev.wflow.lua.syntax.LuaNames;
import dev.wflow.runtime.GoDuration;
import dev.wflow.temporal.RunOutcome;
import dev.wflow.temporal.history.ActivityCall;
import dev.wflow.temporal.history.RunStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished session as a {@code wippy/test} case: every activity answered as it was in the session
 * (by a mock of its recorded answers, in order), the same clock moves and signals, and the outcome
 * the session reached as the assertions.
 */
record TestScript(String lua, String name) {

  static TestScript of(DebugSession s, String name) {
    LiveRun live = s.running();
    RunOutcome outcome = s.standing().outcome();
    StringBuilder out = new StringBuilder();
    out.append("-- Recorded by `wflow repl` from a session on ")
        .append(s.entryId())
        .append(".\n")
        .append("-- Each activity answers as it did in the session, in order.\n\n")
        .append("local function answers(list)\n")
        .append("    local n = 0\n")
        .append("    return function()\n")
        .append("        n = n + 1\n")
        .append("        local a = list[math.min(n, #list)]\n")
        .append("        if a.error then\n")
        .append("            return nil, a.error\n")
        .append("        end\n")
        .append("        return a.value\n")
        .append("    end\n")
        .append("end\n\n")
        .append("local function define_tests()\n")
        .append("    test.describe(")
        .append(LuaNames.quote(s.entryId() + " (wflow repl)"))
        .append(", function()\n")
        .append("        test.it(")
        .append(LuaNames.quote(name))
        .append(", function()\n")
        .append("            local run = test.workflow(")
        .append(LuaNames.quote(s.entryId()))
        .append(")\n");
    for (Map.Entry<String, List<Map<String, Object>>> m : mocks(live.run().calls()).entrySet()) {
      out.append("                :mock(")
          .append(LuaNames.quote(m.getKey()))
          .append(", answers(")
          .append(LuaLiteral.of(m.getValue()))
          .append("))\n");
    }
    out.append("                :start(");
    List<Object> args = s.args();
    for (int i = 0; i < args.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(LuaLiteral.of(args.get(i)));
    }
    out.append(")\n");
    List<Duration> sent = steps(s.recording().inputs(), out);
    out.append("            local result, err = run:result()\n");
    assertions(outcome, TestClock.elapsed(live.events(), sent), out);
    out.append("        end)\n    end)\nend\n\n")
        .append("local run_cases = test.run_cases(define_tests)\n\n")
        .append(
            "return {\n    run = function(options)\n        return run_cases(options)\n    end,\n}\n");
    return new TestScript(out.toString(), name);
  }

  private static Map<String, List<Map<String, Object>>> mocks(List<ActivityCall> calls) {
    Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
    for (ActivityCall c : calls) {
      Map<String, Object> answer = new LinkedHashMap<>();
      if (c.error() != null) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("kind", c.error().kind());
        error.put("message", c.error().message());
        error.put("retryable", false);
        answer.put("error", error);
      } else {
        answer.put("value", c.result());
      }
      out.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(answer);
    }
    return out;
  }

  /** Writes the test's clock moves and messages; returns the test clock at each message sent. */
  private static List<Duration> steps(List<SessionInput> inputs, StringBuilder out) {
    List<Duration> sent = new ArrayList<>();
    Duration pendingSleep = Duration.ZERO;
    Duration clock = Duration.ZERO;
    for (SessionInput input : inputs) {
      if (input instanceof SessionInput.Skip k) {
        pendingSleep = pendingSleep.plus(k.duration());
      } else if (input instanceof SessionInput.SkipTo k) {
        if (k.offset().compareTo(clock.plus(pendingSleep)) > 0) {
          pendingSleep = k.offset().minus(clock);
        }
      } else if (!(input instanceof SessionInput.Answer)) {
        clock = sleep(out, clock, pendingSleep);
        pendingSleep = Duration.ZERO;
        out.append("            ").append(call(input)).append("\n");
        sent.add(clock);
      }
    }
    return sent;
  }

  private static String call(SessionInput input) {
    if (input instanceof SessionInput.Signal g) {
      return "run:signal("
          + LuaNames.quote(g.topic())
          + (g.payload() == null ? "" : ", " + LuaLiteral.of(g.payload()))
          + ")";
    }
    if (input instanceof SessionInput.Update u) {
      return "run:update("
          + LuaNames.quote(u.name())
          + (u.payload() == null ? "" : ", " + LuaLiteral.of(u.payload()))
          + ")";
    }
    return "run:cancel()";
  }

  private static Duration sleep(StringBuilder out, Duration clock, Duration d) {
    if (!d.isZero()) {
      out.append("            run:sleep(")
          .append(LuaNames.quote(GoDuration.format(d)))
          .append(")\n");
    }
    return clock.plus(d);
  }

  private static void assertions(RunOutcome outcome, long elapsedSeconds, StringBuilder out) {
    if (outcome.status() == RunStatus.COMPLETED) {
      out.append("            test.is_nil(err)\n");
      expect(out, "result", outcome.result());
    } else if (outcome.error() != null) {
      String message = outcome.error().message();
      String firstLine = message.lines().findFirst().orElse("");
      out.append("            test.is_nil(result)\n")
          .append("            test.contains(tostring(err), ")
          .append(LuaNames.quote(firstLine.length() > 80 ? firstLine.substring(0, 80) : firstLine))
          .append(")\n");
    }
    out.append("            test.eq(run:elapsed(), ").append(elapsedSeconds).append(")\n");
  }

  /**
   * Asserts {@code value} at {@code expr} leaf by leaf: wippy/test's {@code eq} compares tables by
   * reference, as the platform's does, so a table is checked through its fields.
   */
  private static void expect(StringBuilder out, String expr, Object value) {
    if (value instanceof java.util.Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("            test.is_nil(next(").append(expr).append("))\n");
      }
      for (var e : new java.util.TreeMap<>(stringKeys(map)).entrySet()) {
        String key = e.getKey();
        String field =
            LuaNames.isFieldName(key) ? expr + "." + key : expr + "[" + LuaNames.quote(key) + "]";
        expect(out, field, e.getValue());
      }
    } else if (value instanceof java.util.List<?> list) {
      out.append("            test.eq(#")
          .append(expr)
          .append(", ")
          .append(list.size())
          .append(")\n");
      for (int i = 0; i < list.size(); i++) {
        expect(out, expr + "[" + (i + 1) + "]", list.get(i));
      }
    } else if (value == null) {
      out.append("            test.is_nil(").append(expr).append(")\n");
    } else {
      out.append("            test.eq(")
          .append(expr)
          .append(", ")
          .append(LuaLiteral.of(value))
          .append(")\n");
    }
  }

  private static java.util.Map<String, Object> stringKeys(java.util.Map<?, ?> map) {
    java.util.Map<String, Object> keys = new java.util.HashMap<>();
    map.forEach((k, v) -> keys.put(String.valueOf(k), v));
    return keys;
  }
}
