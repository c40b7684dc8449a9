#!/usr/bin/env bash
# Benchmark of `wflow test`: 200 workflow tests (two mocked activities and a 24h timer each).
# Prints wall time, CPU time (user + system) and peak RSS for a cold run, for --parallel 2 and for
# the same tests as a JUnit 5 suite on Temporal's TestWorkflowEnvironment, then the ratios.
#
#   bench/test/run.sh [FILES] [PER_FILE]      (from the repository root; default 50 x 4)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
project="$(mktemp -d /tmp/wflow-bench.XXXXXX)"
trap 'rm -rf "$project"' EXIT
python3 "$here/generate.py" "$project" "${1:-50}" "${2:-4}"
mvn -q -B -ntp -DskipTests package -pl cli -am -f "$repo/pom.xml" >/dev/null
# The launcher is how users run wflow (serial GC, C1, and a class-data archive its first run after
# a build writes); one small test run makes that archive cover the test path.
rm -f "$repo/cli/target/wflow.jsa"
"$repo/wflow" -C "$project" test t001 >/dev/null 2>&1 || true
# The peer: the same 200 tests as a JUnit 5 suite on Temporal's TestWorkflowEnvironment
# (junit/OrderWorkflowTest.java), compiled against the SDK in wflow's jar and JUnit from the local
# Maven repository, run by the JUnit Platform launcher in a plain JVM (Java's defaults, as under
# an IDE or Surefire; Maven's own start is not counted).
m2="${M2_REPO:-$HOME/.m2/repository}"
junit_cp="$repo/cli/target/wflow.jar"
for jar in org/junit/jupiter/junit-jupiter-api/5.14.1/junit-jupiter-api-5.14.1.jar \
  org/junit/jupiter/junit-jupiter-params/5.14.1/junit-jupiter-params-5.14.1.jar \
  org/junit/jupiter/junit-jupiter-engine/5.14.1/junit-jupiter-engine-5.14.1.jar \
  org/junit/platform/junit-platform-launcher/1.14.1/junit-platform-launcher-1.14.1.jar \
  org/junit/platform/junit-platform-engine/1.14.1/junit-platform-engine-1.14.1.jar \
  org/junit/platform/junit-platform-commons/1.14.1/junit-platform-commons-1.14.1.jar \
  org/opentest4j/opentest4j/1.3.0/opentest4j-1.3.0.jar \
  org/apiguardian/apiguardian-api/1.1.2/apiguardian-api-1.1.2.jar; do
  junit_cp="$junit_cp:$m2/$jar"
done
classes="$project/junit-classes"
javac -d "$classes" -cp "$junit_cp" "$here"/junit/*.java
files="${1:-50}"; per_file="${2:-4}"

results="$(mktemp)"
measure() { # label, command...
  local label="$1"; shift
  local log; log="$(mktemp)"
  /usr/bin/time -v "$@" >"$log.out" 2>"$log" || true
  local wall rss cpu summary
  wall="$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')"
  rss="$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')"
  cpu="$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$log")"
  summary="$(grep -E 'passed|failed' "$log.out" | tail -n 1)"
  printf '%-22s wall %-8s cpu %6ss  peak RSS %5d MiB   %s\n' \
    "$label" "$wall" "$cpu" "$((rss / 1024))" "$summary"
  echo "$label|$wall|$cpu" >>"$results"
  rm -f "$log" "$log.out"
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"
measure "wflow cold" "$repo/wflow" -C "$project" test
measure "wflow --parallel 2" "$repo/wflow" -C "$project" test --parallel 2
junit() {
  java -Dorg.slf4j.simpleLogger.defaultLogLevel=error -Dbench.files="$files" \
    -Dbench.perFile="$per_file" "$@" -cp "$classes:$junit_cp" bench.RunSuite
}
measure "junit" junit
measure "junit + replay" junit -Dbench.replay=true
python3 - "$results" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    label, wall, cpu = line.strip().split("|")
    parts = [float(p) for p in wall.split(":")]
    seconds = parts[-1] + 60 * (parts[-2] if len(parts) > 1 else 0) + 3600 * (parts[-3] if len(parts) > 2 else 0)
    rows[label] = (seconds, float(cpu))
w = rows["wflow cold"]
for peer in ("junit", "junit + replay"):
    j = rows[peer]
    print(f"wflow cold vs {peer:15} {j[0] / w[0]:.2f}x by wall, {j[1] / w[1]:.2f}x by CPU (above 1: wflow faster)")
PY
rm -f "$results"
