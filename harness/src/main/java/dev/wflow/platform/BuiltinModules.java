package dev.wflow.platform;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The modules the Wippy runtime registers, by name, with their classes.
 *
 * <pre>{@code
 * BuiltinModules.isBuiltin("stream");          // true
 * BuiltinModules.allowedInWorkflow("channel"); // false: class process only
 * }</pre>
 */
public final class BuiltinModules {

  /**
   * Generated once by {@code bench/compat/module-classes.sh} from wippyai/runtime: the {@code Name}
   * and {@code Class} of every {@code luaapi.ModuleDef} in {@code runtime/lua/modules/} and {@code
   * runtime/lua/engine/core_modules.go} (the file of each is in its comment). Not a hand list:
   * rerun the script when the platform adds a module.
   */
  private static final Map<String, BuiltinModule> ALL =
      table(
          "base64", "encoding deterministic", // runtime/lua/modules/base64/module.go
          "cdc", "storage nondeterministic", // runtime/lua/modules/cdc/module.go
          "channel", "process", // runtime/lua/engine/core_modules.go
          "cloudstorage", "storage network io", // runtime/lua/modules/cloudstorage/module.go
          "compress", "encoding deterministic", // runtime/lua/modules/compress/module.go
          "contract", "workflow nondeterministic", // runtime/lua/modules/contract/module.go
          "crypto", "security nondeterministic workflow", // runtime/lua/modules/crypto/module.go
          "ctx", "nondeterministic workflow", // runtime/lua/modules/ctx/module.go
          "env", "process nondeterministic", // runtime/lua/modules/env/module.go
          "eval_runner", "process nondeterministic", // runtime/lua/modules/eval/runner/module.go
          "events", "io nondeterministic", // runtime/lua/modules/events/module.go
          "excel", "io encoding", // runtime/lua/modules/excel/module.go
          "exec", "io process nondeterministic", // runtime/lua/modules/exec/module.go
          "expr", "deterministic", // runtime/lua/modules/expr/module.go
          "fs", "storage io nondeterministic", // runtime/lua/modules/fs/module.go
          "funcs", "workflow nondeterministic", // runtime/lua/modules/funcs/module.go
          "hash", "encoding security deterministic", // runtime/lua/modules/hash/module.go
          "html", "security deterministic", // runtime/lua/modules/html/module.go
          "http", "network io nondeterministic", // runtime/lua/modules/http/module.go
          "http_client", "network io nondeterministic", // runtime/lua/modules/httpclient/module.go
          "hub", "network io nondeterministic", // runtime/lua/modules/hub/module.go
          "io", "io nondeterministic", // runtime/lua/modules/io/module.go
          "json", "encoding deterministic", // runtime/lua/modules/json/module.go
          "loader", "storage io", // runtime/lua/modules/registry/loader.go
          "logger", "io", // runtime/lua/modules/logger/logger.go
          "metrics", "io nondeterministic", // runtime/lua/modules/metrics/module.go
          "os", "time workflow", // runtime/lua/modules/ostime/module.go
          "payload", "encoding deterministic", // runtime/lua/modules/payload/module.go
          "pg", "process nondeterministic", // runtime/lua/modules/pg/module.go
          "process", "process nondeterministic workflow", // runtime/lua/modules/process/module.go
          "queue", "io nondeterministic", // runtime/lua/modules/queue/module.go
          "registry", "nondeterministic storage", // runtime/lua/modules/registry/module.go
          "security", "security nondeterministic", // runtime/lua/modules/security/module.go
          "sql", "storage io nondeterministic", // runtime/lua/modules/sql/module.go
          "store", "storage io nondeterministic", // runtime/lua/modules/store/module.go
          "stream", "io nondeterministic", // runtime/lua/modules/stream/module.go
          "system", "process nondeterministic", // runtime/lua/modules/system/module.go
          "templates", "deterministic", // runtime/lua/modules/template/module.go
          "text", "deterministic", // runtime/lua/modules/text/module.go
          "time", "time workflow", // runtime/lua/modules/time/yields.go
          "treesitter", "encoding deterministic", // runtime/lua/modules/treesitter/module.go
          "tty", "io nondeterministic", // runtime/lua/modules/tty/module.go
          "uuid", "nondeterministic workflow", // runtime/lua/modules/uuid/module.go
          "websocket", "network io nondeterministic", // runtime/lua/modules/websocket/module.go
          "workflow", "workflow nondeterministic", // runtime/lua/modules/workflow/module.go
          "yaml", "encoding deterministic"); // runtime/lua/modules/yaml/module.go

  private BuiltinModules() {}

  /** The module of that name, if the runtime registers one. */
  public static Optional<BuiltinModule> find(String name) {
    return Optional.ofNullable(ALL.get(name));
  }

  /** True for any module the runtime registers. */
  public static boolean isBuiltin(String name) {
    return ALL.containsKey(name);
  }

  /** True for a registered module whose classes a workflow may use. */
  public static boolean allowedInWorkflow(String name) {
    return find(name).map(BuiltinModule::allowedInWorkflow).orElse(false);
  }

  /** Every registered module. */
  public static Collection<BuiltinModule> all() {
    return ALL.values();
  }

  private static Map<String, BuiltinModule> table(String... nameThenClasses) {
    Map<String, BuiltinModule> out = new LinkedHashMap<>();
    for (int i = 0; i < nameThenClasses.length; i += 2) {
      Set<String> classes = Set.copyOf(Arrays.asList(nameThenClasses[i + 1].split(" ")));
      out.put(nameThenClasses[i], new BuiltinModule(nameThenClasses[i], classes));
    }
    return Map.copyOf(out);
  }
}
