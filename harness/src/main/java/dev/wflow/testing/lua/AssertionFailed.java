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

  public AssertionFailed(String text, String expected, String actual) {
    super(text);
    this.text = text;
    this.expected = expected;
    this.actual = actual;
  }

  public AssertionFailed(String text) {
    this(text, null, null);
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
