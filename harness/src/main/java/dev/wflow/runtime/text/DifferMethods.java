package dev.wflow.runtime.text;

import dev.wflow.runtime.Builtin;
import dev.wflow.runtime.LuaFunctions;
import java.nio.charset.StandardCharsets;
import java.util.LinkedList;
import java.util.List;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Operation;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Patch;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The methods of a {@code text.Differ} ({@code text.diff.new}): diff-match-patch, as the runtime
 * uses it through go-diff — diffs as {@code {operation = "equal"|"delete"|"insert", text}}, patches
 * as {@code {text = <patch text>}}, sizes in bytes.
 */
final class DifferMethods {

  static final LuaTable META = Builtin.type("text.Differ", methods());

  private DifferMethods() {}

  private static LuaTable methods() {
    LuaTable m = new LuaTable();
    m.rawset("compare", LuaFunctions.of(DifferMethods::compare));
    m.rawset("summarize", LuaFunctions.of(DifferMethods::summarize));
    m.rawset("pretty_text", LuaFunctions.of(a -> Builtin.success(prettyText(diffs(a)))));
    m.rawset("pretty_html", LuaFunctions.of(a -> Builtin.success(prettyHtml(diffs(a)))));
    m.rawset("patch_make", LuaFunctions.of(DifferMethods::patchMake));
    m.rawset("patch_apply", LuaFunctions.of(DifferMethods::patchApply));
    return m;
  }

  /**
   * A differ configured from {@code text.diff.new}'s options (unset or invalid ones keep defaults).
   */
  static DiffMatchPatch configure(LuaValue options) {
    DiffMatchPatch dmp = new DiffMatchPatch();
    if (!options.istable()) {
      return dmp;
    }
    LuaValue v;
    if ((v = options.get("diff_timeout")).isnumber() && v.todouble() >= 0) {
      dmp.diffTimeout = (float) v.todouble();
    }
    if ((v = options.get("diff_edit_cost")).isnumber() && v.toint() > 0) {
      dmp.diffEditCost = (short) v.toint();
    }
    if ((v = options.get("match_threshold")).isnumber() && v.todouble() >= 0) {
      dmp.matchThreshold = (float) v.todouble();
    }
    if ((v = options.get("match_distance")).isnumber() && v.toint() > 0) {
      dmp.matchDistance = v.toint();
    }
    if ((v = options.get("patch_delete_threshold")).isnumber() && v.todouble() >= 0) {
      dmp.patchDeleteThreshold = (float) v.todouble();
    }
    if ((v = options.get("patch_margin")).isnumber() && v.toint() > 0) {
      dmp.patchMargin = (short) v.toint();
    }
    return dmp;
  }

  private static DiffMatchPatch dmp(Varargs a) {
    return Builtin.self(a, DiffMatchPatch.class, "text.Differ");
  }

  private static Varargs compare(Varargs a) {
    LinkedList<Diff> diffs =
        dmp(a)
            .diffMain(
                Builtin.checkString(a, 2).tojstring(),
                Builtin.checkString(a, 3).tojstring(),
                false);
    LuaTable out = new LuaTable();
    for (Diff d : diffs) {
      LuaTable t = new LuaTable();
      t.rawset("operation", LuaValue.valueOf(name(d.operation)));
      t.rawset("text", LuaValue.valueOf(d.text));
      out.rawset(out.length() + 1, t);
    }
    return Builtin.success(out);
  }

  private static String name(Operation op) {
    return switch (op) {
      case EQUAL -> "equal";
      case DELETE -> "delete";
      case INSERT -> "insert";
    };
  }

  /** The diffs of a Lua diff list; an unknown operation counts as equal, as in the runtime. */
  private static LinkedList<Diff> diffs(Varargs a) {
    dmp(a);
    LuaTable t = a.checktable(2);
    LinkedList<Diff> out = new LinkedList<>();
    for (int i = 1; i <= t.length(); i++) {
      LuaValue d = t.rawget(i);
      if (!d.istable()) {
        continue;
      }
      Operation op =
          switch (d.get("operation").optjstring("")) {
            case "delete" -> Operation.DELETE;
            case "insert" -> Operation.INSERT;
            default -> Operation.EQUAL;
          };
      out.add(new Diff(op, d.get("text").optjstring("")));
    }
    return out;
  }

  private static Varargs summarize(Varargs a) {
    long ins = 0;
    long del = 0;
    long eq = 0;
    for (Diff d : diffs(a)) {
      int n = d.text.getBytes(StandardCharsets.UTF_8).length;
      switch (d.operation) {
        case INSERT -> ins += n;
        case DELETE -> del += n;
        default -> eq += n;
      }
    }
    LuaTable out = new LuaTable();
    out.rawset("insertions", LuaValue.valueOf(ins));
    out.rawset("deletions", LuaValue.valueOf(del));
    out.rawset("equals", LuaValue.valueOf(eq));
    return out;
  }

  private static LuaValue prettyText(List<Diff> diffs) {
    StringBuilder b = new StringBuilder();
    for (Diff d : diffs) {
      switch (d.operation) {
        case INSERT -> b.append("\u001b[32m").append(d.text).append("\u001b[0m");
        case DELETE -> b.append("\u001b[31m").append(d.text).append("\u001b[0m");
        default -> b.append(d.text);
      }
    }
    return LuaValue.valueOf(b.toString());
  }

  private static LuaValue prettyHtml(List<Diff> diffs) {
    StringBuilder b = new StringBuilder();
    for (Diff d : diffs) {
      String text = escape(d.text).replace("\n", "&para;<br>");
      switch (d.operation) {
        case INSERT ->
            b.append("<ins style=\"background:#e6ffe6;\">").append(text).append("</ins>");
        case DELETE ->
            b.append("<del style=\"background:#ffe6e6;\">").append(text).append("</del>");
        default -> b.append("<span>").append(text).append("</span>");
      }
    }
    return LuaValue.valueOf(b.toString());
  }

  // Go's html.EscapeString.
  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("'", "&#39;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&#34;");
  }

  private static Varargs patchMake(Varargs a) {
    LinkedList<Patch> patches =
        dmp(a)
            .patchMake(
                Builtin.checkString(a, 2).tojstring(), Builtin.checkString(a, 3).tojstring());
    LuaTable out = new LuaTable();
    for (Patch p : patches) {
      LuaTable t = new LuaTable();
      t.rawset("text", LuaValue.valueOf(p.toString()));
      out.rawset(out.length() + 1, t);
    }
    return Builtin.success(out);
  }

  private static Varargs patchApply(Varargs a) {
    DiffMatchPatch dmp = dmp(a);
    LuaTable t = a.checktable(2);
    String text = Builtin.checkString(a, 3).tojstring();
    LinkedList<Patch> patches = new LinkedList<>();
    for (int i = 1; i <= t.length(); i++) {
      LuaValue p = t.rawget(i);
      if (p.istable()) {
        try {
          patches.addAll(dmp.patchFromText(p.get("text").optjstring("")));
        } catch (IllegalArgumentException skipped) {
          // The runtime skips a patch whose text does not parse.
        }
      }
    }
    Object[] applied = dmp.patchApply(patches, text);
    boolean all = true;
    for (boolean ok : (boolean[]) applied[1]) {
      all &= ok;
    }
    return LuaValue.varargsOf(LuaValue.valueOf((String) applied[0]), LuaValue.valueOf(all));
  }
}
