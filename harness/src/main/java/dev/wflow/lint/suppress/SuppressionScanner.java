package dev.wflow.lint.suppress;

import dev.wflow.diagnostic.Diagnostic;
import dev.wflow.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the suppression comments of one file. Comments starting with {@code wflow:} that do not
 * parse, or that name a code no rule has, are reported as W207 and silence nothing.
 *
 * <pre>{@code
 * SuppressionScanner.Scan scan = SuppressionScanner.scan("src/a.lua", comments, catalogue::has);
 * }</pre>
 */
public final class SuppressionScanner {

  /** W207: a {@code wflow:} comment that is malformed or names an unknown code. */
  public static final String MALFORMED = "W207";

  private static final Pattern DIRECTIVE =
      Pattern.compile("\\s*wflow:(ignore-file|ignore)(?=\\s|$)(.*)", Pattern.DOTALL);
  private static final Pattern CODES =
      Pattern.compile(
          "\\s+([A-Z][0-9]{3,4}(?:\\s*,\\s*[A-Z][0-9]{3,4})*)(?=\\s|$)(.*)", Pattern.DOTALL);

  /** The suppressions found and the W207 findings about the broken ones. */
  public record Scan(List<Suppression> suppressions, List<Diagnostic> problems) {
    public Scan {
      suppressions = List.copyOf(suppressions);
      problems = List.copyOf(problems);
    }
  }

  private SuppressionScanner() {}

  /** Scans the comments of {@code file}; {@code knownCode} says which codes exist. */
  public static Scan scan(String file, List<LuaComment> comments, Predicate<String> knownCode) {
    List<Suppression> found = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (LuaComment comment : comments) {
      String body = comment.body();
      if (!body.stripLeading().startsWith("wflow:")) {
        continue;
      }
      Matcher directive = DIRECTIVE.matcher(body);
      if (!directive.matches()) {
        problems.add(
            problem(
                file,
                comment,
                "unknown wflow directive: expected `wflow:ignore "
                    + "CODE reason` or `wflow:ignore-file CODE`"));
        continue;
      }
      boolean fileWide = directive.group(1).equals("ignore-file");
      Matcher codes = CODES.matcher(directive.group(2));
      if (!codes.matches()) {
        problems.add(
            problem(
                file,
                comment,
                "malformed suppression: `wflow:"
                    + directive.group(1)
                    + "` must be followed by rule codes such as D101 (comma-separated)"));
        continue;
      }
      List<String> list = List.of(codes.group(1).split("\\s*,\\s*"));
      List<String> unknown = list.stream().filter(knownCode.negate()).toList();
      if (!unknown.isEmpty()) {
        problems.add(
            problem(
                file,
                comment,
                "suppression names unknown rule code " + String.join(", ", unknown)));
        continue;
      }
      found.add(new Suppression(comment, fileWide, list, codes.group(2).trim()));
    }
    return new Scan(found, problems);
  }

  private static Diagnostic problem(String file, LuaComment comment, String message) {
    return new Diagnostic(
        file,
        comment.line(),
        comment.column(),
        comment.line(),
        comment.endColumn(),
        Severity.WARNING,
        MALFORMED,
        message);
  }
}
