package dev.wflow.testing;

import dev.wflow.runtime.EntryProgram;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaLoadException;
import dev.wflow.runtime.LuaProject;
import dev.wflow.runtime.LuaSandbox;
import dev.wflow.runtime.SandboxHost;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * Test files on the Wippy runtime: a {@link LuaSandbox} per file with the platform's globals, the
 * entry's modules and its imports (library entries of the project; {@code wippy.test:test} is the
 * test module). {@code process} and {@code funcs}, bound to the test's workflow environment, are
 * the ones the runner put in the state.
 *
 * <pre>{@code
 * LuaStates states = new RuntimeLuaStates(luaProject, line -> {});
 * }</pre>
 */
public final class RuntimeLuaStates implements LuaStates {

  private static final Pattern POSITION =
      Pattern.compile("^(\\S+?:\\d+(?::\\d+)?):? (.*)$", Pattern.DOTALL);
  private static final Pattern SYNTAX = Pattern.compile("^error\\[P0001\\] (.*)$", Pattern.DOTALL);
  private static final List<String> TEST_CODE_MODULES =
      List.of("process", "funcs", "channel", "time");

  /**
   * The ctx a test entry runs with: the platform's runner calls each entry through an executor
   * {@code with_context({parent_pid = runner, test_topic = "test:update"})}, which is how a test
   * finds where to report when no options name it.
   */
  private static final Map<String, Object> RUNNER_CONTEXT =
      Map.of(
          "parent_pid", dev.wflow.testing.lua.TestModule.RUNNER_PID, "test_topic", "test:update");

  private final LuaProject project;
  private final Consumer<String> printer;

  public RuntimeLuaStates(LuaProject project, Consumer<String> printer) {
    this.project = project;
    this.printer = printer;
  }

  @Override
  public Consumer<String> printStream() {
    return printer;
  }

  @Override
  public State create(TestEntry entry) {
    LuaSandbox sandbox =
        new LuaSandbox(
            SandboxHost.system(OutputCapture.printer(printer), RUNNER_CONTEXT), entry.id());
    sandbox.runsTestCode();
    return new State() {
      @Override
      public Globals globals() {
        return sandbox.globals();
      }

      private boolean hosted;

      @Override
      public boolean hostsFramework() {
        return hosted;
      }

      @Override
      public LuaValue load(LuaValue testModule) throws LoadError {
        return load(testModule, new LuaTable());
      }

      @Override
      public LuaValue load(LuaValue testModule, LuaTable additions) throws LoadError {
        for (String name : TEST_CODE_MODULES) {
          LuaValue bound = sandbox.globals().get(name);
          if (!bound.isnil()) {
            sandbox.provide(name, bound);
          }
        }
        LuaEntry lua =
            new LuaEntry(
                entry.id(),
                "function.lua",
                entry.file(),
                entry.source(),
                entry.method(),
                entry.modules(),
                entry.imports(),
                Map.of("type", "test"));
        try {
          return EntryProgram.loadWithImports(
              sandbox,
              project,
              lua,
              new EntryProgram.Imports() {
                @Override
                public LuaValue builtin(String id) {
                  return TestEntry.TEST_MODULE_ID.equals(id) && project.entry(id).isEmpty()
                      ? testModule
                      : null;
                }

                @Override
                public LuaValue loaded(String id, LuaValue exported) {
                  if (TestEntry.TEST_MODULE_ID.equals(id) && exported.istable()) {
                    hosted = true;
                    graft(additions, exported);
                  }
                  return exported;
                }
              });
        } catch (LuaLoadException e) {
          throw loadError(e, entry);
        }
      }
    };
  }

  /** wflow's additions on the vendored module's table (what it already has stays its own). */
  private static void graft(LuaTable additions, LuaValue module) {
    for (LuaValue key = additions.next(LuaValue.NIL).arg1();
        !key.isnil();
        key = additions.next(key).arg1()) {
      if (module.rawget(key).isnil()) {
        module.rawset(key, additions.get(key));
      }
    }
  }

  private static LoadError loadError(LuaLoadException e, TestEntry entry) {
    String text = e.getMessage() == null ? "cannot load" : e.getMessage().strip();
    Matcher m = POSITION.matcher(text);
    String location = entry.file();
    if (m.matches() && m.group(1).startsWith(entry.file())) {
      location = m.group(1);
      text = m.group(2);
    }
    Matcher syntax = SYNTAX.matcher(text);
    if (syntax.matches()) {
      return new LoadError("syntax error: " + syntax.group(1), location);
    }
    return new LoadError("error outside any test: " + text, location);
  }
}
