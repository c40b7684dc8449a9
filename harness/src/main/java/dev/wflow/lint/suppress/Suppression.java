package dev.wflow.lint.suppress;

import java.util.List;

/**
 * A well-formed {@code -- wflow:ignore CODE reason} (this line and the next) or {@code --
 * wflow:ignore-file CODE} (the whole file).
 *
 * @param comment where it is written
 * @param fileWide true for {@code ignore-file}
 * @param codes the codes it silences (each a known code)
 * @param reason the free text after the codes, possibly empty
 */
public record Suppression(LuaComment comment, boolean fileWide, List<String> codes, String reason) {

  public Suppression {
    codes = List.copyOf(codes);
  }

  /** True when a finding of {@code code} starting on {@code line} is silenced by this. */
  public boolean covers(String code, int line) {
    if (!codes.contains(code)) {
      return false;
    }
    return fileWide || line == comment.line() || line == comment.line() + 1;
  }
}
