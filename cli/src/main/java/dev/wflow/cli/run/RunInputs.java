package dev.wflow.cli.run;

import dev.wflow.cli.ExitException;
import dev.wflow.runtime.GoDuration;
import dev.wflow.runtime.LuaJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Parses the values of {@code wflow run}'s options, with usage errors that say what is wrong. */
final class RunInputs {

  /** {@code --mock ID=JSON}. */
  record Mock(String activityId, Object value) {}

  /** {@code --signal AT:TOPIC=JSON}. */
  record TimedSignal(Duration at, String topic, Object payload) {}

  private RunInputs() {}

  /** {@code --input JSON} or {@code --input @file}, relative to {@code base}. */
  static Object input(String text, Path base) {
    if (text == null) {
      return null;
    }
    String json = text;
    if (text.startsWith("@")) {
      Path file = base.resolve(text.substring(1));
      try {
        json = Files.readString(file);
      } catch (IOException e) {
        throw ExitException.usage("--input: cannot read " + file + ": " + e.getMessage());
      }
    }
    return json(json, "--input");
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
      signals.add(
          new TimedSignal(
              at, spec.substring(colon + 1, eq), json(spec.substring(eq + 1), "--signal " + spec)));
    }
    signals.sort(Comparator.comparing(TimedSignal::at));
    return signals;
  }

  static Duration duration(String text, String option) {
    try {
      return GoDuration.parse(text);
    } catch (IllegalArgumentException e) {
      throw ExitException.usage(option + ": " + e.getMessage());
    }
  }

  private static Object json(String text, String where) {
    try {
      return LuaJson.read(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var loc = e.getLocation();
      String at =
          loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw ExitException.usage(where + ": invalid JSON" + at + ": " + e.getOriginalMessage());
    }
  }
}
