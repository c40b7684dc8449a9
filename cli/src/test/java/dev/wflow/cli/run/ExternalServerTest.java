package dev.wflow.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.cli.CliRunner;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs an example through {@code --address} against Temporal's test server started in a separate
 * process on a loopback port: the same binding serves a real cluster.
 */
class ExternalServerTest {

  private static Process server;
  private static int port;

  @BeforeAll
  static void startServer() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    server =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "io.temporal.testserver.TestServer",
                Integer.toString(port),
                "--enable-time-skipping")
            .redirectErrorStream(true)
            .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "wflow-test-server.log"))
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!accepts(port)) {
      if (System.nanoTime() > deadline || !server.isAlive()) {
        throw new IllegalStateException("test server did not start on port " + port);
      }
      Thread.sleep(100);
    }
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.destroy();
    if (!server.waitFor(10, TimeUnit.SECONDS)) {
      server.destroyForcibly();
    }
  }

  @Test
  void runsTheOrderExampleOnAServerInAnotherProcess() {
    var r =
        CliRunner.run(
            "-C",
            RunCommandTest.ORDERS.toString(),
            "run",
            "app:order_workflow",
            "--input",
            "{\"id\":\"o1\",\"total\":42,\"customer_id\":\"c1\",\"shipping_address\":\"x\"}",
            "--address",
            "127.0.0.1:" + port,
            "--namespace",
            "default",
            "--format",
            "json");
    assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
    Map<?, ?> json = (Map<?, ?>) RunCommandTest.parse(r.out());
    assertThat(json.get("status")).isEqualTo("completed");
    assertThat(((Map<?, ?>) json.get("result")).get("tracking")).isEqualTo("TRK-o1");
    assertThat((List<?>) json.get("activities")).hasSize(2);
  }

  @Test
  void anUnreachableServerIsAClearFailure() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    var r =
        CliRunner.run(
            "-C",
            RunCommandTest.ORDERS.toString(),
            "run",
            "app:order_workflow",
            "--input",
            "{}",
            "--address",
            "127.0.0.1:" + closed,
            "--timeout",
            "5s");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("cannot reach Temporal at 127.0.0.1:" + closed);
  }
}
