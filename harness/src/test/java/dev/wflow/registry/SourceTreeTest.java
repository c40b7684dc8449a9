package dev.wflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery of definition files through symbolic links, including ones that loop. */
class SourceTreeTest {

  @TempDir Path dir;

  private static final String INDEX =
      "namespace: app\nentries:\n  - {name: c, kind: temporal.client, address: \"a:1\"}\n";

  @Test
  void linkedSourceDirectoryIsScanned() throws IOException {
    ProjectFixture.at(dir).file("shared/_index.yaml", INDEX);
    Files.createSymbolicLink(dir.resolve("src"), Path.of("shared"));
    ProjectLoad load = Project.load(dir);
    assertThat(load.diagnostics()).isEmpty();
    assertThat(load.project().entry("app:c")).isPresent();
    assertThat(load.project().files())
        .extracting(DefinitionFile::displayPath)
        .containsExactly("src/_index.yaml");
  }

  @Test
  void linkedDefinitionFileIsReadAndOneFileReachedTwiceOnce() throws IOException {
    ProjectFixture.at(dir).file("lib/defs.yaml", INDEX).file("src/readme.txt", "x");
    Files.createSymbolicLink(dir.resolve("src/defs.yaml"), Path.of("../lib/defs.yaml"));
    Files.createSymbolicLink(dir.resolve("src/again.yaml"), Path.of("defs.yaml"));
    ProjectLoad load = Project.load(dir);
    assertThat(load.diagnostics()).isEmpty();
    assertThat(load.project().entries()).hasSize(1);
  }

  @Test
  void linksToFilesOutsideTheProjectAreNeverRead(@TempDir Path elsewhere) throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("credentials"), "aws_secret = hunter2\n");
    Path secretYaml = Files.writeString(elsewhere.resolve("x.yaml"), "aws_secret: hunter2\n");
    ProjectFixture.at(dir)
        .file(
            "src/_index.yaml",
            INDEX + "  - {name: lib, kind: library.lua, source: \"file://lib.lua\"}\n");
    Files.createSymbolicLink(dir.resolve("src/lib.lua"), secret);
    Files.createSymbolicLink(dir.resolve("src/stolen.yaml"), secretYaml);
    ProjectLoad load = Project.load(dir);
    assertThat(load.diagnostics().stream().map(d -> d.headline()))
        .containsExactlyInAnyOrder(
            "src/stolen.yaml:1:1: error[E101] not read: a symbolic link to a file outside the"
                + " project",
            "src/_index.yaml:4:44: error[E104] source file src/lib.lua is a symbolic link to a file"
                + " outside the project");
    assertThat(load.diagnostics().toString()).doesNotContain("hunter2");
  }

  @Test
  void linkLoopsAndDanglingLinksAreSkippedQuietly() throws IOException {
    ProjectFixture.at(dir).file("src/_index.yaml", INDEX);
    Files.createSymbolicLink(dir.resolve("src/self"), Path.of("."));
    Files.createSymbolicLink(dir.resolve("src/gone.yaml"), Path.of("nowhere.yaml"));
    Files.createSymbolicLink(dir.resolve("src/a"), Path.of("b"));
    Files.createSymbolicLink(dir.resolve("src/b"), Path.of("a"));
    ProjectLoad load = Project.load(dir);
    assertThat(load.diagnostics()).isEmpty();
    assertThat(load.project().entries()).hasSize(1);
  }

  @Test
  void installedModulesResolveReferencesButAreNotPartOfTheProject() {
    ProjectFixture.at(dir)
        .file("wippy.lock", "directories:\n  src: ./src\n  modules: .wippy\n")
        .file(
            ".wippy/vendor/acme/util/src/_index.yaml",
            "namespace: acme.util\nentries:\n  - {name: strings, kind: library.lua, source: x}\n"
                + "  - {name: no_kind}\n")
        .file("src/_index.yaml", INDEX);
    ProjectLoad load = Project.load(dir);
    assertThat(load.diagnostics()).isEmpty(); // the module's own mistakes are not ours
    assertThat(load.project().entries()).hasSize(1);
    assertThat(load.project().installedEntry(EntryId.parse("acme.util:strings"))).isPresent();
  }
}
