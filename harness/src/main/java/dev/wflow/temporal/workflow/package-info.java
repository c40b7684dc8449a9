/**
 * What runs inside a Temporal workflow: one {@link dev.wflow.temporal.workflow.LuaWorkflow} serves
 * every workflow type, giving the Lua code its {@code process}, {@code funcs}, {@code workflow},
 * {@code time}, {@code channel} and {@code coroutine} modules on top of Temporal's deterministic
 * workflow API. Every command a workflow issues and every wait goes through {@code LuaExecution},
 * which reports them to an {@link dev.wflow.temporal.workflow.ExecutionListener}.
 *
 * <p>Nothing here starts or inspects runs; that is {@code dev.wflow.temporal}.
 */
package dev.wflow.temporal.workflow;
