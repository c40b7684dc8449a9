package dev.wflow.debug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandParserTest {

  @Test
  void readsEveryCommandOfTheLanguage() {
    assertThat(CommandParser.parse("start")).isEqualTo(new DebugCommand.Start(null, null, false));
    assertThat(CommandParser.parse("start {\"id\": \"o1\"}"))
        .isEqualTo(new DebugCommand.Start(null, Map.of("id", "o1"), true));
    assertThat(CommandParser.parse("start app:order null"))
        .isEqualTo(new DebugCommand.Start("app:order", null, true));
    assertThat(CommandParser.parse("step")).isEqualTo(new DebugCommand.Step(1));
    assertThat(CommandParser.parse("s 3")).isEqualTo(new DebugCommand.Step(3));
    assertThat(CommandParser.parse("c")).isEqualTo(new DebugCommand.Continue());
    assertThat(CommandParser.parse("run")).isEqualTo(new DebugCommand.Run());
    assertThat(CommandParser.parse("skip 1h30m"))
        .isEqualTo(new DebugCommand.Skip(Duration.ofMinutes(90)));
    assertThat(CommandParser.parse("time")).isEqualTo(new DebugCommand.Time());
    assertThat(CommandParser.parse("signal approve {\"by\":\"ann\"}"))
        .isEqualTo(new DebugCommand.Signal("approve", Map.of("by", "ann")));
    assertThat(CommandParser.parse("signal ping")).isEqualTo(new DebugCommand.Signal("ping", null));
    assertThat(CommandParser.parse("update set_limit 5"))
        .isEqualTo(new DebugCommand.Update("set_limit", 5));
    assertThat(CommandParser.parse("query state")).isEqualTo(new DebugCommand.Query("state"));
    assertThat(CommandParser.parse("cancel")).isEqualTo(new DebugCommand.Cancel());
    assertThat(CommandParser.parse("pending")).isEqualTo(new DebugCommand.Pending());
    assertThat(CommandParser.parse("complete 2 [1, 2]"))
        .isEqualTo(new DebugCommand.Complete("2", List.of(1, 2), false));
    assertThat(CommandParser.parse("complete 2"))
        .isEqualTo(new DebugCommand.Complete("2", null, true));
    assertThat(CommandParser.parse("fail app:ship Unavailable \"carrier down\""))
        .isEqualTo(new DebugCommand.Fail("app:ship", "Unavailable", "carrier down"));
    assertThat(CommandParser.parse("mock app:ship {}"))
        .isEqualTo(new DebugCommand.Mock("app:ship", Map.of(), false));
    assertThat(CommandParser.parse("mock app:ship real"))
        .isEqualTo(new DebugCommand.Mock("app:ship", null, true));
    assertThat(CommandParser.parse("break activity app:ship"))
        .isEqualTo(new DebugCommand.Break(new Breakpoint.Activity("app:ship")));
    assertThat(CommandParser.parse("b timer"))
        .isEqualTo(new DebugCommand.Break(new Breakpoint.Timer()));
    assertThat(CommandParser.parse("break signal"))
        .isEqualTo(new DebugCommand.Break(new Breakpoint.Signal(null)));
    assertThat(CommandParser.parse("break signal approve"))
        .isEqualTo(new DebugCommand.Break(new Breakpoint.Signal("approve")));
    assertThat(CommandParser.parse("break line src/order.lua:31"))
        .isEqualTo(new DebugCommand.Break(new Breakpoint.Line("src/order.lua", 31)));
    assertThat(CommandParser.parse("break event TimerFired"))
        .isEqualTo(new DebugCommand.Break(new Breakpoint.Event("TimerFired")));
    assertThat(CommandParser.parse("breaks")).isEqualTo(new DebugCommand.Breaks());
    assertThat(CommandParser.parse("delete 2")).isEqualTo(new DebugCommand.Delete(2));
    assertThat(CommandParser.parse("where")).isEqualTo(new DebugCommand.Where());
    assertThat(CommandParser.parse("locals")).isEqualTo(new DebugCommand.Locals());
    assertThat(CommandParser.parse("print order.total * 2"))
        .isEqualTo(new DebugCommand.Print("order.total * 2"));
    assertThat(CommandParser.parse("events --json")).isEqualTo(new DebugCommand.Events(true));
    assertThat(CommandParser.parse("back")).isEqualTo(new DebugCommand.Back(1));
    assertThat(CommandParser.parse("back 2")).isEqualTo(new DebugCommand.Back(2));
    assertThat(CommandParser.parse("goto 11")).isEqualTo(new DebugCommand.Goto(11));
    assertThat(CommandParser.parse("save history out/h.json"))
        .isEqualTo(new DebugCommand.SaveHistory(Path.of("out/h.json")));
    assertThat(CommandParser.parse("save test refund on failure"))
        .isEqualTo(new DebugCommand.SaveTest("refund on failure"));
    assertThat(CommandParser.parse("restart")).isEqualTo(new DebugCommand.Restart());
    assertThat(CommandParser.parse("help skip")).isEqualTo(new DebugCommand.Help("skip"));
    assertThat(CommandParser.parse("exit")).isEqualTo(new DebugCommand.Quit());
  }

  @Test
  void mistakesSayWhatIsWrongAndWhatWouldBeRight() {
    assertProblem("stpe", "unknown command 'stpe' (did you mean 'step'?)");
    assertProblem("contniue", "did you mean 'continue'?");
    assertProblem("xyzzy", "unknown command 'xyzzy'; 'help' lists the commands");
    assertProblem("skip 1d", "there is no day unit; write 24h (units: ns us ms s m h");
    assertProblem("skip 2d12h", "write 60h (units");
    assertProblem("skip soon", "invalid duration");
    assertProblem("skip 0s", "the clock only moves forward");
    assertProblem("skip", "missing DUR (usage: skip DUR)");
    assertProblem("signal approve {\"by\": }", "invalid JSON at column 22");
    assertProblem("complete", "missing ID (usage: complete ID [JSON])");
    assertProblem("break tmier", "unknown breakpoint 'tmier' (did you mean 'timer'?)");
    assertProblem("break line order.lua", "expected FILE:N such as order_workflow.lua:31");
    assertProblem("step zero", "N must be a whole number above zero, got zero");
    assertProblem("back -1", "N must be a whole number above zero");
    assertProblem("time now", "unexpected 'now' (usage: time)");
    assertProblem("save hist x", "save what? 'hist' (did you mean 'history'?)");
    assertProblem("events --xml", "unknown option --xml");
  }

  private static void assertProblem(String line, String message) {
    assertThatThrownBy(() -> CommandParser.parse(line))
        .isInstanceOf(CommandSyntaxException.class)
        .hasMessageContaining(message);
  }

  @Test
  void breakpointsMatchWhatTheyNameAndKeepTheirNumbers() {
    Breakpoints b = new Breakpoints();
    assertThat(b.add(new Breakpoint.Activity("app:ship"))).isEqualTo(1);
    assertThat(b.add(new Breakpoint.Line("order.lua", 40))).isEqualTo(2);
    assertThat(b.add(new Breakpoint.Activity("app:ship"))).isEqualTo(1);
    assertThat(b.firstMatch(List.of(new Breakpoint.Stop("wait", "", "src/order.lua:40"))))
        .map(h -> h.breakpoint().number())
        .contains(2);
    assertThat(b.firstMatch(List.of(new Breakpoint.Stop("wait", "", "src/border.lua:40"))))
        .isEmpty();
    assertThat(b.firstMatch(List.of(new Breakpoint.Stop("activity", "app:ship", ""))))
        .map(h -> h.breakpoint().number())
        .contains(1);
    assertThat(b.delete(1)).isTrue();
    assertThat(b.delete(1)).isFalse();
    assertThat(b.add(new Breakpoint.Timer())).isEqualTo(3);
    assertThat(new Breakpoint.Signal(null).matches(new Breakpoint.Stop("signal", "x", "")))
        .isTrue();
    assertThat(
            new Breakpoint.Event("timerfired")
                .matches(new Breakpoint.Stop("event", "TimerFired", "")))
        .isTrue();
  }

  @Test
  void everyCatalogCommandParsesOrAsksForItsArguments() {
    for (CommandCatalog.Entry e : CommandCatalog.all()) {
      try {
        assertThat(CommandParser.parse(e.name())).isNotNull();
      } catch (CommandSyntaxException expected) {
        assertThat(expected.getMessage()).contains("(usage: " + e.usage() + ")");
      }
    }
  }
}
