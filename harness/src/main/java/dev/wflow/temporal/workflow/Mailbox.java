package dev.wflow.temporal.workflow;

import dev.wflow.runtime.LuaJson;
import io.temporal.workflow.Async;
import io.temporal.workflow.Workflow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.LuaValue;

/**
 * Routes messages to Lua (SPEC §8): a message on topic T goes to the {@code process.listen(T)}
 * channel if there is one, else to {@code process.inbox()} once it exists, else it waits here — a
 * signal is never lost, even when it arrives before the workflow listens.
 *
 * <p>Messages that arrive together (several signals in one workflow task) are handed over one at a
 * time, each once every Lua thread waits ({@link LuaExecution#settled}): the platform's process
 * wakes the coroutines in the order of the messages it hands them, while Temporal's scheduler would
 * run the woken threads in the order they were created.
 */
final class Mailbox {

  private record Listener(LuaChannel channel, boolean asMessage) {}

  private record Pending(String topic, String from, Object payload) {}

  private final LuaExecution execution;
  private final Map<String, Listener> listeners = new HashMap<>();
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final Deque<Pending> arrivals = new ArrayDeque<>();
  private boolean handingOver;
  private final Map<String, UpdateReply> updates = new HashMap<>();
  private final LuaChannel events;
  private LuaChannel inbox;

  Mailbox(LuaExecution execution) {
    this.execution = execution;
    this.events = new LuaChannel(execution, 0, "events");
  }

  /** A message (a signal, an update) has come; Lua gets it in its turn. */
  void arrive(String topic, String from, Object payload) {
    arrivals.add(new Pending(topic, from, payload));
    if (!handingOver) {
      handingOver = true;
      // Detached: a cancel request is only an event here and must not stop the messages.
      Workflow.newDetachedCancellationScope(() -> Async.procedure(this::handOver)).run();
    }
  }

  /** Runs on a workflow thread of its own for the life of the run. */
  private void handOver() {
    while (true) {
      Workflow.await(() -> !arrivals.isEmpty() && execution.settled());
      Pending next = arrivals.poll();
      deliver(next.topic, next.from, next.payload);
    }
  }

  /** Delivers one message to whoever listens. */
  private void deliver(String topic, String from, Object payload) {
    Listener listener = listeners.get(topic);
    if (listener != null) {
      listener.channel.offer(
          listener.asMessage ? new LuaMessage(topic, from, payload) : LuaJson.toLua(payload));
    } else if (inbox != null) {
      inbox.offer(new LuaMessage(topic, from, payload));
    } else {
      pending.add(new Pending(topic, from, payload));
    }
  }

  LuaChannel listen(String topic, boolean asMessage) {
    Listener existing = listeners.get(topic);
    if (existing != null) {
      return existing.channel;
    }
    Listener listener = new Listener(new LuaChannel(execution, 0, "listen " + topic), asMessage);
    listeners.put(topic, listener);
    for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
      Pending p = it.next();
      if (p.topic.equals(topic)) {
        it.remove();
        deliver(p.topic, p.from, p.payload);
      }
    }
    return listener.channel;
  }

  LuaChannel inbox() {
    if (inbox == null) {
      inbox = new LuaChannel(execution, 0, "inbox");
      while (!pending.isEmpty()) {
        Pending p = pending.poll();
        deliver(p.topic, p.from, p.payload);
      }
    }
    return inbox;
  }

  LuaChannel events() {
    return events;
  }

  /**
   * The messages Lua never received: still waiting for a listener, or delivered to a {@code
   * process.listen} channel or the inbox and never taken. Updates are left out: their callers get
   * an answer either way.
   */
  ExecutionListener.Unread unread() {
    List<String> topics = new ArrayList<>();
    for (Pending p : arrivals) {
      if (!isUpdate(p.from)) {
        topics.add(p.topic);
      }
    }
    for (Pending p : pending) {
      if (!isUpdate(p.from)) {
        topics.add(p.topic);
      }
    }
    listeners.forEach((topic, l) -> l.channel.queued().forEach(v -> topics.add(topic)));
    if (inbox != null) {
      for (LuaValue v : inbox.queued()) {
        if (v instanceof LuaMessage m && !isUpdate(m.from())) {
          topics.add(m.topic());
        }
      }
    }
    return new ExecutionListener.Unread(
        topics, new java.util.TreeSet<>(listeners.keySet()).stream().toList(), inbox != null);
  }

  private static boolean isUpdate(String from) {
    return from != null && from.startsWith(ProcessModule.UPDATE_PREFIX);
  }

  /** Messages nobody has claimed yet. */
  int pendingCount() {
    return pending.size() + arrivals.size();
  }

  UpdateReply openUpdate(String updateId) {
    UpdateReply reply = new UpdateReply();
    updates.put(updateId, reply);
    return reply;
  }

  void closeUpdate(String updateId) {
    updates.remove(updateId);
  }

  /** A reply sent with {@code process.send("{update|id}", topic, value)}; false if unknown. */
  boolean replyToUpdate(String updateId, String topic, LuaValue value) {
    UpdateReply reply = updates.get(updateId);
    if (reply == null) {
      return false;
    }
    reply.accept(topic, value);
    return true;
  }

  /** The answer the Lua side gives an update through the ack/ok/error/nak protocol. */
  static final class UpdateReply {
    String outcome;
    Object value;
    boolean acknowledged;

    void accept(String topic, LuaValue v) {
      switch (topic) {
        case "ack" -> acknowledged = true;
        case "ok", "error", "nak" -> {
          if (outcome == null) {
            outcome = topic;
            value = v.isnil() ? null : LuaJson.toJava(v);
          }
        }
        default -> {
          // Other topics to an update pid carry no meaning in the protocol.
        }
      }
    }

    boolean done() {
      return outcome != null;
    }
  }
}
