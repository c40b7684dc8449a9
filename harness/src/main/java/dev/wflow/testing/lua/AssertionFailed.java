package dev.wflow.testing.lua;

import org.luaj.vm2.LuaError;

/**
 * A failed {@code test.*} assertion. LuaJ stamps the calling Lua line on the error as it leaves the
 * assertion, so {@link #location()} is the test file's {@code file:line} of the assertion. {@code
 * expected}/{@code actual} hold multi-line renderings when a diff helps (tables), else null.
 */
public final class AssertionFailed extends LuaError {
  private static final long serialVersionUID = 1L;

  private final String text;
  private final String expected;
  private final String actual;
  private final String note;

  public AssertionFailed(String text, String expected, String actual, String note) {
    super(text);
    this.text = text;
    this.expected = expected;
    this.actual = actual;
    this.note = note;
  }

  public AssertionFailed(String text, String expected, String actual) {
    this(text, expected, actual, null);
  }

  public AssertionFailed(String text) {
    this(text, null, null, null);
  }

  /**
   * Why an assertion that may look right failed (wflow's explanation, not part of the message the
   * test sees), or null.
   */
  public String note() {
    return note;
  }

  /** The message without location. */
  public String text() {
    return text;
  }

  public String expected() {
    return expected;
  }

  public String actual() {
    return actual;
  }

  /** {@code file:line} of the Lua call that failed, or null when raised outside Lua code. */
  public String location() {
    return fileline;
  }
}
