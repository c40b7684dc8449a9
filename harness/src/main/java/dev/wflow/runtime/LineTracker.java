package dev.wflow.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaFunction;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.DebugLib;

/**
 * Knows which Lua file:line each Java thread is executing, and stops a Lua loop that runs too long
 * without yielding.
 *
 * <p>It is installed as LuaJ's debug hook (without exposing a {@code debug} global). LuaJ's own
 * debug library keeps one call stack per Lua coroutine, but inside a workflow several Temporal
 * workflow threads share one Lua state, so frames are kept per Java thread instead.
 *
 * <pre>{@code
 * LineTracker tracker = LineTracker.install(globals);
 * tracker.limitRun(Duration.ofSeconds(2)); // a runaway loop raises RunawayLuaError
 * String where = tracker.where();          // "src/order.lua:12"
 * }</pre>
 */
public final class LineTracker extends DebugLib implements LuaDeadline {

  private static final int CHECK_EVERY = 0x1FFF;

  private final Map<Thread, Frames> frames = new ConcurrentHashMap<>();

  /**
   * Where each thread's outermost Lua function last returned. A tail call ({@code return
   * funcs.call(...)}) pops the Lua frame before the Java function it calls runs, and a workflow's
   * result is encoded after its function returned: both still have a line to report.
   */
  private final Map<Thread, String> exits = new ConcurrentHashMap<>();

  /**
   * Where each thread's last unwinding began: the innermost Lua frame that returned without running
   * an instruction after its callee returned. When a Java {@link Error} (stack overflow, out of
   * memory) ends a run, no Lua frame is left to ask, but this is where it struck.
   */
  private final Map<Thread, String> unwound = new ConcurrentHashMap<>();

  private LuaValue stringMetatable;
  private Frames last;
  private long limitNanos;
  private long segmentStart = System.nanoTime();
  private int ticks;

  private LineTracker() {}

  /** Installs a tracker as the hook of {@code globals}. */
  public static LineTracker install(org.luaj.vm2.Globals globals) {
    LineTracker tracker = new LineTracker();
    globals.debuglib = tracker;
    return tracker;
  }

  /**
   * Lua code may run at most {@code limit} of wall time between two {@link #resumed()} calls;
   * beyond that the next instruction raises {@link RunawayLuaError}. Zero disables the limit.
   */
  public void limitRun(java.time.Duration limit) {
    this.limitNanos = limit.toNanos();
    resumed();
  }

  /** The string metatable of this tracker's state, made current when a thread enters it. */
  public void stringMetatable(LuaValue meta) {
    this.stringMetatable = meta;
  }

  /**
   * The Lua position where the current thread's last unwinding began (see {@link #unwound}), or
   * {@code "?"}: for a {@link StackOverflowError} or {@link OutOfMemoryError} that ended a call.
   * Call it once that Error is caught, outside Lua: it also forgets the thread's Lua frames.
   */
  public String failedAt() {
    Thread t = Thread.currentThread();
    Frames f = frames.get(t);
    if (f != null) {
      // Hooks that overflowed the stack themselves left frames behind: the thread is out of Lua.
      frames.remove(t);
      last = null;
      StringMethods.leave(f.previousStrings);
      if (f.unwindFrom != null) {
        return position(f.unwindFrom, f.unwindPc);
      }
    }
    return unwound.getOrDefault(t, "?");
  }

  /** Raises {@link RunawayLuaError} when the run budget is spent; for long built-in calls. */
  @Override
  public void checkDeadline() {
    if (limitNanos > 0 && System.nanoTime() - segmentStart > limitNanos) {
      throw runaway();
    }
  }

  private RunawayLuaError runaway() {
    String at = where();
    return new RunawayLuaError(
        at
            + ": Lua code ran for more than "
            + limitNanos / 1_000_000
            + " ms without yielding (an endless loop?)",
        at);
  }

  /** Called whenever Lua code resumes after waiting (a yield point): restarts the run budget. */
  public void resumed() {
    segmentStart = System.nanoTime();
  }

  /**
   * The innermost Lua position of the current thread, {@code "file:line"}; with no Lua function
   * running, where the last one returned (or made its tail call); {@code "?"} when Lua never ran.
   */
  public String where() {
    Frames f = frames.get(Thread.currentThread());
    if (f != null) {
      for (int i = f.depth - 1; i >= 0; i--) {
        if (f.closures[i] != null) {
          return position(f.closures[i].p, f.pcs[i]);
        }
      }
    }
    return exits.getOrDefault(Thread.currentThread(), "?");
  }

  /** Lua positions of the current thread, innermost first. */
  public List<String> stack() {
    Frames f = frames.get(Thread.currentThread());
    List<String> out = new ArrayList<>();
    if (f == null) {
      return out;
    }
    for (int i = f.depth - 1; i >= 0; i--) {
      if (f.closures[i] != null) {
        out.add(position(f.closures[i].p, f.pcs[i]));
      }
    }
    return out;
  }

  /**
   * One Lua frame of {@link #frames()}: its file, current line, and a name in Lua's traceback style
   * ({@code "function <src/a.lua:12>"}, {@code "main chunk"}).
   */
  public record StackFrame(String source, int line, String name) {}

  /** The Lua frames of the current thread, innermost first. */
  public List<StackFrame> frames() {
    Frames f = frames.get(Thread.currentThread());
    return f == null ? new ArrayList<>() : stackOf(f);
  }

  /** Lua's {@code stack traceback:} text of {@code frames}. */
  public static String traceback(List<StackFrame> frames) {
    StringBuilder out = new StringBuilder("stack traceback:");
    for (StackFrame f : frames) {
      out.append("\n\t")
          .append(f.source())
          .append(':')
          .append(f.line())
          .append(": in ")
          .append(f.name());
    }
    return out.toString();
  }

  private static String source(Prototype p) {
    String source = p.source == null ? "?" : p.source.tojstring();
    return source.startsWith("@") || source.startsWith("=") ? source.substring(1) : source;
  }

  private static int line(Prototype p, int pc) {
    int line = p.lineinfo != null && pc >= 0 && pc < p.lineinfo.length ? p.lineinfo[pc] : 0;
    return line > 0 ? line : p.linedefined;
  }

  /**
   * The innermost Lua frame of another thread that waits at {@code where} ({@code file:line}), or
   * of any thread inside Lua when none does: its position and its active local variables, in
   * declaration order. For a debugger looking at a workflow that waits; read it only while that
   * thread is blocked.
   */
  public Frame frameAt(String where) {
    Frame any = null;
    for (Frames f : frames.values()) {
      if (f.owner == Thread.currentThread()) {
        continue;
      }
      for (int i = f.depth - 1; i >= 0; i--) {
        LuaClosure c = f.closures[i];
        if (c != null && f.stacks[i] != null) {
          Frame frame = frame(c, f.stacks[i], f.pcs[i]);
          if (frame.position().equals(where)) {
            return frame;
          }
          if (any == null) {
            any = frame;
          }
          break;
        }
      }
    }
    return any;
  }

  /**
   * The Lua frames, innermost first, of the other thread {@link #frameAt} would pick for {@code
   * where}: the call stack of a waiting workflow coroutine. Empty when no other thread is in Lua.
   */
  public List<StackFrame> stackAt(String where) {
    Frames chosen = null;
    for (Frames f : frames.values()) {
      if (f.owner == Thread.currentThread()) {
        continue;
      }
      for (int i = f.depth - 1; i >= 0; i--) {
        LuaClosure c = f.closures[i];
        if (c != null && f.stacks[i] != null) {
          if (position(c.p, f.pcs[i]).equals(where)) {
            return stackOf(f);
          }
          if (chosen == null) {
            chosen = f;
          }
          break;
        }
      }
    }
    return chosen == null ? List.of() : stackOf(chosen);
  }

  private static List<StackFrame> stackOf(Frames f) {
    List<StackFrame> out = new ArrayList<>();
    for (int i = f.depth - 1; i >= 0; i--) {
      LuaClosure c = f.closures[i];
      if (c != null) {
        String source = source(c.p);
        String name =
            c.p.linedefined == 0
                ? "main chunk"
                : "function <" + source + ":" + c.p.linedefined + ">";
        out.add(new StackFrame(source, line(c.p, f.pcs[i]), name));
      }
    }
    return out;
  }

  private static Frame frame(LuaClosure c, LuaValue[] stack, int pc) {
    java.util.LinkedHashMap<String, LuaValue> locals = new java.util.LinkedHashMap<>();
    for (int n = 1; ; n++) {
      org.luaj.vm2.LuaString name = c.p.getlocalname(n, pc);
      if (name == null || n > stack.length) {
        break;
      }
      String key = name.tojstring();
      if (!key.startsWith("(")) {
        locals.put(key, stack[n - 1] == null ? LuaValue.NIL : stack[n - 1]);
      }
    }
    return new Frame(position(c.p, pc), locals);
  }

  /** One Lua frame: where it is, and its locals by name. */
  public record Frame(String position, Map<String, LuaValue> locals) {}

  static String position(Prototype p, int pc) {
    String source = p.source == null ? "?" : p.source.tojstring();
    if (source.startsWith("@") || source.startsWith("=")) {
      source = source.substring(1);
    }
    int line = p.lineinfo != null && pc >= 0 && pc < p.lineinfo.length ? p.lineinfo[pc] : 0;
    return source + ":" + (line > 0 ? line : p.linedefined);
  }

  private Frames current() {
    Thread t = Thread.currentThread();
    Frames f = last;
    if (f != null && f.owner == t) {
      return f;
    }
    f = frames.computeIfAbsent(t, Frames::new);
    last = f;
    return f;
  }

  @Override
  public void onCall(LuaFunction f) {
    current().push(null, null);
  }

  @Override
  public void onCall(LuaClosure c, Varargs varargs, LuaValue[] stack) {
    Frames f = current();
    if (f.depth == 0) {
      exits.remove(f.owner);
      f.previousStrings = StringMethods.enter(stringMetatable);
    }
    f.returning = false;
    f.push(c, stack);
  }

  @Override
  public void onInstruction(int pc, Varargs v, int top) {
    Frames f = current();
    if (f.depth > 0) {
      f.pcs[f.depth - 1] = pc;
    }
    f.returning = false;
    if ((++ticks & CHECK_EVERY) == 0
        && limitNanos > 0
        && System.nanoTime() - segmentStart > limitNanos) {
      throw runaway();
    }
  }

  @Override
  public void onReturn() {
    Frames f = current();
    if (!f.returning && f.depth > 0 && f.closures[f.depth - 1] != null) {
      // The first return after running code: where an unwinding Error, if any, began.
      f.returning = true;
      f.unwindFrom = f.closures[f.depth - 1].p;
      f.unwindPc = f.pcs[f.depth - 1];
    }
    if (f.depth > 0) {
      f.depth--;
      if (f.depth == 0 && f.closures[0] != null) {
        exits.put(f.owner, position(f.closures[0].p, f.pcs[0]));
      }
      f.closures[f.depth] = null;
      f.stacks[f.depth] = null;
    }
    if (f.depth == 0) {
      StringMethods.leave(f.previousStrings);
      if (f.unwindFrom != null) {
        unwound.put(f.owner, position(f.unwindFrom, f.unwindPc));
      }
      frames.remove(f.owner);
      if (last == f) {
        last = null;
      }
    }
  }

  @Override
  public String traceback(int level) {
    return String.join("\n\t", stack());
  }

  private static final class Frames {
    final Thread owner;
    LuaClosure[] closures = new LuaClosure[32];
    LuaValue[][] stacks = new LuaValue[32][];
    int[] pcs = new int[32];
    int depth;
    boolean returning;
    Prototype unwindFrom;
    int unwindPc;
    LuaValue previousStrings;

    Frames(Thread owner) {
      this.owner = owner;
    }

    void push(LuaClosure c, LuaValue[] stack) {
      if (depth == closures.length) {
        closures = java.util.Arrays.copyOf(closures, depth * 2);
        stacks = java.util.Arrays.copyOf(stacks, depth * 2);
        pcs = java.util.Arrays.copyOf(pcs, depth * 2);
      }
      closures[depth] = c;
      stacks[depth] = stack;
      pcs[depth] = 0;
      depth++;
    }
  }
}
