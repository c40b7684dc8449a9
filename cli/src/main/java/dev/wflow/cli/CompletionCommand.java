package dev.wflow.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wflow completion bash|zsh}: prints a shell completion script. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = "Print a shell completion script for bash or zsh.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(wflow completion bash)              enable completion in this bash shell",
      "  wflow completion zsh > \"$${fpath[1]}/_wflow\"   install for zsh"
    })
final class CompletionCommand implements Callable<Integer> {

  enum Shell {
    bash,
    zsh
  }

  @ParentCommand WflowCommand root;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  public Integer call() {
    Cli cli = root.cli();
    String script = AutoComplete.bash("wflow", root.spec.commandLine());
    if (shell == Shell.zsh) {
      // picocli's script is written to run under zsh's bash compatibility layer.
      cli.out().println("#compdef wflow");
      cli.out().println("autoload -U +X compinit && compinit");
      cli.out().println("autoload -U +X bashcompinit && bashcompinit");
    }
    cli.out().print(script);
    cli.out().flush();
    return 0;
  }
}
