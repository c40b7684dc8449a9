package dev.wflow.runtime.security;

import java.util.List;
import java.util.Map;

/**
 * A {@code security.policy} entry as the platform evaluates it ({@code service/security/policy}):
 * the action and the resource must match its filters, every condition must hold, then its effect
 * decides; otherwise it has no say ({@link Decision#UNDEFINED}).
 *
 * <pre>{@code
 * SecurityPolicy p = SecurityPolicy.of("app:read", Map.of("actions", List.of("read"),
 *     "resources", "*", "effect", "allow"));
 * p.evaluate(new Actor("u1", Map.of()), "read", "doc:1", Map.of()); // ALLOW
 * }</pre>
 *
 * @param actions {@code "*"}, a pattern, or a list of patterns
 * @param resources likewise
 * @param effect {@code allow} or {@code deny}
 */
public record SecurityPolicy(
    String id,
    Object actions,
    Object resources,
    String effect,
    List<Map<String, Object>> conditions) {

  /** What a policy or a scope says about one request. */
  public enum Decision {
    ALLOW,
    DENY,
    UNDEFINED;

    public String luaName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The policy of entry {@code id} from its {@code policy:} field. */
  @SuppressWarnings("unchecked")
  public static SecurityPolicy of(String id, Map<String, Object> definition) {
    Object conditions = definition.get("conditions");
    return new SecurityPolicy(
        id,
        definition.get("actions"),
        definition.get("resources"),
        String.valueOf(definition.get("effect")),
        conditions instanceof List<?> l ? (List<Map<String, Object>>) l : List.of());
  }

  public Decision evaluate(Actor actor, String action, String resource, Map<String, Object> meta) {
    if (!matchesFilter(actions, action) || !matchesFilter(resources, resource)) {
      return Decision.UNDEFINED;
    }
    for (Map<String, Object> condition : conditions) {
      if (!PolicyConditions.holds(condition, actor, action, resource, meta)) {
        return Decision.UNDEFINED;
      }
    }
    return switch (effect) {
      case "allow" -> Decision.ALLOW;
      case "deny" -> Decision.DENY;
      default -> Decision.UNDEFINED;
    };
  }

  private static boolean matchesFilter(Object filter, String value) {
    if (filter instanceof String s) {
      return matchesPattern(s, value);
    }
    if (filter instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof String s && matchesPattern(s, value)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Exact, {@code *}, or a prefix before a trailing {@code *} or {@code .*}. */
  private static boolean matchesPattern(String pattern, String value) {
    if (pattern.equals("*") || pattern.equals(value)) {
      return true;
    }
    if (pattern.length() > 2 && pattern.endsWith(".*")) {
      return value.startsWith(pattern.substring(0, pattern.length() - 2));
    }
    if (pattern.length() > 1 && pattern.endsWith("*")) {
      return value.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return false;
  }
}
