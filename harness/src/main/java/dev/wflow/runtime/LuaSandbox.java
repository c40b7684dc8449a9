package dev.wflow.runtime;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.text.LuaPatterns;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LoadState;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.compiler.LuaC;
import org.luaj.vm2.lib.BaseLib;
import org.luaj.vm2.lib.CoroutineLib;
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.StringLib;
import org.luaj.vm2.lib.TableLib;
import org.luaj.vm2.lib.jse.JseMathLib;

/**
 * One Wippy Lua environment (SPEC §5): the base library, {@code table}, {@code string}, {@code
 * math}, {@code coroutine}, {@code errors}, a time-only {@code os}, {@code print} to the host,
 * {@code require} as a global lookup, and the modules an entry lists installed as globals.
 *
 * <pre>{@code
 * LuaSandbox sandbox = new LuaSandbox(SandboxHost.system(System.out::println, Map.of()), "app:f");
 * sandbox.provide("json", StandardModules.json());
 * sandbox.install(List.of("json"));
 * LuaValue chunk = sandbox.load("src/f.lua", "return json.encode({1, 2})");
 * }</pre>
 */
public final class LuaSandbox {

  /** Built-in platform modules wflow emulates nowhere; listing them gives a stand-in table. */
  private final Map<String, LuaValue> provided = new HashMap<>();

  private final Globals globals = new Globals();
  private final LineTracker tracker;
  private final String ownerId;
  private boolean testCode;
  private final SandboxHost host;

  /**
   * @param ownerId the entry this environment runs, named in errors about missing modules
   */
  public LuaSandbox(SandboxHost host, String ownerId) {
    this.host = host;
    this.ownerId = ownerId;
    globals.load(new BaseLib());
    globals.load(new PackageLib());
    globals.load(new TableLib());
    globals.load(new StringLib());
    globals.load(new CoroutineLib());
    globals.load(new JseMathLib());
    LoadState.install(globals);
    LuaC.install(globals);
    tracker = LineTracker.install(globals);
    stoppableStringFunctions((LuaTable) globals.get("string"));
    tracker.stringMetatable(StringMethods.install(globals));
    globals.running.errorfunc = of(a -> LuaValue.valueOf(colonAfterPosition(a.tojstring(1))));
    ErrorLevels.install(globals, tracker);
    trimBase();
    globals.set("errors", ErrorsModule.create(tracker));
    globals.set("os", StandardModules.os(host));
    provided.put("json", StandardModules.json());
    provided.put("base64", StandardModules.base64());
    provided.put("uuid", StandardModules.uuid(host));
    provided.put("ctx", StandardModules.ctx(host));
    provided.put("crypto", CryptoModule.create(java.util.function.Supplier::get, host));
    provided.put("hash", HashModule.create());
    provided.put("errors", globals.get("errors"));
    provided.put("os", globals.get("os"));
    provided.put("time", StandardModules.time(host, this::sleepThread));
    installPlatformLibraries();
  }

  // Modules and globals that behave the same in every context (workflow, function, test).
  private void installPlatformLibraries() {
    TableExtensions.install((LuaTable) globals.get("table"));
    StringPacking.install((LuaTable) globals.get("string"));
    LuaValue payload = dev.wflow.runtime.payload.PayloadModule.create();
    globals.set("payload", payload);
    provided.put("payload", payload);
    provided.put("yaml", dev.wflow.runtime.yaml.YamlModule.create());
    provided.put("text", dev.wflow.runtime.text.TextModule.create());
    provided.put("compress", dev.wflow.runtime.compress.CompressModule.create());
  }

  private void trimBase() {
    for (String name : List.of("dofile", "loadfile", "package")) {
      globals.set(name, LuaValue.NIL);
    }
    LuaTable table = (LuaTable) globals.get("table");
    globals.set("unpack", table.get("unpack"));
    globals.set("load", textOnlyLoad(globals.get("load")));
    globals.set("loadstring", globals.get("load"));
    ((LuaTable) globals.get("string")).set("dump", LuaValue.NIL);
    globals.set("print", of(this::print));
    globals.set("require", of(this::require));
    LuaTable math = (LuaTable) globals.get("math");
    math.set("maxinteger", LuaValue.valueOf(9.223372036854775807E18));
    math.set("mininteger", LuaValue.valueOf(-9.223372036854775808E18));
    math.set("type", of(a -> mathType(a.arg1())));
    math.set(
        "tointeger",
        of(
            a ->
                a.arg1().isnumber() && a.arg1().todouble() == Math.rint(a.arg1().todouble())
                    ? LuaValue.valueOf(a.arg1().todouble())
                    : LuaValue.NIL));
  }

  /**
   * The pattern functions check the state's deadline as they go ({@link LuaPatterns}); {@code rep}
   * refuses a result no string can hold instead of failing with a Java exception's name.
   */
  private static org.luaj.vm2.Varargs errorAsText(org.luaj.vm2.Varargs a) {
    return a.arg1() instanceof WippyError e
        ? LuaValue.varargsOf(LuaValue.valueOf(e.tojstring()), a.subargs(2))
        : a;
  }

  private void stoppableStringFunctions(LuaTable string) {
    LuaPatterns patterns =
        new LuaPatterns(
            () -> {
              if (globals.debuglib instanceof LuaDeadline d) {
                d.checkDeadline();
              }
            });
    // The subject may be an error: the platform's string functions read it as its message
    // (string.find(err, "not found")).
    string.set("find", of(a -> patterns.find(errorAsText(a))));
    string.set("match", of(a -> patterns.match(errorAsText(a))));
    string.set("gmatch", of(a -> patterns.gmatch(errorAsText(a))));
    string.set("gsub", of(a -> patterns.gsub(errorAsText(a))));
    LuaValue rep = string.get("rep");
    string.set(
        "rep",
        of(
            a -> {
              long length = (long) a.checkstring(1).length() * Math.max(0, a.checkint(2));
              if (length > MAX_STRING_BYTES) {
                throw new LuaError("resulting string too large");
              }
              return rep.invoke(a);
            }));
  }

  /** The longest string {@code string.rep} makes (a Java array holds at most 2^31 - 1 bytes). */
  private static final long MAX_STRING_BYTES = Integer.MAX_VALUE - 8;

  /**
   * The platform compiles Lua source only; it has no bytecode format, so a precompiled chunk
   * (LuaJ's own, or a crafted one that its undumper trusts) is refused as Lua 5.3 does under mode
   * "t".
   */
  private static LuaValue textOnlyLoad(LuaValue load) {
    return of(
        a -> {
          LuaValue chunk = a.arg1();
          if (chunk.type() == LuaValue.TSTRING
              && chunk.checkstring().length() > 0
              && chunk.checkstring().luaByte(0) == 0x1B) {
            return LuaValue.varargsOf(
                LuaValue.NIL, LuaValue.valueOf("attempt to load a binary chunk (mode is 't')"));
          }
          return load.invoke(new LuaValue[] {chunk, a.arg(2), LuaValue.valueOf("t"), a.arg(4)});
        });
  }

  private static LuaValue mathType(LuaValue v) {
    if (v.type() != LuaValue.TNUMBER) {
      return LuaValue.NIL;
    }
    return LuaValue.valueOf(v.todouble() == Math.rint(v.todouble()) ? "integer" : "float");
  }

  // LuaJ writes "file:12 message"; Lua (and Wippy) write "file:12: message".
  private String colonAfterPosition(String message) {
    if (message != null && message.contains("java.lang.NegativeArraySizeException")) {
      // LuaJ's concatenation overflows Java's array size before it could say so itself.
      message =
          message.replaceFirst(
              "vm error: java.lang.NegativeArraySizeException.*", "string too large");
    }
    String where = tracker.where();
    if (message != null && message.startsWith(where + " ")) {
      return where + ": " + message.substring(where.length() + 1);
    }
    return message;
  }

  private Varargs print(Varargs args) {
    StringBuilder line = new StringBuilder();
    for (int i = 1; i <= args.narg(); i++) {
      line.append(i > 1 ? "\t" : "").append(args.arg(i).tojstring());
    }
    host.print(line.toString());
    return LuaValue.NONE;
  }

  private Varargs require(Varargs args) {
    String name = args.checkjstring(1);
    LuaValue value = globals.get(name);
    if (value.isnil()) {
      throw new LuaError("module '" + name + "' not found");
    }
    return value;
  }

  private void sleepThread(java.time.Duration d) {
    try {
      Thread.sleep(Math.max(0, d.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LuaError("interrupted while sleeping");
    }
    tracker.resumed();
  }

  /** Makes {@code module} available to {@link #install} under {@code name} (replaces any). */
  public void provide(String name, LuaValue module) {
    provided.put(name, module);
  }

  /** Sets a global directly (always-present modules such as {@code process}, {@code channel}). */
  public void global(String name, LuaValue value) {
    globals.set(name, value);
  }

  /** Installs the entry's {@code modules:} as globals; an unknown one becomes a stand-in. */
  public void install(List<String> modules) {
    for (String name : modules) {
      globals.set(name, module(name));
    }
  }

  /**
   * The sandbox runs a test entry's own code: a module wflow lacks says to mock it with {@code
   * test.mock}, not to mock the entry.
   */
  public void runsTestCode() {
    testCode = true;
  }

  /** The module {@code name} as this entry gets it (a stand-in when wflow has none). */
  public LuaValue module(String name) {
    LuaValue module = provided.get(name);
    return module != null ? module : UnavailableModule.create(name, ownerId, testCode);
  }

  /**
   * Compiles a chunk through the {@link ChunkLoader#standard() standard loader}. The no-yield
   * budget starts again afterwards: compiling a large file is not Lua code running without
   * yielding.
   */
  public LuaValue load(String chunkName, String source) throws LuaLoadException {
    LuaValue chunk = ChunkLoader.standard().load(globals, chunkName, source);
    tracker.resumed();
    return chunk;
  }

  public Globals globals() {
    return globals;
  }

  public LineTracker tracker() {
    return tracker;
  }

  public SandboxHost host() {
    return host;
  }
}
