package dev.wflow.testing;

import java.util.List;
import java.util.Map;

/**
 * One test file: a {@code function.lua} entry with {@code meta.type: test}.
 *
 * <pre>{@code
 * new TestEntry("app.test:orders", "orders", "orders", 0, "src/orders_test.lua", source, "run",
 *     List.of("time"), Map.of("test", "wippy.test:test"));
 * }</pre>
 *
 * @param id entry ID {@code ns:name}
 * @param suite {@code meta.suite}, or the namespace when absent
 * @param name {@code meta.name}, or the entry name
 * @param order {@code meta.order} (0 when absent)
 * @param file the Lua file as shown to the user (relative to the project root); the chunk name
 * @param source the Lua source text
 * @param method the entry's {@code method} (may be empty)
 * @param modules the entry's {@code modules}
 * @param imports the entry's {@code imports}: alias to entry ID
 * @param timeout {@code meta.timeout}, or null when absent
 */
public record TestEntry(
    String id,
    String suite,
    String name,
    int order,
    String file,
    String source,
    String method,
    List<String> modules,
    Map<String, String> imports,
    java.time.Duration timeout) {

  /** The import target that resolves to wflow's built-in test module. */
  public static final String TEST_MODULE_ID = "wippy.test:test";

  public TestEntry {
    modules = List.copyOf(modules);
    imports = Map.copyOf(imports);
    method = method == null ? "" : method;
  }

  public TestEntry(
      String id,
      String suite,
      String name,
      int order,
      String file,
      String source,
      String method,
      List<String> modules,
      Map<String, String> imports) {
    this(id, suite, name, order, file, source, method, modules, imports, null);
  }
}
