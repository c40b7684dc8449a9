#!/usr/bin/env bash
# Start-up of short wflow commands, as a user runs them (./wflow, with the launcher's class-data
# archive), against luacheck on the same project in the same run. Not run by CI.
#
#   bench/startup/run.sh [RUNS]        (default 7; prints the median wall and CPU time of each)
#
# Then, for each command, where the time goes: one run with -Xlog:class+load, the classes loaded
# per library (and how many came from the archive), and when the first class of each library was
# loaded (JVM uptime), which is when that part of the work began.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
runs=${1:-7}
orders=examples/orders

# Untimed: build the jar if needed and let the launcher make its archive, as after any build.
./wflow --version >/dev/null

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs, $runs runs each (median)"
python3 - "$runs" "$orders" <<'PY'
import os, resource, statistics, subprocess, sys, time
runs, orders = int(sys.argv[1]), sys.argv[2]

def measure(cmd):
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)

# label, command, compared with luacheck, target in seconds (quiet machine, wall)
rows = [
    ("wflow --version", ["./wflow", "--version"], None, 0.15),
    ("wflow lint " + orders, ["./wflow", "lint", orders], "luacheck", 0.3),
    ("wflow test " + orders, ["./wflow", "test", orders], None, None),
]
peer = None
if subprocess.run(["sh", "-c", "command -v luacheck"], stdout=subprocess.DEVNULL).returncode == 0:
    peer = measure(["luacheck", "--no-config", "--no-cache", "-qqq", orders + "/src"])
for label, cmd, vs, target in rows:
    wall, cpu = measure(cmd)
    line = f"{label:32} wall {wall:6.3f} s   cpu {cpu:6.3f} s"
    if target:
        # On a loaded machine wall time is inflated by waiting for a core; CPU time is not.
        line += f"   target {target:.2f} s: wall {wall / target:.2f}x, cpu {cpu / target:.2f}x of it"
    if vs and peer:
        line += (f"   luacheck wall {peer[0]:6.3f} s cpu {peer[1]:6.3f} s"
                 f" (wflow {wall / peer[0]:.1f}x by wall, {cpu / peer[1]:.1f}x by cpu)")
    print(line)
PY

# Where the time goes: the launcher's own java command line with class loading logged.
jar=cli/target/wflow.jar
jsa=cli/target/wflow.jsa
opts=(-XX:+UseSerialGC -Xss16m -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$jsa" -Xshare:auto
  -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0)
log=$(mktemp)
for args in "--version" "lint $orders" "test $orders"; do
  # shellcheck disable=SC2086
  java "${opts[@]}" -Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:class+load:file="$log":uptime \
    -jar "$jar" $args >/dev/null 2>&1 || true
  python3 - "$args" "$log" <<'PY'
import re, sys
label, log = sys.argv[1], sys.argv[2]
groups = [("picocli", "picocli."), ("snakeyaml", "org.yaml."), ("wflow lint", "dev.wflow.lint"),
          ("wflow parser", "dev.wflow.lua."), ("luaj", "org.luaj."), ("jackson", "com.fasterxml."),
          ("temporal", "io.temporal."), ("grpc", "io.grpc."), ("protobuf", "com.google.protobuf."),
          ("netty", "io.netty.")]
counts, shared, first, total, last = {}, {}, {}, 0, 0.0
for line in open(log):
    m = re.match(r"\[(\d+\.\d+)s\](?:\[[^\]]*\])* (\S+) source: (.*)", line)
    if not m:
        continue
    t, name, source = float(m.group(1)), m.group(2), m.group(3)
    total, last = total + 1, t
    for g, prefix in groups:
        if name.startswith(prefix):
            counts[g] = counts.get(g, 0) + 1
            shared[g] = shared.get(g, 0) + ("shared" in source)
            first.setdefault(g, t)
parts = [f"{g} {counts[g]} ({shared[g]} archived, from {first[g]:.2f}s)" for g, _ in groups if g in counts]
print(f"  {label}: {total} classes, last at {last:.2f}s; " + "; ".join(parts))
PY
done
rm -f "$log"
