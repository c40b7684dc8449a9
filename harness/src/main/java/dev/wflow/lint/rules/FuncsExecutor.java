package dev.wflow.lint.rules;

import dev.wflow.lint.scope.GlobalPaths;
import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.TableField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code funcs.new():with_options{…}:with_options{…}} chain, the receiver of {@code :call} and
 * {@code :async}: the option tables written along it.
 *
 * @param opaque some {@code with_options} argument is not a table this code can see (a parameter, a
 *     call): its options are unknown
 *     <pre>{@code
 * FuncsExecutor.of(methodCall.receiver(), paths).map(FuncsExecutor::optionTables);
 * }</pre>
 */
record FuncsExecutor(List<Expr.Table> optionTables, boolean opaque) {

  /**
   * The chain {@code receiver} is, when it starts at the global {@code funcs.new()}; a local that
   * holds such a chain ({@code local f = funcs.new():with_options(o); f:call(id)}) is followed.
   */
  static Optional<FuncsExecutor> of(Expr receiver, GlobalPaths paths) {
    List<Expr.Table> tables = new ArrayList<>();
    boolean opaque = false;
    Expr current = receiver;
    for (int hops = 0; hops < 16; hops++) {
      if (current instanceof Expr.MethodCall m && m.method().text().startsWith("with_")) {
        if (m.method().text().equals("with_options") && !m.args().isEmpty()) {
          Optional<Expr.Table> table = table(m.args().get(0), paths);
          table.ifPresent(tables::add);
          opaque |= table.isEmpty();
        }
        current = m.receiver();
      } else if (current instanceof Expr.NameRef ref && paths.valueOf(ref).isPresent()) {
        current = paths.valueOf(ref).get();
      } else {
        break;
      }
    }
    if (current instanceof Expr.Call c
        && paths.of(c.callee()).filter(p -> p.text().equals("funcs.new")).isPresent()) {
      return Optional.of(new FuncsExecutor(tables, opaque));
    }
    return Optional.empty();
  }

  /** The options table itself, or the one a local was given ({@code local OPTS = {…}}). */
  private static Optional<Expr.Table> table(Expr arg, GlobalPaths paths) {
    Expr value = arg instanceof Expr.NameRef ref ? paths.valueOf(ref).orElse(arg) : arg;
    return value instanceof Expr.Table t ? Optional.of(t) : Optional.empty();
  }

  /** True when some option table sets a retry policy, or may (options it cannot see). */
  boolean setsRetryPolicy() {
    return opaque
        || optionTables.stream()
            .flatMap(t -> t.fields().stream())
            .anyMatch(f -> key(f).map(FuncsExecutor::isRetryKey).orElse(false));
  }

  static boolean isRetryKey(String key) {
    return key.equals("activity.retry_policy") || key.equals("temporal.activity.retry_policy");
  }

  /** The literal key of a table field ({@code ["a.b"] = …} or {@code name = …}). */
  static Optional<String> key(TableField f) {
    if (f instanceof TableField.Keyed k && k.key() instanceof Expr.Str s) {
      return Optional.of(s.value());
    }
    if (f instanceof TableField.Named n) {
      return Optional.of(n.key().text());
    }
    return Optional.empty();
  }
}
