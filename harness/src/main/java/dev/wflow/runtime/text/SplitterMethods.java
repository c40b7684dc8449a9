package dev.wflow.runtime.text;

import dev.wflow.runtime.Builtin;
import dev.wflow.runtime.LuaFunctions;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/** The methods of a {@code text.Splitter}: {@code split_text} and {@code split_batch}. */
final class SplitterMethods {

  static final LuaTable META = Builtin.type("text.Splitter", methods());

  private SplitterMethods() {}

  private static LuaTable methods() {
    LuaTable m = new LuaTable();
    m.rawset("split_text", LuaFunctions.of(SplitterMethods::splitText));
    m.rawset("split_batch", LuaFunctions.of(SplitterMethods::splitBatch));
    return m;
  }

  private static TextSplitter self(Varargs a) {
    return Builtin.self(a, TextSplitter.class, "text.Splitter");
  }

  private static Varargs splitText(Varargs a) {
    LuaTable out = new LuaTable();
    for (String chunk : self(a).split(Builtin.checkString(a, 2).tojstring())) {
      out.rawset(out.length() + 1, LuaValue.valueOf(chunk));
    }
    return Builtin.success(out);
  }

  /** Pages without content are skipped; every chunk shares its page's metadata table. */
  private static Varargs splitBatch(Varargs a) {
    TextSplitter splitter = self(a);
    LuaTable pages = a.checktable(2);
    LuaTable out = new LuaTable();
    for (int i = 1; i <= pages.length(); i++) {
      LuaValue page = pages.rawget(i);
      if (!page.istable() || page.get("content").type() != LuaValue.TSTRING) {
        continue;
      }
      String content = page.get("content").tojstring();
      if (content.isEmpty()) {
        continue;
      }
      LuaValue meta = page.get("metadata").istable() ? page.get("metadata") : new LuaTable();
      for (String chunk : splitter.split(content)) {
        LuaTable c = new LuaTable();
        c.rawset("content", LuaValue.valueOf(chunk));
        c.rawset("metadata", meta);
        out.rawset(out.length() + 1, c);
      }
    }
    return Builtin.success(out);
  }
}
