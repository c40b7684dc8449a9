package dev.wflow.scaffold;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Adds entries to a definition file the developer wrote, as text: the new entries are inserted
 * after the last one, in the file's own indentation, quoting, list style and line endings, so every
 * existing line (comments, blank lines, key order, anchors, flow-style entries) stays byte for
 * byte. The result is re-read and must hold exactly the old values plus the new entries; when it
 * does not, or when the file's shape leaves no safe place to insert (a non-empty flow list, several
 * YAML documents), the edit is refused with the reason.
 *
 * <pre>{@code
 * String after = DefinitionFileEditor.add("src/_index.yaml", before, entries, Set.of());
 * }</pre>
 */
public final class DefinitionFileEditor {

  private DefinitionFileEditor() {}

  /**
   * {@code text} with {@code entries} added. An entry whose name is in {@code replace} and that the
   * file already holds is rewritten where it stands ({@code --force}); the others go last.
   *
   * @throws ScaffoldException when the file cannot be edited safely; it says why and how to fix it
   */
  public static String add(
      String displayPath, String text, List<NewEntry> entries, Set<String> replace)
      throws ScaffoldException {
    String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
    String body = text.substring(bom.length());
    if (body.chars().anyMatch(c -> c == 0x85 || c == 0x2028 || c == 0x2029)) {
      throw refuse(displayPath, "it uses Unicode line separators (U+0085/U+2028/U+2029)");
    }
    MappingNode top = compose(displayPath, body);
    NodeTuple tuple =
        top.getValue().stream()
            .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("entries"))
            .findFirst()
            .orElseThrow(() -> refuse(displayPath, "it has no top-level entries:"));
    TextLines lines = new TextLines(body);
    Splice splice = EntryPlacement.plan(displayPath, lines, tuple, entries, replace);
    String result = splice.apply(lines);
    verify(displayPath, body, result, entries, replace);
    return bom + result;
  }

  /** Lines to insert at a line, lines to replace, and at most one line rewritten. */
  static final class Splice {
    /** Line index to replacement lines; an insertion has {@code removeTo == index - 1}. */
    record Change(int from, int removeTo, List<String> lines) {}

    final List<Change> changes = new ArrayList<>();
    int rewrittenLine = -1;
    String rewrittenContent;

    String apply(TextLines text) {
      List<String> out = new ArrayList<>();
      changes.sort((a, b) -> Integer.compare(a.from, b.from));
      Iterator<Change> next = changes.iterator();
      Change change = next.hasNext() ? next.next() : null;
      for (int i = 0; i <= text.size(); i++) {
        while (change != null && change.from == i) {
          // The line before an insertion may be the last one, without a terminator.
          terminateLast(out, text.eol);
          change.lines.forEach(l -> out.add(l + text.eol));
          i = change.removeTo + 1 > i ? change.removeTo + 1 : i;
          change = next.hasNext() ? next.next() : null;
        }
        if (i < text.size()) {
          out.add(
              i == rewrittenLine ? rewrittenContent + eolOf(text.lines.get(i)) : text.lines.get(i));
        }
      }
      return String.join("", out);
    }

    private static void terminateLast(List<String> out, String eol) {
      if (!out.isEmpty()) {
        String last = out.get(out.size() - 1);
        if (!last.endsWith("\n") && !last.endsWith("\r")) {
          out.set(out.size() - 1, last + eol);
        }
      }
    }

    private static String eolOf(String line) {
      return line.endsWith("\r\n")
          ? "\r\n"
          : line.endsWith("\n") ? "\n" : line.endsWith("\r") ? "\r" : "";
    }
  }

  private static MappingNode compose(String displayPath, String body) throws ScaffoldException {
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(false);
    List<Node> documents = new ArrayList<>();
    try {
      new Yaml(options).composeAll(new StringReader(body)).forEach(documents::add);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String where =
          m == null
              ? displayPath
              : displayPath + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1);
      throw ScaffoldException.project(
          where
              + ": this definition file is not valid YAML ("
              + e.getProblem()
              + "); fix it first (wflow lint shows the problem)");
    } catch (YAMLException e) {
      throw ScaffoldException.project(
          displayPath + ": this definition file is not valid YAML: " + e.getMessage());
    }
    if (documents.size() != 1) {
      throw refuse(displayPath, "it holds " + documents.size() + " YAML documents");
    }
    if (!(documents.get(0) instanceof MappingNode top)) {
      throw refuse(displayPath, "its top level is not a mapping");
    }
    return top;
  }

  /** Re-reads the edited text: it must be the old values with exactly the new entries added. */
  @SuppressWarnings("unchecked")
  private static void verify(
      String displayPath, String before, String after, List<NewEntry> entries, Set<String> replace)
      throws ScaffoldException {
    Object expected;
    Object actual;
    try {
      Map<String, Object> old = (Map<String, Object>) load(before);
      Map<String, Object> want = new LinkedHashMap<>(old);
      List<Object> list =
          old.get("entries") instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
      List<NewEntry> appended = new ArrayList<>();
      for (NewEntry e : entries) {
        int at = indexOf(list, e.name());
        if (at >= 0 && replace.contains(e.name())) {
          list.set(at, e.fields());
        } else {
          appended.add(e);
        }
      }
      appended.forEach(e -> list.add(e.fields()));
      want.put("entries", list);
      expected = want;
      actual = load(after);
    } catch (YAMLException | ClassCastException e) {
      throw refuse(displayPath, "the edited file did not read back (" + e.getMessage() + ")");
    }
    if (!Objects.equals(expected, actual)) {
      throw refuse(
          displayPath, "the edited file did not read back as the old entries plus the new ones");
    }
  }

  private static int indexOf(List<Object> list, String name) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof Map<?, ?> m && name.equals(String.valueOf(m.get("name")))) {
        return i;
      }
    }
    return -1;
  }

  private static Object load(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10_000);
    return new Yaml(new SafeConstructor(options)).load(text);
  }

  static ScaffoldException refuse(String displayPath, String why) {
    return ScaffoldException.project(
        displayPath
            + ": wflow cannot add entries to this file safely: "
            + why
            + ". Nothing was changed; add the entries by hand, or write entries: as a block list"
            + " (one '- name: …' item per entry) and run the command again.");
  }

  /** Where a node's text ends: the last line holding part of it (0-based). */
  static int lastLine(TextLines lines, Node node) {
    if (node instanceof MappingNode m && m.getFlowStyle() == DumperOptions.FlowStyle.BLOCK) {
      int max = m.getStartMark().getLine();
      for (NodeTuple t : m.getValue()) {
        max =
            Math.max(
                max, Math.max(lastLine(lines, t.getKeyNode()), lastLine(lines, t.getValueNode())));
      }
      return max;
    }
    if (node instanceof SequenceNode s && s.getFlowStyle() == DumperOptions.FlowStyle.BLOCK) {
      int max = s.getStartMark().getLine();
      for (Node item : s.getValue()) {
        max = Math.max(max, lastLine(lines, item));
      }
      return max;
    }
    // Scalars and flow collections end where their text ends; a block scalar's end mark may sit
    // in the indentation of the line after it.
    Mark end = node.getEndMark();
    int line = Math.min(end.getLine(), lines.size() - 1);
    if (end.getLine() > node.getStartMark().getLine()
        && (end.getLine() >= lines.size()
            || lines.offset(line, end.getColumn()) <= lines.indent(line))) {
      return end.getLine() - 1;
    }
    return line;
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }
}
