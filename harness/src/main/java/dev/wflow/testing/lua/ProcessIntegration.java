package dev.wflow.testing.lua;

import java.util.function.BiConsumer;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * The message side of {@code wippy/test}: {@code test.setup_process_integration(options)} points
 * {@code test.send_message(type, data)} at a process ({@code {type, data}} sent with the {@code
 * process.send} the module found when it loaded, on the topic {@code "test:update"} unless the
 * options name another), and the runner's events ({@code test.event}) go the same way. Until it is
 * set up, sending does nothing, as on the platform. Messages to the runner itself (the pid wflow
 * passes in the entry's options) are handed to {@code runnerInbox} instead of a process.
 *
 * <pre>{@code
 * ProcessIntegration link = new ProcessIntegration(globals, "{wflow|test-runner}", (t, d) -> {});
 * link.setup(options);            // {pid = ..., topic = "test:update", ref_id = ...}
 * link.send("test:case:pass", data);
 * }</pre>
 */
public final class ProcessIntegration {

  /** The event kinds of the protocol, as {@code test.event} names them. */
  static final String[][] EVENTS = {
    {"DISCOVER", "test:discover"},
    {"PLAN", "test:plan"},
    {"CASE_START", "test:case:start"},
    {"CASE_PASS", "test:case:pass"},
    {"CASE_FAIL", "test:case:fail"},
    {"CASE_SKIP", "test:case:skip"},
    {"COMPLETE", "test:complete"},
    {"ERROR", "test:error"}
  };

  static final String DEFAULT_TOPIC = "test:update";

  private final Globals globals;
  private final String runnerPid;
  private final BiConsumer<String, LuaValue> runnerInbox;
  private LuaValue originalSend = LuaValue.NIL;
  private LuaValue targetPid = LuaValue.NIL;
  private LuaValue refId = LuaValue.NIL;
  private String topic = DEFAULT_TOPIC;

  ProcessIntegration(Globals globals, String runnerPid, BiConsumer<String, LuaValue> runnerInbox) {
    this.globals = globals;
    this.runnerPid = runnerPid;
    this.runnerInbox = runnerInbox;
    captureSend();
  }

  /** Remembers {@code process.send} the first time there is one (mocks must not replace it). */
  void captureSend() {
    LuaValue process = globals.get("process");
    if (originalSend.isnil() && process.istable() && process.get("send").isfunction()) {
      originalSend = process.get("send");
    }
  }

  LuaValue originalSend() {
    return originalSend;
  }

  String topic() {
    return topic;
  }

  /** {@code test.setup_process_integration(options)}: false outside a process or without a pid. */
  boolean setup(LuaValue options) {
    LuaValue process = globals.get("process");
    if (!process.istable() || !process.get("pid").toboolean()) {
      return false;
    }
    if (!options.istable() || !options.get("pid").toboolean()) {
      return false;
    }
    targetPid = options.get("pid");
    if (options.get("ref_id").toboolean()) {
      refId = options.get("ref_id");
    }
    if (options.get("topic").toboolean()) {
      topic = LuaValues.tostring(options.get("topic"));
    }
    captureSend();
    return true;
  }

  /** {@code run_cases} keeps the {@code ref_id} of its options even without a process. */
  void keepRefId(LuaValue options) {
    if (options.istable() && options.get("ref_id").toboolean()) {
      refId = options.get("ref_id");
    }
  }

  LuaValue refId() {
    return refId;
  }

  /**
   * True when messages reach a process other than wflow's runner: then the runner's events are sent
   * as each test finishes, as on the platform.
   */
  public boolean listening() {
    return !targetPid.isnil()
        && !originalSend.isnil()
        && !(targetPid.isstring() && targetPid.tojstring().equals(runnerPid));
  }

  /** {@code test.send_message(type, data)}: nothing until integration is set up. */
  public void send(String type, LuaValue data) {
    if (targetPid.isnil() || originalSend.isnil()) {
      return;
    }
    if (!data.istable()) {
      throw new LuaError("attempt to index a " + data.typename() + " value (send_message data)");
    }
    if (refId.toboolean() && data.get("ref_id").isnil()) {
      data.set("ref_id", refId);
    }
    LuaTable message = new LuaTable();
    message.set("type", type);
    message.set("data", data);
    if (targetPid.isstring() && targetPid.tojstring().equals(runnerPid)) {
      runnerInbox.accept(type, data);
      return;
    }
    originalSend.call(targetPid, LuaValue.valueOf(topic), message);
  }

  /** The {@code test.event} table. */
  static LuaTable eventTable() {
    LuaTable t = new LuaTable();
    for (String[] e : EVENTS) {
      t.set(e[0], e[1]);
    }
    return t;
  }
}
