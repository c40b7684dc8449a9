package dev.wflow.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.testing.RunResult;
import dev.wflow.testing.TestListener;
import dev.wflow.testing.TestOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A platform module wflow lacks, used by a test's own code: the error says to mock the function
 * with {@code test.mock}, which works, rather than to mock the test entry itself.
 */
class MissingModuleAdviceTest {

  @TempDir Path dir;

  @Test
  void testCodeIsToldToMockTheModulesFunction() throws IOException {
    Files.writeString(
        dir.resolve("_index.yaml"),
        """
        version: "1.0"
        namespace: app
        entries:
          - name: t
            kind: function.lua
            meta: {type: test}
            source: file://t.lua
            method: run
            modules: [logger]
            imports: {test: wippy.test:test}
        """);
    Files.writeString(
        dir.resolve("t.lua"),
        """
        return { run = test.run_cases(function()
          describe("d", function()
            it("mocked", function()
              test.mock("logger.named", function() return "L" end)
              test.eq(logger.named("x"), "L")
            end)
            it("unmocked", function() logger.named("x") end)
          end)
        end) }
        """);

    RunResult r =
        TestEngine.run(TestEngine.load(dir), TestOptions.defaults(), TestListener.NONE, l -> {});

    assertThat(r.passed()).isEqualTo(1);
    assertThat(r.files().get(0).cases().get(1).failure().message())
        .isEqualTo(
            "module 'logger' is not available under wflow (logger.named); mock it in the test:"
                + " test.mock(\"logger.named\", function(...) … end)");
  }
}
