package dev.wflow.runtime.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's {@code security.policy} entries and the policy groups their {@code groups:} name
 * ({@code security.named_scope}): a group {@code g} of an entry in namespace {@code ns} is {@code
 * ns:g}.
 */
public final class PolicyCatalog {

  public static final PolicyCatalog EMPTY = new PolicyCatalog(Map.of(), Map.of());

  private final Map<String, SecurityPolicy> policies;
  private final Map<String, List<String>> groups;

  private PolicyCatalog(Map<String, SecurityPolicy> policies, Map<String, List<String>> groups) {
    this.policies = policies;
    this.groups = groups;
  }

  /** Collects policies one entry at a time. */
  public static final class Builder {
    private final Map<String, SecurityPolicy> policies = new LinkedHashMap<>();
    private final Map<String, List<String>> groups = new LinkedHashMap<>();

    /**
     * @param id the entry's {@code ns:name}
     * @param definition its {@code policy:} field
     * @param groupNames its {@code groups:} field
     */
    public Builder add(String id, Map<String, Object> definition, List<String> groupNames) {
      policies.put(id, SecurityPolicy.of(id, definition));
      String ns = id.contains(":") ? id.substring(0, id.lastIndexOf(':')) : "";
      for (String g : groupNames) {
        groups.computeIfAbsent(g.contains(":") ? g : ns + ":" + g, k -> new ArrayList<>()).add(id);
      }
      return this;
    }

    public PolicyCatalog build() {
      return policies.isEmpty()
          ? EMPTY
          : new PolicyCatalog(Map.copyOf(policies), Map.copyOf(groups));
    }
  }

  public Optional<SecurityPolicy> policy(String id) {
    return Optional.ofNullable(policies.get(id));
  }

  /** The policy IDs of group {@code id}. */
  public Optional<List<String>> group(String id) {
    return Optional.ofNullable(groups.get(id));
  }
}
