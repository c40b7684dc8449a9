package dev.wflow.temporal.workflow;

import dev.wflow.runtime.GoDuration;
import io.temporal.common.Priority;
import io.temporal.common.RetryOptions;
import io.temporal.common.VersioningIntent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads typed values out of the platform's option bags ({@code activity.*}, {@code workflow.*}) the
 * way the runtime's option parser does, so a bad value is refused with the runtime's message:
 * {@code activity.heartbeat_timeout must be a duration string or milliseconds number, got bool}.
 * Numbers are milliseconds where a duration is expected; nested keys of a retry policy or priority
 * are found in snake_case, camelCase or any letter case.
 *
 * <pre>{@code
 * Duration d = OptionReader.duration("activity.start_to_close_timeout", "30s");
 * RetryOptions r = OptionReader.retryPolicy("activity.retry_policy", Map.of("maximumAttempts", 3));
 * }</pre>
 */
public final class OptionReader {

  private OptionReader() {}

  /** A string option. */
  public static String string(String key, Object value) {
    if (value instanceof String s) {
      return s;
    }
    throw bad(key + " must be a string, got " + goType(value));
  }

  /** A string option that must not be empty ({@code task_queue}, {@code workflow.id}). */
  public static String nonEmpty(String key, Object value) {
    String s = string(key, value);
    if (s.isEmpty()) {
      throw bad(key + " cannot be empty");
    }
    return s;
  }

  /** A boolean option. */
  public static boolean bool(String key, Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    throw bad(key + " must be a boolean, got " + goType(value));
  }

  /** A Go duration string or a number of milliseconds. */
  public static Duration duration(String key, Object value) {
    if (value instanceof String s) {
      try {
        return Duration.ofNanos(GoDuration.parseNanos(s));
      } catch (IllegalArgumentException e) {
        throw bad(key + " must be a duration string (e.g. \"5s\"): " + e.getMessage());
      }
    }
    if (value instanceof Number n) {
      return Duration.ofNanos(Math.round(n.doubleValue() * 1e6));
    }
    throw bad(key + " must be a duration string or milliseconds number, got " + goType(value));
  }

  /** A table option. */
  public static Map<?, ?> map(String key, Object value) {
    if (value instanceof Map<?, ?> m) {
      return m;
    }
    throw bad(key + " must be a table/map, got " + goType(value));
  }

  /** A whole number (a float with a fraction is refused). */
  public static long integer(String key, Object value) {
    if (value instanceof Long l) {
      return l;
    }
    if (value instanceof Number n) {
      double d = n.doubleValue();
      if (d != Math.rint(d)) {
        throw bad(key + " must be an integer number, got " + d);
      }
      return (long) d;
    }
    throw bad(key + " must be an integer, got " + goType(value));
  }

  /** Any number. */
  public static double number(String key, Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    throw bad(key + " must be a number, got " + goType(value));
  }

  /** A string or a list of strings. */
  public static List<String> strings(String key, Object value) {
    if (value instanceof String s) {
      return List.of(s);
    }
    if (value instanceof List<?> list) {
      List<String> out = new ArrayList<>();
      for (Object item : list) {
        if (!(item instanceof String s)) {
          throw bad(key + " must contain only strings, got " + goType(item));
        }
        out.add(s);
      }
      return out;
    }
    throw bad(key + " must be string or string array, got " + goType(value));
  }

  /**
   * A retry policy table: {@code initial_interval}, {@code backoff_coefficient}, {@code
   * maximum_interval}, {@code maximum_attempts}, {@code non_retryable_error_types}. A zero or
   * negative interval is left unset, as the runtime leaves it.
   */
  public static RetryOptions retryPolicy(String key, Object value) {
    Map<?, ?> m = map(key, value);
    RetryOptions.Builder b = RetryOptions.newBuilder();
    Object v = get(m, "initial_interval", "initialInterval");
    if (v != null) {
      Duration d = duration(key + ".initial_interval", v);
      if (d.compareTo(Duration.ZERO) > 0) {
        b.setInitialInterval(d);
      }
    }
    v = get(m, "backoff_coefficient", "backoffCoefficient");
    if (v != null) {
      b.setBackoffCoefficient(number(key + ".backoff_coefficient", v));
    }
    v = get(m, "maximum_interval", "maximumInterval");
    if (v != null) {
      Duration d = duration(key + ".maximum_interval", v);
      if (d.compareTo(Duration.ZERO) > 0) {
        b.setMaximumInterval(d);
      }
    }
    v = get(m, "maximum_attempts", "maximumAttempts");
    if (v != null) {
      b.setMaximumAttempts((int) integer(key + ".maximum_attempts", v));
    }
    v = get(m, "non_retryable_error_types", "nonRetryableErrorTypes");
    if (v != null) {
      b.setDoNotRetry(strings(key + ".non_retryable_error_types", v).toArray(String[]::new));
    }
    return b.build();
  }

  /** A priority table: {@code priority_key}, {@code fairness_key}, {@code fairness_weight}. */
  public static Priority priority(String key, Object value) {
    Map<?, ?> m = map(key, value);
    Priority.Builder b = Priority.newBuilder();
    Object v = get(m, "priority_key", "priorityKey");
    if (v != null) {
      b.setPriorityKey((int) integer(key + ".priority_key", v));
    }
    v = get(m, "fairness_key", "fairnessKey");
    if (v != null) {
      b.setFairnessKey(string(key + ".fairness_key", v));
    }
    v = get(m, "fairness_weight", "fairnessWeight");
    if (v != null) {
      b.setFairnessWeight((float) number(key + ".fairness_weight", v));
    }
    return b.build();
  }

  /**
   * A versioning intent: {@code compatible}/{@code inherit_build_id}/{@code inherit}/{@code
   * unspecified} keep the workflow's build, {@code default}/{@code use_assignment_rules}/{@code
   * assignment_rules} follow the assignment rules; the protocol's numbers 3 and 4 also work.
   */
  public static VersioningIntent versioningIntent(String key, Object value) {
    if (value instanceof Number n) {
      return n.intValue() == 4
          ? VersioningIntent.VERSIONING_INTENT_DEFAULT
          : VersioningIntent.VERSIONING_INTENT_COMPATIBLE;
    }
    if (value instanceof String s) {
      return switch (s.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
        case "unspecified", "compatible", "inherit_build_id", "inherit" ->
            VersioningIntent.VERSIONING_INTENT_COMPATIBLE;
        case "default", "use_assignment_rules", "assignment_rules" ->
            VersioningIntent.VERSIONING_INTENT_DEFAULT;
        default -> throw bad(key + " has invalid value \"" + s + "\"");
      };
    }
    throw bad(key + " must be enum string/int, got " + goType(value));
  }

  /** A nested key: exact spellings first, then any letter case (as the runtime's lookup). */
  static Object get(Map<?, ?> m, String... keys) {
    for (String k : keys) {
      if (m.containsKey(k)) {
        return m.get(k);
      }
    }
    for (Map.Entry<?, ?> e : m.entrySet()) {
      for (String k : keys) {
        if (String.valueOf(e.getKey()).equalsIgnoreCase(k)) {
          return e.getValue();
        }
      }
    }
    return null;
  }

  /** How the runtime names the type of a value it got from Lua. */
  static String goType(Object value) {
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "bool";
    }
    if (value instanceof Long || value instanceof Integer) {
      return "int64";
    }
    if (value instanceof Number) {
      return "float64";
    }
    if (value instanceof Map<?, ?>) {
      return "map[string]interface {}";
    }
    if (value instanceof List<?>) {
      return "[]interface {}";
    }
    return "<nil>";
  }

  private static IllegalArgumentException bad(String message) {
    return new IllegalArgumentException(message);
  }
}
