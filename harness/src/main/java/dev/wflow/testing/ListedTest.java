package dev.wflow.testing;

import java.util.List;

/**
 * A test that {@code wflow test} would run, found without running it ({@code --list}).
 *
 * @param entryId the test entry
 * @param file the test's Lua file
 * @param path the enclosing {@code describe} blocks, outermost first (empty for a simple test)
 * @param name the test's name ({@code it}), or the entry's name for a simple test
 * @param skipped true for {@code it_skip}
 */
public record ListedTest(
    String entryId, String file, List<String> path, String name, boolean skipped) {

  public ListedTest {
    path = List.copyOf(path);
  }

  /** {@code "describe > it"}, as the test report names the test. */
  public String fullName() {
    return path.isEmpty() ? name : String.join(" > ", path) + " > " + name;
  }
}
