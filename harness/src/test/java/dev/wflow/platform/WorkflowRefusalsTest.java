package dev.wflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.registry.Entry;
import dev.wflow.registry.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An error refuses the workflows that reach the entry it is in, and no other. */
class WorkflowRefusalsTest {

  @TempDir Path dir;

  private WorkflowRefusals load(String index) throws Exception {
    Files.writeString(dir.resolve("_index.yaml"), index);
    Files.writeString(dir.resolve("wf.lua"), "return {main = function() end}\n");
    return WorkflowRefusals.of(Project.load(dir));
  }

  private static List<String> codes(List<Diagnostic> ds) {
    return ds.stream().map(d -> d.line() + ":" + d.code()).toList();
  }

  private Entry entry(WorkflowRefusals r, String id) {
    return r.project().entry(id).orElseThrow();
  }

  private static final String PROJECT =
      """
      namespace: app
      entries:
        - name: a
          kind: workflow.lua
          source: file://wf.lua
          imports: {lib: app:lib}
        - name: b
          kind: workflow.lua
          source: file://wf.lua
        - name: lib
          kind: library.lua
          source: file://wf.lua
          method: m
          method: n
        - name: c
          kind: workflow.lua
          source: file://wf.lua
          imports: {gone: app:nothing}
      """;

  @Test
  void anErrorInAnImportedEntryRefusesOnlyItsImporters() throws Exception {
    WorkflowRefusals r = load(PROJECT);
    assertThat(codes(r.of(entry(r, "app:a")))).singleElement().asString().startsWith("14:");
    assertThat(r.of(entry(r, "app:b"))).isEmpty();
    assertThat(codes(r.elsewhere(entry(r, "app:b")))).hasSize(1);
    assertThat(r.elsewhere(entry(r, "app:a"))).isEmpty();
  }

  @Test
  void anImportOfNoEntryRefusesTheImporterInLintsWords() throws Exception {
    WorkflowRefusals r = load(PROJECT);
    assertThat(r.of(entry(r, "app:c")))
        .extracting(Diagnostic::headline)
        .containsExactly("_index.yaml:18:21: error[E106] import 'gone': no entry app:nothing");
  }

  @Test
  void anEntryThatCouldNotBeReadRefusesNobody() throws Exception {
    WorkflowRefusals r = load(PROJECT + "  - name: no_kind\n");
    assertThat(r.of(entry(r, "app:b"))).isEmpty();
    assertThat(r.elsewhere(entry(r, "app:b"))).hasSize(2);
  }

  @Test
  void aLockFileErrorRefusesEveryWorkflow() throws Exception {
    Files.writeString(dir.resolve("wippy.lock"), "directories: [\n");
    WorkflowRefusals r = load(PROJECT);
    assertThat(codes(r.of(entry(r, "app:b")))).anyMatch(c -> c.endsWith("E101"));
  }
}
