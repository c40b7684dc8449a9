package dev.wflow.lua.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One case of a corpus file: {@code === name}, the Lua source, then {@code --- expect} and the
 * expected text (an AST shape, or {@code line: message} for an invalid program).
 */
record CorpusCase(String name, String source, String expected) {

  @Override
  public String toString() {
    return name;
  }

  static List<CorpusCase> load(String resource) {
    try (InputStream in = CorpusCase.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<CorpusCase> parse(String text) {
    List<CorpusCase> cases = new ArrayList<>();
    String[] parts = text.split("(?m)^=== ");
    for (String part : parts) {
      if (part.isBlank()) {
        continue;
      }
      int nl = part.indexOf('\n');
      String name = part.substring(0, nl).trim();
      String body = part.substring(nl + 1);
      int sep = body.indexOf("\n--- expect\n");
      if (sep < 0) {
        throw new IllegalStateException("case " + name + " has no '--- expect' line");
      }
      cases.add(new CorpusCase(name, body.substring(0, sep + 1), body.substring(sep + 12).strip()));
    }
    return cases;
  }
}
