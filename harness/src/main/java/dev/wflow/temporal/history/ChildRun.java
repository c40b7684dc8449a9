package dev.wflow.temporal.history;

/**
 * A child workflow a run started.
 *
 * @param type the child's workflow type
 * @param workflowId its workflow ID
 * @param status {@code running}, {@code completed}, {@code failed}, …
 * @param result its result when completed
 * @param error its failure otherwise
 */
public record ChildRun(
    String type, String workflowId, RunStatus status, Object result, ErrorInfo error) {}
