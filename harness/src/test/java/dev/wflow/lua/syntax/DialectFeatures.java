package dev.wflow.lua.syntax;

/** Finds syntax that exists only in the Wippy dialect (types, casts, 5.3 operators). */
final class DialectFeatures extends AstWalker {
  private boolean found;

  static boolean used(Node.Chunk chunk) {
    DialectFeatures f = new DialectFeatures();
    f.walk(chunk);
    return f.found;
  }

  @Override
  protected void enterFunction(Node.FuncBody body) {
    found |= body.returnType() != null || !body.typeParams().isEmpty();
    found |= body.vararg() != null && body.vararg().type() != null;
    body.params().forEach(p -> found |= p.type() != null);
  }

  @Override
  public Void visitLocal(Stat.Local s) {
    s.names().forEach(n -> found |= n.type() != null);
    return super.visitLocal(s);
  }

  @Override
  public Void visitNumericFor(Stat.NumericFor s) {
    found |= s.var().type() != null;
    return super.visitNumericFor(s);
  }

  @Override
  public Void visitGenericFor(Stat.GenericFor s) {
    s.vars().forEach(n -> found |= n.type() != null);
    return super.visitGenericFor(s);
  }

  @Override
  public Void visitTypeAlias(Stat.TypeAlias s) {
    found = true;
    return null;
  }

  @Override
  public Void visitInterface(Stat.Interface s) {
    found = true;
    return null;
  }

  @Override
  public Void visitCast(Expr.Cast e) {
    found = true;
    return super.visitCast(e);
  }

  @Override
  public Void visitNonNil(Expr.NonNil e) {
    found = true;
    return super.visitNonNil(e);
  }

  @Override
  public Void visitBinary(Expr.Binary e) {
    found |= e.op().isLua53();
    return super.visitBinary(e);
  }

  @Override
  public Void visitUnary(Expr.Unary e) {
    found |= e.op() == UnaryOp.BNOT;
    return super.visitUnary(e);
  }

  @Override
  public Void visitCall(Expr.Call e) {
    found |= !e.typeArgs().isEmpty();
    return super.visitCall(e);
  }

  @Override
  public Void visitMethodCall(Expr.MethodCall e) {
    found |= !e.typeArgs().isEmpty();
    return super.visitMethodCall(e);
  }
}
