package dev.wflow.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import dev.wflow.registry.EntryId;
import dev.wflow.registry.ProjectFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintEngineTest {

  @TempDir Path dir;

  static final String HEADER =
      """
      namespace: app
      entries:
        - name: client
          kind: temporal.client
          address: localhost:7233
        - name: worker
          kind: temporal.worker
          client: client
          task_queue: orders
      """;

  private LintResult lint(String entries) {
    ProjectFixture.at(dir)
        .file("src/_index.yaml", HEADER + entries)
        .file("src/x.lua", "return {}\n");
    return new LintEngine(LintChecks.definitionChecks()).run(LintRequest.of(dir));
  }

  private static List<String> heads(LintResult result) {
    return result.diagnostics().stream().map(Diagnostic::headline).toList();
  }

  @Test
  void cleanProjectHasNoFindingsAndCounts() {
    LintResult result =
        lint(
            """
              - name: wf
                kind: workflow.lua
                source: file://x.lua
                modules: [funcs, time]
                meta: {temporal: {workflow: {worker: worker}}}
            """);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.summary()).isEqualTo(new LintSummary(3, 2, 0, 0, 0));
    assertThat(result.summary().line())
        .isEqualTo("Checked 3 entries in 2 files: 0 errors, 0 warnings, 0 hints");
    assertThat(result.projectFound()).isTrue();
  }

  @Test
  void e106UnresolvedReferences() {
    assertThat(
            heads(
                lint(
                    """
                      - name: wf
                        kind: workflow.lua
                        source: file://x.lua
                        imports: {util: lib:util, test: wippy.test:test}
                        meta: {temporal: {workflow: {worker: wrk}}}
                      - name: act
                        kind: function.lua
                        source: file://x.lua
                        meta:
                          temporal:
                            activity:
                              worker: other:worker
                    """)))
        .containsExactly(
            "src/_index.yaml:13:21: error[E106] import 'util': no entry lib:util",
            "src/_index.yaml:14:42: error[E106] worker: no entry app:wrk (temporal.worker entries: app:worker)",
            "src/_index.yaml:21:19: error[E106] worker: no entry other:worker (did you mean app:worker?)");
  }

  @Test
  void e106SuggestsNearMisses() {
    assertThat(
            heads(
                lint(
                    """
                      - name: wf
                        kind: workflow.lua
                        source: file://x.lua
                        meta: {temporal: {workflow: {worker: wroker}}}
                    """)))
        .containsExactly(
            "src/_index.yaml:13:42: error[E106] worker: no entry app:wroker (did you mean app:worker?)");
    assertThat(ReferenceCheck.distance(EntryId.parse("a:kitten"), EntryId.parse("a:sitting")))
        .isEqualTo(3);
  }

  @Test
  void e109WrongKindReferences() {
    ProjectFixture.at(dir)
        .file(
            "src/_index.yaml",
            """
            namespace: app
            entries:
              - {name: client, kind: temporal.client, address: "a:1"}
              - {name: worker, kind: temporal.worker, client: worker, task_queue: q}
              - name: wf
                kind: workflow.lua
                source: file://x.lua
                imports: {h: app:helper, w: app:worker}
                meta: {temporal: {workflow: {worker: client}}}
              - {name: helper, kind: function.lua, source: file://x.lua}
            """)
        .file("src/x.lua", "return {}\n");
    assertThat(heads(new LintEngine(LintChecks.definitionChecks()).run(LintRequest.of(dir))))
        .containsExactly(
            "src/_index.yaml:4:51: error[E109] client: app:worker is a temporal.worker, not a temporal.client",
            "src/_index.yaml:8:33: error[E109] import 'w': app:worker is a temporal.worker, not a code entry (function.lua, library.lua, process.lua, workflow.lua)",
            "src/_index.yaml:9:42: error[E109] worker: app:client is a temporal.client, not a temporal.worker");
  }

  @Test
  void e102MissingRequiredFields() {
    ProjectFixture.at(dir)
        .file(
            "src/_index.yaml",
            """
            namespace: app
            entries:
              - {name: client, kind: temporal.client}
              - {name: worker, kind: temporal.worker}
              - {name: wf, kind: workflow.lua, source: file://x.lua}
              - name: act
                kind: function.lua
                source: file://x.lua
                meta: {temporal: {activity: {worker: "bad id:x"}}}
            """)
        .file("src/x.lua", "return {}\n");
    assertThat(heads(new LintEngine(LintChecks.definitionChecks()).run(LintRequest.of(dir))))
        .containsExactly(
            "src/_index.yaml:3:5: error[E102] temporal.client app:client needs address (host:port of the cluster)",
            "src/_index.yaml:4:5: error[E102] temporal.worker app:worker needs client (a temporal.client)",
            "src/_index.yaml:4:5: error[E102] temporal.worker app:worker needs task_queue (the task queue it polls)",
            "src/_index.yaml:5:5: error[E102] workflow.lua app:wf needs meta.temporal.workflow.worker (a temporal.worker)",
            "src/_index.yaml:9:42: error[E102] worker: 'bad id:x' is not an entry ID");
  }

  @Test
  void e107AndE108Modules() {
    ProjectFixture.at(dir).file(".wflow.yaml", "modules: [my_mod]\n");
    LintResult result =
        lint(
            """
              - name: wf
                kind: workflow.lua
                source: file://x.lua
                modules: [funcs, http_client, my_mod, frobnicate]
                meta: {temporal: {workflow: {worker: worker}}}
              - name: fn
                kind: function.lua
                source: file://x.lua
                modules: [http_client, sql, gizmo]
            """);
    assertThat(heads(result))
        .containsExactly(
            "src/_index.yaml:13:22: error[E107] the platform refuses workflow app:wf: module does not have any allowed class (:http_client: io, network, nondeterministic); a workflow may only use deterministic or workflow modules: call it from an activity",
            "src/_index.yaml:13:43: warning[E108] unknown module frobnicate (not a Wippy built-in; list it under modules: in .wflow.yaml if it is installed)",
            "src/_index.yaml:18:33: warning[E108] unknown module gizmo (not a Wippy built-in; list it under modules: in .wflow.yaml if it is installed)");
    assertThat(result.diagnostics().get(0)).extracting(Diagnostic::endColumn).isEqualTo(32);
  }

  @Test
  void levelCodeAndPathFilters() {
    String entries =
        """
          - name: wf
            kind: workflow.lua
            source: file://x.lua
            modules: [http, gizmo]
            meta: {temporal: {workflow: {worker: worker}}}
        """;
    ProjectFixture.at(dir)
        .file("src/_index.yaml", HEADER + entries)
        .file("src/x.lua", "return {}\n")
        .file("src/other/b.yaml", "namespace: b\nentries:\n  - {name: y}\n");
    LintEngine engine = new LintEngine(LintChecks.definitionChecks());
    LintRequest all = LintRequest.of(dir);
    assertThat(engine.run(all).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("E107", "E108", "E102");
    assertThat(engine.run(all.withLevel(Severity.ERROR)).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("E107", "E102");
    assertThat(engine.run(all.withCodes(Set.of("E108"))).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("E108");
    assertThat(engine.run(all.withCodes(Set.of("E10"))).diagnostics()).hasSize(3);
    LintResult onlyOther = engine.run(all.withPaths(List.of(dir.resolve("src/other"))));
    assertThat(onlyOther.diagnostics())
        .extracting(Diagnostic::file)
        .containsExactly("src/other/b.yaml");
    assertThat(onlyOther.summary()).isEqualTo(new LintSummary(0, 1, 1, 0, 0));
  }

  @Test
  void configChangesLevelsAndReportsItsOwnMistakes() {
    ProjectFixture.at(dir)
        .file(
            ".wflow.yaml",
            "rules:\n  E108: off\n  E107: warning\n  Z999: error\nglobals: [cfg]\nfoo: 1\n");
    LintResult result =
        lint(
            """
              - name: wf
                kind: workflow.lua
                source: file://x.lua
                modules: [http, gizmo]
                meta: {temporal: {workflow: {worker: worker}}}
            """);
    assertThat(heads(result))
        .containsExactly(
            ".wflow.yaml:4:3: error[E101] unknown lint code 'Z999'",
            ".wflow.yaml:6:1: error[E101] unknown setting 'foo'",
            "src/_index.yaml:13:15: warning[E107] the platform refuses workflow app:wf: module does not have any allowed class (:http: io, network, nondeterministic); a workflow may only use deterministic or workflow modules: call it from an activity");
  }

  @Test
  void configDuplicateKeysEmptySectionsAndEncodingAreReported() throws java.io.IOException {
    ProjectFixture.at(dir)
        .file(".wflow.yaml", "rules:\n  E108: off\nrules:\n  E108: error\nglobals:\n");
    assertThat(heads(lint("")))
        .containsExactly(".wflow.yaml:3:1: error[E101] duplicate key 'rules'");
    java.nio.file.Files.write(dir.resolve(".wflow.yaml"), new byte[] {'r', ':', (byte) 0xff});
    assertThat(heads(lint("")))
        .containsExactly(".wflow.yaml:1:3: error[E101] file is not valid UTF-8 (byte 0xFF)");
  }

  @Test
  void configWithTheYmlExtensionIsReportedNotIgnored() {
    ProjectFixture.at(dir).file(".wflow.yml", "rules:\n  E108: off\n");
    assertThat(heads(lint("")))
        .containsExactly(
            ".wflow.yml:1:1: error[E101] wflow reads its settings from .wflow.yaml; this file is"
                + " ignored");
  }

  @Test
  void importsOfInstalledModulesResolve() {
    ProjectFixture.at(dir)
        .file(
            ".wippy/acme/_index.yaml",
            "namespace: acme\nentries:\n  - {name: util, kind: library.lua, source: x}\n");
    assertThat(
            heads(
                lint(
                    """
                      - name: lib
                        kind: library.lua
                        source: file://x.lua
                        imports: {util: acme:util, nope: acme:nope}
                    """)))
        .containsExactly(
            "src/_index.yaml:13:38: error[E106] import 'nope': no entry acme:nope (library.lua"
                + " entries: app:lib)");
  }

  @Test
  void emptyDirectoryIsNotAProject() {
    LintResult result = new LintEngine(LintChecks.definitionChecks()).run(LintRequest.of(dir));
    assertThat(result.projectFound()).isFalse();
    assertThat(result.clean()).isTrue();
  }

  @Test
  void everyDocumentedCodeIsInTheCatalogue() {
    assertThat(RuleCatalogue.all())
        .extracting(Rule::code)
        .contains("P0001", "E101", "E105", "E110", "D101", "D109", "W201", "W205", "A301", "A307")
        .hasSize(34); // DESIGN §5 plus W206/W207 (suppressions)
    assertThat(RuleCatalogue.rule("E108").orElseThrow().severity()).isEqualTo(Severity.WARNING);
    assertThat(RuleCatalogue.rule("D108").orElseThrow().severity()).isEqualTo(Severity.HINT);
  }

  @Test
  void pluggedChecksRunAndShareWork() {
    ProjectFixture.at(dir).file("src/_index.yaml", HEADER);
    LintCheck counter =
        ctx -> {
          StringBuilder shared = ctx.shared(StringBuilder.class, StringBuilder::new);
          shared.append('x');
          ctx.report(
              "W201", "src/_index.yaml", dev.wflow.registry.Span.point(1, 1), "seen " + shared);
        };
    LintResult result = new LintEngine(List.of(counter, counter)).run(LintRequest.of(dir));
    assertThat(heads(result))
        .containsExactly(
            "src/_index.yaml:1:1: error[W201] seen x", "src/_index.yaml:1:1: error[W201] seen xx");
  }
}
