package dev.wflow.lua.lower;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tracks locals named like Wippy's callable types ({@code string}, {@code integer}, {@code number},
 * {@code boolean}): a call of such a name is a type cast only while no local shadows it.
 */
final class TypeCallScope {
  private static final Set<String> TYPE_CALLS = Set.of("string", "integer", "number", "boolean");

  private final Deque<List<String>> scopes = new ArrayDeque<>();
  private final Map<String, Integer> shadowed = new HashMap<>();

  void open() {
    scopes.push(new ArrayList<>(0));
  }

  void close() {
    for (String name : scopes.pop()) {
      shadowed.merge(name, -1, Integer::sum);
    }
  }

  void declare(String name) {
    if (TYPE_CALLS.contains(name) && !scopes.isEmpty()) {
      scopes.peek().add(name);
      shadowed.merge(name, 1, Integer::sum);
    }
  }

  boolean isTypeCall(String name) {
    return TYPE_CALLS.contains(name) && shadowed.getOrDefault(name, 0) == 0;
  }
}
