package dev.wflow.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.EnvironmentOptions;
import dev.wflow.temporal.LocalEnvironment;
import dev.wflow.temporal.RunOutcome;
import dev.wflow.temporal.StartOptions;
import dev.wflow.testing.CaseResult;
import dev.wflow.testing.RunResult;
import dev.wflow.testing.RuntimeLuaStates;
import dev.wflow.testing.TestEntry;
import dev.wflow.testing.TestListener;
import dev.wflow.testing.TestOptions;
import dev.wflow.testing.TestRunner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every module script under {@code /modules/<name>.lua} (a chunk returning a function that returns
 * the list of failed checks) run in the three contexts the platform offers the module in: as a
 * workflow, as an activity (a function entry called by a workflow) and as test code.
 */
class ModuleConformanceTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final List<String> MODULES =
      List.of("yaml", "text", "payload", "table", "compress");
  private static final List<String> INSTALLED = List.of("yaml", "text", "compress", "funcs");

  private static LocalEnvironment env;

  @BeforeAll
  static void start() {
    List<LuaEntry> entries = new ArrayList<>();
    for (String name : MODULES) {
      entries.add(entry("app:wf_" + name, "workflow.lua", resource(name), workflowMeta()));
      entries.add(entry("app:fn_" + name, "function.lua", resource(name), activityMeta()));
    }
    entries.add(
        entry(
            "app:via_activity",
            "workflow.lua",
            "return function(id)\n  local r, err = funcs.call(id)\n"
                + "  if err then error(err) end\n  return r\nend\n",
            workflowMeta()));
    env =
        LocalEnvironment.start(
            new LuaProject(entries, Map.of("app:worker", "app-queue")),
            EnvironmentOptions.defaults());
  }

  @AfterAll
  static void stop() {
    env.closeInBackground();
  }

  @ParameterizedTest
  @ValueSource(strings = {"yaml", "text", "payload", "table", "compress"})
  void inAWorkflow(String module) {
    RunOutcome outcome =
        env.start("app:wf_" + module, List.of(), StartOptions.defaults()).result(WAIT);
    assertThat(outcome.error()).as("workflow error").isNull();
    assertNoFailures(outcome.result());
  }

  @ParameterizedTest
  @ValueSource(strings = {"yaml", "text", "payload", "table", "compress"})
  void inAnActivity(String module) {
    RunOutcome outcome =
        env.start("app:via_activity", List.of("app:fn_" + module), StartOptions.defaults())
            .result(WAIT);
    assertThat(outcome.error()).as("activity error").isNull();
    assertNoFailures(outcome.result());
  }

  @ParameterizedTest
  @ValueSource(strings = {"yaml", "text", "payload", "table", "compress"})
  void inTestCode(String module) {
    String source =
        "local check = (function()\n"
            + resource(module)
            + "\nend)()\n"
            + "return { run = test.run_cases(function() describe('conformance', function()\n"
            + "  it('"
            + module
            + "', function()\n"
            + "    local failures = check()\n"
            + "    if #failures > 0 then error(table.concat(failures, '; ')) end\n"
            + "  end)\nend) end) }\n";
    TestEntry entry =
        new TestEntry(
            "app.test:" + module,
            "app.test",
            module,
            0,
            "src/" + module + "_test.lua",
            source,
            "run",
            INSTALLED,
            Map.of("test", TestEntry.TEST_MODULE_ID));
    LuaProject none = new LuaProject(List.of(), Map.of());
    RunResult r =
        new TestRunner(new RuntimeLuaStates(none, line -> {}), TestOptions.defaults())
            .run(List.of(entry), TestListener.NONE);
    assertThat(r.files().get(0).error()).as("file error").isNull();
    CaseResult c = r.files().get(0).cases().get(0);
    assertThat(c.failure() == null ? "" : c.failure().message()).isEmpty();
  }

  private static void assertNoFailures(Object result) {
    if (result instanceof Map<?, ?> map) {
      assertThat(map).as("failed checks").isEmpty();
    } else {
      assertThat((Collection<?>) result).as("failed checks").isEmpty();
    }
  }

  private static LuaEntry entry(String id, String kind, String source, Map<String, Object> meta) {
    return new LuaEntry(
        id, kind, "src/" + id.substring(4) + ".lua", source, "main", INSTALLED, Map.of(), meta);
  }

  private static Map<String, Object> workflowMeta() {
    return Map.of("temporal", Map.of("workflow", Map.of("worker", "app:worker")));
  }

  private static Map<String, Object> activityMeta() {
    return Map.of("temporal", Map.of("activity", Map.of("worker", "app:worker")));
  }

  private static String resource(String name) {
    try (InputStream in =
        ModuleConformanceTest.class.getResourceAsStream("/modules/" + name + ".lua")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing module script " + name, e);
    }
  }
}
