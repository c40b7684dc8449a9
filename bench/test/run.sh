#!/usr/bin/env bash
# Benchmark of `wflow test`: 200 workflow tests (two mocked activities and a 24h timer each).
# Prints wall time, CPU time (user + system) and peak RSS for a cold run and for --parallel 2.
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
measure() {
  local label="$1"; shift
  local log; log="$(mktemp)"
  /usr/bin/time -v "$repo/wflow" -C "$project" test "$@" >"$log.out" 2>"$log" || true
  local wall rss cpu summary
  wall="$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')"
  rss="$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')"
  cpu="$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$log")"
  summary="$(tail -n 1 "$log.out")"
  printf '%-12s wall %-8s cpu %6ss  peak RSS %5d MiB   %s\n' \
    "$label" "$wall" "$cpu" "$((rss / 1024))" "$summary"
  rm -f "$log" "$log.out"
}
measure "cold"
measure "parallel 2" --parallel 2
