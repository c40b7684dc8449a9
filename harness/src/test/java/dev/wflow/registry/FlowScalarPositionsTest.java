package dev.wflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Re-decoding flow scalars with positions agrees with SnakeYAML, or gives up. */
class FlowScalarPositionsTest {

  private static ScalarNode valueOf(String yaml) {
    MappingNode top =
        (MappingNode) new Yaml(new LoaderOptions()).compose(new java.io.StringReader(yaml));
    return (ScalarNode) top.getValue().get(0).getValueNode();
  }

  private static Optional<FlowScalarPositions> positions(String yaml) {
    ScalarNode node = valueOf(yaml);
    return FlowScalarPositions.of(
        yaml.lines().toList(),
        node.getStartMark().getLine(),
        node.getStartMark().getColumn(),
        node.getScalarStyle(),
        node.getValue());
  }

  @Test
  void escapesMapToTheirBackslash() {
    FlowScalarPositions p = positions("s: \"a\\tb\\x41\\u00e9\\\n   c\\nd\"\n").orElseThrow();
    // Decoded "a\tbAé" + "c\nd": line 2 of the code, column 1 is 'd' on YAML line 2.
    assertThat(p.span(1, 3, 1, 3)).isEqualTo(Span.point(1, 8)); // 'b'
    assertThat(p.span(1, 4, 1, 4)).isEqualTo(Span.point(1, 9)); // 'A' from \x41
    assertThat(p.span(1, 6, 1, 6)).isEqualTo(Span.point(2, 4)); // 'c' after an escaped break
    assertThat(p.span(2, 1, 2, 1)).isEqualTo(Span.point(2, 7)); // 'd'
  }

  @Test
  void somethingItCannotFollowGivesNoPositions() {
    assertThat(positions("s: >\n  folded\n  text\n")).isEmpty();
  }

  @Test
  void agreesWithSnakeYamlOnWhatItDumps() {
    Random random = new Random(42);
    String alphabet = "ab z\t\n\"'\\#:-é漢😀{}[],";
    for (int round = 0; round < 500; round++) {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        value.appendCodePoint(
            alphabet.codePointAt(
                alphabet.offsetByCodePoints(
                    0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      for (ScalarStyle style :
          List.of(ScalarStyle.DOUBLE_QUOTED, ScalarStyle.SINGLE_QUOTED, ScalarStyle.PLAIN)) {
        DumperOptions options = new DumperOptions();
        options.setDefaultScalarStyle(style);
        options.setWidth(20);
        String yaml = new Yaml(options).dump(java.util.Map.of("s", value.toString()));
        ScalarNode node = valueOf(yaml);
        Optional<FlowScalarPositions> p = positions(yaml);
        if (node.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED) {
          assertThat(p).as("%s", yaml).isPresent();
        }
        p.ifPresent(found -> found.span(1, 1, 1, 1)); // never throws
      }
    }
  }

  @Test
  void anyStartingPointOrGarbageNeverThrows() {
    Random random = new Random(7);
    String alphabet = "\\\"'xuU0fZ9 \n\t:#";
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(80); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      List<String> lines = text.toString().lines().toList();
      for (ScalarStyle style :
          List.of(ScalarStyle.DOUBLE_QUOTED, ScalarStyle.SINGLE_QUOTED, ScalarStyle.PLAIN)) {
        FlowScalarPositions.of(
                lines,
                random.nextInt(3),
                random.nextInt(10),
                style,
                text.substring(0, text.length() / 2))
            .ifPresent(p -> p.span(1, 1, 2, 3));
      }
    }
  }
}
