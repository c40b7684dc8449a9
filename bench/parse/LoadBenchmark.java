import dev.wflow.lua.lower.DialectLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cost of turning dialect source into a LuaJ prototype (parse, lower, LuaJ compile), uncached:
 * what the first load of a file costs the test runner. Later loads of the same text hit the
 * cache. Optional args: seconds to measure, an input file.
 */
public class LoadBenchmark {
  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    String sample = Files.readString(Path.of(args.length > 1 ? args[1] : "bench/parse/sample.lua"));
    int lines = (int) sample.lines().count();
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    long loaded = 0;
    while (System.nanoTime() < deadline) {
      // a distinct chunk name per round defeats the prototype cache
      DialectLoader.prototype("bench" + loaded + ".lua", sample);
      loaded++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "RESULT: %,.0f lines/s parse+lower+compile (%d loads of %d lines in %.1f s)%n",
        loaded * lines / elapsed, loaded, lines, elapsed);
  }
}
