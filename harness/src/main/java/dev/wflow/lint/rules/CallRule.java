package dev.wflow.lint.rules;

import dev.wflow.lua.syntax.AstWalker;
import dev.wflow.lua.syntax.Expr;
import java.util.List;

/**
 * A rule that only looks at calls. All call rules of an entry share one walk of its tree ({@link
 * #walkAll}), which matters on large projects.
 */
interface CallRule {

  default void call(Expr.Call call) {}

  default void methodCall(Expr.MethodCall call) {}

  /** Called once after the walk. */
  default void finish() {}

  /** Walks {@code check}'s chunk once, showing every call to every rule. */
  static void walkAll(LuaCheck check, List<CallRule> rules) {
    new AstWalker() {
      @Override
      public Void visitCall(Expr.Call e) {
        for (CallRule r : rules) {
          r.call(e);
        }
        return super.visitCall(e);
      }

      @Override
      public Void visitMethodCall(Expr.MethodCall e) {
        for (CallRule r : rules) {
          r.methodCall(e);
        }
        return super.visitMethodCall(e);
      }
    }.walk(check.chunk());
    rules.forEach(CallRule::finish);
  }
}
