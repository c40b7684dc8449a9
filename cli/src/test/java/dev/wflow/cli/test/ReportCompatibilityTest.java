package dev.wflow.cli.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wflow.cli.CliRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The machine formats read by real parsers, as CI servers and {@code jq} read them, from a run
 * whose names and messages carry markup, quotes, control characters, ANSI colours and bytes that
 * are no valid UTF-8.
 */
class ReportCompatibilityTest {

  private static final String ODD = "src/test/resources/projects/odd_names";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void junitIsWellFormedSurefireXml(@TempDir Path tmp) throws Exception {
    Path xml = tmp.resolve("wflow.xml");
    CliRunner.Result r = CliRunner.run("-C", ODD, "test", "--junit", xml.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("4");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
    assertThat(root.getAttribute("skipped")).isEqualTo("1");
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(4);
    Element failing = (Element) cases.item(1);
    assertThat(failing.getAttribute("name"))
        .startsWith("odd <tag> & \"quotes\" 'apostrophes'")
        .contains("snow\u2603")
        .contains("tab\tend");
    assertThat(failing.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(((Element) cases.item(2)).getElementsByTagName("error").getLength()).isEqualTo(1);
    assertThat(((Element) cases.item(3)).getElementsByTagName("skipped").getLength()).isEqualTo(1);
  }

  @Test
  void jsonIsOneValidObjectPerLine() throws Exception {
    CliRunner.Result r = CliRunner.run("-C", ODD, "test", "--format", "json");
    assertThat(r.exitCode()).isEqualTo(1);
    List<JsonNode> events = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      events.add(JSON.readTree(line));
    }
    assertThat(events).hasSize(5).allMatch(JsonNode::isObject);
    // The assertion's message is %q-quoted by wippy/test (no raw control characters left); the
    // raw error's is not.
    assertThat(events.get(1).path("failure").path("message").asText()).contains("\\x1b[31mred");
    assertThat(events.get(2).path("failure").path("message").asText()).contains("\u001b[31mred");
    assertThat(events.get(4).path("event").asText()).isEqualTo("summary");
    assertThat(events.get(4).path("failed").asInt()).isEqualTo(2);
  }

  @Test
  void textNeverPrintsRawControlCharacters() {
    CliRunner.Result r = CliRunner.run("-C", ODD, "test");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).doesNotContain("\u001b").contains("?[31mred");
    assertThat(r.out().chars().filter(c -> c < 0x20 && c != '\n' && c != '\t')).isEmpty();
  }
}
