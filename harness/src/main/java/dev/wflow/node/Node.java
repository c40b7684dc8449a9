package dev.wflow.node;

import dev.wflow.registry.EntryKind;
import dev.wflow.runtime.DirectCalls;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaProject;
import dev.wflow.runtime.WippyError;
import dev.wflow.runtime.funcs.CallOutcome;
import dev.wflow.runtime.funcs.FunctionCall;
import dev.wflow.temporal.EnvironmentOptions;
import dev.wflow.temporal.LocalEnvironment;
import dev.wflow.temporal.RunOutcome;
import dev.wflow.temporal.StartOptions;
import dev.wflow.temporal.WorkflowRun;
import dev.wflow.temporal.history.ErrorInfo;
import dev.wflow.temporal.history.RunStatus;
import dev.wflow.temporal.workflow.ProcessEvents;
import dev.wflow.temporal.workflow.WorkflowBinding;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.luaj.vm2.LuaValue;

/**
 * One emulated Wippy node: the project's workflows on a {@link LocalEnvironment} (one process host
 * per {@code temporal.worker} entry, its task queue) and the regular processes of the plain host
 * (test code, {@code process.lua} entries), with the message relay between them in both directions,
 * monitors, links and the EXIT / LINK_DOWN events, and a virtual clock for regular processes.
 * {@code wflow test} opens one per test; a debugger or worker can drive one the same way.
 *
 * <pre>{@code
 * try (Node node = Node.start(project, EnvironmentOptions.newBuilder())) {
 *   LocalProcess test = node.register("app.test:t", waiter);
 *   String pid = node.spawn(test, "app:order", "app:worker", List.of(input),
 *       SpawnRequest.plain().monitored());
 *   // test's events channel gets {kind = "pid.exit", from = pid, result = {value, error}}
 * }
 * }</pre>
 */
public final class Node implements AutoCloseable {

  private static final Duration WATCH_EVERY = Duration.ofMillis(20);
  private static final Duration EXEC_LIMIT = Duration.ofDays(1);

  private final LocalEnvironment env;
  private final Consumer<String> log;
  private final NodeClock clock;
  private final Map<String, LocalProcess> processes = new ConcurrentHashMap<>();
  private final Map<String, String> registry = new ConcurrentHashMap<>();
  private final Map<String, Watched> watched = new ConcurrentHashMap<>();
  private final List<WorkflowRun> runs = new CopyOnWriteArrayList<>();
  private final Set<String> owned = ConcurrentHashMap.newKeySet();

  /** Regular processes running Lua now (not waiting): virtual time waits for them. */
  private final Set<String> running = ConcurrentHashMap.newKeySet();

  /** The thread running each process's Lua: its CPU use tells a busy process from a blocked one. */
  private final Map<String, Thread> threads = new ConcurrentHashMap<>();

  private final AtomicInteger serial = new AtomicInteger();
  private final ScheduledExecutorService watcher;

  /** A workflow some regular process monitors or is linked to. */
  private record Watched(WorkflowRun run, Set<String> monitors, Set<String> links) {}

  private Node(LocalEnvironment env, Consumer<String> log) {
    this.env = env;
    this.log = log;
    this.clock = new NodeClock(env, this::watch, this::quiesce);
    this.watcher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "wflow-node-watch");
              t.setDaemon(true);
              return t;
            });
    watcher.scheduleWithFixedDelay(
        this::watch, WATCH_EVERY.toMillis(), WATCH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Starts a node for {@code project}; {@code options} gets the node's relay. */
  public static Node start(LuaProject project, EnvironmentOptions.Builder options) {
    AtomicReference<Node> self = new AtomicReference<>();
    options.relay(
        (to, from, topic, payloads) -> {
          Node n = self.get();
          return n != null && n.deliver(to, from, topic, payloads);
        });
    EnvironmentOptions built = options.build();
    Node node = new Node(LocalEnvironment.start(project, built), built.log());
    self.set(node);
    return node;
  }

  public LocalEnvironment environment() {
    return env;
  }

  /** Every workflow run regular processes of this node started, in start order. */
  public List<WorkflowRun> runs() {
    return runs;
  }

  /** Where the node's regular processes print (the environment's log). */
  public Consumer<String> log() {
    return log;
  }

  /** Adds a regular process on the plain host; its pid is {@code {wflow|<name>.<n>}}. */
  public LocalProcess register(String name, Waiter outer) {
    return register(name, "", Map.of(), outer);
  }

  /**
   * Adds a regular process on the plain host running {@code entryId} with ctx {@code context}; its
   * pid is {@code {wflow|<name>.<n>}}.
   */
  public LocalProcess register(
      String name, String entryId, Map<String, Object> context, Waiter outer) {
    String pid = "{wflow|" + name + "." + serial.incrementAndGet() + "}";
    Waiter waiter =
        (wake, what) -> {
          drive(pid, wake);
          outer.await(wake, what);
        };
    LocalProcess p = new LocalProcess(pid, entryId, context, waiter);
    // Until it says otherwise (runsOn), it runs on the thread that registers it (a funcs call).
    threads.put(pid, Thread.currentThread());
    running.add(pid);
    processes.put(pid, p);
    owned.add(pid);
    return p;
  }

  /**
   * Makes a process that outlives this node (a test file's process, shared by the nodes of its
   * tests) reachable here: messages and exit events for its pid reach it. Its waiter should call
   * {@link #drive} so that virtual time passes while it waits. Closing the node leaves it alive.
   */
  public LocalProcess adopt(LocalProcess p) {
    if (processes.putIfAbsent(p.pid(), p) == null) {
      threads.put(p.pid(), Thread.currentThread());
      running.add(p.pid());
    }
    return p;
  }

  /** Process {@code pid}'s Lua runs on the current thread from now on. */
  void runsOn(String pid) {
    threads.put(pid, Thread.currentThread());
  }

  /**
   * Lets the node's virtual time pass until {@code wake} completes, while process {@code pid} waits
   * for it (adopted processes call this from their waiter).
   */
  public void drive(String pid, java.util.concurrent.CompletableFuture<?> wake) {
    runsOn(pid);
    idle(pid);
    // Running again the moment it is woken, on the waking thread: the clock must not jump in the
    // gap before the woken process gets to run.
    wake.whenComplete((v, e) -> running.add(pid));
    clock.drive(wake);
  }

  private void idle(String pid) {
    synchronized (running) {
      if (running.remove(pid)) {
        running.notifyAll();
      }
    }
  }

  /**
   * Waits until no regular process is running Lua (each waits or has ended), so virtual time jumps
   * only once they all wait for it. A process that never waits through the node (a test thread
   * blocked elsewhere) holds time back for {@link #RUNNING_PATIENCE} of real time; one whose thread
   * used CPU meanwhile is still running (a loaded machine slows it, it has not stopped), and is
   * waited for again, up to {@link #BUSY_PATIENCE} in all (a process busy in a loop forever).
   */
  private void awaitRegularIdle() {
    long start = System.nanoTime();
    long until = start + RUNNING_PATIENCE.toNanos();
    Map<String, Long> cpu = cpuTimes();
    synchronized (running) {
      while (!running.isEmpty()) {
        long now = System.nanoTime();
        long left = until - now;
        if (left <= 0) {
          Map<String, Long> later = cpuTimes();
          if (now - start >= BUSY_PATIENCE.toNanos() || !progressed(cpu, later)) {
            return;
          }
          cpu = later;
          until = now + RUNNING_PATIENCE.toNanos();
          continue;
        }
        try {
          running.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** CPU time so far of each running process's thread (none where the JVM cannot tell). */
  private Map<String, Long> cpuTimes() {
    Map<String, Long> out = new java.util.HashMap<>();
    if (!CPU.isThreadCpuTimeSupported()) {
      return out;
    }
    for (String pid : running) {
      Thread t = threads.get(pid);
      long ns = t == null ? -1 : CPU.getThreadCpuTime(t.getId());
      if (ns >= 0) {
        out.put(pid, ns);
      }
    }
    return out;
  }

  /** Whether a process still running used CPU between the two readings. */
  private boolean progressed(Map<String, Long> before, Map<String, Long> after) {
    for (Map.Entry<String, Long> e : after.entrySet()) {
      Long was = before.get(e.getKey());
      if (was != null && running.contains(e.getKey()) && e.getValue() - was > BUSY_CPU) {
        return true;
      }
    }
    return false;
  }

  NodeClock clock() {
    return clock;
  }

  /** The relay: a message for a regular process. False when none has that pid. */
  public boolean deliver(String to, String from, String topic, List<Object> payloads) {
    LocalProcess p = processes.get(to);
    if (p == null || p.killedBy() != null) {
      return false;
    }
    p.deliver(from, topic, payloads);
    return true;
  }

  /**
   * {@code process.spawn*} of a regular process: starts workflow {@code entryId} on the worker
   * {@code host} (its task queue).
   *
   * @throws NodeError with the platform's kind when the entry or host is unknown or the start fails
   */
  public String spawn(
      LocalProcess parent, String entryId, String host, List<Object> args, SpawnRequest request) {
    LuaEntry entry = entry(entryId);
    if (entry.kind().equals(EntryKind.PROCESS)) {
      return request.name() == null
          ? startProcess(parent, entry, args, request).pid()
          : spawnNamed(parent, entry, args, request);
    }
    WorkflowRun run = start(parent, entryId, host, args, request);
    if (request.monitor() || request.link()) {
      Watched w = watch(run);
      if (request.monitor()) {
        w.monitors().add(parent.pid());
      }
      if (request.link()) {
        w.links().add(parent.pid());
      }
    }
    return run.pid();
  }

  /**
   * Spawn-or-signal on the plain host ({@code service/host} handleNameTaken): while a live process
   * holds the name, the spawn's messages go to it (from no sender) and its pid is returned; else
   * the new process is registered under the name.
   */
  private synchronized String spawnNamed(
      LocalProcess parent, LuaEntry entry, List<Object> args, SpawnRequest request) {
    String holder = registry.get(request.name());
    LocalProcess existing = holder == null ? null : processes.get(holder);
    if (existing != null) {
      request.messages().forEach(m -> existing.deliver(null, m.topic(), listOf(m.payload())));
      return existing.pid();
    }
    LocalProcess p = startProcess(parent, entry, args, request);
    register(request.name(), p.pid());
    return p.pid();
  }

  /**
   * {@code process.exec}: starts the workflow or process and waits until it ends (virtual time
   * passes meanwhile).
   */
  public LocalProcess.Exit exec(
      LocalProcess parent, String entryId, String host, List<Object> args, SpawnRequest request) {
    LuaEntry entry = entry(entryId);
    if (entry.kind().equals(EntryKind.PROCESS)) {
      return startProcess(parent, entry, args, request).exit().join();
    }
    RunOutcome o = start(parent, entryId, host, args, request).result(EXEC_LIMIT);
    return new LocalProcess.Exit(o.result(), error(o));
  }

  private LuaEntry entry(String entryId) {
    return env.project()
        .entry(entryId)
        .orElseThrow(() -> new NodeError("NotFound", "entry not found: " + entryId));
  }

  /**
   * A {@code process.lua} entry as a regular process of the plain host, on a thread of its own. It
   * inherits the parent's ctx (with the spawner's {@code with_context} values over it); the
   * spawner's messages are in its mailbox before it runs.
   */
  private LocalProcess startProcess(
      LocalProcess parent, LuaEntry entry, List<Object> args, SpawnRequest request) {
    Map<String, Object> context = inherited(parent, request);
    // Its thread is its own: it waits by blocking (the node's clock runs meanwhile).
    LocalProcess p = register(entry.id(), entry.id(), context, (wake, what) -> wake.join());
    if (request.monitor()) {
      p.monitors().add(parent.pid());
    }
    if (request.link()) {
      p.links().add(parent.pid());
      parent.links().add(p.pid());
    }
    request.messages().forEach(m -> p.deliver(parent.pid(), m.topic(), listOf(m.payload())));
    EntryProcess.start(this, p, entry, args);
    return p;
  }

  /**
   * The ctx of a process {@code parent} starts: its own (values, actor and scope, which the
   * platform propagates to what a process spawns) under the spawner's {@code with_*} ones.
   */
  private static Map<String, Object> inherited(LocalProcess parent, SpawnRequest request) {
    Map<String, Object> context = new LinkedHashMap<>(parent.context());
    context.putAll(request.context());
    return context;
  }

  private static List<Object> listOf(Object payload) {
    List<Object> l = new java.util.ArrayList<>();
    l.add(payload);
    return l;
  }

  /**
   * A {@code funcs} call of regular process {@code caller}, {@code depth} calls deep: the function
   * runs here (the caller's ThreadedCall thread) as a process of its own, with the caller's ctx
   * under the call's.
   *
   * @param at the caller's file:line, for the depth-limit error
   */
  CallOutcome call(
      FunctionCall call, LocalProcess caller, int depth, Consumer<String> printer, String at) {
    List<LocalProcess> own = new java.util.ArrayList<>();
    DirectCalls calls =
        new DirectCalls(
            env::project,
            (e, d, c) -> {
              // Its thread is its own: it waits by blocking (the node's clock runs meanwhile).
              LocalProcess p = register(e.id(), e.id(), c, (wake, what) -> wake.join());
              own.add(p);
              return RegularSandbox.open(this, e, p, d, printer);
            });
    CallOutcome o = null;
    try {
      o = calls.run(call, depth, caller.context(), () -> at);
      return o;
    } finally {
      LocalProcess.Exit how =
          o != null && o.failed()
              ? new LocalProcess.Exit(null, o.error())
              : new LocalProcess.Exit(o == null ? null : o.value(), LuaValue.NIL);
      own.forEach(p -> exited(p, how));
    }
  }

  private WorkflowRun start(
      LocalProcess parent, String entryId, String host, List<Object> args, SpawnRequest request) {
    LuaProject project = env.project();
    LuaEntry entry = entry(entryId);
    if (!entry.isWorkflow()) {
      throw new NodeError(
          "Invalid", entryId + " is a " + entry.kind() + " entry; only workflows can be spawned");
    }
    String queue = project.taskQueues().get(host);
    if (host != null && !host.isEmpty() && queue == null) {
      throw new NodeError("NotFound", "host not found: " + host);
    }
    StartOptions.Builder b =
        StartOptions.newBuilder()
            .options(request.options())
            .context(inherited(parent, request))
            .sender(parent.pid());
    if (queue != null) {
      b.taskQueue(queue);
    }
    request.messages().forEach(m -> b.message(m.topic(), m.payload()));
    WorkflowRun run;
    try {
      run = env.start(entryId, args, b.build());
    } catch (IllegalArgumentException e) {
      throw new NodeError("Invalid", e.getMessage());
    } catch (io.temporal.client.WorkflowExecutionAlreadyStarted e) {
      throw new NodeError(
          "AlreadyExists",
          "workflow "
              + e.getExecution().getWorkflowId()
              + " is already running: "
              + String.valueOf(e.getMessage()));
    }
    runs.add(run);
    return run;
  }

  private Watched watch(WorkflowRun run) {
    return watched.computeIfAbsent(
        run.workflowId(),
        id -> new Watched(run, ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet()));
  }

  private WorkflowRun runOf(String pid) {
    String id = WorkflowBinding.workflowIdOf(pid);
    Watched w = watched.get(id);
    if (w != null) {
      return w.run();
    }
    for (WorkflowRun r : runs) {
      if (r.workflowId().equals(id)) {
        return r;
      }
    }
    try {
      return env.attach(pid);
    } catch (RuntimeException e) {
      throw new NodeError("NotFound", "process not found: " + pid);
    }
  }

  /**
   * A regular process ended: its monitors get EXIT; its links get LINK_DOWN (or die, without
   * trap_links) when it failed; the names it had registered are released and it is no longer
   * reachable.
   */
  void exited(LocalProcess p, LocalProcess.Exit how) {
    if (!p.exited(how)) {
      return;
    }
    processes.remove(p.pid(), p);
    threads.remove(p.pid());
    owned.remove(p.pid());
    registry.values().removeIf(p.pid()::equals);
    p.kill("process " + p.pid() + " has exited");
    for (String m : p.monitors()) {
      LocalProcess watcher = processes.get(m);
      if (watcher != null) {
        watcher.event(ProcessEvents.EXIT, p.pid(), how.value(), how.error());
      }
    }
    for (String l : p.links()) {
      LocalProcess peer = processes.get(l);
      if (peer == null) {
        continue;
      }
      peer.links().remove(p.pid());
      if (!how.failed()) {
        continue;
      }
      if (peer.trapLinks()) {
        peer.event(ProcessEvents.LINK_DOWN, p.pid(), how.value(), how.error());
      } else {
        peer.kill("linked process " + p.pid() + " failed");
      }
    }
    // Idle only now that its watchers hold their EXIT (each woken watcher counts as running):
    // idle before, the clock could jump in the gap and fire a watcher's deadline with the EXIT.
    idle(p.pid());
  }

  /** The regular process {@code pid} (or the registered name) names; null for a workflow pid. */
  private LocalProcess regular(String pidOrName) {
    String pid = resolve(pidOrName);
    if (WorkflowBinding.isWorkflowPid(pid)) {
      return null;
    }
    LocalProcess p = processes.get(pid);
    if (p == null || p.killedBy() != null) {
      throw new NodeError("NotFound", "process not found: " + pid);
    }
    return p;
  }

  /** A registered name's pid; a pid as it is. */
  private String resolve(String pidOrName) {
    if (pidOrName.startsWith("{")) {
      return pidOrName;
    }
    String pid = registry.get(pidOrName);
    if (pid == null) {
      throw new NodeError("NotFound", "could not resolve: " + pidOrName);
    }
    return pid;
  }

  /** {@code process.monitor(pid)}: EXIT comes when the workflow closes. */
  public void monitor(LocalProcess p, String pid, boolean on) {
    LocalProcess target = regular(pid);
    if (target != null) {
      if (on) {
        target.monitors().add(p.pid());
      } else {
        target.monitors().remove(p.pid());
      }
      return;
    }
    Watched w = watch(runOf(resolve(pid)));
    if (on) {
      w.monitors().add(p.pid());
    } else {
      w.monitors().remove(p.pid());
    }
  }

  /** {@code process.link(pid)}: LINK_DOWN (or death, without trap_links) when it fails. */
  public void link(LocalProcess p, String pid, boolean on) {
    LocalProcess target = regular(pid);
    if (target != null) {
      if (on) {
        target.links().add(p.pid());
        p.links().add(target.pid());
      } else {
        target.links().remove(p.pid());
        p.links().remove(target.pid());
      }
      return;
    }
    Watched w = watch(runOf(resolve(pid)));
    if (on) {
      w.links().add(p.pid());
    } else {
      w.links().remove(p.pid());
    }
  }

  /**
   * {@code process.send} of a regular process: a signal carrying the sender for a workflow, the
   * relay for another regular process.
   */
  public void send(LocalProcess from, String toPidOrName, String topic, List<Object> payloads) {
    String to = resolve(toPidOrName);
    if (!WorkflowBinding.isWorkflowPid(to)) {
      if (!deliver(to, from.pid(), topic, payloads)) {
        throw new NodeError("NotFound", "process not found: " + to);
      }
      return;
    }
    try {
      runOf(to).signalFrom(from.pid(), topic, payloads.isEmpty() ? null : payloads.get(0));
    } catch (dev.wflow.temporal.RunClosedException e) {
      throw new NodeError("NotFound", e.getMessage());
    }
  }

  /** {@code process.terminate(pid)}: a regular process exits with "process terminated". */
  public void terminate(String pidOrName) {
    LocalProcess target = regular(pidOrName);
    if (target != null) {
      target.kill(TERMINATED);
      return;
    }
    String pid = resolve(pidOrName);
    try {
      runOf(pid).terminate("process.terminate");
    } catch (dev.wflow.temporal.RunClosedException e) {
      throw new NodeError("NotFound", "process not found: " + pid);
    }
  }

  /** The error a terminated regular process exits with, as the platform words it. */
  static final String TERMINATED = "process terminated";

  /**
   * {@code process.cancel(pid, reason)}: the process gets a {@code pid.cancel} event (a regular
   * process from {@code from}, with the reason; a workflow from the system pid).
   */
  public void cancel(LocalProcess from, String pidOrName, String reason) {
    LocalProcess target = regular(pidOrName);
    if (target != null) {
      String at =
          java.time.format.DateTimeFormatter.ISO_INSTANT.format(
              clock.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
      target.cancelEvent(from.pid(), at, reason);
      return;
    }
    String pid = resolve(pidOrName);
    try {
      runOf(pid).cancel();
    } catch (dev.wflow.temporal.RunClosedException e) {
      throw new NodeError("NotFound", "process not found: " + pid);
    }
  }

  /** {@code process.registry}: names of pids on this node. */
  public Map<String, String> registry() {
    return registry;
  }

  /**
   * {@code process.registry.register(name, pid)}: a name taken by another live process fails with
   * AlreadyExists; the same process may register it again.
   */
  public void register(String name, String pid) {
    String had = registry.putIfAbsent(name, pid);
    if (had != null && !had.equals(pid)) {
      if (!WorkflowBinding.isWorkflowPid(had) && !processes.containsKey(had)) {
        registry.put(name, pid);
        return;
      }
      throw new NodeError("AlreadyExists", "name already registered: " + name);
    }
  }

  /** How long the clock waits for a watched run's pending workflow task before it jumps anyway. */
  private static final Duration QUIESCE = Duration.ofMillis(500);

  /** How long the clock waits for running regular processes before it looks at their CPU use. */
  private static final Duration RUNNING_PATIENCE = Duration.ofSeconds(2);

  /** How long in all it waits for processes that keep using CPU before it jumps anyway. */
  private static final Duration BUSY_PATIENCE = Duration.ofSeconds(20);

  /** CPU time in one patience window that counts as still running (ns), above wake-up noise. */
  private static final long BUSY_CPU = 10_000_000L;

  /**
   * Waits (briefly) until every watched run has taken its pending workflow task, so virtual time
   * moves on only once what was started or signalled has run up to its next wait.
   */
  private void quiesce() {
    awaitRegularIdle();
    for (Watched w : List.copyOf(watched.values())) {
      try {
        w.run().awaitIdle(QUIESCE);
      } catch (RuntimeException e) {
        // Closed or gone: watch() reports it.
      }
    }
  }

  private synchronized void watch() {
    for (Watched w : watched.values()) {
      RunOutcome o;
      try {
        // Not result(): its wait lets the in-memory server skip time (see outcomeIfClosed).
        o = w.run().outcomeIfClosed().orElse(null);
      } catch (RuntimeException e) {
        continue;
      }
      if (o == null) {
        continue;
      }
      watched.remove(w.run().workflowId());
      LuaValue error = error(o);
      for (String pid : w.monitors()) {
        LocalProcess p = processes.get(pid);
        if (p != null) {
          p.event(ProcessEvents.EXIT, w.run().pid(), o.result(), error);
        }
      }
      for (String pid : w.links()) {
        LocalProcess p = processes.get(pid);
        if (p != null && error.isnil()) {
          // The platform tells linked processes of a normal exit too (peer/receiver.go).
          p.event(ProcessEvents.EXIT, w.run().pid(), o.result(), error);
        } else if (p != null && p.trapLinks()) {
          p.event(ProcessEvents.LINK_DOWN, w.run().pid(), o.result(), error);
        } else if (p != null) {
          p.kill("linked process " + w.run().pid() + " failed");
        }
      }
    }
  }

  /** A closed run's error as Lua sees it; a run that did not complete always has one. */
  static LuaValue error(RunOutcome o) {
    ErrorInfo e = o.error();
    if (e == null && o.status() == RunStatus.COMPLETED) {
      return LuaValue.NIL;
    }
    if (e == null) {
      e = new ErrorInfo("Canceled", "workflow " + o.status().label(), false, null);
    }
    return WippyError.of(e.kind(), e.message(), e.retryable(), null);
  }

  @Override
  public void close() {
    watcher.shutdownNow();
    clock.close();
    owned.forEach(pid -> processes.get(pid).kill("the node stopped"));
  }
}
