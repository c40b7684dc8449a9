package dev.wflow.cli;

import picocli.CommandLine.Option;

/**
 * The options every command that runs workflows shares ({@code wflow run}, {@code wflow test}):
 * whether timers are skipped, and whether results are text for people or JSON for tools.
 */
public final class WorkflowRunOptions {

  /** How results are printed. */
  public enum Format {
    text,
    json
  }

  @Option(
      names = "--skip-time",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Skip workflow timers in virtual time (default: on).")
  boolean skipTime;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  public boolean skipTime() {
    return skipTime;
  }

  public boolean json() {
    return format == Format.json;
  }
}
