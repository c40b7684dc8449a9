package dev.wflow.registry;

import java.util.Map;
import java.util.Optional;

/**
 * A {@code temporal.client} entry: the cluster connection.
 *
 * @param id the entry ID
 * @param address {@code host:port}; empty when the entry lacks it (reported as E102)
 * @param namespace the Temporal namespace, {@code default} unless set
 * @param taskQueuePrefix {@code tq_prefix}, empty string when unset
 * @param fields every field of the entry as plain Java values (timeouts, {@code auth}, {@code tls})
 */
public record TemporalClient(
    EntryId id,
    Optional<String> address,
    String namespace,
    String taskQueuePrefix,
    Map<String, Object> fields) {}
