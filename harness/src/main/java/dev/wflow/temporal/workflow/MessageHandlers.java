package dev.wflow.temporal.workflow;

import io.temporal.common.converter.EncodedValues;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.DynamicQueryHandler;
import io.temporal.workflow.DynamicSignalHandler;
import io.temporal.workflow.DynamicUpdateHandler;
import io.temporal.workflow.UpdateInfo;
import io.temporal.workflow.Workflow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Bridges Temporal signals, updates and queries to the Lua process model (SPEC §8): a signal is a
 * message; an update is a message from {@code {update|<id>}} answered with ack/ok/error/nak; only
 * the {@code state} and {@code pid} queries exist.
 */
final class MessageHandlers {

  private MessageHandlers() {}

  /**
   * The update handler, registered while Temporal creates the workflow instance: an update sent
   * right after the start comes with the first workflow task and is refused ("Unknown update name")
   * unless a handler exists before the workflow method runs. It waits for the execution.
   */
  static void registerUpdates(Supplier<LuaExecution> execution) {
    Workflow.registerListener(
        new DynamicUpdateHandler() {
          @Override
          public Object handleExecute(String name, EncodedValues args) {
            Workflow.await(() -> execution.get() != null);
            return update(execution.get(), name, first(args));
          }
        });
  }

  /** Signals and queries; Temporal keeps signals that come before this in order. */
  static void register(LuaExecution execution) {
    Mailbox mailbox = execution.mailbox();
    Workflow.registerListener(
        (DynamicSignalHandler)
            (name, args) -> mailbox.arrive(name, sender(args), signalPayload(args)));
    Workflow.registerListener((DynamicQueryHandler) (name, args) -> query(execution, name, args));
  }

  /**
   * The signal's sender: from its header, or from its last payload on the in-memory server. A
   * signal that came before the handler existed is handed over later without the header's
   * interceptor.
   */
  private static String sender(EncodedValues args) {
    String from = MessageHeaders.incomingFrom();
    return from != null ? from : MessageHeaders.carriedSender(new Object[] {args});
  }

  /** A signal's payload; the sender payload of the in-memory server is none (MessageHeaders). */
  private static Object signalPayload(EncodedValues args) {
    Object v = first(args);
    return args.getSize() == 1 && MessageHeaders.senderOf(v) != null ? null : v;
  }

  private static Object first(EncodedValues args) {
    return args.getSize() == 0 ? null : args.get(0, Object.class);
  }

  private static Object update(LuaExecution execution, String name, Object payload) {
    String updateId = Workflow.getCurrentUpdateInfo().map(UpdateInfo::getUpdateId).orElse(name);
    Mailbox mailbox = execution.mailbox();
    Mailbox.UpdateReply reply = mailbox.openUpdate(updateId);
    mailbox.arrive(name, ProcessModule.UPDATE_PREFIX + updateId + "}", payload);
    Workflow.await(reply::done);
    mailbox.closeUpdate(updateId);
    String message = reply.value == null ? name + " failed" : String.valueOf(reply.value);
    return switch (reply.outcome) {
      case "ok" -> reply.value;
      case "nak" -> throw ApplicationFailure.newNonRetryableFailure(message, "Rejected");
      default -> throw ApplicationFailure.newNonRetryableFailure(message, "UpdateError");
    };
  }

  private static Object query(LuaExecution execution, String name, EncodedValues args) {
    switch (name) {
      case FrameQuery.NAME:
        return FrameQuery.answer(execution, first(args));
      case "pid":
        return execution.pid();
      case "state":
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("pid", execution.pid());
        state.put("status", "running");
        state.put("waiting", execution.waitingFor());
        state.put("pending_messages", execution.mailbox().pendingCount());
        return state;
      default:
        throw new IllegalArgumentException(
            "unknown query '" + name + "': Lua workflows answer only 'state' and 'pid'");
    }
  }
}
