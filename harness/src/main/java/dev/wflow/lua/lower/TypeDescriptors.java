package dev.wflow.lua.lower;

import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.LuaNames;
import dev.wflow.lua.syntax.Node;
import dev.wflow.lua.syntax.TypeExpr;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a type expression as a Lua table constructor, one line long, that {@link RuntimeTypes}
 * turns into a type value: what a {@code type X = …} declaration keeps at run time so {@code
 * X:is(v)} and {@code X(v)} can validate as the platform does. A reference to another type becomes
 * a function returning it, so a declaration can name itself or a library's type ({@code
 * mylib.Config}).
 *
 * <pre>{@code
 * // type Point = {x: number, y?: number}
 * // -> {k="record",f={{n="x",t={k="prim",n="number"}},{n="y",o=true,t={k="prim",n="number"}}}}
 * }</pre>
 */
final class TypeDescriptors {

  /** Names the runtime knows without a declaration. */
  static final Set<String> PRIMITIVES =
      Set.of(
          "number",
          "integer",
          "string",
          "boolean",
          "nil",
          "any",
          "unknown",
          "table",
          "function",
          "userdata",
          "thread",
          "never",
          "void");

  private static final String ANY = "{k=\"prim\",n=\"any\"}";

  private final Function<Node, String> sourceText;
  private final Map<String, TypeExpr> typedLocals;

  /**
   * @param sourceText the user's text of a node (literals and annotation arguments are copied)
   * @param typedLocals declared types of locals, for {@code typeof(name)}
   */
  TypeDescriptors(Function<Node, String> sourceText, Map<String, TypeExpr> typedLocals) {
    this.sourceText = sourceText;
    this.typedLocals = typedLocals;
  }

  /**
   * The descriptor of {@code type}, with {@code params} naming the declaration's type parameters.
   */
  String of(TypeExpr type, List<String> params) {
    String body = write(type, Set.copyOf(params));
    if (params.isEmpty()) {
      return body;
    }
    return "{k=\"generic\",p={"
        + params.stream().map(LuaNames::quote).collect(Collectors.joining(","))
        + "},t="
        + body
        + "}";
  }

  private String write(TypeExpr type, Set<String> params) {
    if (type instanceof TypeExpr.Named n) {
      return named(n, params);
    } else if (type instanceof TypeExpr.Literal l) {
      return "{k=\"lit\",v=" + literal(l.value()) + "}";
    } else if (type instanceof TypeExpr.Optional o) {
      return "{k=\"opt\",t=" + write(o.inner(), params) + "}";
    } else if (type instanceof TypeExpr.Union u) {
      return "{k=\"union\",m=" + list(u.members(), params) + "}";
    } else if (type instanceof TypeExpr.Intersection i) {
      return "{k=\"all\",m=" + list(i.members(), params) + "}";
    } else if (type instanceof TypeExpr.Array a) {
      return "{k=\"array\",t=" + write(a.element(), params) + "}";
    } else if (type instanceof TypeExpr.Map m) {
      return "{k=\"map\",key=" + write(m.key(), params) + ",val=" + write(m.value(), params) + "}";
    } else if (type instanceof TypeExpr.Record r) {
      return record(r, params);
    } else if (type instanceof TypeExpr.Readonly r) {
      return write(r.inner(), params);
    } else if (type instanceof TypeExpr.Annotated a) {
      return annotated(a, params);
    } else if (type instanceof TypeExpr.Function) {
      return "{k=\"prim\",n=\"function\"}";
    } else if (type instanceof TypeExpr.Typeof t) {
      return typeOf(t, params);
    }
    return ANY; // keyof, T[K], conditionals: only the static checker judges them
  }

  private String named(TypeExpr.Named n, Set<String> params) {
    String name = n.qualifiedName();
    if (n.path().size() == 1 && params.contains(name)) {
      return "{k=\"param\",n=" + LuaNames.quote(name) + "}";
    }
    if (n.path().size() == 1 && PRIMITIVES.contains(name)) {
      return "{k=\"prim\",n=" + LuaNames.quote(name) + "}";
    }
    String args = n.args().isEmpty() ? "" : ",args=" + list(n.args(), params);
    return "{k=\"ref\",n="
        + LuaNames.quote(name)
        + ",get=function() return "
        + name
        + " end"
        + args
        + "}";
  }

  private String record(TypeExpr.Record r, Set<String> params) {
    StringBuilder fields = new StringBuilder();
    String indexer = "";
    for (TypeExpr.Member m : r.fields()) {
      if (m.method()) {
        continue; // interface methods are checked by the type checker, not at run time
      }
      if (m.name() == null) {
        indexer = ",key=" + write(m.key(), params) + ",val=" + write(m.type(), params);
        continue;
      }
      if (fields.length() > 0) {
        fields.append(',');
      }
      fields.append("{n=").append(LuaNames.quote(m.name().text()));
      if (m.optional()) {
        fields.append(",o=true");
      }
      fields.append(",t=").append(write(m.type(), params)).append('}');
    }
    return "{k=\"record\",f={" + fields + "}" + indexer + "}";
  }

  private String annotated(TypeExpr.Annotated a, Set<String> params) {
    StringBuilder out = new StringBuilder("{k=\"ann\",t=").append(write(a.type(), params));
    out.append(",a={");
    for (int i = 0; i < a.annotations().size(); i++) {
      TypeExpr.Annotation ann = a.annotations().get(i);
      if (i > 0) {
        out.append(',');
      }
      out.append("{n=").append(LuaNames.quote(ann.name().text())).append(",v={");
      out.append(ann.args().stream().map(this::literal).collect(Collectors.joining(",")));
      out.append("}}");
    }
    return out.append("}}").toString();
  }

  private String typeOf(TypeExpr.Typeof t, Set<String> params) {
    if (t.expr() instanceof Expr.NameRef ref && typedLocals.containsKey(ref.name())) {
      return write(typedLocals.get(ref.name()), params);
    }
    return ANY;
  }

  private String list(List<TypeExpr> types, Set<String> params) {
    return "{" + types.stream().map(t -> write(t, params)).collect(Collectors.joining(",")) + "}";
  }

  /** A literal as its source text; it must stay on one line, so a long string is re-quoted. */
  private String literal(Expr e) {
    if (e instanceof Expr.Str s) {
      return LuaNames.quote(s.value());
    }
    String text = sourceText.apply(e);
    return text.contains("\n") ? "nil" : text;
  }
}
