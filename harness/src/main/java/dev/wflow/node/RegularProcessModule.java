package dev.wflow.node;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.WippyError;
import dev.wflow.runtime.security.SecurityContext;
import dev.wflow.runtime.security.SecurityModule;
import dev.wflow.temporal.workflow.ProcessEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code process} as a regular process sees it (test code, {@code process.lua} entries): {@code
 * pid}, {@code send}, {@code exec}, {@code spawn}/{@code spawn_monitored}/{@code spawn_linked}/
 * {@code spawn_linked_monitored}, the {@code with_options}/{@code with_context}/{@code with_name}/
 * {@code with_message} spawners, {@code inbox}, {@code events}, {@code listen}/{@code unlisten},
 * {@code monitor}/{@code unmonitor}, {@code link}/{@code unlink}, {@code get_options}/{@code
 * set_options}, {@code terminate}, {@code cancel}, {@code registry} and {@code event}. Failures
 * come back as {@code nil, err} with the platform's kinds.
 *
 * <pre>{@code
 * local pid = process.with_options({["workflow.id"] = "order-1"})
 *   :spawn_monitored("app:order", "app:worker", {id = "o1"})
 * local ev = process.events():receive()     -- {kind = process.event.EXIT, from = pid, result = {...}}
 * }</pre>
 */
public final class RegularProcessModule {

  private RegularProcessModule() {}

  /** The module for process {@code self} of {@code node} (looked up at each call). */
  public static LuaTable create(Supplier<Node> node, LocalProcess self) {
    LuaTable p = spawner(node, self, SpawnRequest.plain());
    p.set("pid", of(a -> LuaValue.valueOf(self.pid())));
    p.set("id", of(a -> id(self)));
    p.set("send", of(a -> guarded(() -> send(node.get(), self, a))));
    p.set("inbox", of(a -> alive(self).inbox()));
    p.set("events", of(a -> alive(self).events()));
    p.set(
        "listen",
        of(
            a ->
                self.listen(
                    a.checkjstring(1), a.arg(2).istable() && a.arg(2).get("message").toboolean())));
    p.set(
        "unlisten",
        of(
            a -> {
              if (a.arg1() instanceof HostChannel ch) {
                self.unlisten(ch);
              }
              return LuaValue.NONE;
            }));
    p.set("monitor", of(a -> guarded(() -> done(() -> node.get().monitor(self, pid(a), true)))));
    p.set("unmonitor", of(a -> guarded(() -> done(() -> node.get().monitor(self, pid(a), false)))));
    p.set("link", of(a -> guarded(() -> done(() -> node.get().link(self, pid(a), true)))));
    p.set("unlink", of(a -> guarded(() -> done(() -> node.get().link(self, pid(a), false)))));
    p.set("terminate", of(a -> guarded(() -> done(() -> node.get().terminate(pid(a))))));
    p.set(
        "cancel",
        of(a -> guarded(() -> done(() -> node.get().cancel(self, pid(a), a.optjstring(2, ""))))));
    p.set("get_options", of(a -> options(self)));
    p.set("set_options", of(a -> setOptions(self, a.arg1())));
    p.set("event", ProcessEvents.table());
    p.set("registry", registry(node, self));
    return p;
  }

  private static LocalProcess alive(LocalProcess self) {
    if (self.killedBy() != null) {
      throw new LuaError(self.killedBy());
    }
    return self;
  }

  /** {@code process.id()}: the entry the process runs, as the platform's frame id names it. */
  private static Varargs id(LocalProcess self) {
    return self.entryId().isEmpty()
        ? LuaValue.varargsOf(
            LuaValue.NIL, WippyError.of("Internal", "call ID not found in context", false, null))
        : LuaValue.valueOf(self.entryId());
  }

  private static String pid(Varargs a) {
    return a.checkjstring(1);
  }

  private static Varargs send(Node node, LocalProcess self, Varargs a) {
    String to = a.checkjstring(1);
    String topic = a.checkjstring(2);
    node.send(self, to, topic, LuaJson.toJavaList(a, 3));
    return LuaValue.TRUE;
  }

  private static Varargs done(Runnable r) {
    r.run();
    return LuaValue.TRUE;
  }

  /** Spawn functions with {@code request}; {@code with_*} return new spawners (colon calls). */
  private static LuaTable spawner(Supplier<Node> node, LocalProcess self, SpawnRequest request) {
    LuaTable s = new LuaTable();
    s.set("spawn", of(a -> spawn(node, self, request, args(s, a))));
    s.set("spawn_monitored", of(a -> spawn(node, self, request.monitored(), args(s, a))));
    s.set("spawn_linked", of(a -> spawn(node, self, request.linked(), args(s, a))));
    s.set(
        "spawn_linked_monitored",
        of(a -> spawn(node, self, request.linked().monitored(), args(s, a))));
    s.set("exec", of(a -> exec(node, self, request, args(s, a))));
    s.set(
        "with_options",
        of(
            a ->
                spawner(
                    node, self, request.withOptions(table(args(s, a).arg1(), "with_options")))));
    s.set(
        "with_context",
        of(
            a ->
                spawner(
                    node, self, request.withContext(table(args(s, a).arg1(), "with_context")))));
    s.set(
        "with_actor",
        of(
            a ->
                spawner(
                    node,
                    self,
                    request.withContext(
                        SecurityContext.withActor(
                            security(args(s, a).arg1(), "with_actor", SecurityModule::actorOf))))));
    s.set(
        "with_scope",
        of(
            a ->
                spawner(
                    node,
                    self,
                    request.withContext(
                        SecurityContext.withScope(
                            security(args(s, a).arg1(), "with_scope", SecurityModule::scopeOf))))));
    s.set("with_name", of(a -> spawner(node, self, request.withName(args(s, a).checkjstring(1)))));
    s.set(
        "with_message",
        of(
            a -> {
              Varargs v = args(s, a);
              return spawner(
                  node, self, request.withMessage(v.checkjstring(1), LuaJson.toJava(v.arg(2))));
            }));
    return s;
  }

  /** The Actor or Scope a spawner's {@code with_actor}/{@code with_scope} is given. */
  private static <T> T security(
      LuaValue v, String method, java.util.function.Function<LuaValue, T> read) {
    String what = method.equals("with_actor") ? "actor" : "scope";
    if (v.isnil()) {
      throw new LuaError("bad argument #2 to '" + method + "' (" + what + " cannot be nil)");
    }
    T value = read.apply(v);
    if (value == null) {
      throw new LuaError(
          "bad argument #2 to '"
              + method
              + "' ("
              + (what.equals("actor") ? "Actor" : "Scope")
              + " expected)");
    }
    return value;
  }

  private static Varargs args(LuaTable spawner, Varargs a) {
    return a.arg1() == spawner ? a.subargs(2) : a;
  }

  private static Map<String, Object> table(LuaValue v, String what) {
    if (!v.istable()) {
      throw new LuaError(what + ": expected a table, got " + v.typename());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (LuaJson.toJava(v) instanceof Map<?, ?> m) {
      m.forEach((k, val) -> out.put(String.valueOf(k), val));
    }
    return out;
  }

  private static Varargs spawn(
      Supplier<Node> node, LocalProcess self, SpawnRequest request, Varargs a) {
    String id = a.checkjstring(1);
    String host = a.optjstring(2, "");
    List<Object> args = LuaJson.toJavaList(a, 3);
    return guarded(() -> LuaValue.valueOf(node.get().spawn(self, id, host, args, request)));
  }

  private static Varargs exec(
      Supplier<Node> node, LocalProcess self, SpawnRequest request, Varargs a) {
    String id = a.checkjstring(1);
    String host = a.optjstring(2, "");
    List<Object> args = LuaJson.toJavaList(a, 3);
    return guarded(
        () -> {
          // The node is looked up on the process's own thread; the wait runs on another.
          Node n = node.get();
          LocalProcess.Exit o = blocking(self, () -> n.exec(self, id, host, args, request));
          return o.failed()
              ? LuaValue.varargsOf(LuaValue.NIL, o.error())
              : LuaJson.toLua(o.value());
        });
  }

  /** Runs a long call off the process's thread, which keeps serving its host meanwhile. */
  private static <T> T blocking(LocalProcess self, Supplier<T> call) {
    java.util.concurrent.CompletableFuture<T> f =
        java.util.concurrent.CompletableFuture.supplyAsync(call, Calls.POOL);
    self.waiter().await(f, "process.exec");
    try {
      return f.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  private static LuaTable options(LocalProcess self) {
    LuaTable t = new LuaTable();
    t.set("trap_links", LuaValue.valueOf(self.trapLinks()));
    return t;
  }

  private static Varargs setOptions(LocalProcess self, LuaValue options) {
    if (!options.istable()) {
      return LuaValue.varargsOf(
          LuaValue.NIL, WippyError.of("Invalid", "set_options: expected a table", false, null));
    }
    LuaValue trap = options.get("trap_links");
    if (!trap.isnil()) {
      self.trapLinks(trap.toboolean());
    }
    return LuaValue.TRUE;
  }

  private static LuaTable registry(Supplier<Node> node, LocalProcess self) {
    LuaTable r = new LuaTable();
    r.set(
        "register",
        of(
            a ->
                guarded(
                    () ->
                        done(
                            () ->
                                node.get()
                                    .register(a.checkjstring(1), a.optjstring(2, self.pid()))))));
    r.set(
        "lookup",
        of(
            a -> {
              String pid = node.get().registry().get(a.checkjstring(1));
              return pid == null
                  ? LuaValue.varargsOf(
                      LuaValue.NIL,
                      WippyError.of(
                          "NotFound", "name not registered: " + a.tojstring(1), false, null))
                  : LuaValue.valueOf(pid);
            }));
    r.set(
        "unregister",
        of(
            a -> {
              return LuaValue.valueOf(node.get().registry().remove(a.checkjstring(1)) != null);
            }));
    for (String scope : List.of("LOCAL", "EVENTUAL", "CONSISTENT", "STRONG")) {
      r.set(scope, LuaValue.valueOf(scope.toLowerCase(java.util.Locale.ROOT)));
    }
    return r;
  }

  /** A node failure becomes {@code nil, err}; Lua errors (timeouts, bad arguments) propagate. */
  private static Varargs guarded(Supplier<Varargs> body) {
    try {
      return body.get();
    } catch (NodeError e) {
      return LuaValue.varargsOf(LuaValue.NIL, WippyError.of(e.kind(), e.getMessage(), false, null));
    } catch (LuaError e) {
      throw e;
    } catch (RuntimeException e) {
      return LuaValue.varargsOf(
          LuaValue.NIL, WippyError.of("Internal", String.valueOf(e.getMessage()), false, null));
    }
  }

  /** Threads for calls that wait on Temporal (exec), so the process's thread keeps serving. */
  private static final class Calls {
    static final java.util.concurrent.ExecutorService POOL =
        java.util.concurrent.Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "wflow-node-call");
              t.setDaemon(true);
              return t;
            });
  }
}
