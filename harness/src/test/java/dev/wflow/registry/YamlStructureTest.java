package dev.wflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anchors, aliases and odd keys: what ordinary files use works; cycles, bombs and keys that are
 * lists are diagnostics.
 */
class YamlStructureTest {

  @TempDir Path dir;

  private ProjectLoad load(String yaml) {
    return ProjectFixture.at(dir).file("src/_index.yaml", yaml).load();
  }

  private static List<String> headlines(ProjectLoad load) {
    return load.diagnostics().stream().map(Diagnostic::headline).distinct().toList();
  }

  @Test
  void manyEntriesMayMergeOneDefaultsAnchor() {
    StringBuilder yaml =
        new StringBuilder(
            "namespace: app\nx-defaults: &d\n  kind: temporal.client\n  address: a:1\nentries:\n");
    for (int i = 0; i < 120; i++) {
      yaml.append("  - <<: *d\n    name: c").append(i).append('\n');
    }
    ProjectLoad load = load(yaml.toString());
    assertThat(load.diagnostics()).isEmpty();
    assertThat(load.project().entries()).hasSize(120);
  }

  @Test
  void aliasThatContainsItselfIsAnErrorNotAStackOverflow() {
    ProjectLoad load =
        load(
            """
            namespace: app
            entries:
              - name: c
                kind: temporal.client
                address: a:1
                meta: &m
                  self: *m
            """);
    assertThat(headlines(load))
        .containsExactly(
            "src/_index.yaml:6:11: error[E101] recursive alias: the value anchored here contains an alias to itself");
    assertThat(load.project().entry("app:c")).isPresent();
  }

  @Test
  void aliasBombStopsAtTheBudget() {
    StringBuilder yaml = new StringBuilder("namespace: app\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      String prev = "*a" + (i - 1);
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      yaml.append(String.join(", ", java.util.Collections.nCopies(9, prev))).append("]\n");
    }
    yaml.append("entries:\n  - name: c\n    kind: temporal.client\n    meta: *a9\n");
    ProjectLoad load = load(yaml.toString());
    assertThat(headlines(load))
        .singleElement()
        .asString()
        .startsWith("src/_index.yaml:")
        .contains("error[E101] aliases expand to more than 100000 values");
  }

  @Test
  void recursiveLockFileIsAnError() {
    ProjectFixture.at(dir).file("wippy.lock", "directories: &d\n  src: ./src\n  again: *d\n");
    ProjectFixture.at(dir)
        .file(
            "src/_index.yaml", "namespace: app\nentries:\n  - {name: c, kind: temporal.client}\n");
    assertThat(headlines(Project.load(dir)))
        .containsExactly(
            "wippy.lock:1:14: error[E101] recursive alias: the value anchored here contains an alias to itself");
  }

  @Test
  void entryRepeatedByAnAliasIsReportedWhereTheAliasIsWritten() {
    ProjectLoad load =
        load(
            """
            namespace: app
            entries:
              - &c
                name: c
                kind: temporal.client
                address: a:1
              - *c
            """);
    assertThat(headlines(load))
        .containsExactly(
            "src/_index.yaml:7:5: error[E103] alias *c repeats the entry at line 3 (an entry ID"
                + " must be unique)");
  }

  @Test
  void listAndMappingKeysAreOneClearErrorEachNotDuplicates() {
    ProjectLoad load =
        load(
            """
            namespace: app
            ? [top]
            : 1
            ? [top2]
            : 2
            entries:
              - name: c
                kind: temporal.client
                address: a:1
                ? [a, b]
                : 1
                ? {x: 1}
                : 2
            """);
    assertThat(headlines(load))
        .containsExactly(
            "src/_index.yaml:10:7: error[E101] a key must be a name, not a list or a mapping",
            "src/_index.yaml:12:7: error[E101] a key must be a name, not a list or a mapping");
    assertThat(load.project().entry("app:c")).isPresent();
  }
}
