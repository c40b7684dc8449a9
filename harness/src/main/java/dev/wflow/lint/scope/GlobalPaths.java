package dev.wflow.lint.scope;

import dev.wflow.lua.syntax.Expr;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Follows names to the globals they stand for: a global name, a field of one, a local alias that is
 * never reassigned ({@code local t = os.time}, {@code local m = math}), and {@code require("x")},
 * which returns the global {@code x} in Wippy.
 *
 * <pre>{@code
 * GlobalPaths paths = new GlobalPaths(model);
 * paths.of(callee).map(GlobalPath::text); // Optional["math.random"] for m.random
 * }</pre>
 */
public final class GlobalPaths {

  private final ScopeModel model;
  private final IdentityHashMap<Variable, Optional<GlobalPath>> aliases = new IdentityHashMap<>();
  private final Set<Variable> resolving =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  public GlobalPaths(ScopeModel model) {
    this.model = model;
  }

  /** The global path {@code e} evaluates to, if it is statically known. */
  public Optional<GlobalPath> of(Expr e) {
    if (e instanceof Expr.NameRef ref) {
      Variable v = model.variableOf(ref);
      return v == null ? Optional.of(new GlobalPath(List.of(ref.name()), null)) : alias(v);
    }
    if (e instanceof Expr.Field f) {
      return of(f.object()).map(p -> p.child(f.name().text()));
    }
    if (e instanceof Expr.Index i && i.key() instanceof Expr.Str key) {
      return of(i.object()).map(p -> p.child(key.value()));
    }
    if (e instanceof Expr.Paren p) {
      return of(p.inner());
    }
    if (e instanceof Expr.Cast c) {
      return of(c.expr());
    }
    if (e instanceof Expr.NonNil n) {
      return of(n.expr());
    }
    return requireOf(e).map(name -> new GlobalPath(List.of(name), null));
  }

  /** The literal module name of a {@code require("x")} call on the global require. */
  public Optional<String> requireOf(Expr e) {
    if (e instanceof Expr.Call c
        && c.callee() instanceof Expr.NameRef ref
        && ref.name().equals("require")
        && model.isGlobal(ref)
        && c.args().size() == 1
        && c.args().get(0) instanceof Expr.Str s) {
      return Optional.of(s.value());
    }
    return Optional.empty();
  }

  /** The path a local stands for when it is an alias: initialised from a path, never reassigned. */
  public Optional<GlobalPath> alias(Variable v) {
    Optional<GlobalPath> known = aliases.get(v);
    if (known != null) {
      return known;
    }
    if (v.writes() > 0 || v.initializer() == null || !resolving.add(v)) {
      return Optional.empty();
    }
    Optional<GlobalPath> path = of(v.initializer()).map(p -> new GlobalPath(p.parts(), v));
    resolving.remove(v);
    aliases.put(v, path);
    return path;
  }

  /**
   * The expression a local name always holds: its initializer when the local is never reassigned
   * ({@code local f = funcs.new():with_options(o)}); empty for globals and reassigned locals.
   */
  public Optional<Expr> valueOf(Expr.NameRef ref) {
    Variable v = model.variableOf(ref);
    if (v == null || v.writes() > 0 || v.initializer() == null) {
      return Optional.empty();
    }
    return Optional.of(v.initializer());
  }

  /** True when {@code v} is an alias of a global path (its initializer is not itself a use). */
  public boolean isAlias(Variable v) {
    return alias(v).isPresent();
  }
}
