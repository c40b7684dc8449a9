package dev.wflow.registry;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An entry ID {@code namespace:name}, split at the first colon. Namespaces are dotted ({@code
 * app.orders.v2}); names may contain dots.
 *
 * <pre>{@code
 * EntryId id = EntryId.parse("app.orders:charge_payment");
 * id.namespace(); // "app.orders"
 * EntryId worker = EntryId.resolve("worker", "app").orElseThrow(); // app:worker
 * }</pre>
 */
public record EntryId(String namespace, String name) {

  private static final Pattern NAMESPACE =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:/-]*");

  public EntryId {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    String problem = problem(namespace, name);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * Parses a full {@code ns:name}; throws {@link IllegalArgumentException} saying what is wrong.
   */
  public static EntryId parse(String text) {
    Objects.requireNonNull(text, "text");
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an entry ID: namespace:name required");
    }
    return new EntryId(text.substring(0, colon), text.substring(colon + 1));
  }

  /** Parses a full {@code ns:name}, or empty when it is malformed. */
  public static Optional<EntryId> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Resolves a reference as written in YAML: {@code ns:name}, or a bare {@code name} that takes
   * {@code defaultNamespace}. Empty when malformed.
   */
  public static Optional<EntryId> resolve(String reference, String defaultNamespace) {
    if (reference == null) {
      return Optional.empty();
    }
    String text = reference.trim();
    return text.indexOf(':') < 0 ? tryCreate(defaultNamespace, text) : tryParse(text);
  }

  /** Why {@code namespace}/{@code name} do not form an ID, or {@code null} when they do. */
  public static String problem(String namespace, String name) {
    if (namespace == null || namespace.isEmpty()) {
      return "entry ID has an empty namespace";
    }
    if (!NAMESPACE.matcher(namespace).matches()) {
      return "'"
          + namespace
          + "' is not a valid namespace (dotted identifiers such as app.orders expected)";
    }
    return nameProblem(name);
  }

  /** Why {@code name} is not a valid entry name, or {@code null} when it is. */
  public static String nameProblem(String name) {
    if (name == null || name.isEmpty()) {
      return "entry ID has an empty name";
    }
    if (!NAME.matcher(name).matches()) {
      return "'" + name + "' is not a valid entry name (letters, digits, '_', '.', '-' expected)";
    }
    return null;
  }

  /** True when {@code namespace} is a valid dotted namespace. */
  public static boolean isValidNamespace(String namespace) {
    return namespace != null && NAMESPACE.matcher(namespace).matches();
  }

  private static Optional<EntryId> tryCreate(String namespace, String name) {
    return problem(namespace, name) == null
        ? Optional.of(new EntryId(namespace, name))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return namespace + ":" + name;
  }
}
