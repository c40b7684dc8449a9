package dev.wflow.registry;

import java.util.Map;
import java.util.Optional;

/**
 * A {@code temporal.worker} entry. Its ID is the "host" {@code process.spawn} names.
 *
 * @param id the entry ID
 * @param client the {@code temporal.client} it connects through (namespace defaulted); empty when
 *     missing or malformed (reported as E102)
 * @param taskQueue the task queue it polls; empty when missing (reported as E102)
 * @param workerOptions {@code worker_options} as plain Java values, empty map when unset
 */
public record TemporalWorker(
    EntryId id,
    Optional<EntryId> client,
    Optional<String> taskQueue,
    Map<String, Object> workerOptions) {}
