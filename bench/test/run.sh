#!/usr/bin/env bash
# Benchmark of `wflow test`: 200 workflow tests (two mocked activities and a 24h timer each).
# Prints wall time and peak RSS for a cold run and for --parallel 2.
#
#   bench/test/run.sh [FILES] [PER_FILE]      (from the repository root; default 50 x 4)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
project="$(mktemp -d /tmp/wflow-bench.XXXXXX)"
trap 'rm -rf "$project"' EXIT
python3 "$here/generate.py" "$project" "${1:-50}" "${2:-4}"
mvn -q -B -ntp -DskipTests package -pl cli -am -f "$repo/pom.xml" >/dev/null
jar="$repo/cli/target/wflow.jar"
measure() {
  local label="$1"; shift
  local log; log="$(mktemp)"
  /usr/bin/time -v java -jar "$jar" -C "$project" test "$@" >"$log.out" 2>"$log" || true
  local wall rss summary
  wall="$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')"
  rss="$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')"
  summary="$(tail -n 1 "$log.out")"
  printf '%-12s wall %-8s peak RSS %5d MiB   %s\n' "$label" "$wall" "$((rss / 1024))" "$summary"
  rm -f "$log" "$log.out"
}
measure "cold"
measure "parallel 2" --parallel 2
