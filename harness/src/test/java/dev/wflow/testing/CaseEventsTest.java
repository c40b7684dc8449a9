package dev.wflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/** How the runner reads a vendored wippy/test's messages into results (no Lua needed). */
class CaseEventsTest {

  private final TestEntry entry =
      new TestEntry("app:t", "app", "t", 0, "src/t.lua", "", "run", List.of(), Map.of(), null);
  private final List<CaseResult> seen = new ArrayList<>();
  private final FileContext file =
      new FileContext(
          entry,
          TestOptions.defaults(),
          new TestSelection(List.of()),
          new PlanExecutor.StopSignal() {
            @Override
            public boolean stopped() {
              return false;
            }

            @Override
            public void stop() {}
          });
  private final CaseRecorder recorder = new CaseRecorder(file, seen::add);
  private final CaseEvents events = new CaseEvents(file, recorder, line -> {});

  private static LuaTable data(String suite, String test, String error) {
    LuaTable t = new LuaTable();
    t.set("suite", suite);
    t.set("test", test);
    if (error != null) {
      t.set("error", error);
    }
    return t;
  }

  @Test
  void nothingIsReadUntilTheVendoredFrameworkIsTheOneBound() {
    events.accept("test:case:pass", data("S", "x", null));
    assertThat(recorder.results()).isEmpty();
  }

  @Test
  void casesFromTheirMessages() {
    events.read();
    events.accept("test:case:start", data("A > B", "passes", null));
    events.accept("test:case:pass", data("A > B", "passes", null));
    events.accept("test:case:start", data("A", "fails", null));
    events.accept(
        "test:case:fail", data("A", "fails", "src/t.lua:12: assertion failed: expected 2, got 1"));
    events.accept("test:case:skip", data("A", "later", null));

    List<CaseResult> r = recorder.results();
    assertThat(r)
        .extracting(CaseResult::outcome, CaseResult::fullName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Outcome.PASSED, "A > B > passes"),
            org.assertj.core.groups.Tuple.tuple(Outcome.FAILED, "A > fails"),
            org.assertj.core.groups.Tuple.tuple(Outcome.SKIPPED, "A > later"));
    assertThat(r.get(1).failure().message()).isEqualTo("assertion failed: expected 2, got 1");
    assertThat(r.get(1).failure().location()).isEqualTo("src/t.lua:12");
    assertThat(events.reported()).isEqualTo(3);
  }

  @Test
  void aTimeoutWhileACaseIsOpenIsThatCasesAndAnyOtherErrorIsNot() {
    events.read();
    events.accept("test:case:start", data("S", "spins", null));
    Failure timeout = Failure.of(Failure.Kind.TIMEOUT, "test timed out after 30s", "src/t.lua:3");
    assertThat(events.endOpenCase(timeout)).isTrue();
    assertThat(recorder.results())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.outcome()).isEqualTo(Outcome.ERROR);
              assertThat(c.failure()).isEqualTo(timeout);
            });

    events.accept("test:case:start", data("S", "hooked", null));
    assertThat(events.endOpenCase(Failure.of(Failure.Kind.ERROR, "setup broke", null))).isFalse();
    assertThat(recorder.results()).hasSize(1);
    assertThat(events.endOpenCase(timeout)).isFalse();
  }

  @Test
  void casesCountedButNeverReportedAreWarnedAbout() {
    events.read();
    LuaTable complete = new LuaTable();
    complete.set("total", 5);
    complete.set("passed", 3);
    complete.set("failed", 1);
    complete.set("skipped", LuaValue.valueOf(0));
    events.accept("test:complete", complete);
    assertThat(recorder.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("counted 5 test(s) but ran 4"));
  }
}
