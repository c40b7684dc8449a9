package dev.wflow.lint.scope;

import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.Node;
import dev.wflow.lua.syntax.Span;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every name of a chunk refers to: a {@link Variable} or a global.
 *
 * <pre>{@code
 * ScopeModel model = ScopeResolver.resolve(chunk);
 * model.isGlobal(ref);                  // true for `os` unless a local `os` is in scope
 * model.declaredLater("helper", span);  // the local declared after a use that missed it
 * }</pre>
 */
public final class ScopeModel {

  /** A local that shadows another local in an enclosing block or function (W203). */
  public record Shadowing(Variable variable, Variable shadowed) {}

  /** A global name used at a place: read, or assigned (by assignment or function statement). */
  public record GlobalUse(String name, Span span) {}

  private final Map<Expr.NameRef, Variable> bindings;
  private final Map<Node.Name, Variable> functionNames;
  private final List<Variable> variables;
  private final List<Shadowing> shadowings;
  private final List<GlobalUse> globalReads;
  private final List<GlobalUse> globalWrites;
  private final Set<String> assignedGlobals;
  private final IdentityHashMap<Node.Name, Variable> declarations = new IdentityHashMap<>();

  ScopeModel(
      IdentityHashMap<Expr.NameRef, Variable> bindings,
      IdentityHashMap<Node.Name, Variable> functionNames,
      List<Variable> variables,
      List<Shadowing> shadowings,
      List<GlobalUse> globalReads,
      List<GlobalUse> globalWrites) {
    this.bindings = bindings;
    this.functionNames = functionNames;
    this.variables = List.copyOf(variables);
    this.shadowings = List.copyOf(shadowings);
    this.globalReads = List.copyOf(globalReads);
    this.globalWrites = List.copyOf(globalWrites);
    variables.forEach(v -> declarations.put(v.declaration(), v));
    this.assignedGlobals =
        globalWrites.stream().map(GlobalUse::name).collect(java.util.stream.Collectors.toSet());
  }

  /** The local a name refers to, or null for a global. */
  public Variable variableOf(Expr.NameRef ref) {
    return bindings.get(ref);
  }

  /** True when {@code ref} is a global (no local of that name in scope). */
  public boolean isGlobal(Expr.NameRef ref) {
    return !bindings.containsKey(ref);
  }

  /** The local a declaration ({@code local x}, a parameter, a loop variable) introduces. */
  public Variable variableDeclaredBy(Node.Name declaration) {
    return declarations.get(declaration);
  }

  /** The local the first name of a {@code function a.b()} statement refers to, or null. */
  public Variable variableOfFunctionName(Node.Name first) {
    return functionNames.get(first);
  }

  /** Every local in declaration order. */
  public List<Variable> variables() {
    return variables;
  }

  public List<Shadowing> shadowings() {
    return shadowings;
  }

  /** Global reads in source order. */
  public List<GlobalUse> globalReads() {
    return globalReads;
  }

  /** Global assignments in source order ({@code x = 1}, {@code function x() end}). */
  public List<GlobalUse> globalWrites() {
    return globalWrites;
  }

  /** True when the chunk assigns the global {@code name} somewhere. */
  public boolean assignsGlobal(String name) {
    return assignedGlobals.contains(name);
  }

  /**
   * The first local named {@code name} declared after {@code use} in a block that contains it: the
   * local the author meant when a function calls a local defined below it.
   */
  public Optional<Variable> declaredLater(String name, Span use) {
    return variables.stream()
        .filter(v -> v.name().equals(name))
        .filter(v -> after(v.declaration().span(), use))
        .filter(v -> v.scope().contains(use.line(), use.column()))
        .findFirst();
  }

  private static boolean after(Span declaration, Span use) {
    return declaration.line() > use.line()
        || (declaration.line() == use.line() && declaration.column() > use.column());
  }
}
