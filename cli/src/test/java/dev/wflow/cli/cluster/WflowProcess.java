package dev.wflow.cli.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code wflow} running as a separate JVM (a server or a worker), so a test can signal and kill it
 * as a user's shell would. Its stdout lines are collected as they come.
 */
final class WflowProcess implements AutoCloseable {

  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final StringBuilder errors = new StringBuilder();

  private final Thread reader;
  private final Thread errReader;

  private WflowProcess(Process process) {
    this.process = process;
    reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // the process is gone
              }
            });
    reader.setDaemon(true);
    reader.start();
    errReader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  synchronized (errors) {
                    errors.append(line).append('\n');
                  }
                }
              } catch (IOException e) {
                // the process is gone
              }
            });
    errReader.setDaemon(true);
    errReader.start();
  }

  static WflowProcess start(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.wflow.cli.Main");
    command.addAll(List.of(args));
    return new WflowProcess(new ProcessBuilder(command).start());
  }

  /** Waits for a stdout line matching {@code test}; fails when the process dies first. */
  String awaitLine(Predicate<String> test, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (String line : lines) {
        if (test.test(line)) {
          return line;
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "wflow exited with " + process.exitValue() + ":\n" + lines + "\n" + stderr());
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException(
        "no such line within " + timeout + ":\n" + lines + "\n" + stderr());
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  String stderr() {
    synchronized (errors) {
      return errors.toString();
    }
  }

  /**
   * SIGTERM, as {@code kill PID} or a container stop sends. Through the process handle: {@link
   * Process#destroy} would also close the pipes and lose what the process prints as it stops.
   */
  void terminate() {
    process.toHandle().destroy();
  }

  /** SIGKILL: no shutdown of any kind. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(60, TimeUnit.SECONDS);
  }

  /** Waits for the exit; returns its code. */
  int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("still running after " + timeout + ":\n" + lines);
    }
    // Everything it printed is read before anyone looks at it.
    reader.join(10_000);
    errReader.join(10_000);
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
