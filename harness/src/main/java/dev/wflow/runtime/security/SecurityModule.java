package dev.wflow.runtime.security;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.Builtin;
import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.ModuleTable;
import dev.wflow.runtime.SandboxHost;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code security} as the runtime has it ({@code runtime/lua/modules/security}): the actor and
 * scope of the running code ({@link SecurityContext}), {@code can}, the project's policies and
 * policy groups, and Actor/Scope/Policy objects, the same in workflows, functions and test code.
 *
 * <p>What a local harness emulates: permission checks the platform makes before an operation
 * ({@code security.new_actor}, {@code scope:with}, {@code process.spawn}, {@code funcs.call}, …,
 * which the runtime lets through when the context has no actor or no scope) are not made — every
 * operation is allowed. {@code can} and {@code evaluate} do decide, from the policies. Token stores
 * are resources the harness does not have: {@code token_store} returns an error.
 *
 * <pre>{@code
 * sandbox.provide("security", SecurityModule.create(sandbox.host(), catalog));
 * }</pre>
 */
public final class SecurityModule {

  private static final LuaTable ACTOR = Builtin.type("security.Actor", actorMethods());
  private static final LuaTable POLICY = Builtin.type("security.Policy", policyMethods());
  private static final LuaTable SCOPE = Builtin.type("security.Scope", scopeMethods());

  /** A scope: its policies in the order they were added, one per ID. */
  private record Scope(List<SecurityPolicy> policies) {
    Scope with(SecurityPolicy p) {
      List<SecurityPolicy> out = new ArrayList<>(without(p.id()).policies);
      out.add(p);
      return new Scope(List.copyOf(out));
    }

    Scope without(String id) {
      return new Scope(policies.stream().filter(p -> !p.id().equals(id)).toList());
    }

    /** Any deny wins; else any allow; else undefined (also for no policies). */
    SecurityPolicy.Decision evaluate(
        Actor a, String action, String resource, Map<String, Object> m) {
      SecurityPolicy.Decision found = SecurityPolicy.Decision.UNDEFINED;
      for (SecurityPolicy p : policies) {
        SecurityPolicy.Decision d = p.evaluate(a, action, resource, m);
        if (d == SecurityPolicy.Decision.DENY) {
          return d;
        }
        if (d == SecurityPolicy.Decision.ALLOW) {
          found = d;
        }
      }
      return found;
    }

    List<String> ids() {
      return policies.stream().map(SecurityPolicy::id).toList();
    }
  }

  private SecurityModule() {}

  public static ModuleTable create(SandboxHost host, PolicyCatalog catalog) {
    ModuleTable m = new ModuleTable("security");
    m.define("actor", of(a -> actorObject(SecurityContext.actor(host.context()))));
    m.define("scope", of(a -> scopeObject(currentScope(host, catalog))));
    m.define("can", of(a -> can(host, catalog, a)));
    m.define("policy", of(a -> policy(catalog, a.checkjstring(1))));
    m.define("named_scope", of(a -> namedScope(catalog, a.checkjstring(1))));
    m.define("new_scope", of(a -> newScope(a)));
    m.define("new_actor", of(a -> actorObject(new Actor(a.checkjstring(1), plainMap(a.arg(2))))));
    m.define(
        "token_store",
        of(
            a ->
                Builtin.failure(
                    "Internal",
                    "token store "
                        + a.checkjstring(1)
                        + " is a resource wflow does not run: mock security.token_store")));
    return m;
  }

  /** The actor a Lua value holds, or null when it is no Actor. */
  public static Actor actorOf(LuaValue v) {
    return v instanceof LuaUserdata u && u.userdata() instanceof Actor a ? a : null;
  }

  /** The policy IDs of a Lua Scope, or null when it is no Scope. */
  public static List<String> scopeOf(LuaValue v) {
    return v instanceof LuaUserdata u && u.userdata() instanceof Scope s ? s.ids() : null;
  }

  private static Scope currentScope(SandboxHost host, PolicyCatalog catalog) {
    List<String> ids = SecurityContext.scope(host.context());
    if (ids == null) {
      return null;
    }
    // As the platform rebuilds a scope from IDs: policies this project does not have are skipped.
    List<SecurityPolicy> policies = new ArrayList<>();
    ids.forEach(id -> catalog.policy(id).ifPresent(policies::add));
    return new Scope(List.copyOf(policies));
  }

  private static LuaValue can(SandboxHost host, PolicyCatalog catalog, Varargs a) {
    String action = a.checkjstring(1);
    String resource = a.checkjstring(2);
    Actor actor = SecurityContext.actor(host.context());
    Scope scope = currentScope(host, catalog);
    return LuaValue.valueOf(
        actor != null
            && scope != null
            && scope.evaluate(actor, action, resource, plainMap(a.arg(3)))
                == SecurityPolicy.Decision.ALLOW);
  }

  private static Varargs policy(PolicyCatalog catalog, String id) {
    return catalog
        .policy(id)
        .<Varargs>map(p -> Builtin.success(policyObject(p)))
        .orElseGet(() -> Builtin.failure("Internal", "get policy: policy not found: " + id));
  }

  private static Varargs namedScope(PolicyCatalog catalog, String id) {
    return catalog
        .group(id)
        .<Varargs>map(
            ids -> {
              List<SecurityPolicy> policies = new ArrayList<>();
              ids.forEach(pid -> catalog.policy(pid).ifPresent(policies::add));
              return Builtin.success(scopeObject(new Scope(List.copyOf(policies))));
            })
        .orElseGet(
            () -> Builtin.failure("Internal", "get policy group: policy group not found: " + id));
  }

  private static LuaValue newScope(Varargs a) {
    Scope scope = new Scope(List.of());
    if (a.narg() >= 1) {
      LuaTable t = a.checktable(1);
      for (LuaValue k = t.next(LuaValue.NIL).arg1(); !k.isnil(); k = t.next(k).arg1()) {
        if (t.get(k) instanceof LuaUserdata u && u.userdata() instanceof SecurityPolicy p) {
          scope = scope.with(p);
        }
      }
    }
    return scopeObject(scope);
  }

  private static LuaValue actorObject(Actor actor) {
    return actor == null ? LuaValue.NIL : Builtin.object(actor, ACTOR);
  }

  private static LuaValue scopeObject(Scope scope) {
    return scope == null ? LuaValue.NIL : Builtin.object(scope, SCOPE);
  }

  private static LuaValue policyObject(SecurityPolicy p) {
    return Builtin.object(p, POLICY);
  }

  /** A metadata table as plain values; none (or an empty table) is an empty map. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> plainMap(LuaValue v) {
    if (!v.istable()) {
      return Map.of();
    }
    return LuaJson.toJava(v) instanceof Map<?, ?> m
        ? new LinkedHashMap<>((Map<String, Object>) m)
        : Map.of();
  }

  private static LuaTable actorMethods() {
    LuaTable m = new LuaTable();
    m.set("id", of(a -> LuaValue.valueOf(actor(a, 1).id())));
    m.set("meta", of(a -> metaTable(actor(a, 1).meta())));
    return m;
  }

  private static LuaValue metaTable(Map<String, Object> meta) {
    LuaTable t = new LuaTable();
    meta.forEach((k, v) -> t.set(k, LuaJson.toLua(v)));
    return t;
  }

  private static LuaTable policyMethods() {
    LuaTable m = new LuaTable();
    m.set("id", of(a -> LuaValue.valueOf(policy(a, 1).id())));
    m.set(
        "evaluate",
        of(
            a ->
                LuaValue.valueOf(
                    policy(a, 1)
                        .evaluate(
                            actor(a, 2), a.checkjstring(3), a.checkjstring(4), plainMap(a.arg(5)))
                        .luaName())));
    return m;
  }

  private static LuaTable scopeMethods() {
    LuaTable m = new LuaTable();
    m.set("with", of(a -> scopeObject(scope(a).with(policy(a, 2)))));
    m.set("without", of(a -> scopeObject(scope(a).without(policyId(a, 2)))));
    m.set(
        "evaluate",
        of(
            a ->
                LuaValue.valueOf(
                    scope(a)
                        .evaluate(
                            actor(a, 2), a.checkjstring(3), a.checkjstring(4), plainMap(a.arg(5)))
                        .luaName())));
    m.set("contains", of(a -> LuaValue.valueOf(scope(a).ids().contains(policyId(a, 2)))));
    m.set(
        "policies",
        of(
            a -> {
              LuaTable t = new LuaTable();
              scope(a).policies().forEach(p -> t.insert(0, policyObject(p)));
              return t;
            }));
    return m;
  }

  private static Scope scope(Varargs a) {
    return Builtin.self(a, Scope.class, "security.Scope");
  }

  private static Actor actor(Varargs a, int i) {
    Actor actor = actorOf(a.arg(i));
    if (actor == null) {
      throw new LuaError("bad argument #" + i + " (Actor expected)");
    }
    return actor;
  }

  private static SecurityPolicy policy(Varargs a, int i) {
    if (a.arg(i) instanceof LuaUserdata u && u.userdata() instanceof SecurityPolicy p) {
      return p;
    }
    throw new LuaError("bad argument #" + i + " (Policy expected)");
  }

  /** A policy ID given as a string, a Policy, or {@code {ns = …, name = …}}. */
  private static String policyId(Varargs a, int i) {
    LuaValue v = a.arg(i);
    if (v.type() == LuaValue.TSTRING) {
      return v.tojstring();
    }
    if (v instanceof LuaUserdata u && u.userdata() instanceof SecurityPolicy p) {
      return p.id();
    }
    if (v.istable()) {
      if (v.get("ns").isnil() || v.get("name").isnil()) {
        throw new LuaError("bad argument #" + i + " (ID table must have ns and name fields)");
      }
      return v.get("ns").tojstring() + ":" + v.get("name").tojstring();
    }
    throw new LuaError(
        "bad argument #" + i + " (Policy ID expected as string, table, or policy object)");
  }
}
