/**
 * Activities: the one dynamic activity that answers every activity type ({@link
 * dev.wflow.temporal.activity.ActivityDispatcher}), asking the {@link
 * dev.wflow.temporal.activity.ActivityHandler}s (mocks, a debugger's hand answers) before running
 * the project's own {@code function.lua} entry.
 */
package dev.wflow.temporal.activity;
