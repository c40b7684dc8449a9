package dev.wflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.registry.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestDiscoveryTest {

  /**
   * The platform runner's order (framework {@code discovery.lua}): suites by name, an entry without
   * {@code meta.suite} in the suite {@code tostring(nil)} = "nil"; then {@code meta.order}, absent
   * being 0; then ID. {@code meta.timeout} is read for the runner's per-entry limit.
   */
  @Test
  void findsTestEntriesInThePlatformRunnersOrder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(
        dir.resolve("src/_index.yaml"),
        """
        namespace: app.test
        entries:
          - name: late
            kind: function.lua
            source: file://t.lua
            meta: {type: test, suite: b}
          - name: second
            kind: function.lua
            source: file://t.lua
            meta: {type: test, suite: b, order: 2}
          - name: first
            kind: function.lua
            source: file://t.lua
            meta: {type: test, suite: b, order: 1, name: the first, timeout: 5s}
          - name: other_suite
            kind: function.lua
            source: file://t.lua
            imports: {test: wippy.test:test}
            meta: {type: test, suite: a}
          - name: not_a_test
            kind: function.lua
            source: file://t.lua
          - name: inline
            kind: function.lua
            meta: {type: test}
            source: |
              return function() return true end
        """);
    Files.writeString(dir.resolve("src/t.lua"), "return function() return true end\n");
    List<TestEntry> tests = TestDiscovery.discover(Project.load(dir).project());
    assertThat(tests)
        .extracting(TestEntry::id)
        .containsExactly(
            "app.test:other_suite",
            "app.test:late",
            "app.test:first",
            "app.test:second",
            "app.test:inline");
    TestEntry first = tests.get(2);
    assertThat(first.name()).isEqualTo("the first");
    assertThat(first.suite()).isEqualTo("b");
    assertThat(first.file()).isEqualTo("src/t.lua");
    assertThat(first.timeout()).isEqualTo(java.time.Duration.ofSeconds(5));
    assertThat(tests.get(1).timeout()).isNull();
    assertThat(tests.get(0).imports()).containsEntry("test", TestEntry.TEST_MODULE_ID);
    TestEntry inline = tests.get(4);
    assertThat(inline.suite()).isEqualTo("app.test");
    assertThat(inline.file()).isEqualTo("src/_index.yaml");
    // Inline code keeps the YAML file's line numbers.
    assertThat(inline.source().lines().toList().get(26)).contains("return function()");
  }
}
