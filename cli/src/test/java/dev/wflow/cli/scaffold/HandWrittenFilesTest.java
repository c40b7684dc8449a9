package dev.wflow.cli.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code wflow new} on definition files written by hand in every style: no existing line changes
 * (diffed before and after), and the project still lints clean.
 */
class HandWrittenFilesTest {

  @TempDir Path project;

  @ParameterizedTest
  @ValueSource(strings = {"comments", "flow", "four-spaces", "crlf", "anchors", "empty"})
  void noExistingLineChanges(String style) throws Exception {
    Files.createDirectories(project.resolve("src"));
    Files.writeString(project.resolve("wippy.lock"), "directories:\n  src: ./src\n");
    Path index = project.resolve("src/_index.yaml");
    String before = fixture(style);
    Files.writeString(index, before);
    if (style.equals("empty")) {
      Files.writeString(project.resolve("src/platform.yaml"), fixture("platform"));
    }

    CliRunner.Result r = CliRunner.run("-C", project.toString(), "new", "order_workflow");
    assertThat(r.exitCode()).as(r.err()).isZero();

    String after = Files.readString(index);
    List<String> old = before.lines().toList();
    List<String> now = after.lines().toList();
    int at = 0;
    for (String line : now) {
      if (at < old.size() && old.get(at).equals(line)) {
        at++;
      }
    }
    assertThat(at).as("every old line is still there, in order").isEqualTo(old.size());
    assertThat(now.size()).as("entries were added").isGreaterThan(old.size() + 20);
    if (style.equals("crlf")) {
      assertThat(after.replace("\r\n", "")).doesNotContain("\n");
    }
    CliRunner.Result lint = CliRunner.run("-C", project.toString(), "lint");
    assertThat(lint.out()).as(lint.out()).endsWith(": 0 errors, 0 warnings, 0 hints\n");
  }

  private static String fixture(String style) {
    return switch (style) {
      case "comments" ->
          """
          # Definitions of the app. Keep this header.
          version: "1.0"
          namespace: app

          entries:
            # The cluster.
            - name: temporal_client   # local dev
              kind: temporal.client
              address: localhost:7233


            - name: worker
              kind: temporal.worker
              client: temporal_client
              task_queue: q
            # more entries below
          """;
      case "flow" ->
          """
          namespace: app
          entries:
            - {name: temporal_client, kind: temporal.client, address: "localhost:7233"}
            - {name: worker, kind: temporal.worker, client: temporal_client, task_queue: q}
          """;
      case "four-spaces" ->
          """
          namespace: app
          entries:
              -   name: temporal_client
                  kind: temporal.client
                  address: localhost:7233
              -   name: worker
                  kind: temporal.worker
                  client: temporal_client
                  task_queue: q
                  worker_options:
                      max_concurrent_activity_execution_size: 4
          """;
      case "crlf" ->
          "namespace: app\r\nentries:\r\n  - name: temporal_client\r\n    kind: temporal.client\r\n"
              + "    address: localhost:7233\r\n  - name: worker\r\n    kind: temporal.worker\r\n"
              + "    client: temporal_client\r\n    task_queue: q";
      case "anchors" ->
          """
          namespace: app
          entries:
            - &client
              name: temporal_client
              kind: temporal.client
              address: localhost:7233
            - name: worker
              kind: temporal.worker
              client: temporal_client
              task_queue: &queue q
          """;
      case "empty" -> "namespace: app\n\n# workflows go here\nentries:\n";
      case "platform" ->
          """
          namespace: app
          entries:
            - name: temporal_client
              kind: temporal.client
              address: localhost:7233
            - name: worker
              kind: temporal.worker
              client: temporal_client
              task_queue: q
          """;
      default -> throw new IllegalArgumentException(style);
    };
  }
}
