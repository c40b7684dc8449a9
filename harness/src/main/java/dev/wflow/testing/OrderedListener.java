package dev.wflow.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lets parallel files report as if they ran one after another: events of the file at the head of
 * discovery order pass straight through, later files' events wait until every earlier file
 * finished.
 */
final class OrderedListener {

  private final TestListener target;
  private final int files;
  private final Map<Integer, List<Runnable>> pending = new HashMap<>();
  private final boolean[] done;
  private int head;

  OrderedListener(TestListener target, int files) {
    this.target = target;
    this.files = files;
    this.done = new boolean[files];
  }

  synchronized void started(int index, TestEntry entry) {
    emit(index, () -> target.fileStarted(entry));
  }

  synchronized void caseFinished(int index, CaseResult result) {
    emit(index, () -> target.caseFinished(result));
  }

  synchronized void finished(int index, FileResult result) {
    emit(index, () -> target.fileFinished(result));
    complete(index);
  }

  /** A file that produced nothing to report (filtered out, or not started after fail-fast). */
  synchronized void skip(int index) {
    pending.remove(index);
    complete(index);
  }

  private void emit(int index, Runnable event) {
    if (index == head) {
      event.run();
    } else {
      pending.computeIfAbsent(index, k -> new ArrayList<>()).add(event);
    }
  }

  private void complete(int index) {
    done[index] = true;
    while (head < files && done[head]) {
      head++;
      if (head < files) {
        List<Runnable> queued = pending.remove(head);
        if (queued != null) {
          queued.forEach(Runnable::run);
        }
      }
    }
  }
}
