package dev.wflow.scaffold;

import java.util.List;

/**
 * A wflow command worth running after a scaffold, as a value: front ends render it (the CLI as a
 * command line with the project's {@code -C}, an editor as an action).
 *
 * <pre>{@code
 * new NextStep("test", List.of("app:order_workflow_test")); // wflow test app:order_workflow_test
 * }</pre>
 *
 * @param command the subcommand ({@code test}, {@code new})
 * @param args its arguments, unquoted
 */
public record NextStep(String command, List<String> args) {

  public NextStep {
    args = List.copyOf(args);
  }
}
