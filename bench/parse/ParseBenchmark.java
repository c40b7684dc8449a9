import dev.wflow.lua.syntax.LuaParser;
import dev.wflow.lua.syntax.ParseResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Parse throughput of the Wippy-dialect parser: lines per second, warm, one thread. Parses
 * bench/parse/sample.lua repeated into a ~10,000-line source, first for a warm-up period, then
 * for the measured period. Optional args: warm-up seconds, measured seconds, an input file.
 */
public class ParseBenchmark {
  public static void main(String[] args) throws Exception {
    double warmupSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    double measureSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    Path input = Path.of(args.length > 2 ? args[2] : "bench/parse/sample.lua");
    String sample = Files.readString(input);
    StringBuilder big = new StringBuilder();
    int lines = 0;
    int sampleLines = (int) sample.lines().count();
    int copies = 0;
    while (lines < 10_000) {
      // Each copy in its own do-block keeps the source one valid chunk with a single return.
      big.append("do\n").append(sample.replace("\nreturn {", "\nlocal _exports = {")).append("\nend\n");
      lines += sampleLines + 2;
      copies++;
    }
    String source = big.toString();
    ParseResult check = LuaParser.parse("bench.lua", source);
    if (!check.ok()) {
      throw new IllegalStateException("benchmark input does not parse: " + check.diagnostics());
    }
    System.out.printf("input: %s x %d copies = %d lines, %d chars%n", input, copies, lines, source.length());
    run(source, lines, warmupSeconds, "warm-up");
    double[] rate = run(source, lines, measureSeconds, "measured");
    System.out.printf(
        "RESULT: %,.0f lines/s wall clock, %,.0f lines/s per CPU second (warm, single thread)%n",
        rate[0], rate[1]);
  }

  /**
   * Parses for {@code seconds} of wall time; the rate is per second of this thread's CPU time, so
   * other processes on a shared machine do not distort it (the wall-clock rate is printed too).
   */
  private static double[] run(String source, int lines, double seconds, String phase) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long parsed = 0;
    int statements = 0;
    while (System.nanoTime() < deadline) {
      ParseResult r = LuaParser.parse("bench.lua", source);
      statements += r.chunk().block().stats().size();
      parsed += lines;
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double rate = parsed / cpu;
    System.out.printf(
        "%s: %,d lines in %.1f s CPU (%.1f s wall) = %,.0f lines/s CPU, %,.0f lines/s wall (%d)%n",
        phase, parsed, cpu, wall, rate, parsed / wall, statements % 7);
    return new double[] {parsed / wall, rate};
  }
}
