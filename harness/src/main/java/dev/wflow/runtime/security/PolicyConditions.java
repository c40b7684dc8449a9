package dev.wflow.runtime.security;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One condition of a policy ({@code {field, operator, value | value_from}}), read as the platform's
 * condition evaluator reads it: fields {@code actor.id}, {@code actor.meta.<path>}, {@code
 * meta.<path>}, {@code action}, {@code resource} (any other name is a request meta key); a missing
 * field fails every operator except {@code exists}/{@code nexists}; a condition that cannot be
 * evaluated (an unknown operator, a non-number compared with {@code lt}) does not hold.
 */
final class PolicyConditions {

  private static final Object MISSING = new Object();

  private PolicyConditions() {}

  static boolean holds(
      Map<String, Object> condition,
      Actor actor,
      String action,
      String resource,
      Map<String, Object> meta) {
    Object field = field(String.valueOf(condition.get("field")), actor, action, resource, meta);
    Object compare =
        condition.get("value_from") instanceof String from && !from.isEmpty()
            ? field(from, actor, action, resource, meta)
            : condition.get("value");
    return compare(
        field == MISSING ? null : field,
        compare == MISSING ? null : compare,
        String.valueOf(condition.get("operator")));
  }

  private static Object field(
      String path, Actor actor, String action, String resource, Map<String, Object> meta) {
    String[] parts = path.split("\\.");
    switch (parts[0]) {
      case "actor":
        if (parts.length < 2 || actor == null) {
          return MISSING;
        }
        if (parts[1].equals("id")) {
          return actor.id();
        }
        if (parts[1].equals("meta")) {
          return parts.length == 2 ? actor.meta() : nested(actor.meta(), parts, 2);
        }
        return MISSING;
      case "meta":
        return parts.length < 2 ? MISSING : nested(meta, parts, 1);
      case "action":
        return action;
      case "resource":
        return resource;
      default:
        Object v = meta == null ? null : meta.get(path);
        return v == null ? MISSING : v;
    }
  }

  private static Object nested(Map<String, Object> m, String[] parts, int from) {
    Object current = m;
    for (int i = from; i < parts.length; i++) {
      if (!(current instanceof Map<?, ?> map) || !map.containsKey(parts[i])) {
        return MISSING;
      }
      current = map.get(parts[i]);
    }
    return current;
  }

  private static boolean compare(Object field, Object value, String operator) {
    if (field == null) {
      return switch (operator) {
        case "exists" -> Boolean.FALSE.equals(value);
        case "nexists" -> Boolean.TRUE.equals(value);
        default -> false;
      };
    }
    return switch (operator) {
      case "exists" -> !(value instanceof Boolean b) || b;
      case "nexists" -> value instanceof Boolean b && !b;
      case "eq" -> equal(field, value);
      case "ne" -> !equal(field, value);
      case "lt", "gt", "lte", "gte" -> numeric(field, value, operator);
      case "in" -> in(field, value);
      case "nin" -> !in(field, value);
      case "contains" -> contains(field, value);
      case "ncontains" -> !contains(field, value);
      case "matches" -> matches(field, value);
      case "nmatches" -> !matches(field, value);
      default -> false;
    };
  }

  private static boolean equal(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.equals(b)) {
      return true;
    }
    Double x = number(a);
    Double y = number(b);
    if (x != null && y != null) {
      return x.doubleValue() == y.doubleValue();
    }
    String s = text(a);
    String t = text(b);
    return s != null && s.equals(t);
  }

  private static boolean numeric(Object a, Object b, String operator) {
    Double x = number(a);
    Double y = number(b);
    if (x == null || y == null) {
      return false;
    }
    return switch (operator) {
      case "lt" -> x < y;
      case "gt" -> x > y;
      case "lte" -> x <= y;
      default -> x >= y;
    };
  }

  private static boolean in(Object field, Object value) {
    if (value instanceof String) {
      return equal(field, value);
    }
    if (value instanceof List<?> list) {
      return list.stream().anyMatch(item -> equal(field, item));
    }
    return false;
  }

  private static boolean contains(Object field, Object value) {
    String s = text(field);
    String t = text(value);
    if (s != null && t != null) {
      return s.contains(t);
    }
    return field instanceof List<?> list && list.stream().anyMatch(item -> equal(item, value));
  }

  private static boolean matches(Object field, Object value) {
    String s = text(field);
    String pattern = text(value);
    if (s == null || pattern == null) {
      return false;
    }
    try {
      return Pattern.compile(pattern).matcher(s).find();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  private static Double number(Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** Go's string form of a scalar; null for lists and maps. */
  private static String text(Object v) {
    if (v == null || v instanceof List<?> || v instanceof Map<?, ?>) {
      return null;
    }
    if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
      return Long.toString(d.longValue());
    }
    return String.valueOf(v);
  }
}
