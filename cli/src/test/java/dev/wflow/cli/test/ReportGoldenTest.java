package dev.wflow.cli.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.testing.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The three report formats of one mixed run against golden files. Set {@code -Dgolden.update=true}
 * to rewrite them after an intended change.
 */
class ReportGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/test");

  @Test
  void text() throws IOException {
    RunResult r = ReportFixture.mixed();
    StringWriter s = new StringWriter();
    TextReport report = new TextReport(new PrintWriter(s), false);
    ReportFixture.replay(r, report);
    report.finish(r);
    assertGolden("mixed.txt", s.toString());
    assertThat(s.toString()).endsWith("\n1 passed, 3 failed, 1 skipped in 0.08s\n");
  }

  @Test
  void json() throws IOException {
    RunResult r = ReportFixture.mixed();
    StringWriter s = new StringWriter();
    JsonReport report = new JsonReport(new PrintWriter(s));
    ReportFixture.replay(r, report);
    report.finish(r);
    assertGolden("mixed.jsonl", s.toString());
    assertThat(s.toString().lines()).hasSize(6).allMatch(l -> l.startsWith("{\"event\":"));
  }

  @Test
  void junit() throws IOException {
    assertGolden("mixed.xml", JunitReport.render(ReportFixture.mixed()));
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
