package dev.wflow.lint.scope;

import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.Node;
import dev.wflow.lua.syntax.Span;

/**
 * One local variable of a Lua chunk: a {@code local}, a local function, a parameter, a loop
 * variable or a method's implicit {@code self}.
 *
 * <pre>{@code
 * Variable v = model.variableOf(nameRef);   // null when the name is a global
 * if (v.reads() == 0 && !v.exempt()) ...    // W202
 * }</pre>
 */
public final class Variable {

  /** How the variable came to be. */
  public enum Kind {
    LOCAL,
    FUNCTION,
    PARAMETER,
    LOOP,
    SELF
  }

  private final Node.Name declaration;
  private final Kind kind;
  private final Span scope;
  private final Expr initializer;
  private int reads;
  private int writes;

  Variable(Node.Name declaration, Kind kind, Span scope, Expr initializer) {
    this.declaration = declaration;
    this.kind = kind;
    this.scope = scope;
    this.initializer = initializer;
  }

  public String name() {
    return declaration.text();
  }

  /** Where the name is declared. */
  public Node.Name declaration() {
    return declaration;
  }

  public Kind kind() {
    return kind;
  }

  /** The block the variable is visible in (from its declaration to the block's end). */
  public Span scope() {
    return scope;
  }

  /**
   * The expression a {@code local x = e} gave it, paired one to one; null otherwise (no value, or
   * one value spread over several names by a call).
   */
  public Expr initializer() {
    return initializer;
  }

  /** How many times the variable's value is read. */
  public int reads() {
    return reads;
  }

  /** How many assignments after the declaration. */
  public int writes() {
    return writes;
  }

  /** True for names whose lack of use is intentional: a leading {@code _}, or {@code self}. */
  public boolean exempt() {
    return name().startsWith("_") || kind == Kind.SELF;
  }

  void read() {
    reads++;
  }

  void write() {
    writes++;
  }

  @Override
  public String toString() {
    return kind + " " + name() + " at " + declaration.span().line();
  }
}
