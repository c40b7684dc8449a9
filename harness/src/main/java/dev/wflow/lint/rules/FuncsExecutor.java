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
 * <pre>{@code
 * FuncsExecutor.of(methodCall.receiver(), paths).map(FuncsExecutor::optionTables);
 * }</pre>
 */
record FuncsExecutor(List<Expr.Table> optionTables) {

  /**
   * The chain {@code receiver} is, when it starts at the global {@code funcs.new()}; a local that
   * holds such a chain ({@code local f = funcs.new():with_options(o); f:call(id)}) is followed.
   */
  static Optional<FuncsExecutor> of(Expr receiver, GlobalPaths paths) {
    List<Expr.Table> tables = new ArrayList<>();
    Expr current = receiver;
    for (int hops = 0; hops < 16; hops++) {
      if (current instanceof Expr.MethodCall m && m.method().text().startsWith("with_")) {
        if (m.method().text().equals("with_options")
            && !m.args().isEmpty()
            && m.args().get(0) instanceof Expr.Table t) {
          tables.add(t);
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
      return Optional.of(new FuncsExecutor(tables));
    }
    return Optional.empty();
  }

  /** True when some option table sets a retry policy. */
  boolean setsRetryPolicy() {
    return optionTables.stream()
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
