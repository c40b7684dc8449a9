package dev.wflow.lint;

/**
 * One family of lint rules run over a whole project. The engine runs every check it was given and
 * then applies configuration levels, suppression-free filtering by path, code and level, and
 * sorting, so a check only reports what it finds.
 *
 * <p>Definition-file checks ship with the engine ({@link LintChecks#definitionChecks()}). Lua
 * checks (P0001, E105, E110, D1xx, W2xx, A3xx) plug in by implementing this interface and being
 * listed in {@code META-INF/services/dev.wflow.lint.LintCheck}; {@link LintChecks#standard()} picks
 * them up.
 *
 * <pre>{@code
 * public final class MethodExportCheck implements LintCheck {
 *   public void check(LintContext ctx) {
 *     for (Entry e : ctx.project().entries()) {
 *       e.source().ifPresent(src -> { ... ctx.report("E105", src.chunkName(), span, "…"); });
 *     }
 *   }
 * }
 * }</pre>
 */
public interface LintCheck {

  /** Reports findings through {@link LintContext#report}. Must not throw for bad user input. */
  void check(LintContext context);
}
