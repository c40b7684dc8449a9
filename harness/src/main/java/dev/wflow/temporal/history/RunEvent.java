package dev.wflow.temporal.history;

import java.time.Instant;

/**
 * One history event in readable form.
 *
 * @param id the event ID
 * @param type the event type without prefix ({@code ActivityTaskScheduled})
 * @param time the (virtual) time it happened
 * @param summary a short description ({@code app:charge_payment}, {@code 1h0m0s}, {@code approve})
 */
public record RunEvent(long id, String type, Instant time, String summary) {}
