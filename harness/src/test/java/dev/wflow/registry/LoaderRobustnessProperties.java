package dev.wflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is in a definition file, loading never throws and every finding has a position. */
class LoaderRobustnessProperties {

  private static final String VALID =
      """
      namespace: app
      entries:
        - name: wf
          kind: workflow.lua
          source: "return function() end"
          modules: [funcs, time]
          imports: {lib: app:lib}
          meta: {temporal: {workflow: {worker: worker}}}
        - {name: worker, kind: temporal.worker, client: c, task_queue: q}
      """;

  @Property(tries = 300)
  void mangledDefinitionFilesNeverThrow(@ForAll("mangled") String yaml) throws IOException {
    Path dir = Files.createTempDirectory("wflow-prop");
    try {
      ProjectFixture.at(dir).file("src/_index.yaml", yaml);
      ProjectLoad load = Project.load(dir);
      for (Diagnostic d : load.diagnostics()) {
        assertThat(d.file()).isEqualTo("src/_index.yaml");
        assertThat(d.line()).isBetween(1, yaml.split("\n", -1).length + 1);
        assertThat(d.code()).isIn("E101", "E102", "E103", "E104");
      }
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * Anchors whose values alias earlier anchors or themselves (cycles), used as entry fields, merge
   * keys and whole entries: never an exception, only positioned E101s.
   */
  @Property(tries = 200)
  void anchorsAndAliasesNeverThrow(@ForAll("aliased") String yaml) throws IOException {
    mangledDefinitionFilesNeverThrow(yaml);
  }

  @Provide
  Arbitrary<String> aliased() {
    Arbitrary<String> value =
        Arbitraries.integers()
            .between(0, 5)
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .map(
                refs ->
                    "["
                        + String.join(
                            ", ", refs.stream().map(r -> r == 0 ? "x" : "*a" + r).toList())
                        + "]");
    return value
        .list()
        .ofSize(5)
        .flatMap(
            values ->
                Arbitraries.integers()
                    .between(1, 5)
                    .list()
                    .ofSize(3)
                    .map(uses -> aliasedFile(values, uses)));
  }

  private static String aliasedFile(java.util.List<String> values, java.util.List<Integer> uses) {
    StringBuilder yaml = new StringBuilder("namespace: app\n");
    for (int i = 0; i < values.size(); i++) {
      yaml.append("a").append(i + 1).append(": &a").append(i + 1).append(' ');
      yaml.append(values.get(i).replace("*a" + (i + 2), "x")).append('\n');
    }
    yaml.append("m: &m {kind: temporal.client, meta: *a").append(uses.get(0)).append("}\n");
    yaml.append("entries:\n  - <<: *m\n    name: c\n    address: *a").append(uses.get(1));
    yaml.append("\n  - *m\n  - {name: d, kind: library.lua, source: *a").append(uses.get(2));
    return yaml.append("}\n").toString();
  }

  /** The valid file with a few characters replaced, inserted or deleted. */
  @Provide
  Arbitrary<String> mangled() {
    Arbitrary<Character> noise =
        Arbitraries.of(' ', '\t', ':', '-', '"', '\'', '[', '{', '}', '\n', '|', '&', '*', 'x');
    return Arbitraries.integers()
        .between(0, VALID.length() - 1)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .flatMap(
            positions ->
                noise.list().ofSize(positions.size()).map(chars -> mangle(positions, chars)));
  }

  private static String mangle(java.util.List<Integer> positions, java.util.List<Character> chars) {
    StringBuilder text = new StringBuilder(VALID);
    for (int i = 0; i < positions.size(); i++) {
      int at = Math.min(positions.get(i), text.length() - 1);
      switch (i % 3) {
        case 0 -> text.setCharAt(at, chars.get(i));
        case 1 -> text.insert(at, chars.get(i));
        default -> text.deleteCharAt(at);
      }
    }
    return text.toString();
  }
}
