package dev.wflow.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hand-written definition files keep every line: the edit must be a pure insertion of the new
 * entries' lines, in the file's own style.
 */
class DefinitionFileEditorTest {

  private static final List<NewEntry> ENTRIES = entries();

  private static List<NewEntry> entries() {
    Map<String, Object> wf = new LinkedHashMap<>();
    wf.put("name", "order");
    wf.put("kind", "workflow.lua");
    wf.put("source", "file://order.lua");
    wf.put("modules", List.of("funcs", "time"));
    wf.put("meta", Map.of("temporal", Map.of("workflow", Map.of("worker", "app:worker"))));
    Map<String, Object> test = new LinkedHashMap<>();
    test.put("name", "order_test");
    test.put("kind", "function.lua");
    test.put("imports", Map.of("test", "wippy.test:test"));
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("type", "test");
    meta.put("order", 1);
    test.put("meta", meta);
    return List.of(new NewEntry("The order workflow.", wf), new NewEntry(null, test));
  }

  private static String add(String before) throws ScaffoldException {
    return DefinitionFileEditor.add("src/_index.yaml", before, ENTRIES, Set.of());
  }

  /** Every line of {@code before} is in {@code after}, in order, unchanged: only insertions. */
  private static List<String> inserted(String before, String after) {
    List<String> a = new TextLinesView(before).lines;
    List<String> b = new TextLinesView(after).lines;
    List<String> added = new ArrayList<>();
    int i = 0;
    for (String line : b) {
      if (i < a.size() && a.get(i).equals(line)) {
        i++;
      } else {
        added.add(line);
      }
    }
    assertThat(i).as("every old line kept, in order").isEqualTo(a.size());
    return added;
  }

  /** Lines with their terminators, so a CRLF that became LF shows. */
  private record TextLinesView(List<String> lines) {
    TextLinesView(String text) {
      this(new TextLines(text).lines);
    }
  }

  @Test
  void commentsBlankLinesAndTwoSpaceIndentationStay() throws Exception {
    String before =
        """
        # The app's definitions.
        version: "1.0"
        namespace: app

        entries:
          # The cluster.
          - name: temporal_client
            kind: temporal.client
            address: localhost:7233   # local dev

          - name: worker
            kind: temporal.worker
            client: temporal_client
            task_queue: q
            worker_options:
              max_concurrent_activity_execution_size: 4

          # end of entries
        """;
    String after = add(before);
    inserted(before, after);
    String last = "      max_concurrent_activity_execution_size: 4\n";
    assertThat(after)
        .isEqualTo(
            before.replace(
                last,
                last
                    + """

              # The order workflow.
              - name: order
                kind: workflow.lua
                source: file://order.lua
                modules: [funcs, time]
                meta:
                  temporal:
                    workflow:
                      worker: app:worker

              - name: order_test
                kind: function.lua
                imports:
                  test: wippy.test:test
                meta:
                  type: test
                  order: 1
            """));
  }

  @Test
  void fourSpaceIndentationAndBlockListsAreMatched() throws Exception {
    String before =
        """
        namespace: app
        entries:
            - name: worker
              kind: temporal.worker
              client: c
              task_queue: q
              meta:
                  comment: x
                  tags:
                      - a
                      - b
        """;
    List<String> added = inserted(before, add(before));
    assertThat(String.join("", added))
        .contains("    - name: order\n      kind: workflow.lua\n")
        .contains("      modules:\n          - funcs\n          - time\n")
        .contains("      meta:\n          temporal:\n              workflow:\n");
  }

  @Test
  void crlfLineEndingsAreKeptAndUsed() throws Exception {
    String before = "namespace: app\r\nentries:\r\n  - name: a\r\n    kind: library.lua\r\n";
    String after = add(before);
    inserted(before, after);
    assertThat(after.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    assertThat(after).startsWith(before);
  }

  @Test
  void flowStyleEntriesAnchorsAndMergeKeysStay() throws Exception {
    String before =
        """
        namespace: app
        defaults: &activity
          kind: function.lua
        entries:
          - {name: a, kind: library.lua, source: 'return {}'}
          - <<: *activity
            name: b
          - &c {name: c, kind: library.lua}
        """;
    String after = add(before);
    assertThat(inserted(before, after)).isNotEmpty();
    assertThat(after).startsWith(before);
  }

  @Test
  void doubleQuotedFilesGetDoubleQuotedValues() throws Exception {
    String before =
        """
        namespace: "app"
        entries:
          - name: "worker"
            kind: "temporal.worker"
        """;
    assertThat(String.join("", inserted(before, add(before))))
        .contains("  - name: \"order\"\n    kind: \"workflow.lua\"\n")
        .contains("modules: [\"funcs\", \"time\"]");
  }

  @Test
  void emptyEntriesGetTheFirstEntries() throws Exception {
    String before = "namespace: app\n# nothing yet\nentries:\n";
    String after = add(before);
    assertThat(inserted(before, after)).isNotEmpty();
    assertThat(after).startsWith(before + "  # The order workflow.\n  - name: order\n");
  }

  @Test
  void anEmptyFlowListChangesOnlyItsOwnLine() throws Exception {
    String before = "namespace: app\nentries: [] # none yet\nversion: \"1.0\"\n";
    String after = add(before);
    assertThat(after).startsWith("namespace: app\nentries: # none yet\n  # The order workflow.\n");
    assertThat(after).endsWith("    order: 1\nversion: \"1.0\"\n");
  }

  @Test
  void aFileWithoutFinalNewlineGetsOneBeforeTheEntries() throws Exception {
    String before = "namespace: app\nentries:\n  - name: a\n    kind: library.lua";
    String after = add(before);
    assertThat(after).startsWith(before + "\n  # The order");
    assertThat(after).endsWith("\n");
  }

  @Test
  void entriesBeforeOtherTopLevelKeysGoAtTheEndOfTheList() throws Exception {
    String before =
        """
        namespace: app
        entries:
          - name: a
            kind: library.lua
            source: |
              return {}

        # trailing settings
        version: "1.0"
        """;
    String after = add(before);
    inserted(before, after);
    assertThat(after).contains("      return {}\n  # The order workflow.\n");
    assertThat(after).endsWith("# trailing settings\nversion: \"1.0\"\n");
  }

  @Test
  void aByteOrderMarkStays() throws Exception {
    String before = "\uFEFFnamespace: app\nentries:\n  - name: a\n    kind: library.lua\n";
    assertThat(add(before)).startsWith(before);
  }

  @Test
  void forceReplacesAnEntryWhereItStands() throws Exception {
    String before =
        """
        namespace: app
        entries:
          # mine
          - name: order
            kind: library.lua
          - name: z
            kind: library.lua
        """;
    String after = DefinitionFileEditor.add("src/_index.yaml", before, ENTRIES, Set.of("order"));
    assertThat(after)
        .startsWith(
            "namespace: app\nentries:\n  # mine\n  - name: order\n    kind: workflow.lua\n");
    assertThat(after).contains("  - name: z\n    kind: library.lua\n  - name: order_test\n");
  }

  @Test
  void aNonEmptyFlowListIsRefused() {
    assertThatThrownBy(() -> add("namespace: app\nentries: [{name: a, kind: library.lua}]\n"))
        .isInstanceOf(ScaffoldException.class)
        .hasMessageContaining("src/_index.yaml: wflow cannot add entries to this file safely")
        .hasMessageContaining("flow list")
        .hasMessageContaining("block list");
  }

  @Test
  void severalDocumentsAreRefused() {
    assertThatThrownBy(() -> add("namespace: app\nentries:\n---\nnamespace: b\nentries:\n"))
        .hasMessageContaining("2 YAML documents");
  }

  @Test
  void brokenYamlIsRefusedWithItsPosition() {
    assertThatThrownBy(() -> add("namespace: app\nentries:\n  - name: [a\n"))
        .isInstanceOf(ScaffoldException.class)
        .hasMessageStartingWith("src/_index.yaml:4:1: this definition file is not valid YAML");
  }
}
