package dev.wflow.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the CLI in-process and captures what it printed; the shared harness of CLI tests. */
public final class CliRunner {

  /** What one run of wflow produced. */
  public record Result(int exitCode, String out, String err) {}

  private CliRunner() {}

  /**
   * {@code text} with the run time cut from {@code wflow test}'s closing line ({@code "4 passed, 0
   * failed, 0 skipped in 1.31s"} becomes {@code "4 passed, 0 failed, 0 skipped"}), so tests can
   * match it exactly.
   */
  public static String timeless(String text) {
    return text.replaceAll("(?m)^(\\d+ passed, .*) in \\d+\\.\\d\\ds$", "$1");
  }

  public static Result run(String... args) {
    return run(Map.of(), args);
  }

  public static Result run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(o, e, false, env, args);
    }
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
