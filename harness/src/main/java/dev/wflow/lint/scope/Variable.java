package dev.wflow.lint.scope;

import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.Node;
import dev.wflow.lua.syntax.Span;
import java.util.List;

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
    SELF,
    /**
     * {@code type X = …}: the platform makes a type a value too ({@code X:is(v)}, {@code X(v)}).
     */
    TYPE
  }

  /**
   * For a parameter: its function's parameters in order, whether that function is a callback (a
   * function expression written as a call's argument), and the function's name when it has one
   * ({@code main} for {@code local function main} and {@code function M.main}; null otherwise).
   */
  public record Parameters(List<Variable> all, boolean callback, String function) {}

  private final Node.Name declaration;
  private final Kind kind;
  private final Span scope;
  private final Expr initializer;
  private int reads;
  private int writes;
  private Parameters parameters;

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

  /**
   * True for names whose lack of use is intentional or harmless: a leading {@code _}, {@code self},
   * a type (used in annotations as much as in code).
   */
  public boolean exempt() {
    return name().startsWith("_") || kind == Kind.SELF || kind == Kind.TYPE;
  }

  /** The parameter list this parameter belongs to; null for other kinds. */
  public Parameters parameters() {
    return parameters;
  }

  void parameters(Parameters p) {
    parameters = p;
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
