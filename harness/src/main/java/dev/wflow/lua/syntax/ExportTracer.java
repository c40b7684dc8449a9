package dev.wflow.lua.syntax;

import dev.wflow.lua.syntax.ChunkExports.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows a returned name back through the chunk's top-level statements: {@code local M = {…}}
 * followed by {@code M.x = …}, {@code function M.x()} or {@code function M:x()} gives a table with
 * known keys; anything it cannot follow makes the result unknown.
 */
final class ExportTracer {
  private ExportTracer() {}

  static ChunkExports trace(List<Stat> before, Expr returned, Span at) {
    Expr e = unwrap(returned);
    if (e instanceof Expr.Function) {
      return new ChunkExports(Kind.FUNCTION, Map.of(), at);
    }
    if (e instanceof Expr.Table t) {
      return tableOrUnknown(t, at);
    }
    if (e instanceof Expr.Nil
        || e instanceof Expr.Bool
        || e instanceof Expr.Number
        || e instanceof Expr.Str) {
      return new ChunkExports(Kind.VALUE, Map.of(), at);
    }
    if (e instanceof Expr.NameRef n) {
      return traceName(before, n.name(), at);
    }
    return new ChunkExports(Kind.UNKNOWN, Map.of(), at);
  }

  private static Expr unwrap(Expr e) {
    while (true) {
      if (e instanceof Expr.Paren p) {
        e = p.inner();
      } else if (e instanceof Expr.Cast c) {
        e = c.expr();
      } else if (e instanceof Expr.NonNil n) {
        e = n.expr();
      } else {
        return e;
      }
    }
  }

  private static ChunkExports tableOrUnknown(Expr.Table t, Span at) {
    Map<String, Span> keys = new LinkedHashMap<>();
    if (!addConstructorKeys(t, keys)) {
      return new ChunkExports(Kind.UNKNOWN, Map.of(), at);
    }
    return new ChunkExports(Kind.TABLE, keys, at);
  }

  /** Adds the string keys of a constructor; false when a key is computed at run time. */
  private static boolean addConstructorKeys(Expr.Table t, Map<String, Span> keys) {
    for (TableField f : t.fields()) {
      if (f instanceof TableField.Named n) {
        keys.put(n.key().text(), n.key().span());
      } else if (f instanceof TableField.Keyed k) {
        if (!(unwrap(k.key()) instanceof Expr.Str s)) {
          return false;
        }
        keys.put(s.value(), k.key().span());
      }
    }
    return true;
  }

  /** Replays the top-level statements for {@code name}; the last binding wins. */
  private static ChunkExports traceName(List<Stat> stats, String name, Span at) {
    Kind kind = Kind.UNKNOWN;
    Map<String, Span> keys = new LinkedHashMap<>();
    for (Stat s : stats) {
      Expr bound = boundValue(s, name);
      if (bound != null) {
        keys.clear();
        Expr v = unwrap(bound);
        if (v instanceof Expr.Table t && addConstructorKeys(t, keys)) {
          kind = Kind.TABLE;
        } else if (v instanceof Expr.Function) {
          kind = Kind.FUNCTION;
        } else {
          kind = Kind.UNKNOWN;
        }
      } else if (s instanceof Stat.LocalFunction lf && lf.name().text().equals(name)) {
        kind = Kind.FUNCTION;
        keys.clear();
      } else if (kind == Kind.TABLE && (setsMetatable(s, name) || !addMember(s, name, keys))) {
        kind = Kind.UNKNOWN;
      }
    }
    return new ChunkExports(kind, kind == Kind.TABLE ? keys : Map.of(), at);
  }

  /** The value {@code s} binds to {@code name} ({@code local name = v} or {@code name = v}). */
  private static Expr boundValue(Stat s, String name) {
    List<? extends Node> targets;
    List<Expr> values;
    if (s instanceof Stat.Local l) {
      targets = l.names();
      values = l.values();
    } else if (s instanceof Stat.Assign a) {
      targets = a.targets();
      values = a.values();
    } else {
      return null;
    }
    for (int i = 0; i < targets.size(); i++) {
      Node t = targets.get(i);
      boolean match =
          t instanceof Node.TypedName tn && tn.text().equals(name)
              || t instanceof Expr.NameRef r && r.name().equals(name);
      if (match) {
        // a value-less slot is nil; a call in the last slot may fill several: both unknown here
        return i < values.size() ? values.get(i) : new Expr.VarargRef(t.span());
      }
    }
    return null;
  }

  /**
   * Records {@code name.key = v}, {@code name["key"] = v} or {@code function name.key()}; false
   * when {@code s} changes the table in a way that cannot be followed ({@code name[k] = v}).
   */
  private static boolean addMember(Stat s, String name, Map<String, Span> keys) {
    if (s instanceof Stat.Function f) {
      List<Node.Name> path = f.name().path();
      if (!path.get(0).text().equals(name)) {
        return true;
      }
      if (path.size() == 1 && f.name().isMethod()) {
        keys.put(f.name().method().text(), f.name().method().span());
      } else if (path.size() == 2 && !f.name().isMethod()) {
        keys.put(path.get(1).text(), path.get(1).span());
      }
      return true;
    }
    if (s instanceof Stat.Assign a) {
      for (Expr target : a.targets()) {
        if (target instanceof Expr.Field fe && isName(fe.object(), name)) {
          keys.put(fe.name().text(), fe.name().span());
        } else if (target instanceof Expr.Index ix && isName(ix.object(), name)) {
          if (!(unwrap(ix.key()) instanceof Expr.Str str)) {
            return false;
          }
          keys.put(str.value(), ix.key().span());
        }
      }
    }
    return true;
  }

  /** {@code setmetatable(name, mt)}: an {@code __index} may supply any key. */
  private static boolean setsMetatable(Stat s, String name) {
    return s instanceof Stat.CallStat cs
        && cs.call() instanceof Expr.Call c
        && isName(c.callee(), "setmetatable")
        && !c.args().isEmpty()
        && isName(c.args().get(0), name);
  }

  private static boolean isName(Expr e, String name) {
    return e instanceof Expr.NameRef r && r.name().equals(name);
  }
}
