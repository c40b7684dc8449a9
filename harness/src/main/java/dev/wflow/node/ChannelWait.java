package dev.wflow.node;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;

/**
 * A send, a receive or a whole {@code channel.select} that waits. A select queues one {@link Entry}
 * on each of its channels; the first channel to serve one {@link #claim claims} the wait, so the
 * other entries are skipped. State changes happen under {@link HostChannel#LOCK}; the waiting
 * thread is woken outside it ({@link #wake}).
 */
final class ChannelWait {

  /** What ended the wait: the channel that served it, the value, ok; or an error to raise. */
  record Outcome(HostChannel channel, LuaValue value, boolean ok, String error) {}

  /** One channel's part of a wait: the value of a send, nil for a receive. */
  record Entry(ChannelWait owner, LuaValue value) {
    boolean claim(List<ChannelWait> woken) {
      return owner.claim(woken);
    }

    boolean taken() {
      return owner.taken;
    }

    void done(HostChannel channel, LuaValue v, boolean ok) {
      owner.outcome = new Outcome(channel, v, ok, null);
    }

    void fail(String message) {
      owner.outcome = new Outcome(null, LuaValue.NIL, false, message);
    }
  }

  private final CompletableFuture<Outcome> future = new CompletableFuture<>();
  private boolean taken;
  private Outcome outcome;

  Entry on(LuaValue value) {
    return new Entry(this, value);
  }

  /** Takes the wait for one channel; false when another channel already served it. */
  private boolean claim(List<ChannelWait> woken) {
    if (taken) {
      return false;
    }
    taken = true;
    woken.add(this);
    return true;
  }

  /** Wakes the claimed waits (outside the lock: a wake may run the waiter's callbacks). */
  static void wake(List<ChannelWait> woken) {
    for (ChannelWait w : woken) {
      w.future.complete(w.outcome);
    }
  }

  CompletableFuture<Outcome> future() {
    return future;
  }

  /** The outcome once woken; a failed send raises its error here, in the waiting coroutine. */
  Outcome outcome() {
    Outcome o = future.join();
    if (o.error() != null) {
      throw new LuaError(o.error());
    }
    return o;
  }
}
