package dev.wflow.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build's tests write their temp files (failing runs' histories, throw-away projects, server
 * logs) under the build's root {@code target/}, never in the machine's shared temporary directory,
 * where a verify used to leave a {@code wflow-history-*} folder per failing-test run.
 */
class BuildTempDirTest {

  @Test
  void testsWriteTheirTempFilesUnderTheBuildsTargetFolder() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    assertThat(tmp.getFileName()).hasToString("target");
    assertThat(tmp.getParent().resolve("pom.xml")).exists();

    Path made = Files.createTempDirectory("wflow-build-temp-");
    try {
      assertThat(made.toAbsolutePath().normalize().getParent()).isEqualTo(tmp);
    } finally {
      Files.delete(made);
    }
  }
}
