/**
 * The client side of the Temporal binding: the Java API every front end starts, drives and inspects
 * runs through ({@code wflow run}, the test runner, the REPL).
 *
 * <ul>
 *   <li>{@link dev.wflow.temporal.LocalEnvironment} — the in-memory server (time skipping on or
 *       off) or an external one; {@code start(entryId, args, StartOptions)} returns a {@link
 *       dev.wflow.temporal.WorkflowRun}; {@code attach(pid)}, {@code sleep}, {@code now}.
 *   <li>{@link dev.wflow.temporal.WorkflowRun} — {@code result(timeout)} → {@link
 *       dev.wflow.temporal.RunOutcome}, {@code awaitIdle}, {@code signal}, {@code update}, {@code
 *       query}, {@code cancel}, {@code sleep}, {@code status}, {@code calls}, {@code history},
 *       {@code children}, {@code attrs}, {@code elapsed}, {@code historyJson}.
 * </ul>
 *
 * <p>The Lua modules that run inside a workflow are in {@code dev.wflow.temporal.workflow}
 * (observed through {@link dev.wflow.temporal.workflow.ExecutionListener}); activities and the
 * handlers that answer them in {@code dev.wflow.temporal.activity}; reading and replaying histories
 * in {@code dev.wflow.temporal.history}. Values crossing this API are plain Java JSON values.
 */
package dev.wflow.temporal;
