package dev.wflow.cli.lint;

import dev.wflow.lint.LintResult;
import java.io.PrintWriter;

/** Turns a {@link LintResult} into one output format. */
interface LintRenderer {
  void render(LintResult result, PrintWriter out);
}
