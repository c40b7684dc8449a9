package dev.wflow.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a composed SnakeYAML node tree into plain Java values while remembering where each value
 * was written. We compose rather than load so that every value keeps its position; the conversion
 * is ours, so it reports duplicate keys (which SnakeYAML's composer silently keeps) instead of
 * throwing. The composed tree shares aliased nodes and may even contain itself ({@code a: &x {b:
 * *x}}), so the conversion refuses cycles and stops expanding aliases after {@link Expansion#LIMIT}
 * values ("billion laughs"), reporting either instead of overflowing the stack.
 */
final class YamlValues {

  private final Map<String, Span> spans = new LinkedHashMap<>();
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final BiConsumer<Span, String> duplicateKey;
  private final BiConsumer<Span, String> problem;
  private final Expansion expansion;

  /**
   * @param duplicateKey told the position and dotted path of every repeated mapping key
   * @param problem told the position and message of an alias that cannot be expanded
   */
  YamlValues(BiConsumer<Span, String> duplicateKey, BiConsumer<Span, String> problem) {
    this(duplicateKey, problem, new Expansion());
  }

  private YamlValues(
      BiConsumer<Span, String> duplicateKey,
      BiConsumer<Span, String> problem,
      Expansion expansion) {
    this.duplicateKey = duplicateKey;
    this.problem = problem;
    this.expansion = expansion;
  }

  /** What all conversions of one document share: the nodes being converted and a value budget. */
  private static final class Expansion {
    static final int LIMIT = 100_000;
    static final int MAX_DEPTH = 500;
    final Set<Node> active = Collections.newSetFromMap(new IdentityHashMap<>());
    int converted;
    boolean exhausted;
  }

  /** Positions of every value converted so far, by dotted path. */
  Map<String, Span> spans() {
    return spans;
  }

  /** The node converted at a dotted path, if any (merged values included). */
  Node node(String path) {
    return nodes.get(path);
  }

  /** Converts a node; {@code path} is its dotted path ("" for the root, no span recorded). */
  Object convert(Node node, String path) {
    if (!path.isEmpty()) {
      spans.put(path, Span.of(node));
      nodes.put(path, node);
    }
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar);
    }
    if (!enter(node)) {
      return null;
    }
    try {
      return node instanceof MappingNode mapping ? mapping(mapping, path) : sequence(node, path);
    } finally {
      expansion.active.remove(node);
    }
  }

  /** False (reported) when {@code node} contains itself or aliases expand beyond the budget. */
  private boolean enter(Node node) {
    if (expansion.active.contains(node)) {
      problem.accept(
          Span.of(node), "recursive alias: the value anchored here contains an alias to itself");
      return false;
    }
    if (++expansion.converted > Expansion.LIMIT || expansion.active.size() >= Expansion.MAX_DEPTH) {
      if (!expansion.exhausted) {
        problem.accept(
            Span.of(node),
            "aliases expand to more than "
                + Expansion.LIMIT
                + " values or "
                + Expansion.MAX_DEPTH
                + " levels; not expanded further");
      }
      expansion.exhausted = true;
      return false;
    }
    expansion.active.add(node);
    return true;
  }

  private List<Object> sequence(Node node, String path) {
    List<Object> list = new ArrayList<>();
    List<Node> items = ((SequenceNode) node).getValue();
    for (int i = 0; i < items.size(); i++) {
      list.add(convert(items.get(i), child(path, Integer.toString(i))));
    }
    return list;
  }

  /**
   * Converts a mapping; each key's text becomes one path segment. Keys written in the mapping win
   * over keys merged in with {@code <<: *anchor}, wherever the merge key sits.
   */
  Map<String, Object> mapping(MappingNode node, String path) {
    Map<String, Object> map = new LinkedHashMap<>();
    List<Node> merges = new ArrayList<>();
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (Tag.MERGE.equals(keyNode.getTag())) {
        merges.add(tuple.getValueNode());
        continue;
      }
      if (!(keyNode instanceof ScalarNode)) {
        problem.accept(Span.of(keyNode), "a key must be a name, not a list or a mapping");
        continue;
      }
      String key = keyText(keyNode);
      if (map.containsKey(key)) {
        duplicateKey.accept(Span.of(keyNode), child(path, key));
        continue;
      }
      map.put(key, convert(tuple.getValueNode(), child(path, key)));
    }
    merges.forEach(source -> merge(map, source, path));
    return map;
  }

  private void merge(Map<String, Object> target, Node source, String path) {
    List<Node> sources = source instanceof SequenceNode seq ? seq.getValue() : List.of(source);
    for (Node each : sources) {
      if (!(each instanceof MappingNode mapping)) {
        continue;
      }
      if (!enter(mapping)) {
        continue;
      }
      Map<String, Object> merged;
      try {
        merged = new YamlValues((span, p) -> {}, problem, expansion).mapping(mapping, "");
      } finally {
        expansion.active.remove(mapping);
      }
      for (NodeTuple tuple : mapping.getValue()) {
        String key = keyText(tuple.getKeyNode());
        if (!target.containsKey(key) && merged.containsKey(key)) {
          target.put(key, convert(tuple.getValueNode(), child(path, key)));
        }
      }
      // Keys the anchored mapping itself merged in from further anchors.
      merged.forEach(target::putIfAbsent);
    }
  }

  static String keyText(Node key) {
    return key instanceof ScalarNode scalar ? scalar.getValue() : "?";
  }

  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Converts a scalar by the tag SnakeYAML's resolver gave it. */
  static Object scalar(ScalarNode node) {
    String text = node.getValue();
    Tag tag = node.getTag();
    if (Tag.NULL.equals(tag)) {
      return null;
    }
    if (Tag.BOOL.equals(tag)) {
      return switch (text.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "on", "y" -> Boolean.TRUE;
        default -> Boolean.FALSE;
      };
    }
    if (Tag.INT.equals(tag)) {
      return integer(text);
    }
    if (Tag.FLOAT.equals(tag)) {
      return floating(text);
    }
    return text;
  }

  private static Object integer(String text) {
    String digits = text.replace("_", "");
    try {
      if (digits.startsWith("0x") || digits.startsWith("-0x")) {
        return Long.decode(digits);
      }
      if (digits.startsWith("0o")) {
        return Long.parseLong(digits.substring(2), 8);
      }
      if (digits.startsWith("0b")) {
        return Long.parseLong(digits.substring(2), 2);
      }
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static Object floating(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace("_", "");
    return switch (lower) {
      case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
      case "-.inf" -> Double.NEGATIVE_INFINITY;
      case ".nan" -> Double.NaN;
      default -> {
        try {
          yield Double.parseDouble(lower);
        } catch (NumberFormatException e) {
          yield text;
        }
      }
    };
  }
}
