package dev.wflow.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestEngineTest {

  @TempDir Path dir;

  @Test
  void aMetaTimeoutThatIsNoGoDurationIsAPositionedLoadError() throws IOException {
    Files.writeString(
        dir.resolve("_index.yaml"),
        """
        version: "1.0"
        namespace: app.test
        entries:
          - name: slow
            kind: function.lua
            meta: {type: test, timeout: "2 minutes"}
            source: file://slow.lua
            method: main
          - name: fine
            kind: function.lua
            meta: {type: test, timeout: 2m}
            source: file://slow.lua
            method: main
        """);
    Files.writeString(dir.resolve("slow.lua"), "return {main = function() return true end}\n");

    TestSuite suite = TestEngine.load(dir);

    assertThat(suite.loadErrors()).hasSize(1);
    Diagnostic d = suite.loadErrors().get(0);
    assertThat(d.file()).isEqualTo("_index.yaml");
    assertThat(d.line()).isEqualTo(6);
    assertThat(d.column()).isEqualTo(33);
    assertThat(d.message())
        .isEqualTo(
            "invalid meta.timeout \"2 minutes\" of test app.test:slow: use a Go duration such as"
                + " \"30s\" or \"2m\" (units ns us ms s m h)");
  }
}
