package dev.wflow.node;

import dev.wflow.runtime.EntryProgram;
import dev.wflow.runtime.LuaEntry;
import dev.wflow.runtime.LuaJson;
import dev.wflow.runtime.LuaLoadException;
import dev.wflow.runtime.LuaSandbox;
import dev.wflow.runtime.WippyError;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * A {@code process.lua} entry running as a regular process of the node, on a thread of its own: its
 * method is called with the spawn's arguments, and what it returns is how the process exits. As on
 * the platform, a string or an error as the second value ({@code return false, "why"}) or a raised
 * error makes it exit with that error; otherwise the first value is its result.
 *
 * <pre>{@code
 * EntryProcess.start(node, process, entry, List.of("hello"));   // node.exited(...) follows
 * }</pre>
 */
final class EntryProcess {

  private static final ExecutorService THREADS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "wflow-process");
            t.setDaemon(true);
            return t;
          });

  private EntryProcess() {}

  static void start(Node node, LocalProcess self, LuaEntry entry, List<Object> args) {
    THREADS.execute(
        () -> {
          node.runsOn(self.pid());
          LocalProcess.Exit exit = run(node, self, entry, args);
          // Its spawned coroutines end with its main code, as the runtime's process kills them.
          self.coroutines().abandon();
          node.exited(self, exit);
        });
  }

  private static LocalProcess.Exit run(
      Node node, LocalProcess self, LuaEntry entry, List<Object> args) {
    try {
      LuaSandbox sandbox = RegularSandbox.open(node, entry, self, 0, node.log());
      LuaValue main = EntryProgram.load(sandbox, node.environment().project(), entry, null);
      Varargs r =
          main.invoke(
              LuaValue.varargsOf(args.stream().map(LuaJson::toLua).toArray(LuaValue[]::new)));
      LuaValue second = r.arg(2);
      if (second.type() == LuaValue.TSTRING) {
        return failure(WippyError.of("", second.tojstring(), null, null));
      }
      if (second instanceof WippyError e) {
        return failure(e);
      }
      return new LocalProcess.Exit(LuaJson.toJava(r.arg1()), LuaValue.NIL);
    } catch (LuaLoadException e) {
      return failure(WippyError.of("Invalid", e.getMessage(), false, null));
    } catch (LuaError e) {
      if (self.killedBy() != null) {
        return failure(WippyError.of("Internal", self.killedBy(), false, null));
      }
      return failure(WippyError.fromRaised(e));
    } catch (StackOverflowError e) {
      return failure(WippyError.of("Internal", "stack overflow in " + entry.id(), false, null));
    } catch (RuntimeException e) {
      return failure(WippyError.of("Internal", String.valueOf(e.getMessage()), false, null));
    }
  }

  private static LocalProcess.Exit failure(WippyError e) {
    return new LocalProcess.Exit(null, e);
  }
}
