#!/usr/bin/env bash
# Before/after start-up in one run: the same three commands with this checkout's ./wflow and with
# another checkout's (e.g. a git worktree of an older commit, its launcher and archive built).
#
#   bench/startup/compare.sh OTHER_CHECKOUT [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
other="$(cd "$1" && pwd)"
runs=${2:-5}
orders="$root/examples/orders"
"$root/wflow" --version >/dev/null
"$other/wflow" --version >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs, $runs runs each, alternating (median)"
python3 - "$runs" "$root" "$other" "$orders" <<'PY'
import resource, statistics, subprocess, sys, time
runs, root, other, orders = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
def once(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter() - start, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
for label, args in [("--version", ["--version"]), ("lint examples/orders", ["lint", orders]),
                    ("test examples/orders", ["test", orders])]:
    this, that = [], []
    for _ in range(runs):
        this.append(once([root + "/wflow", *args]))
        that.append(once([other + "/wflow", *args]))
    w1, c1 = statistics.median(t[0] for t in this), statistics.median(t[1] for t in this)
    w0, c0 = statistics.median(t[0] for t in that), statistics.median(t[1] for t in that)
    print(f"{label:22} before wall {w0:6.3f} s cpu {c0:6.3f} s   now wall {w1:6.3f} s cpu {c1:6.3f} s"
          f"   ({w0 / w1:.2f}x wall, {c0 / c1:.2f}x cpu)")
PY
