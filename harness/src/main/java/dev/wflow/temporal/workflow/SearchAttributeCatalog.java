package dev.wflow.temporal.workflow;

import io.temporal.api.enums.v1.IndexedValueType;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * The search attributes a namespace knows, checked before every {@code workflow.attrs} upsert: an
 * unknown or mistyped attribute makes the server reject the workflow task over and over (a hang),
 * so wflow raises a Lua error at the calling line instead.
 *
 * <p>With a registrar (the in-memory server), an attribute the project uses is registered on first
 * use with the type of its first value; without one (an external cluster) it must already exist.
 *
 * <pre>{@code
 * SearchAttributeCatalog catalog = SearchAttributeCatalog.fixed(Map.of("status",
 *     IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD));
 * catalog.typeFor("status", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD); // ok
 * }</pre>
 */
public final class SearchAttributeCatalog {

  private final Map<String, IndexedValueType> known = new ConcurrentHashMap<>();
  private final BiPredicate<String, IndexedValueType> registrar;

  private SearchAttributeCatalog(
      Map<String, IndexedValueType> known, BiPredicate<String, IndexedValueType> registrar) {
    this.known.putAll(known);
    this.registrar = registrar;
  }

  /** A catalog that only accepts the given attributes. */
  public static SearchAttributeCatalog fixed(Map<String, IndexedValueType> known) {
    return new SearchAttributeCatalog(known, null);
  }

  /** A catalog that registers new attributes through {@code registrar}. */
  public static SearchAttributeCatalog registering(
      Map<String, IndexedValueType> known, BiPredicate<String, IndexedValueType> registrar) {
    return new SearchAttributeCatalog(known, registrar);
  }

  /** The registered type of {@code name}, if any. */
  public Optional<IndexedValueType> typeOf(String name) {
    return Optional.ofNullable(known.get(name));
  }

  /**
   * The type to upsert {@code name} with, given the type its value has.
   *
   * @throws IllegalArgumentException with a user-facing message when it cannot be used
   */
  public IndexedValueType typeFor(String name, IndexedValueType valueType) {
    IndexedValueType registered = known.get(name);
    if (registered == null) {
      if (registrar == null) {
        throw new IllegalArgumentException(
            "search attribute '"
                + name
                + "' is not registered on this namespace (register it first: temporal operator"
                + " search-attribute create --name "
                + name
                + " --type "
                + label(valueType)
                + ")");
      }
      registrar.test(name, valueType);
      known.put(name, valueType);
      return valueType;
    }
    boolean compatible =
        registered == valueType
            || (registered == IndexedValueType.INDEXED_VALUE_TYPE_TEXT
                && valueType == IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
            || (registered == IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE
                && valueType == IndexedValueType.INDEXED_VALUE_TYPE_INT)
            || (registered == IndexedValueType.INDEXED_VALUE_TYPE_DATETIME
                && valueType == IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
    if (!compatible) {
      throw new IllegalArgumentException(
          "search attribute '"
              + name
              + "' is registered as "
              + label(registered)
              + " but got a "
              + label(valueType)
              + " value");
    }
    return registered;
  }

  /** Temporal's short type name ({@code Keyword}, {@code Int}, …). */
  public static String label(IndexedValueType type) {
    return switch (type) {
      case INDEXED_VALUE_TYPE_TEXT -> "Text";
      case INDEXED_VALUE_TYPE_KEYWORD -> "Keyword";
      case INDEXED_VALUE_TYPE_INT -> "Int";
      case INDEXED_VALUE_TYPE_DOUBLE -> "Double";
      case INDEXED_VALUE_TYPE_BOOL -> "Bool";
      case INDEXED_VALUE_TYPE_DATETIME -> "Datetime";
      case INDEXED_VALUE_TYPE_KEYWORD_LIST -> "KeywordList";
      default -> type.name();
    };
  }
}
