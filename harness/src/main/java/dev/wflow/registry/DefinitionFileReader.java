package dev.wflow.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML file under the source directory. A file with a top-level {@code entries:} is a
 * definition file; anything else is ignored (not an error), unless it is not valid YAML at all.
 */
final class DefinitionFileReader {

  /** A definition file and the entries that could be read from it. */
  record Read(DefinitionFile file, List<Entry> entries) {}

  private final Path root;
  private final Path boundary;
  private final Problems problems;

  /**
   * @param boundary the directory the platform loads these files from as one file system ({@code
   *     os.DirFS}): {@code file://} sources may not leave it
   */
  DefinitionFileReader(Path root, Path boundary, Problems problems) {
    this.root = root;
    this.boundary = boundary;
    this.problems = problems;
  }

  /** The definition file with its entries, or empty when the file is not one (or is broken). */
  Optional<Read> read(Path path) {
    String shown = SourceResolver.displayPath(root, boundary, path);
    Optional<Node> node = YamlDocument.compose(path, shown, problems);
    if (node.isPresent() && node.get() instanceof SequenceNode list && looksLikeEntries(list)) {
      // The documentation shows entries as a bare list; pasted as a file, it would be ignored.
      problems.error(
          "E101",
          shown,
          Span.of(list),
          "this file is a bare list of entries, which wflow and Wippy ignore; a definition file"
              + " needs a top-level namespace: and the list under entries:");
      return Optional.empty();
    }
    if (node.isEmpty() || !(node.get() instanceof MappingNode top)) {
      return Optional.empty();
    }
    Optional<NodeTuple> entries = field(top, "entries");
    if (entries.isEmpty()) {
      reportMisspeltEntries(top, shown);
      return Optional.empty();
    }
    Optional<String> namespace = namespace(top, shown, entries.get());
    if (namespace.isEmpty()) {
      return Optional.empty();
    }
    DefinitionFile file =
        new DefinitionFile(path, shown, namespace.get(), itemLines(entries.get().getValueNode()));
    reportDuplicateTopLevelKeys(top, shown);
    return Optional.of(new Read(file, entries(file, entries.get().getValueNode())));
  }

  private Optional<String> namespace(MappingNode top, String shown, NodeTuple entries) {
    Optional<NodeTuple> field = field(top, "namespace");
    if (field.isEmpty()) {
      problems.error(
          "E101",
          shown,
          Span.of(entries.getKeyNode()),
          "definition file has entries: but no top-level namespace");
      return Optional.empty();
    }
    Node value = field.get().getValueNode();
    String text = value instanceof ScalarNode scalar ? scalar.getValue().trim() : "";
    if (!EntryId.isValidNamespace(text)) {
      String problem =
          text.isEmpty()
              ? "namespace must be a non-empty string"
              : "'" + text + "' is not a valid namespace (dotted identifiers such as app.orders)";
      problems.error("E102", shown, Span.of(value), problem);
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** The first line of each item of {@code entries:}, whether or not it reads as an entry. */
  private static List<Integer> itemLines(Node value) {
    if (!(value instanceof SequenceNode list)) {
      return List.of();
    }
    return list.getValue().stream().map(n -> n.getStartMark().getLine() + 1).toList();
  }

  private List<Entry> entries(DefinitionFile file, Node value) {
    List<Entry> result = new ArrayList<>();
    if (value instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag())) {
      return result;
    }
    if (!(value instanceof SequenceNode list)) {
      problems.error(
          "E101", file.displayPath(), Span.of(value), "entries must be a list of entries");
      return result;
    }
    EntryReader reader =
        new EntryReader(file, problems, new SourceResolver(root, boundary, file, problems));
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Node previous = list;
    for (Node item : list.getValue()) {
      boolean repeated = !seen.add(item);
      Mark after = previous == list ? list.getStartMark() : previous.getEndMark();
      previous = item;
      if (repeated) {
        // `- *x` naming an entry already in this list: its position would be the first one's.
        problems.error(
            "E103",
            file.displayPath(),
            aliasSpan(file, after, item.getAnchor()),
            "alias *"
                + item.getAnchor()
                + " repeats the entry at line "
                + (item.getStartMark().getLine() + 1)
                + " (an entry ID must be unique)");
      } else if (item instanceof MappingNode mapping) {
        reader.read(mapping).ifPresent(result::add);
      } else {
        problems.error(
            "E101",
            file.displayPath(),
            Span.of(item),
            "entry must be a mapping with name, kind, ...; found "
                + (item instanceof SequenceNode ? "a list" : "'" + scalarText(item) + "'"));
      }
    }
    return result;
  }

  /** Where {@code *anchor} is written after {@code from}; SnakeYAML keeps no alias positions. */
  private static Span aliasSpan(DefinitionFile file, Mark from, String anchor) {
    try {
      List<String> lines = TextFile.read(file.path()).lines().toList();
      String alias = "*" + anchor;
      for (int i = from.getLine(); i < lines.size(); i++) {
        int column = lines.get(i).indexOf(alias, i == from.getLine() ? from.getColumn() : 0);
        if (column >= 0) {
          return new Span(i + 1, column + 1, i + 1, column + alias.length());
        }
      }
    } catch (java.io.IOException e) {
      // Fall through to the anchored node's position.
    }
    return Span.at(from);
  }

  private void reportDuplicateTopLevelKeys(MappingNode top, String shown) {
    List<String> seen = new ArrayList<>();
    for (NodeTuple tuple : top.getValue()) {
      String key = YamlValues.keyText(tuple.getKeyNode());
      if (!(tuple.getKeyNode() instanceof ScalarNode)) {
        continue; // not a setting of ours; nothing to compare
      }
      if (seen.contains(key)) {
        problems.error("E101", shown, Span.of(tuple.getKeyNode()), "duplicate key '" + key + "'");
      }
      seen.add(key);
    }
  }

  /**
   * {@code namespace:} with {@code entires:} or {@code entry:} beside it: without this, every entry
   * of the file would silently vanish.
   */
  private void reportMisspeltEntries(MappingNode top, String shown) {
    if (field(top, "namespace").isEmpty()) {
      return;
    }
    for (NodeTuple tuple : top.getValue()) {
      String key = YamlValues.keyText(tuple.getKeyNode());
      if (!key.equals("namespace") && EditDistance.between(key, "entries") <= 2) {
        problems.error(
            "E101",
            shown,
            Span.of(tuple.getKeyNode()),
            "unknown top-level key '" + key + "' (did you mean entries:?)");
      }
    }
  }

  /** Every item a mapping with a {@code name} and a {@code kind}: entries without their file. */
  private static boolean looksLikeEntries(SequenceNode list) {
    return !list.getValue().isEmpty()
        && list.getValue().stream()
            .allMatch(
                item ->
                    item instanceof MappingNode m
                        && field(m, "name").isPresent()
                        && field(m, "kind").isPresent());
  }

  private static Optional<NodeTuple> field(MappingNode node, String key) {
    return node.getValue().stream()
        .filter(t -> key.equals(YamlValues.keyText(t.getKeyNode())))
        .findFirst();
  }

  private static String scalarText(Node node) {
    return node instanceof ScalarNode scalar ? scalar.getValue() : "?";
  }
}
