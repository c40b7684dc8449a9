package dev.wflow.lua.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated Lua programs (with the 5.3 operators the dialect shares with Lua 5.3) are rejected by the
 * dialect parser at the same line as by the real Lua 5.3 compiler, and accepted by both otherwise.
 */
class Lua53SyntaxDifferentialTest {
  private static final Pattern LUA_ERROR = Pattern.compile("^[^:]*:(\\d+): (.*)$");
  private static final Pattern AT_LINE =
      Pattern.compile("(?:<break>|<goto \\S+>|for <goto>) at line (\\d+)");

  /** Where the dialect may read the program differently: `:` (types, casts), `type`. */
  private static final Pattern DIALECT_SENSITIVE = Pattern.compile(":|\\btype\\b");

  @Test
  void rejectsAtTheSameLineAsLua53(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(
        lua53Available(), "lua5.3 is not installed (apt-get install -y lua5.3); skipping");
    List<String> programs = new ArrayList<>();
    for (long seed = 0; seed < 800; seed++) {
      LuaProgramGenerator gen = new LuaProgramGenerator(seed, true);
      List<String> tokens = gen.program();
      programs.add(gen.render(tokens));
      programs.add(gen.render(gen.mutate(tokens)));
      programs.add(gen.render(gen.mutate(gen.mutate(tokens))));
    }
    List<String> reference = compileWithLua53(dir, programs);
    List<String> mismatches = new ArrayList<>();
    int rejectedByBoth = 0;
    for (int i = 0; i < programs.size(); i++) {
      ParseResult ours = LuaParser.parse("p.lua", programs.get(i));
      String theirs = reference.get(i);
      if (theirs.equals("ok")) {
        if (!ours.ok()) {
          mismatches.add(
              "lua5.3 accepts, we reject: " + ours.diagnostics() + "\n" + programs.get(i));
        }
        continue;
      }
      if (ours.ok()) {
        if (!DialectFeatures.used(ours.chunk())) {
          mismatches.add("lua5.3 rejects (" + theirs + "), we accept:\n" + programs.get(i));
        }
        continue;
      }
      int expectedLine = errorLine(theirs);
      if (expectedLine >= firstDialectSensitiveLine(programs.get(i))) {
        continue; // from there on the dialect may legitimately read the program differently
      }
      rejectedByBoth++;
      List<Integer> ourLines =
          ours.diagnostics().stream().map(d -> errorLine(d.line() + ": " + d.message())).toList();
      if (!ourLines.contains(expectedLine)) {
        mismatches.add(
            "lua5.3 line "
                + expectedLine
                + " ("
                + theirs
                + "), ours "
                + ours.diagnostics()
                + ":\n"
                + programs.get(i));
      }
    }
    assertThat(mismatches).as(String.join("\n----\n", mismatches)).isEmpty();
    assertThat(rejectedByBoth).isGreaterThan(300);
  }

  private static int firstDialectSensitiveLine(String program) {
    String[] lines = program.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (DIALECT_SENSITIVE.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * The line an error is about: semantic goto/break errors name it in the message ("at line N"),
   * since Lua 5.3 reports them where the enclosing function ends.
   */
  private static int errorLine(String lineAndMessage) {
    Matcher at = AT_LINE.matcher(lineAndMessage);
    if (at.find()) {
      return Integer.parseInt(at.group(1));
    }
    return Integer.parseInt(lineAndMessage.substring(0, lineAndMessage.indexOf(':')));
  }

  private static List<String> compileWithLua53(Path dir, List<String> programs)
      throws IOException, InterruptedException {
    StringBuilder driver = new StringBuilder();
    for (int i = 0; i < programs.size(); i++) {
      Path p = dir.resolve("p" + i + ".lua");
      Files.writeString(p, programs.get(i));
      driver
          .append("print((select(2, loadfile('")
          .append(p)
          .append("')) or 'ok'):gsub('\\n', ' '))\n");
    }
    Path script = dir.resolve("driver.lua");
    Files.writeString(script, driver.toString());
    Process proc =
        new ProcessBuilder("lua5.3", script.toString()).redirectErrorStream(true).start();
    String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(proc.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> results = new ArrayList<>();
    for (String line : out.split("\n")) {
      String trimmed = line.replaceFirst("\\t\\d+$", "");
      Matcher m = LUA_ERROR.matcher(trimmed);
      results.add(m.matches() ? m.group(1) + ": " + m.group(2) : trimmed);
    }
    assertThat(results).hasSize(programs.size());
    return results;
  }

  static boolean lua53Available() {
    return dev.wflow.lua.syntax.Lua53.available();
  }
}
