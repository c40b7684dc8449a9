package dev.wflow.temporal.history;

import dev.wflow.runtime.LuaProject;
import dev.wflow.temporal.workflow.CommandSite;
import dev.wflow.temporal.workflow.ExecutionListener;
import dev.wflow.temporal.workflow.LuaWorkflow;
import dev.wflow.temporal.workflow.MessageHeaders;
import dev.wflow.temporal.workflow.MessageRelay;
import dev.wflow.temporal.workflow.SearchAttributeCatalog;
import dev.wflow.temporal.workflow.WorkflowBinding;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.DynamicWorkflow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replays recorded histories (Temporal's JSON format, from {@link WorkflowRun#historyJson()},
 * {@code wflow test --history-dir} or {@code temporal workflow show -o json}) against the current
 * Lua code, and reports either a clean replay or the first divergence mapped to the Lua line that
 * issues the mismatching command.
 *
 * <pre>{@code
 * try (HistoryReplayer replayer = new HistoryReplayer(project)) {
 *   ReplayReport report = replayer.replay(Files.readString(path));
 *   if (!report.clean()) System.out.println(report.where() + ": " + report.message());
 * }
 * }</pre>
 */
public final class HistoryReplayer implements AutoCloseable {

  // "Event 11 of type ...", "failure handling event 5", "EventId=7" (not "...StartedEventId=").
  private static final Pattern EVENT_ID = Pattern.compile("(?i)\\bevent (\\d+)|\\bEventId=(\\d+)");

  private final TestWorkflowEnvironment env =
      TestWorkflowEnvironment.newInstance(
          io.temporal.testing.TestEnvironmentOptions.newBuilder()
              .setWorkerFactoryOptions(
                  io.temporal.worker.WorkerFactoryOptions.newBuilder()
                      .setWorkerInterceptors(MessageHeaders.worker())
                      .build())
              .build());
  private final Map<String, List<CommandSite>> sites = new ConcurrentHashMap<>();
  private final Worker worker;
  private final LuaProject project;
  private volatile WorkflowBinding binding;

  public HistoryReplayer(LuaProject project) {
    this.project = project;
    this.binding = bindingFor(project);
    worker = env.newWorker("wflow-replay");
    worker.registerWorkflowImplementationFactory(
        DynamicWorkflow.class, () -> new LuaWorkflow(binding));
  }

  private WorkflowBinding bindingFor(LuaProject p) {
    return new WorkflowBinding(
        p,
        Set.copyOf(p.allTaskQueues()),
        SearchAttributeCatalog.registering(Map.of(), (name, type) -> true),
        Duration.ofSeconds(2),
        line -> {},
        MessageRelay.NONE,
        new ExecutionListener() {
          @Override
          public void commandIssued(ExecutionListener.Execution run, CommandSite command) {
            sites
                .computeIfAbsent(
                    run.runId(), k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(command);
          }
        });
  }

  /** One replay in a throwaway replayer. */
  public static ReplayReport replay(LuaProject project, String historyJson) {
    try (HistoryReplayer replayer = new HistoryReplayer(project)) {
      return replayer.replay(historyJson);
    }
  }

  /**
   * @throws HistoryFormatException when the text is not a Temporal JSON history
   */
  public ReplayReport replay(String historyJson) {
    return replay(historyJson, null);
  }

  /**
   * Replays against workflow entry {@code workflowEntryId} whatever workflow type the history names
   * (null: the entry of the history's type).
   *
   * @throws HistoryFormatException when the text is not a Temporal JSON history
   */
  public ReplayReport replay(String historyJson, String workflowEntryId) {
    return replay(historyJson, workflowEntryId, null);
  }

  /**
   * Replays as workflow ID {@code workflowId} (null: Temporal's placeholder). Temporal's JSON
   * history does not carry the ID, and code that derives IDs from it (child workflows are named
   * {@code <parent id>/<n>}) only replays cleanly under the original one.
   */
  public ReplayReport replay(String historyJson, String workflowEntryId, String workflowId) {
    WorkflowExecutionHistory history = HistoryText.parse(historyJson);
    String id = workflowId != null ? workflowId : parentIdOfChildren(history);
    if (id != null) {
      history = WorkflowExecutionHistory.fromJson(historyJson, id);
    }
    var started = history.getEvents().get(0).getWorkflowExecutionStartedEventAttributes();
    String type = started.getWorkflowType().getName();
    String replayedId = history.getWorkflowExecution().getWorkflowId();
    String runId = history.getWorkflowExecution().getRunId();
    LuaProject replayed =
        workflowEntryId == null ? project : project.withWorkflowType(workflowEntryId, type);
    if (replayed.workflowOfType(type).isEmpty()) {
      return ReplayReport.unknownType(replayedId, type);
    }
    binding = bindingFor(replayed);
    sites.clear();
    try {
      worker.replayWorkflowExecution(history);
      return ReplayReport.cleanReplay(replayedId, type);
    } catch (Exception e) {
      String message = rootMessage(e);
      long eventId = eventId(message);
      HistoryView view = new HistoryView(history.getEvents());
      return new ReplayReport(
          replayedId, type, false, false, eventId, message, where(view, runId, eventId));
    }
  }

  /**
   * The workflow ID a history ran under, when its children reveal it: wflow names children {@code
   * <parent id>/<n>}, and Temporal's JSON history does not carry the ID itself.
   */
  private static String parentIdOfChildren(WorkflowExecutionHistory history) {
    for (var e : history.getEvents()) {
      if (e.hasStartChildWorkflowExecutionInitiatedEventAttributes()) {
        String child = e.getStartChildWorkflowExecutionInitiatedEventAttributes().getWorkflowId();
        int slash = child.lastIndexOf('/');
        return slash > 0 ? child.substring(0, slash) : null;
      }
    }
    return null;
  }

  private String where(HistoryView view, String runId, long eventId) {
    List<CommandSite> issued = runId == null ? null : sites.get(runId);
    if (issued == null && sites.size() == 1) {
      issued = sites.values().iterator().next();
    }
    if (issued == null || issued.isEmpty()) {
      return null;
    }
    int index = eventId > 0 ? view.commandIndexOf(eventId) - 1 : issued.size() - 1;
    CommandSite site = issued.get(Math.max(0, Math.min(index, issued.size() - 1)));
    return site.where();
  }

  private static long eventId(String message) {
    Matcher m = EVENT_ID.matcher(message == null ? "" : message);
    if (!m.find()) {
      return 0;
    }
    return Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    String message = e.getMessage();
    while (t != null) {
      if (t.getMessage() != null && EVENT_ID.matcher(t.getMessage()).find()) {
        return firstLineAbout(t.getMessage());
      }
      if (t.getMessage() != null) {
        message = t.getMessage();
      }
      t = t.getCause();
    }
    return withoutStackTrace(message);
  }

  // Some SDK failures carry the Java stack trace of the worker inside their message text.
  private static String withoutStackTrace(String message) {
    if (message == null) {
      return null;
    }
    int trace = message.indexOf("\n\tat ");
    return (trace < 0 ? message : message.substring(0, trace)).trim();
  }

  // Temporal's messages can carry a query dump before and a stack trace after the sentence that
  // says which event diverged; keep that sentence (it may span lines: proto values do).
  private static String firstLineAbout(String message) {
    String[] lines = message.split("\n");
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      if (out.length() == 0) {
        if (!EVENT_ID.matcher(line).find()) {
          continue;
        }
        int tag = line.indexOf("[TMPRL");
        out.append(tag >= 0 ? line.substring(tag) : line);
      } else if (line.stripLeading().startsWith("at ")) {
        break;
      } else {
        out.append('\n').append(line);
      }
    }
    String text = out.length() == 0 ? message : out.toString();
    return text.replaceFirst("\\s*\\{WorkflowTaskStartedEventId=[^}]*}\\s*$", "").trim();
  }

  @Override
  public void close() {
    env.close();
  }
}
