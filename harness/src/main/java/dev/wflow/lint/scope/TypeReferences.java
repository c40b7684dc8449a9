package dev.wflow.lint.scope;

import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.Node;
import dev.wflow.lua.syntax.TypeExpr;
import java.util.List;
import java.util.function.Consumer;

/**
 * The run-time names a type expression mentions: the first name of a named type ({@code inner} in
 * {@code inner.Inner}, {@code Label} in {@code {label: Label}}) and the expressions of {@code
 * typeof(x)} and annotation arguments. A local used only there is still used.
 *
 * <pre>{@code
 * TypeReferences.walk(alias.type(), name -> use(name), expr -> expr.accept(walker));
 * }</pre>
 */
final class TypeReferences {

  private final Consumer<Node.Name> names;
  private final Consumer<Expr> exprs;

  private TypeReferences(Consumer<Node.Name> names, Consumer<Expr> exprs) {
    this.names = names;
    this.exprs = exprs;
  }

  static void walk(TypeExpr type, Consumer<Node.Name> names, Consumer<Expr> exprs) {
    new TypeReferences(names, exprs).type(type);
  }

  static void walkParams(
      List<Node.TypeParam> params, Consumer<Node.Name> names, Consumer<Expr> exprs) {
    TypeReferences refs = new TypeReferences(names, exprs);
    for (Node.TypeParam p : params) {
      refs.type(p.constraint());
      refs.type(p.defaultType());
    }
  }

  static void walkMembers(
      List<TypeExpr.Member> members, Consumer<Node.Name> names, Consumer<Expr> exprs) {
    new TypeReferences(names, exprs).members(members);
  }

  private void types(List<? extends TypeExpr> list) {
    list.forEach(this::type);
  }

  private void members(List<TypeExpr.Member> list) {
    for (TypeExpr.Member m : list) {
      type(m.key());
      type(m.type());
    }
  }

  private void type(TypeExpr t) {
    if (t == null) {
      return;
    }
    if (t instanceof TypeExpr.Named n) {
      names.accept(n.path().get(0));
      types(n.args());
    } else if (t instanceof TypeExpr.Typeof o) {
      exprs.accept(o.expr());
    } else if (t instanceof TypeExpr.Record r) {
      members(r.fields());
    } else if (t instanceof TypeExpr.Annotated a) {
      type(a.type());
      a.annotations().forEach(an -> an.args().forEach(exprs));
    } else {
      composite(t);
    }
  }

  private void composite(TypeExpr t) {
    if (t instanceof TypeExpr.Optional o) {
      type(o.inner());
    } else if (t instanceof TypeExpr.Union u) {
      types(u.members());
    } else if (t instanceof TypeExpr.Intersection i) {
      types(i.members());
    } else if (t instanceof TypeExpr.Array a) {
      type(a.element());
    } else if (t instanceof TypeExpr.Map m) {
      type(m.key());
      type(m.value());
    } else if (t instanceof TypeExpr.Readonly r) {
      type(r.inner());
    } else if (t instanceof TypeExpr.Function f) {
      f.params().forEach(p -> type(p.type()));
      type(f.vararg());
      type(f.returns());
    } else if (t instanceof TypeExpr.Tuple tu) {
      types(tu.elements());
    } else if (t instanceof TypeExpr.Keyof k) {
      type(k.target());
    } else if (t instanceof TypeExpr.IndexAccess ia) {
      type(ia.object());
      type(ia.index());
    } else if (t instanceof TypeExpr.Conditional c) {
      type(c.check());
      type(c.extendsType());
      type(c.then());
      type(c.orElse());
    } else if (t instanceof TypeExpr.Asserts as) {
      type(as.type());
    } else if (t instanceof TypeExpr.Variadic v) {
      type(v.element());
    }
  }
}
