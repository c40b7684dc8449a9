package dev.wflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLoadTest {

  @TempDir Path dir;

  private static final String ORDERS =
      """
      version: "1.0"
      namespace: app

      entries:
        - name: client
          kind: temporal.client
          address: localhost:7233
        - name: worker
          kind: temporal.worker
          client: client
          task_queue: orders
        - name: order_workflow
          kind: workflow.lua
          source: file://order.lua
          modules: [funcs, time]
          imports:
            util: lib.shared:util
            local_lib: helpers
          meta:
            temporal:
              workflow:
                worker: worker
        - name: charge_payment
          kind: function.lua
          source: file://charge.lua
          method: charge
          meta:
            temporal:
              activity:
                worker: app:worker
                local: true
            options:
              activity.start_to_close_timeout: 30s
              temporal.activity.retry_policy: {maximum_attempts: 3}
        - name: order_test
          kind: function.lua
          source: file://order_test.lua
          imports: {test: wippy.test:test}
          meta: {type: test, suite: orders, order: 2}
      """;

  private ProjectFixture orders() {
    return ProjectFixture.at(dir)
        .file("src/_index.yaml", ORDERS)
        .file("src/order.lua", "return function() end\n")
        .file("src/charge.lua", "return {charge = function() end}\n")
        .file("src/order_test.lua", "return {}\n");
  }

  @Test
  void loadsEntriesWithTypedAccessors() {
    ProjectLoad load = orders().load();
    assertThat(load.diagnostics()).isEmpty();
    Project project = load.project();
    assertThat(project.files())
        .extracting(DefinitionFile::displayPath)
        .containsExactly("src/_index.yaml");
    assertThat(project.entries()).hasSize(5);

    Entry wf = project.entry("app:order_workflow").orElseThrow();
    assertThat(wf.workflowWorker()).contains(EntryId.parse("app:worker"));
    assertThat(wf.workflowType()).isEqualTo("app:order_workflow");
    assertThat(wf.method()).isEqualTo("main");
    assertThat(wf.modules()).containsExactly("funcs", "time");
    // A bare import target has the empty namespace, as registry.ParseID reads it: a module node.
    assertThat(wf.imports()).containsOnly(Map.entry("util", EntryId.parse("lib.shared:util")));
    assertThat(wf.moduleImports()).containsOnly(Map.entry("local_lib", "helpers"));
    LuaSource src = wf.source().orElseThrow();
    assertThat(src.chunkName()).isEqualTo("src/order.lua");
    assertThat(src.text()).isEqualTo("return function() end\n");
    assertThat(src.inline()).isFalse();
    assertThat(src.span(4, 19, 4, 27)).isEqualTo(new Span(4, 19, 4, 27));
    assertThat(wf.span("meta.temporal.workflow.worker")).contains(new Span(22, 19, 22, 24));

    Entry charge = project.entry("app:charge_payment").orElseThrow();
    assertThat(charge.isActivity()).isTrue();
    assertThat(charge.isLocalActivity()).isTrue();
    assertThat(charge.method()).isEqualTo("charge");
    assertThat(charge.activityWorker()).contains(EntryId.parse("app:worker"));
    assertThat(charge.optionDefaults())
        .containsEntry("activity.start_to_close_timeout", "30s")
        .containsEntry("activity.retry_policy", Map.of("maximum_attempts", 3L));

    assertThat(project.workflows()).extracting(Entry::id).containsExactly(wf.id());
    assertThat(project.activities()).extracting(Entry::id).containsExactly(charge.id());
    Entry test = project.tests().get(0);
    TestMeta meta = test.test().orElseThrow();
    assertThat(meta.suite()).contains("orders");
    assertThat(meta.name()).isEqualTo("order_test");
    assertThat(meta.order()).hasValue(2);
    assertThat(test.imports()).containsEntry("test", EntryId.parse("wippy.test:test"));

    TemporalClient client = project.clients().get(0);
    assertThat(client.address()).contains("localhost:7233");
    assertThat(client.namespace()).isEqualTo("default");
    TemporalWorker worker = project.workers().get(0);
    assertThat(worker.client()).contains(EntryId.parse("app:client"));
    assertThat(worker.taskQueue()).contains("orders");
  }

  @Test
  void workflowTypeFromMetaName() {
    ProjectFixture.at(dir)
        .file(
            "src/a.yaml",
            """
            namespace: app.orders.v2
            entries:
              - name: wf
                kind: workflow.lua
                source: "return function() end"
                meta: {temporal: {workflow: {name: OrderWorkflow, worker: w}}}
            """);
    Project project = ProjectFixture.at(dir).load().project();
    Entry wf = project.entry("app.orders.v2:wf").orElseThrow();
    assertThat(wf.workflowType()).isEqualTo("OrderWorkflow");
    assertThat(project.workflowByType("OrderWorkflow")).contains(wf);
    assertThat(wf.workflowWorker()).contains(new EntryId("app.orders.v2", "w"));
  }

  @Test
  void inlineSourceMapsLinesIntoTheYaml() {
    ProjectFixture fixture =
        ProjectFixture.at(dir)
            .file(
                "src/_index.yaml",
                """
                namespace: app
                entries:
                  - name: f
                    kind: function.lua
                    source: |
                      return function()
                        return 1
                      end
                """);
    LuaSource src = fixture.load().project().entry("app:f").orElseThrow().source().orElseThrow();
    assertThat(src.inline()).isTrue();
    assertThat(src.chunkName()).isEqualTo("src/_index.yaml");
    assertThat(src.firstLine()).isEqualTo(6);
    assertThat(src.columnOffset()).isEqualTo(6);
    assertThat(src.text()).startsWith("return function()\n  return 1");
    assertThat(src.span(2, 3, 2, 8)).isEqualTo(new Span(7, 9, 7, 14));
  }

  @Test
  void lockFileNamesTheSourceDirectory() {
    ProjectFixture.at(dir)
        .file("wippy.lock", "directories:\n  src: ./lua\n  modules: .wippy\n")
        .file(
            "lua/defs/x.yml",
            "namespace: app\nentries:\n  - {name: c, kind: temporal.client, address: a:1}\n")
        .file("src/ignored.yaml", "namespace: other\nentries: []\n");
    ProjectLoad load = Project.load(dir);
    assertThat(load.diagnostics()).isEmpty();
    assertThat(load.project().entries())
        .extracting(e -> e.id().toString())
        .containsExactly("app:c");
    assertThat(load.project().files())
        .extracting(DefinitionFile::displayPath)
        .containsExactly("lua/defs/x.yml");
  }

  @Test
  void withoutSrcTheRootIsScannedAndOtherYamlIgnored() {
    ProjectFixture.at(dir)
        .file("defs.yaml", "namespace: app\nentries:\n  - {name: x, kind: http.endpoint}\n")
        .file("docker-compose.yaml", "services:\n  db: {image: postgres}\n")
        .file(".hidden/bad.yaml", "namespace: [\n");
    ProjectLoad load = Project.load(dir);
    assertThat(load.diagnostics()).isEmpty();
    assertThat(load.project().entries()).extracting(Entry::kind).containsExactly("http.endpoint");
  }

  @Test
  void emptyDirectoryIsEmpty() {
    assertThat(Project.load(dir).isEmpty()).isTrue();
  }

  @Test
  void oneBadFileDoesNotHideTheOthers() {
    ProjectFixture.at(dir)
        .file("src/a.yaml", "namespace: app\nentries:\n  - name: x\n\tkind: function.lua\n")
        .file("src/b.yaml", "namespace: app\nentries:\n  - name: y\n")
        .file(
            "src/c.yaml",
            "namespace: app\nentries:\n  - {name: ok, kind: temporal.client, address: a:1}\n");
    ProjectLoad load = Project.load(dir);
    List<String> heads = load.diagnostics().stream().map(Diagnostic::headline).toList();
    assertThat(heads)
        .containsExactly(
            "src/a.yaml:4:1: error[E101] invalid YAML: tab character where YAML expects spaces (indent with spaces only)",
            "src/b.yaml:3:5: error[E102] entry app:y has no kind");
    assertThat(load.project().entry("app:ok")).isPresent();
  }

  @Test
  void anchorsAndMergeKeysAreFollowed() {
    ProjectFixture.at(dir)
        .file(
            "src/_index.yaml",
            """
            namespace: app
            x-activity: &activity
              kind: function.lua
              source: "return {}"
              meta: {temporal: {activity: {worker: worker}}}
            entries:
              - name: a
                <<: *activity
              - name: b
                <<: *activity
                source: "return {b = 1}"
            """);
    ProjectLoad load = Project.load(dir);
    assertThat(load.diagnostics()).isEmpty();
    Project project = load.project();
    assertThat(project.activities()).extracting(e -> e.id().name()).containsExactly("a", "b");
    assertThat(project.entry("app:a").orElseThrow().source().orElseThrow().text())
        .isEqualTo("return {}");
    assertThat(project.entry("app:b").orElseThrow().source().orElseThrow().text())
        .isEqualTo("return {b = 1}");
  }
}
