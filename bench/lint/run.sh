#!/usr/bin/env bash
# wflow lint vs luacheck on the same plain-Lua corpus: whole-process wall time and peak RSS,
# one run each, measured with /usr/bin/time -v. Needs Debian's lua-check (apt-get install -y
# lua-check), GNU time, Java 17 and Maven.
# Usage: bench/lint/run.sh [COPIES]     (default 19 copies of luacheck's sources, ~211,000 lines)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="$root/bench/out/lint-corpus"
"$root/bench/lint/make-corpus.sh" "${1:-19}" "$corpus"

# Untimed: build the jar if needed and let the launcher write its class-data archive, as after
# any build (a stale archive from another command or an older jar is dropped first).
rm -f "$root/cli/target/wflow.jsa"
"$root/wflow" lint -C "$corpus" --summary >/dev/null || true

measure() { # label, command...
  local label="$1"; shift
  local log; log="$(mktemp)"
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
  local wall rss
  wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")"
  rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")"
  user="$(sed -n 's/.*User time (seconds): //p' "$log")"
  sys="$(sed -n 's/.*System time (seconds): //p' "$log")"
  printf '%-9s wall %8s   user %6ss  sys %5ss   peak RSS %6d MB\n' "$label" "$wall" "$user" "$sys" $((rss / 1024))
  rm -f "$log"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"
measure "wflow" "$root/wflow" lint -C "$corpus" --summary
measure "luacheck" luacheck --no-config --no-cache -qqq "$corpus/src"
