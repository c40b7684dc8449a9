package dev.wflow.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.testing.FileResult;
import dev.wflow.testing.RunResult;
import dev.wflow.testing.TestListener;
import dev.wflow.testing.TestOptions;
import dev.wflow.testing.TestWarning;
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

  /**
   * A signal on a mistyped topic is never received: the workflow takes its timeout branch and the
   * test passes for the wrong reason. It passes still (the platform would run it the same way), but
   * the report says which message was left unread and what the workflow listened on.
   */
  @Test
  void aSignalNobodyReceivedIsAWarningOfItsTest() throws IOException {
    Files.writeString(
        dir.resolve("_index.yaml"),
        """
        version: "1.0"
        namespace: app
        entries:
          - name: client
            kind: temporal.client
            address: localhost:7233
          - name: worker
            kind: temporal.worker
            client: client
            task_queue: q
          - name: approval
            kind: workflow.lua
            source: file://approval.lua
            method: main
            modules: [time]
            meta: {temporal: {workflow: {worker: worker}}}
          - name: approval_test
            kind: function.lua
            meta: {type: test}
            source: file://approval_test.lua
            method: run
        """);
    Files.writeString(
        dir.resolve("approval.lua"),
        """
        local time = require("time")
        local function main()
          local approve = process.listen("approve")
          local got = channel.select({approve:case_receive(), time.after("1h"):case_receive()})
          if got.channel == approve then return "approved" end
          return "timed out"
        end
        return {main = main}
        """);
    Files.writeString(
        dir.resolve("approval_test.lua"),
        """
        return {run = test.run_cases(function()
          describe("approval", function()
            it("mistyped", function()
              local run = test.workflow("app:approval"):start()
              run:signal("aprove", {})
              test.eq(run:result(), "timed out")
            end)
            it("right topic", function()
              local run = test.workflow("app:approval"):start()
              run:signal("approve", {})
              test.eq(run:result(), "approved")
            end)
          end)
        end)}
        """);

    TestSuite suite = TestEngine.load(dir);
    RunResult result = TestEngine.run(suite, TestOptions.defaults(), TestListener.NONE, l -> {});

    assertThat(result.passed()).isEqualTo(2);
    FileResult file = result.files().get(0);
    assertThat(file.warnings()).extracting(TestWarning::message).hasSize(1);
    assertThat(file.warnings().get(0).message())
        .startsWith("test 'approval > mistyped': workflow ")
        .endsWith(
            " (app:approval) ended with a message on 'aprove' unread: nothing listened on 'aprove'"
                + " (it listened on 'approve'; a mistyped topic?)");
  }
}
