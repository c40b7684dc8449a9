package dev.wflow.scaffold;

import dev.wflow.lua.syntax.LuaNames;

/**
 * The NAME of {@code wflow new}: it becomes an entry name, a file name and, in the generated Lua,
 * part of string literals, so it must be a plain Lua identifier that is no keyword of the Wippy
 * dialect (SPEC §4).
 *
 * <pre>{@code
 * WorkflowName.problem("order_workflow");  // null: fine
 * WorkflowName.problem("end");             // "'end' is a Lua keyword; …"
 * }</pre>
 */
public final class WorkflowName {

  /** Longer names make file names no file system likes. */
  static final int MAX_LENGTH = 100;

  private WorkflowName() {}

  /** Why {@code name} cannot be used, with a suggestion, or {@code null} when it can. */
  public static String problem(String name) {
    if (name == null || name.isEmpty()) {
      return "the name is empty; give one such as order_workflow";
    }
    if (name.length() > MAX_LENGTH) {
      return "the name is longer than " + MAX_LENGTH + " characters";
    }
    if (!LuaNames.isIdentifier(name)) {
      return "'"
          + name
          + "' is not a Lua identifier (letters, digits and '_', not starting with a digit); try '"
          + suggestion(name)
          + "'";
    }
    if (LuaNames.isReserved(name)) {
      return "'" + name + "' is a reserved word of Wippy Lua; try '" + name + "_workflow'";
    }
    return null;
  }

  private static String suggestion(String name) {
    String s = name.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
    if (s.isEmpty()) {
      return "my_workflow";
    }
    return Character.isDigit(s.charAt(0)) ? "wf_" + s : s;
  }
}
