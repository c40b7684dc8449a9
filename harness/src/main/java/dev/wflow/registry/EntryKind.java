package dev.wflow.registry;

import java.util.Set;

/**
 * The entry kinds wflow understands (SPEC §3). Other kinds are legal and ignored, so a kind stays a
 * plain string on {@link Entry}.
 */
public final class EntryKind {
  public static final String WORKFLOW = "workflow.lua";
  public static final String FUNCTION = "function.lua";
  public static final String PROCESS = "process.lua";
  public static final String LIBRARY = "library.lua";
  public static final String TEMPORAL_CLIENT = "temporal.client";
  public static final String TEMPORAL_WORKER = "temporal.worker";

  /** Kinds whose entries carry Lua code. */
  public static final Set<String> LUA = Set.of(WORKFLOW, FUNCTION, PROCESS, LIBRARY);

  private EntryKind() {}

  /** True when entries of {@code kind} have a Lua {@code source}. */
  public static boolean isLua(String kind) {
    return LUA.contains(kind);
  }
}
