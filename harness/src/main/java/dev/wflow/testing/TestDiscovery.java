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
 * run order: by suite, then {@code meta.order} (entries without one last), then entry ID.
 *
 * <pre>{@code
 * List<TestEntry> tests = TestDiscovery.discover(Project.load(dir).project());
 * }</pre>
 */
public final class TestDiscovery {

  private static final Comparator<TestEntry> RUN_ORDER =
      Comparator.comparing(TestEntry::suite)
          .thenComparingInt(TestEntry::order)
          .thenComparing(TestEntry::id);

  private TestDiscovery() {}

  public static List<TestEntry> discover(Project project) {
    return project.tests().stream().map(TestDiscovery::toTestEntry).sorted(RUN_ORDER).toList();
  }

  private static TestEntry toTestEntry(Entry e) {
    TestMeta meta = e.test().orElse(null);
    String suite = meta == null ? e.id().namespace() : meta.suite().orElse(e.id().namespace());
    String name = meta == null ? e.id().name() : meta.name();
    int order = meta == null ? Integer.MAX_VALUE : meta.order().orElse(Integer.MAX_VALUE);
    LuaSource source = e.source().orElse(null);
    Map<String, String> imports = new LinkedHashMap<>();
    e.imports().forEach((alias, id) -> imports.put(alias, id.toString()));
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
        imports);
  }
}
