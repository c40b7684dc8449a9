package dev.wflow.node;

import dev.wflow.runtime.LuaJson;
import dev.wflow.temporal.workflow.LuaMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * A regular (non-workflow) process of the node: test code, or a {@code process.lua} entry. It has
 * an inbox, an events channel, topic listeners, the {@code trap_links} option, and the pids it
 * monitors and is linked to. Messages and events arrive from any thread.
 *
 * <pre>{@code
 * LocalProcess p = node.register("app.test:t", waiter);
 * node.deliver(p.pid(), workflowPid, "ack", List.of(Map.of("ok", true)));
 * }</pre>
 */
public final class LocalProcess {

  private record Listener(HostChannel channel, boolean asMessage) {}

  /** A message that arrived before the process subscribed to its topic or to its inbox. */
  private record Pending(String from, String topic, Object payload) {}

  private final String pid;
  private final String entryId;
  private final Map<String, Object> context;
  private final Waiter waiter;
  private final HostChannel inbox;
  private final HostChannel events;
  private final Map<String, Listener> listeners = new ConcurrentHashMap<>();
  private final List<Pending> pending = new ArrayList<>();
  private final Set<String> links = ConcurrentHashMap.newKeySet();
  private final Set<String> monitors = ConcurrentHashMap.newKeySet();
  private final CompletableFuture<Void> killed = new CompletableFuture<>();
  private final ProcessCoroutines coroutines = new ProcessCoroutines();
  private final CompletableFuture<Exit> exit = new CompletableFuture<>();
  private volatile boolean inboxOpen;
  private volatile boolean trapLinks;
  private volatile String killedBy;

  /** How the process ended: its method's value, or the error it failed with. */
  public record Exit(Object value, LuaValue error) {
    public boolean failed() {
      return !error.isnil();
    }
  }

  /**
   * @param waiter how the process's thread waits; a kill ends any wait with a Lua error, as the
   *     platform ends a process whose linked peer failed
   */
  LocalProcess(String pid, Waiter waiter) {
    this(pid, "", Map.of(), waiter);
  }

  /**
   * @param entryId the entry the process runs ({@code process.id()}), empty when none
   * @param context its ctx values, which the processes and functions it starts inherit
   */
  LocalProcess(String pid, String entryId, Map<String, Object> context, Waiter waiter) {
    this.pid = pid;
    this.entryId = entryId;
    this.context = Map.copyOf(context);
    this.waiter =
        coroutines.around(
            (wake, what) -> {
              waiter.await(CompletableFuture.anyOf(wake, killed), what);
              if (killedBy != null) {
                throw new Killed(killedBy);
              }
            });
    this.inbox = new HostChannel(0, "inbox", this.waiter);
    this.events = new HostChannel(0, "events", this.waiter);
  }

  /** Ends the killed process's Lua code; no {@code funcs.call} in between turns it into a value. */
  private static final class Killed extends LuaError implements dev.wflow.runtime.RunEnding {
    private static final long serialVersionUID = 1L;

    Killed(String reason) {
      super(reason);
    }
  }

  /**
   * A process that belongs to no node yet: a test file's own process, which each test's node {@link
   * Node#adopt adopts}.
   */
  public static LocalProcess standalone(String pid, String entryId, Waiter waiter) {
    return new LocalProcess(pid, entryId, Map.of(), waiter);
  }

  public String pid() {
    return pid;
  }

  /** How the process waits (a kill ends the wait with an error). */
  public Waiter waiter() {
    return waiter;
  }

  /** The coroutines the process spawned ({@code coroutine.spawn}). */
  public ProcessCoroutines coroutines() {
    return coroutines;
  }

  /** The entry the process runs, for {@code process.id()}. */
  public String entryId() {
    return entryId;
  }

  /** The process's ctx values. */
  public Map<String, Object> context() {
    return context;
  }

  /** {@code process.inbox()}: from now on messages of topics nobody listens to arrive here. */
  HostChannel inbox() {
    synchronized (pending) {
      inboxOpen = true;
      pending.forEach(m -> inbox.offer(new LuaMessage(m.topic(), m.from(), m.payload())));
      pending.clear();
    }
    return inbox;
  }

  HostChannel events() {
    return events;
  }

  /** A message: to the topic's listener when there is one, else to the inbox. */
  void deliver(String from, String topic, List<Object> payloads) {
    Object payload = payloads.isEmpty() ? null : payloads.get(0);
    synchronized (pending) {
      Listener l = listeners.get(topic);
      if (l != null) {
        offer(l, from, topic, payload);
      } else if (inboxOpen) {
        inbox.offer(new LuaMessage(topic, from, payload));
      } else {
        // As on the platform, a message nobody subscribed to yet waits for its subscriber.
        pending.add(new Pending(from, topic, payload));
      }
    }
  }

  private static void offer(Listener l, String from, String topic, Object payload) {
    l.channel()
        .offer(l.asMessage() ? new LuaMessage(topic, from, payload) : LuaJson.toLua(payload));
  }

  /** {@code process.listen(topic, {message = bool})}: messages waiting for the topic arrive. */
  HostChannel listen(String topic, boolean asMessage) {
    synchronized (pending) {
      Listener l =
          listeners.computeIfAbsent(
              topic, t -> new Listener(new HostChannel(0, "listen " + t, waiter), asMessage));
      pending.removeIf(
          m -> {
            if (!m.topic().equals(topic)) {
              return false;
            }
            offer(l, m.from(), m.topic(), m.payload());
            return true;
          });
      return l.channel();
    }
  }

  void unlisten(HostChannel channel) {
    listeners.values().removeIf(l -> l.channel() == channel);
    channel.close();
  }

  /** An event on {@code process.events()}: {@code {kind, from, result = {value, error}}}. */
  void event(String kind, String from, Object value, LuaValue error) {
    LuaTable e = new LuaTable();
    e.set("kind", LuaValue.valueOf(kind));
    e.set("from", LuaValue.valueOf(from));
    LuaTable result = new LuaTable();
    result.set("value", LuaJson.toLua(value));
    result.set("error", error);
    e.set("result", result);
    events.offer(e);
  }

  boolean trapLinks() {
    return trapLinks;
  }

  void trapLinks(boolean trap) {
    trapLinks = trap;
  }

  Set<String> links() {
    return links;
  }

  /** The pids that get EXIT when this process ends. */
  Set<String> monitors() {
    return monitors;
  }

  /**
   * A cancel request: {@code {kind = pid.cancel, from, at, reason}} on {@code process.events()},
   * the fields of the platform's cancel event. The process decides what to do with it.
   */
  void cancelEvent(String from, String at, String reason) {
    LuaTable e = new LuaTable();
    e.set("kind", LuaValue.valueOf(dev.wflow.temporal.workflow.ProcessEvents.CANCEL));
    e.set("from", LuaValue.valueOf(from));
    e.set("at", LuaValue.valueOf(at));
    e.set("reason", LuaValue.valueOf(reason));
    events.offer(e);
  }

  /** Records how the process ended; false when it had ended already. */
  boolean exited(Exit how) {
    return exit.complete(how);
  }

  /** Completes when the process has ended. */
  public CompletableFuture<Exit> exit() {
    return exit;
  }

  /** A linked process failed and this one does not trap links: it is killed. */
  void kill(String reason) {
    killedBy = reason;
    killed.complete(null);
    inbox.close();
    events.close();
  }

  /** Why the process was killed, or null while it lives. */
  String killedBy() {
    return killedBy;
  }
}
