package dev.wflow.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.lint.LintConfig;
import dev.wflow.registry.Project;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every program of the parser's conformance corpus (each Wippy-dialect construct) and of its
 * invalid corpus, linted as a workflow entry with all rules active: the checks never throw, and
 * parallel runs give the same findings in the same order.
 */
class LuaLintRobustnessTest {

  @TempDir Path dir;

  @Test
  void everyDialectConstructIsCheckedWithoutFailureAndDeterministically() throws IOException {
    List<String> programs = new ArrayList<>(programs("/lua/conformance.txt"));
    programs.addAll(programs("/lua/invalid.txt"));
    assertThat(programs).hasSizeGreaterThan(40);
    StringBuilder index = new StringBuilder("namespace: app\nentries:\n");
    index.append("  - {name: lib, kind: library.lua, source: file://lib.lua}\n");
    Files.writeString(dir.resolve("lib.lua"), "local M = {}\nreturn M\n");
    for (int i = 0; i < programs.size(); i++) {
      Files.writeString(dir.resolve("p" + i + ".lua"), programs.get(i));
      index
          .append("  - name: p")
          .append(i)
          .append("\n    kind: workflow.lua\n    source: file://p")
          .append(i)
          .append(".lua\n    modules: [funcs, time, workflow, uuid]\n")
          .append("    imports: {lib: app:lib}\n");
    }
    Files.writeString(dir.resolve("_index.yaml"), index.toString());
    Project project = Project.load(dir).project();
    List<Diagnostic> first = new ArrayList<>();
    assertThatCode(() -> first.addAll(LuaLint.check(project, LintConfig.DEFAULT)))
        .doesNotThrowAnyException();
    assertThat(first).anyMatch(d -> d.code().equals("P0001"));
    assertThat(LuaLint.check(project, LintConfig.DEFAULT)).containsExactlyElementsOf(first);
  }

  /** The programs of a corpus file: text between {@code === name} and {@code --- expect}. */
  private static List<String> programs(String resource) throws IOException {
    String text;
    try (InputStream in = LuaLintRobustnessTest.class.getResourceAsStream(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("=== ")) {
        if (current != null) {
          out.add(current.toString());
        }
        current = new StringBuilder();
      } else if (line.startsWith("--- ")) {
        if (current != null) {
          out.add(current.toString());
        }
        current = null;
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    if (current != null) {
      out.add(current.toString());
    }
    return out;
  }
}
