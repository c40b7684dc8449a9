package dev.wflow.temporal.workflow;

import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributeUpdate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds typed search attribute updates from the Java values of a {@code search = {...}} table. */
final class SearchAttributeUpserts {

  private SearchAttributeUpserts() {}

  /**
   * @throws IllegalArgumentException naming the attribute when it is unknown or mistyped
   */
  static SearchAttributeUpdate<?>[] build(Map<?, ?> search, SearchAttributeCatalog catalog) {
    List<SearchAttributeUpdate<?>> updates = new ArrayList<>();
    for (Map.Entry<?, ?> e : search.entrySet()) {
      String name = e.getKey().toString();
      Object value = e.getValue();
      IndexedValueType type = catalog.typeFor(name, typeOf(name, value));
      updates.add(update(name, type, value));
    }
    return updates.toArray(SearchAttributeUpdate<?>[]::new);
  }

  private static IndexedValueType typeOf(String name, Object value) {
    if (value instanceof String) {
      return IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD;
    }
    if (value instanceof Long || value instanceof Integer) {
      return IndexedValueType.INDEXED_VALUE_TYPE_INT;
    }
    if (value instanceof Number) {
      return IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE;
    }
    if (value instanceof Boolean) {
      return IndexedValueType.INDEXED_VALUE_TYPE_BOOL;
    }
    if (value instanceof List<?>) {
      return IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST;
    }
    throw new IllegalArgumentException(
        "search attribute '" + name + "' needs a string, number, boolean or list value");
  }

  private static SearchAttributeUpdate<?> update(String name, IndexedValueType type, Object v) {
    return switch (type) {
      case INDEXED_VALUE_TYPE_TEXT -> SearchAttributeKey.forText(name).valueSet(v.toString());
      case INDEXED_VALUE_TYPE_INT ->
          SearchAttributeKey.forLong(name).valueSet(((Number) v).longValue());
      case INDEXED_VALUE_TYPE_DOUBLE ->
          SearchAttributeKey.forDouble(name).valueSet(((Number) v).doubleValue());
      case INDEXED_VALUE_TYPE_BOOL -> SearchAttributeKey.forBoolean(name).valueSet((Boolean) v);
      case INDEXED_VALUE_TYPE_DATETIME ->
          SearchAttributeKey.forOffsetDateTime(name).valueSet(OffsetDateTime.parse(v.toString()));
      case INDEXED_VALUE_TYPE_KEYWORD_LIST ->
          SearchAttributeKey.forKeywordList(name)
              .valueSet(((List<?>) v).stream().map(String::valueOf).toList());
      default -> SearchAttributeKey.forKeyword(name).valueSet(v.toString());
    };
  }
}
