package dev.wflow.runtime.text;

import com.google.re2j.PatternSyntaxException;
import dev.wflow.runtime.Builtin;
import dev.wflow.runtime.LuaFunctions;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.PlainValues;
import java.util.ArrayList;
import java.util.List;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The {@code text} module ({@code runtime/lua/modules/text}): {@code text.regexp.compile} (RE2
 * syntax and Go's matching rules, through RE2/J), {@code text.diff.new} (diff-match-patch) and
 * {@code text.splitter.recursive} / {@code markdown}.
 *
 * <pre>{@code
 * ModuleTable text = TextModule.create();
 * // local re = text.regexp.compile("[0-9]+"); re:find_all_string("a1b22") == {"1", "22"}
 * }</pre>
 */
public final class TextModule {

  // langchaingo's DefaultOptions (the runtime's spec.md says 4000 and 200, its code uses these).
  private static final int DEFAULT_CHUNK_SIZE = 512;
  private static final int DEFAULT_OVERLAP = 100;

  private TextModule() {}

  public static ModuleTable create() {
    ModuleTable regexp = new ModuleTable("text.regexp");
    regexp.define("compile", LuaFunctions.of(TextModule::compile));
    ModuleTable diff = new ModuleTable("text.diff");
    diff.define(
        "new",
        LuaFunctions.of(
            a ->
                Builtin.success(
                    Builtin.object(DifferMethods.configure(a.arg1()), DifferMethods.META))));
    ModuleTable splitter = new ModuleTable("text.splitter");
    splitter.define("recursive", LuaFunctions.of(a -> splitter(recursive(a.arg1()))));
    splitter.define("markdown", LuaFunctions.of(a -> splitter(markdown(a.arg1()))));
    ModuleTable m = new ModuleTable("text");
    m.define("regexp", regexp);
    m.define("diff", diff);
    m.define("splitter", splitter);
    return m;
  }

  private static Varargs compile(Varargs a) {
    String pattern = Builtin.checkString(a, 1).tojstring();
    try {
      return Builtin.success(Builtin.object(GoRegexp.compile(pattern), RegexpMethods.META));
    } catch (PatternSyntaxException e) {
      return Builtin.failure("Invalid", "regex compile error: " + e.getMessage());
    }
  }

  private static Varargs splitter(TextSplitter s) {
    return Builtin.success(Builtin.object(s, SplitterMethods.META));
  }

  private static int option(LuaValue options, String name, int fallback) {
    LuaValue v = options.istable() ? options.get(name) : LuaValue.NIL;
    return v.isnumber() ? v.toint() : fallback;
  }

  private static boolean flag(LuaValue options, String name) {
    return options.istable() && options.get(name).isboolean() && options.get(name).toboolean();
  }

  private static List<String> separators(LuaValue options) {
    LuaValue v = options.istable() ? options.get("separators") : LuaValue.NIL;
    if (!v.istable()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    LuaTable t = (LuaTable) v;
    for (int i = 1; i <= PlainValues.maxn(t); i++) {
      if (t.rawget(i).type() == LuaValue.TSTRING) {
        out.add(t.rawget(i).tojstring());
      }
    }
    return out.isEmpty() ? null : out;
  }

  private static TextSplitter recursive(LuaValue o) {
    List<String> seps = separators(o);
    return new RecursiveSplitter(
        option(o, "chunk_size", DEFAULT_CHUNK_SIZE),
        option(o, "chunk_overlap", DEFAULT_OVERLAP),
        seps != null ? seps : RecursiveSplitter.DEFAULT_SEPARATORS,
        flag(o, "keep_separator"));
  }

  private static TextSplitter markdown(LuaValue o) {
    return new MarkdownSplitter(
        option(o, "chunk_size", DEFAULT_CHUNK_SIZE),
        option(o, "chunk_overlap", DEFAULT_OVERLAP),
        flag(o, "code_blocks"),
        flag(o, "heading_hierarchy"),
        separators(o));
  }
}
