package dev.wflow.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a spawner carries ({@code process.with_options{…}:with_context{…}:with_message(t, v)}) and
 * how the spawn relates the new process to its parent. Immutable: each {@code with_*} makes a new
 * one, as the platform's spawners do.
 *
 * <pre>{@code
 * SpawnRequest r = SpawnRequest.plain().withOptions(Map.of("workflow.id", "c-1"))
 *     .withMessage("increment", Map.of("amount", 4)).monitored();
 * }</pre>
 *
 * @param options platform start options ({@code workflow.*})
 * @param context ctx values for the new process
 * @param messages messages delivered with the start (signal-with-start)
 * @param monitor the parent gets EXIT when it closes
 * @param link the parent gets LINK_DOWN (or dies) when it fails
 * @param name {@code with_name}: the name a plain process is registered under, or null
 */
public record SpawnRequest(
    Map<String, Object> options,
    Map<String, Object> context,
    List<Message> messages,
    boolean monitor,
    boolean link,
    String name) {

  /** A message sent with the start. */
  public record Message(String topic, Object payload) {}

  public static SpawnRequest plain() {
    return new SpawnRequest(Map.of(), Map.of(), List.of(), false, false, null);
  }

  public SpawnRequest withOptions(Map<String, Object> more) {
    Map<String, Object> o = new LinkedHashMap<>(options);
    o.putAll(more);
    return new SpawnRequest(o, context, messages, monitor, link, name);
  }

  public SpawnRequest withContext(Map<String, Object> more) {
    Map<String, Object> c = new LinkedHashMap<>(context);
    c.putAll(more);
    return new SpawnRequest(options, c, messages, monitor, link, name);
  }

  public SpawnRequest withMessage(String topic, Object payload) {
    List<Message> m = new ArrayList<>(messages);
    m.add(new Message(topic, payload));
    return new SpawnRequest(options, context, m, monitor, link, name);
  }

  /**
   * {@code with_name}: a workflow gets it as its ID (the temporal host's reading); a plain process
   * is registered under it, and a spawn while it is taken hands the messages to the holder.
   */
  public SpawnRequest withName(String processName) {
    Map<String, Object> o = new LinkedHashMap<>(options);
    o.put("workflow.id", processName);
    return new SpawnRequest(o, context, messages, monitor, link, processName);
  }

  public SpawnRequest monitored() {
    return new SpawnRequest(options, context, messages, true, link, name);
  }

  public SpawnRequest linked() {
    return new SpawnRequest(options, context, messages, monitor, true, name);
  }
}
