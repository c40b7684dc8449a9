package dev.wflow.cli.run;

import dev.wflow.cli.ExitException;
import dev.wflow.cli.FileProblem;
import dev.wflow.runtime.GoDuration;
import dev.wflow.runtime.LuaJson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Parses the values of {@code wflow run}'s options, with usage errors that say what is wrong. */
public final class RunInputs {

  /** {@code --mock ID=JSON}. */
  record Mock(String activityId, Object value) {}

  /** {@code --signal AT:TOPIC=JSON}. */
  record TimedSignal(Duration at, String topic, Object payload) {}

  private RunInputs() {}

  /**
   * {@code --input JSON} or {@code --input @file}; the file is relative to the working directory,
   * like every other path on the command line.
   */
  public static Object input(String text) {
    if (text == null) {
      return null;
    }
    if (!text.startsWith("@")) {
      return json(text, "--input");
    }
    Path file = Path.of(text.substring(1));
    String json;
    try {
      json = FileProblem.read(file);
    } catch (ExitException e) {
      throw ExitException.usage("--input: " + e.getMessage());
    }
    try {
      return LuaJson.read(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var loc = e.getLocation();
      String at = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
      throw ExitException.usage(file + at + ": invalid JSON: " + LuaJson.syntaxProblem(e));
    }
  }

  static List<Mock> mocks(List<String> specs) {
    List<Mock> mocks = new ArrayList<>();
    for (String spec : specs) {
      int eq = spec.indexOf('=');
      if (eq <= 0 || !spec.substring(0, eq).contains(":")) {
        throw ExitException.usage(
            "--mock "
                + spec
                + ": expected ACTIVITY_ID=JSON, e.g. --mock app:charge={\"id\":\"p1\"}");
      }
      mocks.add(new Mock(spec.substring(0, eq), json(spec.substring(eq + 1), "--mock " + spec)));
    }
    return mocks;
  }

  static List<TimedSignal> signals(List<String> specs) {
    List<TimedSignal> signals = new ArrayList<>();
    for (String spec : specs) {
      int colon = spec.indexOf(':');
      int eq = spec.indexOf('=');
      if (colon <= 0 || eq < colon + 2) {
        throw ExitException.usage(
            "--signal "
                + spec
                + ": expected AT:TOPIC=JSON, e.g. --signal 2h:approve={\"by\":\"ann\"}");
      }
      Duration at;
      try {
        at = GoDuration.parse(spec.substring(0, colon));
      } catch (IllegalArgumentException e) {
        throw ExitException.usage("--signal " + spec + ": " + e.getMessage());
      }
      if (at.isNegative()) {
        throw ExitException.usage(
            "--signal " + spec + ": the offset is workflow time after the start, not negative");
      }
      signals.add(
          new TimedSignal(
              at, spec.substring(colon + 1, eq), json(spec.substring(eq + 1), "--signal " + spec)));
    }
    signals.sort(Comparator.comparing(TimedSignal::at));
    return signals;
  }

  /** A wall-clock limit such as {@code --timeout 60s}: a Go duration above zero. */
  public static Duration positiveDuration(String text, String option) {
    Duration d;
    try {
      d = GoDuration.parse(text);
    } catch (IllegalArgumentException e) {
      throw ExitException.usage(option + ": " + e.getMessage());
    }
    if (d.isNegative() || d.isZero()) {
      throw ExitException.usage(option + ": must be more than zero, got " + text);
    }
    return d;
  }

  private static Object json(String text, String where) {
    try {
      return LuaJson.read(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var loc = e.getLocation();
      String at =
          loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw ExitException.usage(where + ": invalid JSON" + at + ": " + LuaJson.syntaxProblem(e));
    }
  }
}
