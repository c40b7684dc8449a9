package dev.wflow.lua.lower;

import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.UnaryOp;

/** Which {@link Lua53Operators} helper a binary operator becomes, if any. */
final class OperatorLowering {
  private OperatorLowering() {}

  /**
   * The helper name for {@code e}, or null when LuaJ's own operator already has 5.3 semantics.
   * {@code %} is lowered too: LuaJ's differs (no integer error, a - b*floor(a/b) instead of fmod).
   * A float literal operand selects the float variant, since LuaJ stores {@code 2.0} as an int.
   */
  static String helperFor(Expr.Binary e) {
    boolean floatOperand = isFloatLiteral(e.left()) || isFloatLiteral(e.right());
    return switch (e.op()) {
      case IDIV -> floatOperand ? "fidiv" : "idiv";
      case MOD -> floatOperand ? "fmod" : "mod";
      case BAND -> "band";
      case BOR -> "bor";
      case BXOR -> "bxor";
      case SHL -> "shl";
      case SHR -> "shr";
      default -> null;
    };
  }

  static boolean isHex(String numeral) {
    return numeral.length() > 1 && (numeral.charAt(1) == 'x' || numeral.charAt(1) == 'X');
  }

  private static boolean isFloatLiteral(Expr e) {
    while (e instanceof Expr.Paren || e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
      e = e instanceof Expr.Paren p ? p.inner() : ((Expr.Unary) e).operand();
    }
    if (e instanceof Expr.Number n) {
      String t = n.text();
      return !isHex(t) && (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0);
    }
    return false;
  }
}
