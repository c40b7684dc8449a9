package dev.wflow.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import dev.wflow.cli.ExitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wflow lint} in-process against small projects, compared with golden output. */
class LintCommandTest {

  @TempDir Path dir;

  private static final String INDEX =
      """
      namespace: app
      entries:
        - name: worker
          kind: temporal.worker
          client: nowhere
          task_queue: q
        - name: wf
          kind: workflow.lua
          source: file://wf.lua
          modules: [funcs, http_client, gizmo]
          meta: {temporal: {workflow: {worker: worker}}}
        - name: act
          kind: function.lua
          source: file://missing.lua
      """;

  @BeforeEach
  void project() throws IOException {
    write("src/_index.yaml", INDEX);
    // Uses its modules, so the Lua rules (W205 unused module) add nothing to the golden output.
    write("src/wf.lua", "return {main = function() return funcs, http_client, gizmo end}\n");
    write("src/bad.yaml", "namespace: app\nentries:\n  - name: \"broken\n");
  }

  private void write(String relative, String text) throws IOException {
    new TempProject(dir).write(relative, text);
  }

  private CliRunner.Result lint(String... args) {
    return new TempProject(dir).lint(args);
  }

  @Test
  void textFormatShowsSourceLineCaretAndSummary() {
    CliRunner.Result result = lint();
    assertThat(result.exitCode()).isEqualTo(ExitException.FINDINGS);
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .isEqualTo(
            """
            src/_index.yaml:5:13: error[E106] client: no entry app:nowhere
                client: nowhere
                        ^~~~~~~
            src/_index.yaml:10:22: error[E107] the platform refuses workflow app:wf: module does not \
            have any allowed class (:http_client: io, network, nondeterministic); a workflow may \
            only use deterministic or workflow modules: call it from an activity
                modules: [funcs, http_client, gizmo]
                                 ^~~~~~~~~~~
            src/_index.yaml:10:35: warning[E108] unknown module gizmo (not a Wippy built-in; \
            list it under modules: in .wflow.yaml if it is installed)
                modules: [funcs, http_client, gizmo]
                                              ^~~~~
            src/_index.yaml:14:13: error[E104] source file not found: src/missing.lua
                source: file://missing.lua
                        ^~~~~~~~~~~~~~~~~~
            src/bad.yaml:3:11: error[E101] invalid YAML: unclosed quoted string \
            (found unexpected end of stream)
              - name: "broken
                      ^

            Checked 3 entries in 3 files: 4 errors, 1 warning, 0 hints
            """);
  }

  @Test
  void colourOnlyWhenAsked() {
    assertThat(lint().out()).doesNotContain("\u001b[");
    CliRunner.Result coloured =
        CliRunner.run(Map.of(), "--color=always", "-C", dir.toString(), "lint", "--code", "E104");
    assertThat(coloured.out())
        .contains("\u001b[1m\u001b[31merror[E104]\u001b[0m")
        .contains("\u001b[32m            ^~~~~~~~~~~~~~~~~~\u001b[0m");
  }

  @Test
  void jsonFormatIsTheDocumentedObject() {
    CliRunner.Result result = lint("--format", "json", "--code", "E104,E108");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .isEqualTo(
            """
            {
              "diagnostics": [
                {
                  "file": "src/_index.yaml",
                  "line": 10,
                  "column": 35,
                  "endLine": 10,
                  "endColumn": 39,
                  "severity": "warning",
                  "code": "E108",
                  "message": "unknown module gizmo (not a Wippy built-in; list it under modules: in .wflow.yaml if it is installed)"
                },
                {
                  "file": "src/_index.yaml",
                  "line": 14,
                  "column": 13,
                  "endLine": 14,
                  "endColumn": 30,
                  "severity": "error",
                  "code": "E104",
                  "message": "source file not found: src/missing.lua"
                }
              ],
              "summary": {
                "entries": 3,
                "files": 3,
                "errors": 1,
                "warnings": 1,
                "hints": 0
              }
            }
            """);
  }

  @Test
  void githubAnnotations() {
    CliRunner.Result result =
        lint("--format", "github", "--level", "warning", "--code", "E108", "--code", "E101");
    assertThat(result.out())
        .isEqualTo(
            """
            ::warning file=src/_index.yaml,line=10,endLine=10,col=35,endColumn=39,title=E108::\
            unknown module gizmo (not a Wippy built-in; list it under modules: in .wflow.yaml if it is installed)
            ::error file=src/bad.yaml,line=3,endLine=3,col=11,endColumn=11,title=E101::\
            invalid YAML: unclosed quoted string (found unexpected end of stream)
            Checked 3 entries in 3 files: 1 error, 1 warning, 0 hints
            """);
  }

  @Test
  void junitHasOneTestCasePerFile() {
    CliRunner.Result result = lint("--format", "junit", "--level", "error");
    assertThat(result.out())
        .isEqualTo(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="wflow lint" tests="3" failures="2">
              <testsuite name="wflow lint" tests="3" failures="2" errors="0" skipped="0">
                <testcase classname="wflow.lint" name="src/_index.yaml">
                  <failure type="E106,E107,E104" message="3 findings">
            src/_index.yaml:5:13: error[E106] client: no entry app:nowhere
            src/_index.yaml:10:22: error[E107] the platform refuses workflow app:wf: module does not \
            have any allowed class (:http_client: io, network, nondeterministic); a workflow may \
            only use deterministic or workflow modules: call it from an activity
            src/_index.yaml:14:13: error[E104] source file not found: src/missing.lua
                  </failure>
                </testcase>
                <testcase classname="wflow.lint" name="src/bad.yaml">
                  <failure type="E101" message="1 finding">
            src/bad.yaml:3:11: error[E101] invalid YAML: unclosed quoted string \
            (found unexpected end of stream)
                  </failure>
                </testcase>
                <testcase classname="wflow.lint" name="src/wf.lua"/>
              </testsuite>
            </testsuites>
            """);
  }

  @Test
  void sarifNamesEveryRuleAndLocatesResults() {
    CliRunner.Result result = lint("--format", "sarif", "--code", "E104");
    assertThat(result.out())
        .startsWith(
            """
            {
              "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
              "version": "2.1.0",
              "runs": [
            """)
        .contains(
            """
                        {
                          "id": "D101",
                          "name": "wall clock in a workflow",
                          "shortDescription": {
                            "text": "wall clock in a workflow"
                          },
            """)
        .contains(
            """
                  "results": [
                    {
                      "ruleId": "E104",
                      "ruleIndex": 4,
                      "level": "error",
                      "message": {
                        "text": "source file not found: src/missing.lua"
                      },
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "src/_index.yaml"
                            },
                            "region": {
                              "startLine": 14,
                              "startColumn": 13,
                              "endLine": 14,
                              "endColumn": 31
                            }
            """);
  }

  @Test
  void codeTakesOneValueSoPathsFollowingItStayPaths() {
    CliRunner.Result result = lint("--code", "E104", "src", "--summary");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .isEqualTo("Checked 3 entries in 3 files: 1 error, 0 warnings, 0 hints\n");
  }

  @Test
  void summaryOnly() {
    CliRunner.Result result = lint("--summary");
    assertThat(result.out())
        .isEqualTo("Checked 3 entries in 3 files: 4 errors, 1 warning, 0 hints\n");
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void aFileInsideTheProjectLimitsTheReport() throws IOException {
    CliRunner.Result result =
        CliRunner.run("-C", dir.toString(), "lint", "src/bad.yaml", "--summary");
    assertThat(result.out())
        .isEqualTo("Checked 0 entries in 1 file: 1 error, 0 warnings, 0 hints\n");
  }

  @Test
  void pathsAreShownRelativeToTheWorkingDirectory() throws IOException {
    Path parent = dir.getParent();
    CliRunner.Result result =
        CliRunner.run(
            "-C", parent.toString(), "lint", dir.getFileName().toString(), "--code", "E104");
    assertThat(result.out())
        .startsWith(
            dir.getFileName() + "/src/_index.yaml:14:13: error[E104] source file not found");
  }

  @Test
  void cleanProjectExitsZero() throws IOException {
    Files.delete(dir.resolve("src/bad.yaml"));
    write(
        "src/_index.yaml",
        """
        namespace: app
        entries:
          - {name: client, kind: temporal.client, address: "localhost:7233"}
          - {name: worker, kind: temporal.worker, client: client, task_queue: q}
        """);
    CliRunner.Result result = lint();
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .isEqualTo("Checked 2 entries in 1 file: 0 errors, 0 warnings, 0 hints\n");
  }

  @Test
  void hintsNeverFailAndWarningsFailAsTheOptionsSay() throws IOException {
    Files.delete(dir.resolve("src/bad.yaml"));
    write(
        "src/_index.yaml",
        """
        namespace: app
        entries:
          - {name: client, kind: temporal.client, address: "localhost:7233"}
          - {name: worker, kind: temporal.worker, client: client, task_queue: q}
          - name: charge
            kind: function.lua
            source: file://charge.lua
            method: run
            meta: {temporal: {activity: {worker: app:worker}}}
          - name: wf
            kind: workflow.lua
            source: file://wf.lua
            method: main
            modules: [funcs]
            meta: {temporal: {workflow: {worker: app:worker}}}
        """);
    write(
        "src/wf.lua",
        "local function main(x)\n  return funcs.call(\"app:charge\", x)\nend\nreturn {main = main}\n");
    write("src/charge.lua", "local function run(x)\n  return x\nend\nreturn {run = run}\n");
    CliRunner.Result hint = lint();
    assertThat(hint.out()).contains("hint[A307]").contains("0 errors, 0 warnings, 1 hint");
    assertThat(hint.exitCode()).isZero();
    assertThat(lint("--fail-on", "hint").exitCode()).isEqualTo(1);

    write(
        "src/charge.lua",
        "local function run(x)\n  local unused = 1\n  return x\nend\nreturn {run = run}\n");
    CliRunner.Result warning = lint();
    assertThat(warning.out()).contains("warning[W202]");
    assertThat(warning.exitCode()).isEqualTo(1);
    assertThat(lint("--fail-on", "error").exitCode()).isZero();
    assertThat(lint("--max-warnings", "1").exitCode()).isZero();
    assertThat(lint("--max-warnings", "0").exitCode()).isEqualTo(1);
    assertThat(lint("--max-warnings", "-1").exitCode()).isEqualTo(ExitException.USAGE);
    assertThat(CliRunner.run("lint", "--help").out()).contains("--fail-on").contains("hints never");
  }

  @Test
  void usageAndNotLoadableExitCodes() throws IOException {
    assertThat(lint("--code", "X1").exitCode()).isEqualTo(ExitException.USAGE);
    assertThat(lint("--level", "fatal").exitCode()).isEqualTo(ExitException.USAGE);
    assertThat(lint("--format", "xml").exitCode()).isEqualTo(ExitException.USAGE);
    CliRunner.Result missing = lint("no/such/file.yaml");
    assertThat(missing.exitCode()).isEqualTo(ExitException.USAGE);
    assertThat(missing.err()).contains("no such file or directory: no/such/file.yaml");

    Path empty = Files.createDirectory(dir.resolve("empty"));
    CliRunner.Result nothing = CliRunner.run("-C", empty.toString(), "lint");
    assertThat(nothing.exitCode()).isEqualTo(ExitException.PROJECT);
    assertThat(nothing.err()).contains("no definition files found").doesNotContain("\tat ");
  }

  @Test
  void helpHasExamples() {
    CliRunner.Result result = CliRunner.run("lint", "--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Examples:").contains("--format").contains("--level");
  }

  @Test
  void theOrdersExampleIsClean() {
    Path example = Path.of("..", "examples", "orders").toAbsolutePath().normalize();
    CliRunner.Result result = CliRunner.run("lint", example.toString());
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .isEqualTo("Checked 7 entries in 6 files: 0 errors, 0 warnings, 0 hints\n");
    assertThat(result.exitCode()).isZero();
  }
}
