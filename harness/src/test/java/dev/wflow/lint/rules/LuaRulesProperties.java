package dev.wflow.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.lint.LintConfig;
import dev.wflow.lua.syntax.LuaParser;
import dev.wflow.lua.syntax.ParseResult;
import dev.wflow.registry.Entry;
import dev.wflow.registry.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random workflow programs built from statements that stress the rules (calls with missing or odd
 * arguments, aliases of aliases, nested loops and functions, suppressions): every rule runs without
 * throwing, and every finding points inside the program.
 */
class LuaRulesProperties {

  private static final List<String> STATEMENTS =
      List.of(
          "local t = os.time",
          "local m = math; local r = m.random",
          "local a = t; local b = a; b()",
          "funcs.call()",
          "funcs.call(nil)",
          "funcs.call(\"app:act\", 1)",
          "funcs.call(\"nocolon\")",
          "funcs.new():with_options():call()",
          "funcs.new():with_options({[1] = 2}):call(\"app:act\")",
          "local f = funcs.new(); f:call(\"app:missing\")",
          "workflow.version()",
          "workflow.version(\"c\")",
          "workflow.version(\"c\", \"1\", 2)",
          "workflow.version(\"c\", 2, 1)",
          "workflow.exec()",
          "process.spawn(\"app:wf\")",
          "process.spawn(\"app:wf\", 1)",
          "process.exec(x, \"app:worker\")",
          "time.sleep()",
          "time.sleep(\"1d\")",
          "time.after(5)",
          "for k in pairs() do funcs.call(k) end",
          "for k, v in next do time.sleep(v) end",
          "for k in pairs(x) do local function g() return uuid.v4() end g() end",
          "local function rec() return rec() end",
          "local g = function() return g end",
          "require()",
          "require(1)",
          "require(\"nothing_here\")",
          "x = x",
          "x.y.z = 1",
          "_G[k] = 1",
          "setmetatable({}, {__mode = \"k\", __gc = nil})",
          "do return end",
          "error()",
          "while true do end",
          "repeat until false",
          "if a then return 1 else error(\"x\") end",
          "local a, a = 1, 2",
          "local function h(...) local x = ... end",
          "-- wflow:ignore D101 r",
          "-- wflow:ignore",
          "-- wflow:ignore-file D999",
          "print(os.date(), io.write, debug)");

  private final Project project;

  LuaRulesProperties() throws IOException {
    Path dir = Files.createTempDirectory("lint-props");
    Files.writeString(
        dir.resolve("_index.yaml"),
        "namespace: app\nentries:\n"
            + "  - {name: client, kind: temporal.client, address: localhost:7233}\n"
            + "  - {name: worker, kind: temporal.worker, client: client, task_queue: q}\n"
            + "  - name: act\n    kind: function.lua\n    source: file://w.lua\n"
            + "    meta: {temporal: {activity: {worker: worker}}}\n"
            + "  - name: wf\n    kind: workflow.lua\n    source: file://w.lua\n"
            + "    modules: [funcs, time, workflow, uuid]\n"
            + "    meta: {temporal: {workflow: {worker: worker}}}\n");
    Files.writeString(dir.resolve("w.lua"), "return function() end\n");
    project = Project.load(dir).project();
    // deleteOnExit works in reverse order of registration: the directory goes last.
    dir.toFile().deleteOnExit();
    for (String name : List.of("w.lua", "_index.yaml")) {
      dir.resolve(name).toFile().deleteOnExit();
    }
  }

  @Property(tries = 300)
  void rulesNeverThrowAndFindingsPointIntoTheProgram(@ForAll("programs") String program) {
    ParseResult parsed = LuaParser.parse("p.lua", program);
    assertThat(parsed.diagnostics()).isEmpty();
    Entry workflow = project.entry("app:wf").orElseThrow();
    LuaCheck check =
        LuaCheck.of(
            workflow,
            project,
            LintConfig.DEFAULT,
            "p.lua",
            parsed.chunk(),
            List.of(workflow.id()),
            code -> Severity.WARNING);
    LuaRules.run(check);
    long lines = program.lines().count();
    for (Diagnostic d : check.findings()) {
      assertThat(d.line()).isBetween(1, (int) lines);
    }
  }

  @Provide
  Arbitrary<String> programs() {
    Arbitrary<String> statement = Arbitraries.of(STATEMENTS);
    Arbitrary<String> nested =
        statement
            .list()
            .ofMaxSize(4)
            .map(s -> "local function inner(a, b)\n" + String.join("\n", s) + "\nend");
    return Arbitraries.oneOf(statement, nested)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .map(
            s ->
                "local function main(input)\n"
                    + String.join("\n", s)
                    + "\nend\nreturn { main = main }\n");
  }
}
