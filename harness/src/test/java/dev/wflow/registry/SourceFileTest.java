package dev.wflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code source: file://…} that cannot be used: each is an E104 on the source field. */
class SourceFileTest {

  @TempDir Path dir;

  @Test
  void outsideTheProjectLoopsAndDirectories() throws IOException {
    Path project = dir.resolve("p");
    ProjectFixture.at(project)
        .file(
            "src/_index.yaml",
            """
            namespace: app
            entries:
              - {name: up, kind: library.lua, source: "file://../../secret.lua"}
              - {name: abs, kind: library.lua, source: "file:///etc/hostname"}
              - {name: loop, kind: library.lua, source: "file://a.lua"}
              - {name: dir, kind: library.lua, source: "file://lib"}
            """)
        .file("secret.lua", "return 1\n")
        .file("src/lib/x.lua", "return 1\n");
    Files.createSymbolicLink(project.resolve("src/a.lua"), Path.of("b.lua"));
    Files.createSymbolicLink(project.resolve("src/b.lua"), Path.of("a.lua"));
    assertThat(Project.load(project).diagnostics().stream().map(Diagnostic::headline))
        .containsExactly(
            "src/_index.yaml:3:43: error[E104] source file "
                + dir.resolve("secret.lua")
                + " is outside the project",
            "src/_index.yaml:4:44: error[E104] source file /etc/hostname is outside the project",
            "src/_index.yaml:5:45: error[E104] source file src/a.lua is a broken or looping"
                + " symbolic link",
            "src/_index.yaml:6:44: error[E104] source is not a file: src/lib");
  }
}
