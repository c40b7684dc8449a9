package dev.wflow.debug;

import dev.wflow.runtime.GoDuration;
import dev.wflow.runtime.LuaJson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line of the debugger's command language.
 *
 * <pre>{@code
 * CommandParser.parse("signal approve {\"by\":\"ann\"}"); // Signal("approve", {by=ann})
 * CommandParser.parse("stpe");  // CommandSyntaxException: unknown command 'stpe' (did you mean 'step'?)
 * }</pre>
 */
public final class CommandParser {

  private static final Pattern DAYS = Pattern.compile("(\\d+)d(.*)");
  private static final Pattern LINE = Pattern.compile("(.+):(\\d+)");

  private CommandParser() {}

  /**
   * Parses {@code line} (blank lines and {@code #} comments are for the caller to skip).
   *
   * @throws CommandSyntaxException with a short message that says what is wrong
   */
  public static DebugCommand parse(String line) {
    Words w = new Words(line.strip());
    String word = w.next();
    CommandCatalog.Entry entry =
        CommandCatalog.find(word.toLowerCase(java.util.Locale.ROOT))
            .orElseThrow(
                () ->
                    new CommandSyntaxException(
                        "unknown command '"
                            + word
                            + "'"
                            + CommandCatalog.closest(word)
                                .map(s -> " (did you mean '" + s + "'?)")
                                .orElse("; 'help' lists the commands")));
    try {
      return parse(entry.name(), w);
    } catch (CommandSyntaxException e) {
      throw new CommandSyntaxException(e.getMessage() + " (usage: " + entry.usage() + ")");
    }
  }

  private static DebugCommand parse(String name, Words w) {
    return switch (name) {
      case "start" -> start(w);
      case "step" -> new DebugCommand.Step(w.atEnd() ? 1 : w.positive("N"));
      case "continue" -> w.finish(new DebugCommand.Continue());
      case "run" -> w.finish(new DebugCommand.Run());
      case "skip" -> new DebugCommand.Skip(duration(w.required("DUR")));
      case "time" -> w.finish(new DebugCommand.Time());
      case "signal" -> new DebugCommand.Signal(w.required("TOPIC"), w.json(true));
      case "update" -> new DebugCommand.Update(w.required("NAME"), w.json(true));
      case "query" -> w.finish(new DebugCommand.Query(w.required("NAME")));
      case "cancel" -> w.finish(new DebugCommand.Cancel());
      case "pending" -> w.finish(new DebugCommand.Pending());
      case "complete" -> complete(w);
      case "fail" ->
          new DebugCommand.Fail(w.required("ID"), w.required("KIND"), w.rest("MSG", false));
      case "mock" -> mock(w);
      case "break" -> new DebugCommand.Break(breakpoint(w));
      case "breaks" -> w.finish(new DebugCommand.Breaks());
      case "delete" -> w.finish(new DebugCommand.Delete(w.positive("N")));
      case "where" -> w.finish(new DebugCommand.Where());
      case "locals" -> w.finish(new DebugCommand.Locals());
      case "print" -> new DebugCommand.Print(w.rest("EXPR", false));
      case "events" -> events(w);
      case "back" -> new DebugCommand.Back(w.atEnd() ? 1 : w.positive("N"));
      case "goto" -> w.finish(new DebugCommand.Goto(w.positive("EVENT")));
      case "save" -> save(w);
      case "restart" -> w.finish(new DebugCommand.Restart());
      case "help" -> w.finish(new DebugCommand.Help(w.atEnd() ? null : w.next()));
      case "quit" -> w.finish(new DebugCommand.Quit());
      default -> throw new IllegalStateException("catalog command without a parser: " + name);
    };
  }

  private static DebugCommand start(Words w) {
    String id = null;
    if (!w.atEnd() && !w.peek().isEmpty() && looksLikeEntryId(w.peek())) {
      id = w.next();
    }
    boolean hasInput = !w.atEnd();
    return new DebugCommand.Start(id, hasInput ? w.json(false) : null, hasInput);
  }

  private static DebugCommand complete(Words w) {
    String call = w.required("ID");
    return w.atEnd()
        ? new DebugCommand.Complete(call, null, true)
        : new DebugCommand.Complete(call, w.json(false), false);
  }

  private static boolean looksLikeEntryId(String word) {
    return word.matches("[A-Za-z_][\\w.-]*:[A-Za-z_][\\w.-]*");
  }

  private static DebugCommand mock(Words w) {
    String id = w.required("ID");
    if (!w.atEnd() && w.peek().equals("real")) {
      w.next();
      return w.finish(new DebugCommand.Mock(id, null, true));
    }
    return new DebugCommand.Mock(id, w.json(false), false);
  }

  private static Breakpoint breakpoint(Words w) {
    String what = w.required("activity|timer|signal|line|event");
    return switch (what) {
      case "activity" -> w.finish(new Breakpoint.Activity(w.required("ID")));
      case "timer" -> w.finish(new Breakpoint.Timer());
      case "signal" -> w.finish(new Breakpoint.Signal(w.atEnd() ? null : w.next()));
      case "line" -> w.finish(line(w.required("FILE:N")));
      case "event" -> w.finish(new Breakpoint.Event(w.required("TYPE")));
      default ->
          throw new CommandSyntaxException(
              "unknown breakpoint '"
                  + what
                  + "'"
                  + CommandCatalog.closest(
                          what, List.of("activity", "timer", "signal", "line", "event"))
                      .map(s -> " (did you mean '" + s + "'?)")
                      .orElse(""));
    };
  }

  private static Breakpoint.Line line(String text) {
    Matcher m = LINE.matcher(text);
    if (!m.matches() || Integer.parseInt(m.group(2)) == 0) {
      throw new CommandSyntaxException(
          "expected FILE:N such as order_workflow.lua:31, got " + text);
    }
    return new Breakpoint.Line(m.group(1), Integer.parseInt(m.group(2)));
  }

  private static DebugCommand events(Words w) {
    if (w.atEnd()) {
      return new DebugCommand.Events(false);
    }
    String flag = w.next();
    if (!flag.equals("--json")) {
      throw new CommandSyntaxException("unknown option " + flag);
    }
    return w.finish(new DebugCommand.Events(true));
  }

  private static DebugCommand save(Words w) {
    String what = w.required("history|test");
    return switch (what) {
      case "history" -> new DebugCommand.SaveHistory(Path.of(w.rest("FILE", false)));
      case "test" -> new DebugCommand.SaveTest(w.rest("NAME", false));
      default ->
          throw new CommandSyntaxException(
              "save what? '"
                  + what
                  + "'"
                  + CommandCatalog.closest(what, List.of("history", "test"))
                      .map(s -> " (did you mean '" + s + "'?)")
                      .orElse(""));
    };
  }

  /**
   * A Go duration. {@code 1d} is refused with the form that works: Wippy durations have no days,
   * and a debugger that accepted them would teach a form the workflow code cannot use.
   */
  static Duration duration(String text) {
    Matcher days = DAYS.matcher(text);
    if (days.matches()) {
      Duration rest = Duration.ZERO;
      try {
        rest = days.group(2).isEmpty() ? Duration.ZERO : GoDuration.parse(days.group(2));
      } catch (IllegalArgumentException e) {
        // The day part is the mistake worth naming; the rest is shown as typed.
      }
      Duration total = Duration.ofDays(Long.parseLong(days.group(1))).plus(rest);
      throw new CommandSyntaxException(
          "invalid duration '"
              + text
              + "': there is no day unit; write "
              + compact(total)
              + " (units: ns us ms s m h, e.g. 90s, 1h30m)");
    }
    Duration d;
    try {
      d = GoDuration.parse(text);
    } catch (IllegalArgumentException e) {
      throw new CommandSyntaxException(e.getMessage());
    }
    if (d.isNegative() || d.isZero()) {
      throw new CommandSyntaxException("the clock only moves forward: DUR must be above zero");
    }
    return d;
  }

  /** {@code 60h}, {@code 24h30m}: a duration as a user would type it. */
  private static String compact(Duration d) {
    StringBuilder out = new StringBuilder();
    if (d.toHours() > 0) {
      out.append(d.toHours()).append('h');
    }
    if (d.toMinutesPart() > 0) {
      out.append(d.toMinutesPart()).append('m');
    }
    if (d.toSecondsPart() > 0 || out.length() == 0) {
      out.append(d.toSecondsPart()).append('s');
    }
    return out.toString();
  }

  /** The words of a line, with the rest of the line available raw (JSON, messages, paths). */
  private static final class Words {
    private final String line;
    private int at;

    Words(String line) {
      this.line = line;
    }

    boolean atEnd() {
      skipSpace();
      return at >= line.length();
    }

    String peek() {
      int save = at;
      String word = next();
      at = save;
      return word;
    }

    String next() {
      skipSpace();
      int start = at;
      while (at < line.length() && !Character.isWhitespace(line.charAt(at))) {
        at++;
      }
      return line.substring(start, at);
    }

    String required(String what) {
      if (atEnd()) {
        throw new CommandSyntaxException("missing " + what);
      }
      return next();
    }

    int positive(String what) {
      String word = required(what);
      try {
        int n = Integer.parseInt(word);
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // fall through to the message
      }
      throw new CommandSyntaxException(what + " must be a whole number above zero, got " + word);
    }

    /** The rest of the line, unquoted when it is one quoted string. */
    String rest(String what, boolean optional) {
      if (atEnd()) {
        if (optional) {
          return null;
        }
        throw new CommandSyntaxException("missing " + what);
      }
      String rest = line.substring(at).strip();
      at = line.length();
      if (rest.length() >= 2
          && (rest.startsWith("\"") && rest.endsWith("\"")
              || rest.startsWith("'") && rest.endsWith("'"))) {
        return rest.substring(1, rest.length() - 1);
      }
      return rest;
    }

    /** The rest of the line as JSON; {@code optional} means a missing value is null. */
    Object json(boolean optional) {
      if (atEnd()) {
        if (optional) {
          return null;
        }
        throw new CommandSyntaxException("missing JSON value");
      }
      int column = at + 1;
      String text = line.substring(at).strip();
      at = line.length();
      try {
        return LuaJson.read(text);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        var loc = e.getLocation();
        // Jackson's column is one past the character it choked on (already read).
        int col = loc == null ? column : Math.max(column, column + (int) loc.getColumnNr() - 2);
        throw new CommandSyntaxException(
            "invalid JSON at column " + col + ": " + LuaJson.syntaxProblem(e));
      }
    }

    <T> T finish(T value) {
      if (!atEnd()) {
        throw new CommandSyntaxException("unexpected '" + line.substring(at).strip() + "'");
      }
      return value;
    }

    private void skipSpace() {
      while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
        at++;
      }
    }
  }
}
