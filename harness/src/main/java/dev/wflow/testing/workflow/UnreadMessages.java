package dev.wflow.testing.workflow;

import dev.wflow.temporal.workflow.ExecutionListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Notes the messages each run of a test's environment left unread when it ended. A signal on a
 * mistyped topic is never received: the workflow takes its timeout branch and the test may pass for
 * the wrong reason, so the test report warns about it.
 *
 * <pre>{@code
 * UnreadMessages unread = new UnreadMessages();
 * EnvironmentOptions.newBuilder().listener(unread);
 * unread.warnings();  // ["workflow o1 (app:approval) ended with a message on 'aproved' unread: ..."]
 * }</pre>
 */
final class UnreadMessages implements ExecutionListener {

  private final List<String> warnings = new CopyOnWriteArrayList<>();

  @Override
  public void unread(Execution run, Unread unread) {
    if (run.replaying()) {
      return;
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    unread.topics().forEach(t -> counts.merge(t, 1, Integer::sum));
    counts.forEach((topic, n) -> warnings.add(warning(run, topic, n, unread)));
  }

  /** What the test should be told, one line per topic, in the order the messages arrived. */
  List<String> warnings() {
    return new ArrayList<>(warnings);
  }

  private static String warning(Execution run, String topic, int n, Unread unread) {
    String what = (n == 1 ? "a message" : n + " messages") + " on '" + topic + "'";
    String head = "workflow " + run.workflowId() + " (" + run.entryId() + ") ended with " + what;
    if (unread.listening().contains(topic) || unread.inbox()) {
      return head + " delivered but never read";
    }
    String listened =
        unread.listening().isEmpty()
            ? "it listened on no topic"
            : "it listened on "
                + String.join(", ", unread.listening().stream().map(t -> "'" + t + "'").toList());
    return head
        + " unread: nothing listened on '"
        + topic
        + "' ("
        + listened
        + "; a mistyped topic?)";
  }
}
