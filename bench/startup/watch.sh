#!/usr/bin/env bash
# Watch mode: time from saving a file of the example to the watch's complete result, in one warm
# process (`wflow test --watch`, `wflow lint --watch`, plain output through a pipe). Not run by CI.
#
#   bench/startup/watch.sh [SAVES]      (default 5 saves per command; prints each and the median)
#
# Under load, the wall times say little; the CPU time (user+sys of the watch process from the save
# to the result, background work of the JVM included) says how much work a rerun is.
#
# The project is a copy of examples/orders in bench/out/watch-orders; each save appends a comment
# line to the file, as an editor's save of a small edit would.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
saves=${1:-5}
copy=bench/out/watch-orders
rm -rf "$copy"
mkdir -p bench/out
cp -r examples/orders "$copy"
./wflow --version >/dev/null # build and archive first, untimed

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"
python3 - "$saves" "$copy" <<'PY'
import os, statistics, subprocess, sys, time, threading
saves, copy = int(sys.argv[1]), sys.argv[2]

TICK = os.sysconf("SC_CLK_TCK")

def cpu(pid):
    """user+sys seconds of the watch process so far (its JVM: ./wflow execs java)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK

def bench(label, args, edited):
    p = subprocess.Popen(["./wflow", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, text=True, bufsize=1)
    results = []
    done = threading.Event()
    def read():
        for line in p.stdout:
            if line.startswith("watching "):
                results.append(time.perf_counter())
                done.set()
    threading.Thread(target=read, daemon=True).start()
    start = time.perf_counter()
    done.wait(120); done.clear()
    first = results[0] - start
    times = []
    cpus = []
    for i in range(saves):
        time.sleep(0.5)
        before = len(results)
        with open(edited, "a") as f:
            f.write(f"-- save {i}\n")
        saved = time.perf_counter()
        used = cpu(p.pid)
        while len(results) == before:
            if not done.wait(60):
                break
            done.clear()
        times.append((results[-1] - saved) * 1000)
        cpus.append((cpu(p.pid) - used) * 1000)
    p.stdin.write("q\n"); p.stdin.flush()
    p.wait(30)
    print(f"{label:44} start to first result {first:5.2f} s; save to result "
          + " ".join(f"{t:.0f}" for t in times) + f" ms (median {statistics.median(times):.0f} ms);"
          + f" CPU user+sys per save: median {statistics.median(cpus):.0f} ms")

bench("wflow test --watch (save the test file)", ["test", "--watch", copy],
      f"{copy}/src/order_workflow_test.lua")
bench("wflow test --watch (save the workflow)", ["test", "--watch", copy],
      f"{copy}/src/order_workflow.lua")
bench("wflow lint --watch (save the workflow)", ["lint", "--watch", copy],
      f"{copy}/src/order_workflow.lua")
PY
