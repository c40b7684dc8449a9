/**
 * Reading recorded workflow histories: {@link dev.wflow.temporal.history.HistoryView} (status,
 * result, activity calls, children, readable events), {@link
 * dev.wflow.temporal.history.HistoryReplayer} (replay against the current code, a divergence as a
 * {@link dev.wflow.temporal.history.ReplayReport} with the Lua line) and the Temporal JSON text
 * format.
 */
package dev.wflow.temporal.history;
