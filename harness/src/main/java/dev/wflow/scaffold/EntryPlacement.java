package dev.wflow.scaffold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Decides where new entries go in a definition file's text and in what style: after the last entry
 * of a block list, or under an empty {@code entries:}. Existing entries being replaced ({@code
 * --force}) are rewritten where they stand.
 */
final class EntryPlacement {

  /** One existing entry: the lines it spans and its name. */
  private record Item(Node node, int dashLine, int dashColumn, int lastLine, String name) {}

  private EntryPlacement() {}

  static DefinitionFileEditor.Splice plan(
      String displayPath,
      TextLines lines,
      NodeTuple tuple,
      List<NewEntry> entries,
      Set<String> replace)
      throws ScaffoldException {
    Node value = tuple.getValueNode();
    DefinitionFileEditor.Splice splice = new DefinitionFileEditor.Splice();
    if (value instanceof SequenceNode seq && seq.getFlowStyle() == DumperOptions.FlowStyle.BLOCK) {
      List<Item> items = new ArrayList<>();
      for (Node node : seq.getValue()) {
        items.add(item(displayPath, lines, node));
      }
      EntryStyle style =
          StyleDetector.detect(
              lines,
              items.stream().map(Item::node).toList(),
              items.stream().map(Item::dashLine).toList(),
              items.stream().map(Item::dashColumn).toList(),
              items.stream().map(Item::lastLine).toList());
      EntryRenderer renderer = new EntryRenderer(style);
      List<String> appended = new ArrayList<>();
      for (NewEntry e : entries) {
        Item old = items.stream().filter(i -> e.name().equals(i.name())).findFirst().orElse(null);
        if (old != null && replace.contains(e.name())) {
          splice.changes.add(
              new DefinitionFileEditor.Splice.Change(
                  old.dashLine(), old.lastLine(), renderer.entry(e, false)));
          continue;
        }
        if (style.blankLineBetween()) {
          appended.add("");
        }
        appended.addAll(renderer.entry(e, true));
      }
      int last = items.get(items.size() - 1).lastLine();
      if (!appended.isEmpty()) {
        splice.changes.add(new DefinitionFileEditor.Splice.Change(last + 1, last, appended));
      }
      return splice;
    }
    boolean emptyFlow = value instanceof SequenceNode seq && seq.getValue().isEmpty();
    if (!emptyFlow && !DefinitionFileEditor.isNull(value)) {
      throw DefinitionFileEditor.refuse(
          displayPath,
          value instanceof SequenceNode
              ? "entries: is a flow list ([...]) at line " + (value.getStartMark().getLine() + 1)
              : "entries: is not a list");
    }
    int keyLine = tuple.getKeyNode().getStartMark().getLine();
    if (value.getStartMark().getIndex() != value.getEndMark().getIndex()) {
      // `entries: []` or `entries: ~`: the value goes, the key and any comment after it stay.
      if (value.getStartMark().getLine() != keyLine || value.getEndMark().getLine() != keyLine) {
        throw DefinitionFileEditor.refuse(displayPath, "its empty entries: value spans lines");
      }
      String content = lines.content(keyLine);
      int from = lines.offset(keyLine, value.getStartMark().getColumn());
      int to = lines.offset(keyLine, value.getEndMark().getColumn());
      String rest = content.substring(to);
      splice.rewrittenLine = keyLine;
      splice.rewrittenContent =
          (content.substring(0, from).stripTrailing() + (rest.isBlank() ? "" : " " + rest.strip()));
    }
    EntryRenderer renderer = new EntryRenderer(EntryStyle.DEFAULT);
    List<String> added = new ArrayList<>();
    for (NewEntry e : entries) {
      if (!added.isEmpty() && EntryStyle.DEFAULT.blankLineBetween()) {
        added.add("");
      }
      added.addAll(renderer.entry(e, true));
    }
    splice.changes.add(new DefinitionFileEditor.Splice.Change(keyLine + 1, keyLine, added));
    return splice;
  }

  private static Item item(String displayPath, TextLines lines, Node node)
      throws ScaffoldException {
    int line = node.getStartMark().getLine();
    String content = lines.content(line);
    String before = content.substring(0, lines.offset(line, node.getStartMark().getColumn()));
    int dashLine = line;
    String dashText = before;
    if (before.isBlank()) {
      // "-" alone on a line, the entry's fields below it.
      dashLine = line - 1;
      while (dashLine >= 0 && (lines.isBlank(dashLine) || lines.isComment(dashLine))) {
        dashLine--;
      }
      dashText = dashLine >= 0 ? lines.content(dashLine) : "";
    }
    String trimmed = dashText.stripTrailing();
    if (!trimmed.endsWith("-") || !trimmed.substring(0, trimmed.length() - 1).isBlank()) {
      throw DefinitionFileEditor.refuse(
          displayPath, "the entry at line " + (line + 1) + " does not start a line with '- '");
    }
    int last = DefinitionFileEditor.lastLine(lines, node);
    int keyColumn = trimmed.length() + 1;
    while (last > line
        && (lines.isBlank(last) || (lines.isComment(last) && lines.indent(last) <= keyColumn))) {
      last--;
    }
    return new Item(node, dashLine, trimmed.length() - 1, last, name(node));
  }

  private static String name(Node node) {
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k
            && k.getValue().equals("name")
            && t.getValueNode() instanceof ScalarNode v) {
          return v.getValue();
        }
      }
    }
    return null;
  }

  /** Reads an existing file's habits off its entries. */
  static final class StyleDetector {
    private StyleDetector() {}

    static EntryStyle detect(
        TextLines lines,
        List<Node> items,
        List<Integer> dashLines,
        List<Integer> dashColumns,
        List<Integer> lastLines) {
      int itemIndent = dashColumns.get(0);
      int dashGap = 2;
      for (int i = 0; i < items.size(); i++) {
        Node n = items.get(i);
        if (n instanceof MappingNode m
            && m.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
            && n.getStartMark().getLine() == dashLines.get(i)) {
          dashGap = n.getStartMark().getColumn() - dashColumns.get(i);
          break;
        }
      }
      Map<String, Integer> votes = new HashMap<>();
      int[] step = {-1};
      int[] seqOffset = {-1};
      for (Node n : items) {
        walk(n, votes, step, seqOffset);
      }
      int stepValue = step[0] > 0 ? step[0] : Math.max(2, dashGap);
      int seq = seqOffset[0] >= 0 ? seqOffset[0] : stepValue;
      boolean flowLists = votes.getOrDefault("flowList", 0) >= votes.getOrDefault("blockList", 0);
      EntryStyle.Quote quote = EntryStyle.Quote.PLAIN;
      int plain = votes.getOrDefault("PLAIN", 0);
      if (votes.getOrDefault("DOUBLE_QUOTED", 0) > plain) {
        quote = EntryStyle.Quote.DOUBLE;
      } else if (votes.getOrDefault("SINGLE_QUOTED", 0) > plain) {
        quote = EntryStyle.Quote.SINGLE;
      }
      int blank = 0;
      for (int i = 1; i < items.size(); i++) {
        for (int l = lastLines.get(i - 1) + 1; l < dashLines.get(i); l++) {
          if (lines.isBlank(l)) {
            blank++;
            break;
          }
        }
      }
      boolean blankBetween = items.size() > 1 ? blank * 2 >= items.size() - 1 : false;
      return new EntryStyle(
          itemIndent, Math.max(1, dashGap), stepValue, seq, flowLists, quote, blankBetween);
    }

    private static void walk(Node node, Map<String, Integer> votes, int[] step, int[] seqOffset) {
      if (!(node instanceof MappingNode m)) {
        return;
      }
      for (NodeTuple t : m.getValue()) {
        int keyColumn = t.getKeyNode().getStartMark().getColumn();
        int keyLine = t.getKeyNode().getStartMark().getLine();
        Node v = t.getValueNode();
        if (t.getKeyNode() instanceof ScalarNode k
            && (k.getValue().equals("name") || k.getValue().equals("kind"))
            && v instanceof ScalarNode s) {
          votes.merge(
              s.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
                  ? "DOUBLE_QUOTED"
                  : s.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED
                      ? "SINGLE_QUOTED"
                      : "PLAIN",
              1,
              Integer::sum);
        }
        if (v instanceof MappingNode child
            && child.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
            && !child.getValue().isEmpty()
            && child.getStartMark().getLine() > keyLine) {
          if (step[0] < 0) {
            step[0] = child.getStartMark().getColumn() - keyColumn;
          }
          walk(child, votes, step, seqOffset);
        } else if (v instanceof SequenceNode list && !list.getValue().isEmpty()) {
          boolean scalars = list.getValue().stream().allMatch(i -> i instanceof ScalarNode);
          if (scalars) {
            votes.merge(
                list.getFlowStyle() == DumperOptions.FlowStyle.BLOCK ? "blockList" : "flowList",
                1,
                Integer::sum);
          }
          if (list.getFlowStyle() == DumperOptions.FlowStyle.BLOCK && seqOffset[0] < 0) {
            // The item's text starts two columns after its dash in "- x".
            seqOffset[0] =
                Math.max(0, list.getValue().get(0).getStartMark().getColumn() - 2 - keyColumn);
          }
        }
      }
    }
  }
}
