package dev.wflow.testing.workflow;

import dev.wflow.testing.LuaMailbox;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.luaj.vm2.LuaError;

/**
 * Blocking workflow calls made from Lua: run on a worker thread, awaited on the Lua thread through
 * the {@link LuaMailbox} (so mocks run meanwhile and the test's timeout applies). A failure of the
 * call becomes a Lua error with its message.
 */
final class LuaBlocking implements RunObject.Blocking {

  private final LuaMailbox mailbox;
  private final ExecutorService pool;

  LuaBlocking(LuaMailbox mailbox, ExecutorService pool) {
    this.mailbox = mailbox;
    this.pool = pool;
  }

  @Override
  public <T> T await(Supplier<T> call) {
    return await(CompletableFuture.supplyAsync(call, pool));
  }

  @Override
  public <T> T await(CompletableFuture<T> future) {
    try {
      return mailbox.await(future);
    } catch (ExecutionException e) {
      throw luaError(e.getCause());
    }
  }

  private static LuaError luaError(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof LuaError e) {
      return e;
    }
    String m = t.getMessage();
    return new CallFailed(m == null || m.isBlank() ? t.getClass().getSimpleName() : m, t);
  }

  /** A failed call as a Lua error that keeps its Java cause (for {@code -e} stack traces). */
  static final class CallFailed extends LuaError {
    private static final long serialVersionUID = 1L;

    CallFailed(String message, Throwable cause) {
      super(message);
      this.cause = cause;
    }
  }
}
