package dev.wflow.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn verify} leaves nothing in {@code /tmp}: the tests' temporary files (JUnit's {@code
 * TempDir}, the private folders of failing runs' histories) go under the module's {@code target/}
 * (the root pom's surefire {@code argLine}), and {@code mvn clean} removes them.
 */
class BuildFolderTest {

  @Test
  void testsWriteTheirTemporaryFilesUnderTarget() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    assertThat(tmp.getFileName().toString()).isEqualTo("target");
    Path made = new PrivateTempFolder("wflow-build-folder-test-").path();
    try {
      assertThat(made.toAbsolutePath().normalize()).startsWith(tmp);
    } finally {
      java.nio.file.Files.delete(made);
    }
  }
}
