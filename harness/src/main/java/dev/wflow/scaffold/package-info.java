/**
 * Scaffolding: the templates of {@code wflow init} and {@code wflow new}, name checks, and edits of
 * definition files that keep what the developer wrote byte for byte.
 *
 * <p>Every operation returns a {@link dev.wflow.scaffold.ScaffoldPlan}, a value listing each file
 * with its content before and after; nothing is written until {@link dev.wflow.scaffold.PlanWriter}
 * is handed the plan, so a dry run and a real run cannot differ.
 */
package dev.wflow.scaffold;
