package dev.wflow.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The one driver of the annotated lint fixtures: every project under {@code lint/fixtures} is
 * linted, and in every file the findings must be exactly those its {@code EXPECT:} annotations
 * announce, on the lines where the findings start.
 */
class LintFixturesTest {

  @TestFactory
  Stream<DynamicNode> fixtures() throws Exception {
    Path root = fixtureRoot();
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs
          .filter(Files::isDirectory)
          .sorted()
          .map(LintFixturesTest::project)
          .toList()
          .stream();
    }
  }

  static Path fixtureRoot() throws URISyntaxException {
    return Path.of(LintFixturesTest.class.getResource("/lint/fixtures").toURI());
  }

  private static DynamicNode project(Path dir) {
    List<Diagnostic> findings = FixtureLint.lint(dir);
    Map<String, List<Expectation>> expected = expectations(dir);
    Map<String, List<Diagnostic>> actual = new TreeMap<>();
    findings.forEach(d -> actual.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d));
    TreeMap<String, Boolean> files = new TreeMap<>();
    expected.keySet().forEach(f -> files.put(f, true));
    actual.keySet().forEach(f -> files.put(f, true));
    List<DynamicTest> tests =
        files.keySet().stream()
            .map(
                f ->
                    DynamicTest.dynamicTest(
                        f,
                        () ->
                            compare(
                                expected.getOrDefault(f, List.of()),
                                actual.getOrDefault(f, List.of()))))
            .toList();
    return DynamicContainer.dynamicContainer(dir.getFileName().toString(), tests);
  }

  private static void compare(List<Expectation> expected, List<Diagnostic> actual) {
    List<Expectation> missing = new ArrayList<>(expected);
    List<Diagnostic> unexpected = new ArrayList<>();
    for (Diagnostic d : actual) {
      Expectation match = missing.stream().filter(e -> e.matches(d)).findFirst().orElse(null);
      if (match == null) {
        unexpected.add(d);
      } else {
        missing.remove(match);
      }
    }
    assertThat(unexpected).as("findings no EXPECT announces").isEmpty();
    assertThat(missing).as("EXPECTed findings not reported (actual: %s)", actual).isEmpty();
  }

  private static Map<String, List<Expectation>> expectations(Path dir) {
    Map<String, List<Expectation>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = dir.relativize(file).toString().replace('\\', '/');
        List<Expectation> list = ExpectationReader.read(name, Files.readString(file));
        if (!list.isEmpty()) {
          out.put(name, list);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
