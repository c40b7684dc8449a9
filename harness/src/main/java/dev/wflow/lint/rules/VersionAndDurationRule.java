package dev.wflow.lint.rules;

import dev.wflow.lua.syntax.Expr;
import dev.wflow.lua.syntax.TableField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A304: {@code workflow.version} with a computed change id, {@code min > max}, or one change id
 * with two ranges. A305: a duration string Go cannot parse in {@code time.*} or in call options.
 */
final class VersionAndDurationRule implements CallRule {

  private static final List<String> TIME_CALLS =
      List.of("time.sleep", "time.after", "time.timer", "time.ticker");

  /** The range first seen for a change id, and where. */
  private record Range(long min, long max, int line) {}

  private final LuaCheck check;
  private final Map<String, Range> ranges = new HashMap<>();

  VersionAndDurationRule(LuaCheck check) {
    this.check = check;
  }

  @Override
  public void call(Expr.Call e) {
    if (!CallNames.lastNameIn(e.callee(), "version", "sleep", "after", "timer", "ticker")) {
      return;
    }
    check
        .paths()
        .of(e.callee())
        .ifPresent(
            p -> {
              if (p.text().equals("workflow.version")) {
                version(e);
              } else if (TIME_CALLS.contains(p.text()) && !e.args().isEmpty()) {
                duration(e.args().get(0), p.text());
              }
            });
  }

  @Override
  public void methodCall(Expr.MethodCall e) {
    if (e.method().text().equals("with_options")
        && !e.args().isEmpty()
        && e.args().get(0) instanceof Expr.Table t) {
      for (TableField f : t.fields()) {
        FuncsExecutor.key(f)
            .filter(k -> k.endsWith("timeout") || k.endsWith("interval"))
            .ifPresent(k -> duration(f.value(), "option `" + k + "`"));
      }
    }
  }

  private void duration(Expr arg, String where) {
    if (arg instanceof Expr.Str s && !DurationLiteral.isValid(s.value())) {
      check.report(
          "A305",
          s.span(),
          "invalid duration \""
              + s.value()
              + "\" for "
              + where
              + ": use Go durations such as \"1h30m\", \"500ms\" (units ns us ms s m h; no d)");
    }
  }

  private void version(Expr.Call e) {
    List<Expr> args = e.args();
    if (args.isEmpty() || !(args.get(0) instanceof Expr.Str id)) {
      Expr at = args.isEmpty() ? e : args.get(0);
      check.report(
          "A304",
          at.span(),
          "workflow.version needs a string literal change id: a"
              + " computed one can differ between a run and its replay");
      return;
    }
    if (args.size() < 3
        || !(args.get(1) instanceof Expr.Number lo)
        || !(args.get(2) instanceof Expr.Number hi)) {
      return;
    }
    long min = lo.value().longValue();
    long max = hi.value().longValue();
    if (min > max) {
      check.report(
          "A304",
          lo.span(),
          "workflow.version(\""
              + id.value()
              + "\", "
              + min
              + ", "
              + max
              + "): min is greater than max (an Invalid error at run time)");
      return;
    }
    Range first = ranges.putIfAbsent(id.value(), new Range(min, max, id.span().line()));
    if (first != null && (first.min() != min || first.max() != max)) {
      check.report(
          "A304",
          id.span(),
          "change id \""
              + id.value()
              + "\" is used with range "
              + min
              + ".."
              + max
              + " here and "
              + first.min()
              + ".."
              + first.max()
              + " at line "
              + first.line());
    }
  }
}
