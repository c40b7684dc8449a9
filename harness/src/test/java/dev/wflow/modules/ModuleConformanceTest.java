package dev.wflow.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.EnvironmentOptions;
import dev.wflow.temporal.LocalEnvironment;
import dev.wflow.temporal.RunOutcome;
import dev.wflow.temporal.StartOptions;
import dev.wflow.testing.CaseResult;
import dev.wflow.testing.FileResult;
import dev.wflow.testing.Outcome;
import dev.wflow.testing.RunResult;
import dev.wflow.testing.RuntimeLuaStates;
import dev.wflow.testing.TestEntry;
import dev.wflow.testing.TestListener;
import dev.wflow.testing.TestOptions;
import dev.wflow.testing.TestRunner;
import dev.wflow.testing.workflow.NodeSupply;
import dev.wflow.testing.workflow.WorkflowDriving;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our conformance checks of the Wippy modules ({@code src/test/resources/modules/<module>.lua}, a
 * chunk returning a function that returns {@code "ok"} or raises with what differs), each run in
 * the three places the platform offers the module: as a workflow, as an activity the workflow
 * calls, and as a {@code wflow test} file (with the workflow driving {@code wflow test} adds, which
 * binds {@code funcs} in test code).
 */
class ModuleConformanceTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  /** Each module's script and the modules its entries declare. */
  private static final Map<String, List<String>> MODULES = modules();

  /** Functions the {@code funcs} checks call. */
  private static final Map<String, String> CALLEES =
      Map.of(
          "echo", "return function(v) return {echo = v} end",
          "fail",
              "return function(kind) return nil, errors.new({kind = kind,"
                  + " message = \"failed on purpose\", retryable = false}) end",
          "ctx_value", "return function(k) return (ctx.get(k)) end");

  private static LuaProject project;
  private static LocalEnvironment env;

  private static Map<String, List<String>> modules() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("time", List.of("time"));
    m.put("uuid", List.of("uuid", "time"));
    m.put("crypto", List.of("crypto", "uuid", "time"));
    m.put("hash", List.of("hash"));
    m.put("json", List.of("json"));
    m.put("base64", List.of("base64"));
    m.put("errors", List.of());
    m.put("os", List.of());
    m.put("ctx", List.of("ctx"));
    m.put("yaml", List.of("yaml"));
    m.put("text", List.of("text"));
    m.put("payload", List.of());
    m.put("table", List.of());
    m.put("compress", List.of("compress"));
    m.put("funcs", List.of("funcs"));
    m.put("types", List.of());
    m.put("channel", List.of());
    m.put("timers", List.of("time"));
    return m;
  }

  @BeforeAll
  static void start() {
    List<LuaEntry> entries = new ArrayList<>();
    for (Map.Entry<String, List<String>> m : MODULES.entrySet()) {
      String name = m.getKey();
      String source = fixture(name);
      entries.add(entry("app:wf_" + name, "workflow.lua", name, source, m.getValue(), workflow()));
      entries.add(
          entry(
              "app:act_" + name, "function.lua", name, reported(source), m.getValue(), activity()));
      entries.add(
          entry(
              "app:calls_" + name,
              "workflow.lua",
              "calls_" + name,
              "return function() return funcs.call(\"app:act_" + name + "\") end",
              List.of("funcs"),
              workflow()));
    }
    CALLEES.forEach(
        (name, source) ->
            entries.add(
                entry("app:" + name, "function.lua", name, source, List.of("ctx"), activity())));
    project = new LuaProject(entries, Map.of("app:worker", "app-queue"));
    env = LocalEnvironment.start(project, EnvironmentOptions.defaults());
  }

  /** Every module of {@link #MODULES}, each checked in the three contexts. */
  static List<String> moduleNames() {
    return List.copyOf(MODULES.keySet());
  }

  @AfterAll
  static void stop() {
    env.closeInBackground();
  }

  @ParameterizedTest
  @MethodSource("moduleNames")
  void inAWorkflow(String module) {
    RunOutcome outcome =
        env.start("app:wf_" + module, List.of(), StartOptions.defaults()).result(WAIT);
    assertThat(outcome.error()).as(module).isNull();
    assertThat(outcome.result()).isEqualTo("ok");
  }

  @ParameterizedTest
  @MethodSource("moduleNames")
  void inAnActivity(String module) {
    RunOutcome outcome =
        env.start("app:calls_" + module, List.of(), StartOptions.defaults()).result(WAIT);
    assertThat(outcome.error()).as(module).isNull();
    assertThat(outcome.result()).isEqualTo("ok");
  }

  @ParameterizedTest
  @MethodSource("moduleNames")
  void inATest(String module) {
    TestEntry test =
        new TestEntry(
            "app.test:" + module,
            "app.test",
            module,
            0,
            "src/" + module + ".lua",
            fixture(module),
            "main",
            MODULES.get(module),
            Map.of());
    RunResult r;
    try (NodeSupply nodes = new NodeSupply()) {
      r =
          new TestRunner(
                  new RuntimeLuaStates(project, line -> {}),
                  TestOptions.defaults(),
                  new WorkflowDriving(project, id -> java.util.Optional.empty(), nodes, true))
              .run(List.of(test), TestListener.NONE);
    }
    FileResult file = r.files().get(0);
    assertThat(file.error()).as(module).isNull();
    assertThat(file.cases()).hasSize(1);
    CaseResult only = file.cases().get(0);
    assertThat(only.failure()).as(module).isNull();
    assertThat(only.outcome()).isEqualTo(Outcome.PASSED);
  }

  /**
   * The check as an activity that returns its failure instead of raising it: a raising activity is
   * retried (the platform sets no retry policy). The wrapper keeps the fixture's line numbers.
   */
  private static String reported(String fixture) {
    return "local check = (function() "
        + fixture
        + "\nend)()\nreturn function() local ok, r = pcall(check) "
        + "return ok and r or ('FAILED: ' .. tostring(r)) end\n";
  }

  private static LuaEntry entry(
      String id, String kind, String file, String source, List<String> modules, Object meta) {
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) meta;
    return new LuaEntry(id, kind, "src/" + file + ".lua", source, "main", modules, Map.of(), m);
  }

  private static Map<String, Object> workflow() {
    return Map.of("temporal", Map.of("workflow", Map.of("worker", "app:worker")));
  }

  private static Map<String, Object> activity() {
    return Map.of("temporal", Map.of("activity", Map.of("worker", "app:worker")));
  }

  static String fixture(String name) {
    try (InputStream in =
        ModuleConformanceTest.class.getResourceAsStream("/modules/" + name + ".lua")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }
}
