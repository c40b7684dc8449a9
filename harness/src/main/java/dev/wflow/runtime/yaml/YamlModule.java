package dev.wflow.runtime.yaml;

import dev.wflow.runtime.Builtin;
import dev.wflow.runtime.LuaFunctions;
import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.PlainValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The {@code yaml} module as the runtime has it ({@code runtime/lua/modules/yaml}): {@code
 * encode(table, {field_order =, sort_unordered =})} and {@code decode(string)}, with {@code
 * Invalid} errors for bad arguments and {@code Internal} ones for YAML that does not parse. Map
 * keys are written sorted, sequences indented under their key, as Go's yaml.v3 does.
 *
 * <pre>{@code
 * LuaValue yaml = YamlModule.create();
 * // yaml.encode({b = 1, a = {1, 2}}) == "a:\n    - 1\n    - 2\nb: 1\n"
 * }</pre>
 */
public final class YamlModule {

  private YamlModule() {}

  public static ModuleTable create() {
    ModuleTable m = new ModuleTable("yaml");
    m.define("encode", LuaFunctions.of(YamlModule::encode));
    m.define("decode", LuaFunctions.of(YamlModule::decode));
    return m;
  }

  private static Varargs encode(Varargs args) {
    if (!args.arg1().istable()) {
      return Builtin.failure("Invalid", "table expected");
    }
    Object plain;
    try {
      plain = PlainValues.fromLua(args.arg1());
    } catch (org.luaj.vm2.LuaError e) {
      return Builtin.failure("Internal", "encode failed: " + e.getMessage());
    }
    LuaValue options = args.arg(2);
    if (options.istable()) {
      List<String> order = fieldOrder(options.get("field_order"));
      boolean sort = options.get("sort_unordered").toboolean();
      if (!order.isEmpty() || sort) {
        plain = reorder(plain, order, sort);
      }
    }
    return Builtin.success(LuaValue.valueOf(YamlWriter.write(plain)));
  }

  private static List<String> fieldOrder(LuaValue v) {
    List<String> out = new ArrayList<>();
    if (v.istable()) {
      LuaTable t = (LuaTable) v;
      for (int i = 1; i <= PlainValues.maxn(t); i++) {
        if (t.rawget(i).type() == LuaValue.TSTRING) {
          out.add(t.rawget(i).tojstring());
        }
      }
    }
    return out;
  }

  /**
   * Keys named in {@code order} first, in that order; the others after them, sorted when {@code
   * sort} is set and otherwise in the encoder's order (sorted too: Go sorts map keys).
   */
  private static Object reorder(Object value, List<String> order, boolean sort) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (String key : order) {
        if (map.containsKey(key)) {
          out.put(key, reorder(map.get(key), order, sort));
        }
      }
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.putIfAbsent(String.valueOf(e.getKey()), reorder(e.getValue(), order, sort));
      }
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object o : list) {
        out.add(reorder(o, order, sort));
      }
      return out;
    }
    return value;
  }

  private static Varargs decode(Varargs args) {
    if (args.arg1().type() != LuaValue.TSTRING) {
      return Builtin.failure("Invalid", "string expected");
    }
    String text = args.arg1().tojstring();
    if (text.isEmpty()) {
      return Builtin.failure("Invalid", "input cannot be empty");
    }
    try {
      Iterator<Object> documents = loader().loadAll(text).iterator();
      Object first = documents.hasNext() ? documents.next() : null;
      return Builtin.success(LuaJson.toLua(keysAsStrings(first)));
    } catch (YAMLException | ClassCastException e) {
      return Builtin.failure("Internal", "decode failed: " + oneLine(e.getMessage()));
    }
  }

  private static String oneLine(String message) {
    return message == null ? "invalid YAML" : message.replaceAll("\\s*\\n\\s*", " ").strip();
  }

  // Go turns every map key into a string (fmt.Sprint), so {1: a} decodes to {["1"] = "a"}.
  private static Object keysAsStrings(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new HashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), keysAsStrings(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(o -> out.add(keysAsStrings(o)));
      return out;
    }
    return value;
  }

  private static Yaml loader() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    return new Yaml(
        new SafeConstructor(options),
        new Representer(new DumperOptions()),
        new DumperOptions(),
        options,
        new PlainScalars());
  }

  /** yaml.v3 decodes timestamps into an {@code any} as the strings they are. */
  private static final class PlainScalars extends Resolver {
    // yes/no/on/off stay strings in YAML 1.2, which yaml.v3 follows for untyped targets.
    private static final java.util.regex.Pattern YAML12_BOOL =
        java.util.regex.Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");

    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, YAML12_BOOL, "tTfF");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
    }
  }
}
