package dev.wflow.testing;

import dev.wflow.registry.Entry;
import dev.wflow.registry.LuaSource;
import dev.wflow.registry.Project;
import dev.wflow.registry.TestMeta;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a project's test entries (SPEC §12: {@code function.lua} with {@code meta.type: test}) in
 * the order the platform's runner ({@code wippy/test} {@code runner.lua}, {@code discovery.lua})
 * runs them: suites by name (an entry without {@code meta.suite} is in the suite the runner calls
 * {@code "nil"}), then {@code meta.order} (0 when absent), then entry ID.
 *
 * <pre>{@code
 * List<TestEntry> tests = TestDiscovery.discover(Project.load(dir).project());
 * }</pre>
 */
public final class TestDiscovery {

  /** The suite name {@code tostring(meta.suite)} gives the runner when there is none. */
  static final String NO_SUITE = "nil";

  private record Sortable(String suiteKey, TestEntry entry) {}

  private static final Comparator<Sortable> RUN_ORDER =
      Comparator.comparing(Sortable::suiteKey)
          .thenComparingInt((Sortable s) -> s.entry().order())
          .thenComparing(s -> s.entry().id());

  private TestDiscovery() {}

  public static List<TestEntry> discover(Project project) {
    return project.tests().stream()
        .map(e -> new Sortable(suiteKey(e), toTestEntry(e)))
        .sorted(RUN_ORDER)
        .map(Sortable::entry)
        .toList();
  }

  private static String suiteKey(Entry e) {
    return e.test().flatMap(TestMeta::suite).orElse(NO_SUITE);
  }

  /** {@code meta.timeout} as a Go duration; absent or unreadable gives null (the default). */
  private static java.time.Duration timeout(Entry e) {
    Object t = e.meta().get("timeout");
    if (!(t instanceof String text)) {
      return null;
    }
    try {
      return dev.wflow.runtime.GoDuration.parse(text);
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }

  private static TestEntry toTestEntry(Entry e) {
    TestMeta meta = e.test().orElse(null);
    String suite = meta == null ? e.id().namespace() : meta.suite().orElse(e.id().namespace());
    String name = meta == null ? e.id().name() : meta.name();
    int order = meta == null ? 0 : meta.order().orElse(0);
    LuaSource source = e.source().orElse(null);
    Map<String, String> imports = new LinkedHashMap<>();
    e.imports().forEach((alias, id) -> imports.put(alias, id.toString()));
    e.moduleImports().forEach((alias, module) -> imports.put(alias, ":" + module));
    return new TestEntry(
        e.id().toString(),
        suite,
        name,
        order,
        source == null ? e.file().displayPath() : source.chunkName(),
        // Inline code sits inside the YAML file: padding keeps its line numbers the file's.
        source == null ? null : "\n".repeat(Math.max(0, source.firstLine() - 1)) + source.text(),
        e.method(),
        e.modules(),
        imports,
        timeout(e));
  }
}
