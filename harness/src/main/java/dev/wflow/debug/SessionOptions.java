package dev.wflow.debug;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How a {@link DebugSession} is set up.
 *
 * <pre>{@code
 * SessionOptions o = new SessionOptions("app:order_workflow", Map.of("id", "o1"), true,
 *     null, Duration.ofSeconds(2), line -> System.err.println("print: " + line), projectDir);
 * }</pre>
 *
 * @param workflowId the workflow entry to debug, or null to pick one with {@code start ID}
 * @param input the workflow's input when {@code hasInput}
 * @param hasInput whether an input was given ({@code null} is a valid JSON input)
 * @param history a recorded history (Temporal JSON) to step through instead of a live run, or null
 * @param runawayLimit wall time Lua may run without yielding before the run fails at its line
 * @param log where the workflow's {@code print} output goes
 * @param projectDir where {@code save test} writes, and what relative paths are relative to
 */
public record SessionOptions(
    String workflowId,
    Object input,
    boolean hasInput,
    String history,
    Duration runawayLimit,
    Consumer<String> log,
    Path projectDir) {}
