package dev.wflow.testing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code PATTERN…} arguments of {@code wflow test}. A pattern is a substring, or a glob when it
 * contains {@code *} or {@code ?}; it selects a whole file when it matches the entry ID, the suite
 * or the file's name, and single tests when it matches a test's full name ({@code "describe >
 * it"}).
 */
public final class TestSelection {

  private final List<Pattern> patterns;

  public TestSelection(List<String> patterns) {
    this.patterns = patterns.stream().map(TestSelection::compile).toList();
  }

  /** True when no pattern was given. */
  public boolean all() {
    return patterns.isEmpty();
  }

  /** The whole file runs. */
  public boolean selectsFile(TestEntry e) {
    return all() || patterns.stream().anyMatch(p -> any(p, e.id(), e.suite(), e.name()));
  }

  /** The file may hold selected tests: it runs, and {@link #selectsCase} picks its tests. */
  public boolean mayHoldCases(TestEntry e) {
    return !all();
  }

  public boolean selectsCase(TestEntry e, String fullName) {
    return selectsFile(e) || patterns.stream().anyMatch(p -> any(p, fullName));
  }

  private static boolean any(Pattern p, String... texts) {
    for (String t : texts) {
      if (t != null && p.matcher(t).find()) {
        return true;
      }
    }
    return false;
  }

  private static Pattern compile(String glob) {
    if (glob.indexOf('*') < 0 && glob.indexOf('?') < 0) {
      return Pattern.compile(Pattern.quote(glob));
    }
    StringBuilder re = new StringBuilder("^");
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.append('$').toString());
  }
}
