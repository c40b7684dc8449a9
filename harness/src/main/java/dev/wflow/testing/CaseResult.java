package dev.wflow.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of one {@code it} (or of a simple test function).
 *
 * @param entryId the test entry
 * @param file the test's Lua file
 * @param path enclosing {@code describe} names, outermost first
 * @param name the {@code it} name
 * @param outcome passed, failed, error or skipped
 * @param wall wall-clock time the test took
 * @param virtualSeconds whole seconds the virtual (workflow) clock advanced during the test
 * @param failure why it did not pass, or null
 * @param output what the test and its workflows printed ({@link OutputCapture}), in order
 */
public record CaseResult(
    String entryId,
    String file,
    List<String> path,
    String name,
    Outcome outcome,
    Duration wall,
    long virtualSeconds,
    Failure failure,
    List<String> output) {

  public CaseResult {
    path = List.copyOf(path);
    output = List.copyOf(output);
  }

  /** A result with nothing printed. */
  public CaseResult(
      String entryId,
      String file,
      List<String> path,
      String name,
      Outcome outcome,
      Duration wall,
      long virtualSeconds,
      Failure failure) {
    this(entryId, file, path, name, outcome, wall, virtualSeconds, failure, List.of());
  }

  /** {@code "describe > nested > it"}. */
  public String fullName() {
    List<String> parts = new ArrayList<>(path);
    parts.add(name);
    return String.join(" > ", parts);
  }
}
