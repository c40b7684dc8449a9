package dev.wflow.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.testing.RunResult;
import dev.wflow.testing.TestListener;
import dev.wflow.testing.TestOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import of a module node ({@code j: ":json"}, or bare {@code js: json}) binds the module under
 * the alias, as the platform does (framework bootloader and migration import {@code :registry} and
 * {@code require} it by the alias).
 */
class ModuleImportsTest {

  @TempDir Path dir;

  @Test
  void aModuleNodeImportBindsTheModuleUnderItsAlias() throws IOException {
    Files.writeString(
        dir.resolve("_index.yaml"),
        """
        version: "1.0"
        namespace: app
        entries:
          - name: lib
            kind: library.lua
            source: file://lib.lua
            imports: {j: ":json", reg: ":registry"}
          - name: t
            kind: function.lua
            meta: {type: test}
            source: file://t.lua
            imports: {lib: app:lib, js: json}
        """);
    Files.writeString(
        dir.resolve("lib.lua"),
        """
        local json = require("j")
        return {
          enc = function(v) return json.encode(v) end,
          reg = function() return reg.get("x") end,
        }
        """);
    Files.writeString(
        dir.resolve("t.lua"),
        """
        return function()
          assert(lib.enc({1}) == "[1]")
          assert(js.encode({a = 1}) == '{"a":1}')
          local ok, err = pcall(lib.reg)
          return not ok and tostring(err):find("module 'registry' is not available", 1, true) ~= nil
        end
        """);

    RunResult r =
        TestEngine.run(TestEngine.load(dir), TestOptions.defaults(), TestListener.NONE, l -> {});

    assertThat(r.files().get(0).error()).isNull();
    assertThat(r.passed()).isEqualTo(1);
  }
}
