package dev.wflow.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateTempFolderTest {

  @TempDir Path tmp;

  @Test
  void eachRunGetsItsOwnFolderOnlyItsUserCanEnter() throws IOException {
    Path a = new PrivateTempFolder(tmp, "wflow-history-").path();
    Path b = new PrivateTempFolder(tmp, "wflow-history-").path();
    assertThat(a).isNotEqualTo(b);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(a)))
        .isEqualTo("rwx------");
  }

  @Test
  void foldersLeftLongAgoAreRemovedWithoutFollowingTheirLinks() throws IOException {
    Path outside = Files.writeString(tmp.resolve("keep.txt"), "mine");
    Path old = Files.createDirectories(tmp.resolve("wflow-history-old/app_test"));
    Files.writeString(old.resolve("1-run.json"), "{}");
    Files.createSymbolicLink(old.resolve("link"), outside);
    Path recent = Files.createDirectory(tmp.resolve("wflow-history-recent"));
    Instant longAgo = Instant.now().minus(Duration.ofDays(30));
    Files.setLastModifiedTime(tmp.resolve("wflow-history-old"), FileTime.from(longAgo));

    new PrivateTempFolder(tmp, "wflow-history-").path();

    assertThat(tmp.resolve("wflow-history-old")).doesNotExist();
    assertThat(recent).exists();
    assertThat(Files.readString(outside)).isEqualTo("mine");
  }
}
