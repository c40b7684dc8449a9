package dev.wflow.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileWriterTest {

  @TempDir Path dir;

  @Test
  void createsAndReplacesARegularFileWhole() throws IOException {
    Path file = dir.resolve("report.xml");
    SafeFileWriter.write(file, "one");
    SafeFileWriter.write(file, "two");
    assertThat(Files.readString(file)).isEqualTo("two");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aNewFileGetsTheUmaskModeLikeTheShell() throws IOException {
    Path reference = dir.resolve("reference");
    try (OutputStream out = Files.newOutputStream(reference, StandardOpenOption.CREATE_NEW)) {
      out.write(1);
    }
    Path file = dir.resolve("new.xml");
    SafeFileWriter.write(file, "x");
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(Files.getPosixFilePermissions(reference));
  }

  @Test
  void aReplacedFileKeepsItsMode() throws IOException {
    Path file = dir.resolve("kept.json");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    SafeFileWriter.write(file, "new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void writesThroughASymlinkWhichStaysALink() throws IOException {
    Files.createDirectory(dir.resolve("real"));
    Path target = dir.resolve("real/history.json");
    Files.writeString(target, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real/history.json"));
    SafeFileWriter.write(link, "new");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("new");
  }

  @Test
  void aDanglingSymlinkCreatesItsTarget() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("later.json"));
    SafeFileWriter.write(link, "new");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(dir.resolve("later.json"))).isEqualTo("new");
  }

  @Test
  void aFifoStaysAFifoAndItsReaderGetsTheContent() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(mkfifo(fifo), "mkfifo is not available");
    CompletableFuture<String> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readString(fifo);
              } catch (IOException e) {
                throw new RuntimeException(e);
              }
            });
    SafeFileWriter.write(fifo, "<testsuites/>");
    assertThat(reader.get(60, TimeUnit.SECONDS)).isEqualTo("<testsuites/>");
    assertThat(kind(fifo).isOther()).isTrue();
  }

  @Test
  void devNullIsWrittenThroughNeverReplaced() throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull));
    SafeFileWriter.write(devNull, "discarded");
    assertThat(kind(devNull).isOther()).isTrue();
  }

  @Test
  void aMissingDeviceIsAnErrorNotANewFile() {
    Path missing = Path.of("/dev/wflow-no-such-device-" + ProcessHandle.current().pid());
    assertThatThrownBy(() -> SafeFileWriter.write(missing, "x"))
        .isInstanceOf(NoSuchFileException.class);
    assertThat(Files.exists(missing, LinkOption.NOFOLLOW_LINKS)).isFalse();
  }

  @Test
  void aDirectoryIsRefused() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    assertThatThrownBy(() -> SafeFileWriter.write(sub, "x")).hasMessageContaining("is a directory");
  }

  @Test
  void createNewNeverOverwrites() throws IOException {
    Path file = dir.resolve("order.lua");
    SafeFileWriter.createNew(file, "return {}");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("return {}");
    assertThatThrownBy(() -> SafeFileWriter.createNew(file, "other"))
        .isInstanceOf(FileAlreadyExistsException.class);
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.lua"), Path.of("nowhere"));
    assertThatThrownBy(() -> SafeFileWriter.createNew(dangling, "x"))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(file)).isEqualTo("return {}");
    assertThat(Files.exists(dir.resolve("nowhere"))).isFalse();
  }

  private static BasicFileAttributes kind(Path p) throws IOException {
    return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }

  private static boolean mkfifo(Path p) {
    try {
      Process proc = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
      return proc.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
