package dev.wflow.runtime.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the actor and the scope of running code live: two reserved keys of its ctx values, so they
 * travel wherever ctx travels (spawned processes, function calls, Temporal headers) and are
 * inherited the same way, each on its own (a {@code with_actor} keeps the inherited scope). {@code
 * ctx.get}/{@code ctx.all} never show them; {@link #TEMPORAL_HEADER} is their form on Temporal.
 */
public final class SecurityContext {

  static final String ACTOR = "wippy.security.actor";
  static final String SCOPE = "wippy.security.scope";

  /** The platform's Temporal header: {@code {"actor": {"id", "meta"}, "policies": [ids]}}. */
  public static final String TEMPORAL_HEADER = "wippy-security";

  private SecurityContext() {}

  /** Whether {@code key} is one of the reserved keys, hidden from {@code ctx}. */
  public static boolean reserved(String key) {
    return key.equals(ACTOR) || key.equals(SCOPE);
  }

  /** {@code ctx} values without the reserved keys. */
  public static Map<String, Object> visible(Map<String, Object> context) {
    if (!context.containsKey(ACTOR) && !context.containsKey(SCOPE)) {
      return context;
    }
    Map<String, Object> out = new LinkedHashMap<>(context);
    out.remove(ACTOR);
    out.remove(SCOPE);
    return out;
  }

  public static Actor actor(Map<String, Object> context) {
    return Actor.fromMap(context.get(ACTOR));
  }

  /** The policy IDs of the scope, or null when the code has none. */
  public static List<String> scope(Map<String, Object> context) {
    if (!(context.get(SCOPE) instanceof List<?> ids)) {
      return null;
    }
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(String.valueOf(id)));
    return out;
  }

  /** The ctx entry that gives code {@code actor}. */
  public static Map<String, Object> withActor(Actor actor) {
    return Map.of(ACTOR, actor.toMap());
  }

  /** The ctx entry that gives code a scope of {@code policyIds}. */
  public static Map<String, Object> withScope(List<String> policyIds) {
    return Map.of(SCOPE, List.copyOf(policyIds));
  }

  /**
   * The {@link #TEMPORAL_HEADER} value for {@code context}, or null without actor and scope. Like
   * the platform, only the scope's policy IDs travel.
   */
  public static Map<String, Object> header(Map<String, Object> context) {
    Actor actor = actor(context);
    List<String> scope = scope(context);
    if (actor == null && scope == null) {
      return null;
    }
    Map<String, Object> h = new LinkedHashMap<>();
    if (actor != null) {
      h.put("actor", actor.toMap());
    }
    if (scope != null && !scope.isEmpty()) {
      h.put("policies", scope);
    }
    return h;
  }

  /**
   * The ctx entries a received {@link #TEMPORAL_HEADER} gives: the actor, and a scope only when
   * policies came (the platform rebuilds the scope from them and sets none without).
   */
  public static Map<String, Object> fromHeader(Object header) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (header instanceof Map<?, ?> h) {
      Actor actor = Actor.fromMap(h.get("actor"));
      if (actor != null) {
        out.put(ACTOR, actor.toMap());
      }
      if (h.get("policies") instanceof List<?> ids && !ids.isEmpty()) {
        List<String> policies = new ArrayList<>();
        ids.forEach(id -> policies.add(String.valueOf(id)));
        out.put(SCOPE, policies);
      }
    }
    return out;
  }
}
