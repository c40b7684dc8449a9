package dev.wflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  private static Map<String, Object> sample() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("event", "case");
    m.put("tags", List.of(1, true));
    m.put("empty", Map.of());
    m.put("none", null);
    return m;
  }

  @Test
  void oneLineForEventStreams() {
    assertThat(JsonText.line(sample()))
        .isEqualTo("{\"event\":\"case\",\"tags\":[1,true],\"empty\":{},\"none\":null}");
  }

  @Test
  void indentedForDocuments() {
    assertThat(JsonText.write(sample()))
        .isEqualTo(
            "{\n  \"event\": \"case\",\n  \"tags\": [\n    1,\n    true\n  ],\n"
                + "  \"empty\": {},\n  \"none\": null\n}");
  }
}
