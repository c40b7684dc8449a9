package dev.wflow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wflow.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encodings of definition and Lua files: what loads, and where a bad byte is reported. */
class TextFileTest {

  @TempDir Path dir;

  private static final String INDEX =
      "namespace: app\nentries:\n  - name: c\n    kind: temporal.client\n    address: a:1\n";

  @Test
  void badByteIsReportedAtItsLineAndColumn() throws IOException {
    Files.createDirectories(dir.resolve("src"));
    Files.write(
        dir.resolve("src/_index.yaml"),
        (INDEX + "    # caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
    assertThat(Project.load(dir).diagnostics().stream().map(Diagnostic::headline))
        .containsExactly("src/_index.yaml:6:10: error[E101] file is not valid UTF-8 (byte 0xE9)");
  }

  @Test
  void byteOrderMarksAreUnderstood() throws IOException {
    Files.createDirectories(dir.resolve("src"));
    byte[] utf8 = INDEX.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    Files.write(dir.resolve("src/a.yaml"), withBom);
    Files.write(
        dir.resolve("src/b.yaml"),
        INDEX.replace("app", "other").getBytes(StandardCharsets.UTF_16)); // big-endian with BOM
    ProjectLoad load = Project.load(dir);
    assertThat(load.diagnostics()).isEmpty();
    assertThat(load.project().entry("app:c")).isPresent();
    assertThat(load.project().entry("other:c")).isPresent();
  }

  @Test
  void luaSourceThatIsNotUtf8SaysWhere() throws IOException {
    ProjectFixture.at(dir)
        .file(
            "src/_index.yaml",
            "namespace: app\nentries:\n  - {name: l, kind: library.lua, source: file://l.lua}\n");
    Files.write(dir.resolve("src/l.lua"), new byte[] {'-', '-', '\n', 'x', (byte) 0xC3, '\n'});
    assertThat(Project.load(dir).diagnostics().stream().map(Diagnostic::headline))
        .containsExactly(
            "src/_index.yaml:3:42: error[E104] source file src/l.lua is not valid UTF-8 (first bad"
                + " byte at line 2, column 2)");
  }

  @Test
  void aWrittenReplacementCharacterIsText() throws IOException {
    // The fast decode replaces bad bytes with U+FFFD; one the author wrote must stay valid text.
    Path file = dir.resolve("r.lua");
    Files.writeString(file, "-- \uFFFD marks a lost byte\nlocal x = '\u00e9'\n");
    assertThat(TextFile.read(file)).isEqualTo("-- \uFFFD marks a lost byte\nlocal x = '\u00e9'\n");
  }

  @Test
  void aBadByteBesideAWrittenReplacementCharacterIsStillFound() throws IOException {
    Path file = dir.resolve("r.lua");
    byte[] ok = "-- \uFFFD\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(ok, ok.length + 2);
    bytes[ok.length] = 'x';
    bytes[ok.length + 1] = (byte) 0xFF;
    Files.write(file, bytes);
    assertThatThrownBy(() -> TextFile.read(file))
        .isInstanceOfSatisfying(
            TextFile.NotUtf8.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(2);
            });
  }

  @Test
  void readErrorsAreWords() {
    assertThat(TextFile.reason(new AccessDeniedException("/x"))).isEqualTo("permission denied");
    assertThatThrownBy(() -> TextFile.read(dir.resolve("nope")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void hugeFileIsRefusedBeforeReading() throws IOException {
    Files.createDirectories(dir.resolve("src"));
    try (var file = new java.io.RandomAccessFile(dir.resolve("src/big.yaml").toFile(), "rw")) {
      file.setLength(TextFile.MAX_BYTES + 1); // sparse: no disk, no time
    }
    long started = System.nanoTime();
    assertThat(Project.load(dir).diagnostics().stream().map(Diagnostic::headline))
        .containsExactly(
            "src/big.yaml:1:1: error[E101] cannot read file: too large (33 MB; the limit is 32 MB)");
    assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
  }
}
