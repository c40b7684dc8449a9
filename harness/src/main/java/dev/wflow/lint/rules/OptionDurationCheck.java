package dev.wflow.lint.rules;

import dev.wflow.lint.LintCheck;
import dev.wflow.lint.LintContext;
import dev.wflow.registry.Entry;
import java.util.Map;

/**
 * A305 in definition files: a duration string in an entry's {@code meta.options} (the call defaults
 * of an activity, such as {@code activity.start_to_close_timeout: 30s}) that Go cannot parse.
 * Numbers there are milliseconds and always valid.
 *
 * <pre>{@code
 * new OptionDurationCheck().check(context); // "meta.options.activity.heartbeat_timeout: 1d"
 * }</pre>
 */
public final class OptionDurationCheck implements LintCheck {

  /** The engine's service-loader entry point. */
  public OptionDurationCheck() {}

  @Override
  public void check(LintContext context) {
    for (Entry entry : context.project().entries()) {
      Object options = entry.meta().get("options");
      if (options instanceof Map<?, ?> map) {
        walk(context, entry, "meta.options", map);
      }
    }
  }

  private static void walk(LintContext context, Entry entry, String path, Map<?, ?> options) {
    options.forEach(
        (k, v) -> {
          String key = String.valueOf(k);
          String at = path + "." + key;
          if (v instanceof Map<?, ?> nested) {
            walk(context, entry, at, nested);
          } else if (v instanceof String text
              && (key.endsWith("timeout") || key.endsWith("interval"))
              && !DurationLiteral.isValid(text)) {
            context.report(
                "A305",
                entry,
                at,
                "invalid duration \""
                    + text
                    + "\" for "
                    + key
                    + " of "
                    + entry.id()
                    + ": use Go durations such as \"30s\", \"1h30m\" (units ns us ms s m h; no d)"
                    + " or a number of milliseconds");
          }
        });
  }
}
