package dev.wflow.lint.rules;

import dev.wflow.lua.syntax.ChunkExports;
import dev.wflow.registry.EntryKind;

/**
 * E105: the entry's {@code method} is not something the chunk returns. A returned function is the
 * entry point whatever {@code method} says; a returned table must hold {@code method} ({@code main}
 * when empty). Libraries have no entry point.
 */
final class ExportRule {

  private ExportRule() {}

  static void check(LuaCheck check) {
    if (EntryKind.LIBRARY.equals(check.entry().kind())) {
      return;
    }
    ChunkExports exports = ChunkExports.analyze(check.chunk());
    String method = check.entry().method();
    if (!exports.mayExport(method)) {
      String field = check.entry().span("method").isPresent() ? "method" : "source";
      check.reportOnEntry(
          "E105",
          field,
          "method `"
              + method
              + "` of "
              + check.entry().id()
              + " is not exported: "
              + check.file()
              + " "
              + exports.describe());
    }
  }
}
