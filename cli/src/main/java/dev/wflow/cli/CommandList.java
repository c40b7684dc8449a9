package dev.wflow.cli;

import dev.wflow.registry.EditDistance;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;

/**
 * The root help's list of commands, each with the first sentence of its description (picocli's
 * default takes the first line of the description array, which often ends mid-sentence), and the
 * "did you mean" for a mistyped command name.
 */
final class CommandList {

  private CommandList() {}

  static String render(Help help) {
    Map<String, Help> commands = help.subcommands();
    if (commands.isEmpty()) {
      return "";
    }
    int nameWidth = commands.keySet().stream().mapToInt(String::length).max().orElse(0) + 4;
    int width = help.commandSpec().usageMessage().width();
    TextTable table =
        TextTable.forColumns(
            help.colorScheme(),
            new Column(nameWidth, 2, Column.Overflow.SPAN),
            new Column(Math.max(20, width - nameWidth), 1, Column.Overflow.WRAP));
    commands.forEach(
        (name, sub) ->
            table.addRowValues(
                help.colorScheme().commandText(name),
                help.colorScheme().text(firstSentence(sub.commandSpec()))));
    return table.toString();
  }

  /** The description's first sentence, whatever lines it is split across. */
  static String firstSentence(CommandLine.Model.CommandSpec spec) {
    String[] header = spec.usageMessage().header();
    String text =
        String.join(" ", header.length > 0 ? header : spec.usageMessage().description())
            .replaceAll("\\s+", " ")
            .trim();
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  /** The unknown subcommand a usage error is about, or null when it is about something else. */
  static String unknownCommand(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u
        && e.getCommandLine().getParent() == null
        && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-")) {
      return u.getUnmatched().get(0);
    }
    return null;
  }

  /** The subcommand nearest to a mistyped name, when one is close enough to be meant. */
  static Optional<String> nearest(CommandLine root, String typed) {
    return root.getSubcommands().keySet().stream()
        .filter(name -> EditDistance.between(name, typed) <= Math.max(2, typed.length() / 3))
        .min(Comparator.comparingInt(name -> EditDistance.between(name, typed)));
  }
}
