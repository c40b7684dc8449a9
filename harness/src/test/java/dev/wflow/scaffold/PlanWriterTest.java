package dev.wflow.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanWriterTest {

  @TempDir Path dir;

  @Test
  void writesNewFilesFoldersAndEdits() throws Exception {
    Path edited = Files.writeString(dir.resolve("a.yaml"), "old\n");
    ScaffoldPlan plan =
        new ScaffoldPlan(
            dir,
            List.of(
                new PlannedFile(dir.resolve("sub/deep/x.lua"), "sub/deep/x.lua", null, "x\n"),
                new PlannedFile(edited, "a.yaml", "old\n", "old\nnew\n")),
            List.of(),
            List.of());
    PlanWriter.write(plan);
    assertThat(dir.resolve("sub/deep/x.lua")).hasContent("x");
    assertThat(edited).hasContent("old\nnew");
  }

  @Test
  void aFailedWriteLeavesTheTreeAsItWas() throws Exception {
    Path edited = Files.writeString(dir.resolve("a.yaml"), "old\n");
    // "blocker" is a file, so nothing can be created under it: the third write fails.
    Files.writeString(dir.resolve("blocker"), "");
    ScaffoldPlan plan =
        new ScaffoldPlan(
            dir,
            List.of(
                new PlannedFile(dir.resolve("new/x.lua"), "new/x.lua", null, "x\n"),
                new PlannedFile(edited, "a.yaml", "old\n", "changed\n"),
                new PlannedFile(dir.resolve("blocker/y.lua"), "blocker/y.lua", null, "y\n")),
            List.of(),
            List.of());
    assertThatThrownBy(() -> PlanWriter.write(plan))
        .isInstanceOf(ScaffoldException.class)
        .hasMessageStartingWith("cannot write blocker/y.lua: ")
        .hasMessageEndingWith("; nothing was changed");
    assertThat(dir.resolve("new")).doesNotExist();
    assertThat(edited).hasContent("old");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("a.yaml", "blocker");
    }
  }

  @Test
  void aFileEditedSinceThePlanIsNotOverwritten() throws Exception {
    Path edited = Files.writeString(dir.resolve("a.yaml"), "edited meanwhile\n");
    ScaffoldPlan plan =
        new ScaffoldPlan(
            dir,
            List.of(new PlannedFile(edited, "a.yaml", "old\n", "new\n")),
            List.of(),
            List.of());
    assertThatThrownBy(() -> PlanWriter.write(plan)).hasMessageContaining("changed while wflow");
    assertThat(edited).hasContent("edited meanwhile");
  }
}
