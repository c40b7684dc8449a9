package dev.wflow.lint.rules;

import dev.wflow.lua.syntax.Expr;

/**
 * A cheap first look at a callee before resolving its global path: rules interested in {@code
 * x.sleep(...)} skip every call whose last name is something else. A plain local name may be an
 * alias of anything, so it always passes.
 */
final class CallNames {

  private CallNames() {}

  static boolean lastNameIn(Expr callee, String... names) {
    String last;
    if (callee instanceof Expr.Field f) {
      last = f.name().text();
    } else if (callee instanceof Expr.Index i && i.key() instanceof Expr.Str s) {
      last = s.value();
    } else {
      return callee instanceof Expr.NameRef;
    }
    for (String n : names) {
      if (n.equals(last)) {
        return true;
      }
    }
    return false;
  }
}
