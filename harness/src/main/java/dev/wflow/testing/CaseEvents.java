package dev.wflow.testing;

import dev.wflow.runtime.LuaFunctions;
import dev.wflow.testing.lua.LuaValues;
import dev.wflow.testing.lua.TestModule;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * The runner's end of {@code wippy/test}'s message protocol, for a project that vendors the
 * framework: its {@code test.lua} runs the cases and reports each to the runner's pid ({@code
 * process.send(pid, "test:update", {type, data})}), as the platform's {@code runner.lua} reads
 * them. A {@code test:case:start} opens the case's {@link CaseScope} (so {@code test.workflow} and
 * the replay checks work as with wflow's own module) and its print capture; {@code
 * test:case:pass}/{@code fail} close them and record the result; {@code test:case:skip} records a
 * skipped case. Cases the framework counted in {@code test:plan} but never reported (blocks nested
 * three deep) are warned about at {@code test:complete}.
 *
 * <pre>{@code
 * CaseEvents events = new CaseEvents(file, recorder, printStream);
 * CaseEvents.routeToRunner(globals, events::accept);   // before the framework loads
 * events.read();                                        // the vendored framework is the one bound
 * }</pre>
 */
final class CaseEvents {

  /** {@code "src/x.lua:12: message"}, as {@code error(msg, 2)} words a failed assertion. */
  private static final Pattern POSITIONED = Pattern.compile("^(\\S+?:\\d+): (.*)$", Pattern.DOTALL);

  private record Open(
      List<String> path,
      String name,
      CaseScope scope,
      CaseScope outer,
      OutputCapture capture,
      long began) {}

  private final FileContext file;
  private final CaseRecorder recorder;
  private final Consumer<String> printStream;
  private boolean reading;
  private Open open;
  private int reported;
  private long deselected;

  CaseEvents(FileContext file, CaseRecorder recorder, Consumer<String> printStream) {
    this.file = file;
    this.recorder = recorder;
    this.printStream = printStream;
  }

  /**
   * Makes what test code sends to the runner's pid on {@code "test:update"} arrive at {@code inbox}
   * as {@code (type, data)}, in the order it is sent; every other message goes where it went. The
   * framework takes {@code process.send} when it loads, so this runs first.
   */
  static void routeToRunner(Globals globals, BiConsumer<String, LuaValue> inbox) {
    LuaValue process = globals.get("process");
    if (!process.istable()) {
      return;
    }
    LuaTable routed = new LuaTable();
    for (Varargs kv = process.next(LuaValue.NIL);
        !kv.arg1().isnil();
        kv = process.next(kv.arg1())) {
      routed.rawset(kv.arg1(), kv.arg(2));
    }
    LuaValue send = process.get("send");
    routed.rawset(
        "send",
        LuaFunctions.of(
            "process.send",
            a -> {
              if (!a.arg1().isstring() || !TestModule.RUNNER_PID.equals(a.arg1().tojstring())) {
                return send.invoke(a);
              }
              LuaValue message = a.arg(3);
              if ("test:update".equals(a.arg(2).tojstring()) && message.istable()) {
                inbox.accept(LuaValues.tostring(message.get("type")), message.get("data"));
              }
              return LuaValue.TRUE;
            }));
    globals.set("process", routed);
  }

  /** From now on the events are the file's results: the vendored framework is running it. */
  void read() {
    reading = true;
  }

  boolean reading() {
    return reading;
  }

  /** Cases the framework reported, selected or not: the entry defined cases. */
  int reported() {
    return reported;
  }

  /** Cases reported but left out by the {@code PATTERN…} arguments. */
  long deselected() {
    return deselected;
  }

  void accept(String type, LuaValue data) {
    if (!reading || !data.istable()) {
      return;
    }
    switch (type) {
      case "test:case:start" -> start(data);
      case "test:case:pass" -> end(data, null);
      case "test:case:fail" -> end(data, failureOf(LuaValues.tostring(data.get("error"))));
      case "test:case:skip" -> skip(data);
      case "test:plan" -> {}
      case "test:complete" -> complete(data);
      case "test:error" ->
          recorder.warn(
              "the test reported an error: " + LuaValues.tostring(data.get("message")), null);
      default -> {}
    }
  }

  /**
   * The entry ended with {@code failure} while a case was running. A timeout struck in that case,
   * which carries it (as with wflow's own module); any other error came from a hook, outside the
   * case's {@code pcall}, and is the entry's, so the case is dropped. Returns true when a case took
   * the failure.
   */
  boolean endOpenCase(Failure failure) {
    if (open == null) {
      return false;
    }
    if (failure.kind() != Failure.Kind.TIMEOUT) {
      Open o = open;
      open = null;
      o.capture().end();
      file.enter(o.outer());
      CaseClosing.quietly(o.scope());
      return false;
    }
    Open o = open;
    open = null;
    List<String> printed = o.capture().end();
    file.enter(o.outer());
    record(o.path(), o.name(), CaseClosing.judge(o.scope(), failure, o.began(), printed));
    return true;
  }

  private void start(LuaValue data) {
    if (open != null) {
      Open o = open;
      open = null;
      List<String> printed = o.capture().end();
      file.enter(o.outer());
      record(
          o.path(),
          o.name(),
          CaseClosing.judge(
              o.scope(),
              Failure.of(Failure.Kind.ERROR, "the case never reported its end", null),
              o.began(),
              printed));
    }
    List<String> path = path(data);
    String name = LuaValues.tostring(data.get("test"));
    long began = System.nanoTime();
    OutputCapture capture = OutputCapture.begin(printStream);
    CaseScope outer = file.current();
    CaseScope scope = file.scopes().apply(fullName(path, name));
    file.enter(scope);
    open = new Open(path, name, scope, outer, capture, began);
  }

  private void end(LuaValue data, Failure failure) {
    List<String> path = path(data);
    String name = LuaValues.tostring(data.get("test"));
    if (open != null && open.path().equals(path) && open.name().equals(name)) {
      Open o = open;
      open = null;
      List<String> printed = o.capture().end();
      file.enter(o.outer());
      record(path, name, CaseClosing.judge(o.scope(), failure, o.began(), printed));
    } else {
      record(path, name, CaseClosing.judge(CaseScope.NONE, failure, System.nanoTime(), List.of()));
    }
  }

  private void skip(LuaValue data) {
    List<String> path = path(data);
    String name = LuaValues.tostring(data.get("test"));
    reported++;
    if (selected(path, name)) {
      recorder.enqueueNow(path, name, null);
    } else {
      deselected++;
    }
  }

  private void record(
      List<String> path,
      String name,
      java.util.concurrent.CompletableFuture<CaseRecorder.Timed> result) {
    reported++;
    if (selected(path, name)) {
      recorder.enqueue(path, name, result);
    } else {
      deselected++;
    }
  }

  private void complete(LuaValue data) {
    int total = data.get("total").optint(0);
    int ran =
        data.get("passed").optint(0) + data.get("failed").optint(0) + data.get("skipped").optint(0);
    if (total > ran) {
      recorder.warn(
          "wippy/test counted "
              + total
              + " test(s) but ran "
              + ran
              + ": the "
              + (total - ran)
              + " in describe blocks nested three deep never run there (only top-level blocks run"
              + " their nested blocks); move them up a level",
          file.entry().file());
    }
  }

  private boolean selected(List<String> path, String name) {
    return file.selection().selectsCase(file.entry(), fullName(path, name));
  }

  /** The framework's {@code suite} is the blocks' names joined by {@code " > "}. */
  private static List<String> path(LuaValue data) {
    String suite = LuaValues.tostring(data.get("suite"));
    return suite.isEmpty() ? List.of() : Arrays.asList(suite.split(" > ", -1));
  }

  private static String fullName(List<String> path, String name) {
    return path.isEmpty() ? name : String.join(" > ", path) + " > " + name;
  }

  /**
   * A failed case as the framework words it: {@code "file:line: message"} for an assertion or a
   * raised string. The platform reports only "fail", so every failing case is an assertion failure
   * here.
   */
  static Failure failureOf(String error) {
    Matcher m = POSITIONED.matcher(error);
    return m.matches()
        ? Failure.of(Failure.Kind.ASSERTION, m.group(2), m.group(1))
        : Failure.of(Failure.Kind.ASSERTION, error, null);
  }
}
