package dev.wflow.lint.rules;

import dev.wflow.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code EXPECT:} annotations of one fixture file. */
final class ExpectationReader {

  private static final Pattern MARKER = Pattern.compile("(?:--|#) EXPECT:(.*)$");
  private static final Pattern ITEM =
      Pattern.compile("([A-Z][0-9]{3,4})(?:@(error|warning|hint))?(?:\\[([^\\]]*)\\])?");

  private ExpectationReader() {}

  static List<Expectation> read(String file, String text) {
    List<Expectation> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher marker = MARKER.matcher(lines[i]);
      if (!marker.find()) {
        continue;
      }
      String items = marker.group(1);
      Matcher item = ITEM.matcher(items);
      int end = 0;
      while (item.find() && items.substring(end, item.start()).matches("[\\s,]*")) {
        Optional<Severity> severity = Optional.ofNullable(item.group(2)).map(Severity::parse);
        Optional<String> fragment = Optional.ofNullable(item.group(3));
        out.add(new Expectation(file, i + 1, item.group(1), severity, fragment));
        end = item.end();
      }
    }
    return out;
  }
}
