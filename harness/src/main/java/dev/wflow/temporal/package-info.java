/**
 * The Temporal binding: runs Lua workflow and activity entries on Temporal, and the Java API every
 * front end drives runs through ({@code wflow run}, the test runner, the REPL).
 *
 * <ul>
 *   <li>{@link dev.wflow.temporal.LocalEnvironment} — the in-memory server (time skipping on or
 *       off) or an external one; {@code start(entryId, args, StartOptions)} returns a {@link
 *       dev.wflow.temporal.WorkflowRun}; {@code attach(pid)}, {@code callFunction}, {@code sleep},
 *       {@code now}, {@code replay}.
 *   <li>{@link dev.wflow.temporal.WorkflowRun} — {@code result(timeout)} → {@link
 *       dev.wflow.temporal.RunOutcome}, {@code signal}, {@code update}, {@code query}, {@code
 *       cancel}, {@code sleep}, {@code status}, {@code calls}, {@code history}, {@code children},
 *       {@code attrs}, {@code elapsed}, {@code historyJson}.
 *   <li>{@link dev.wflow.temporal.ActivityHandler} — mocks, asked before the project's own
 *       activities (per run through {@link dev.wflow.temporal.StartOptions}, or for the whole
 *       environment through {@link dev.wflow.temporal.EnvironmentOptions}).
 *   <li>{@link dev.wflow.temporal.HistoryReplayer} — replays JSON histories against the current
 *       code; a divergence comes back as a {@link dev.wflow.temporal.ReplayReport} with the Lua
 *       line.
 * </ul>
 *
 * <p>Inside, one {@link dev.wflow.temporal.LuaWorkflow} serves every workflow type and one activity
 * dispatcher every activity type. Values crossing this API are plain Java JSON values.
 */
package dev.wflow.temporal;
