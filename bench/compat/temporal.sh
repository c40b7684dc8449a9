#!/usr/bin/env bash
# Runs the platform's Temporal test suite (tests/app/src/test/temporal of wippyai/runtime: 40 test
# entries, 26 workflows, 6 activities) unchanged under `wflow test` and prints the pass count, then
# every failing test and why. Not run by CI: the corpus is MPL-2.0 and never committed.
# bench/compat/corpus.sh extracts it; this script assembles a throw-away project in
# bench/out/compat/temporal/ holding its `temporal` and `lib` folders (as tests/app lays them out).
#
#   bench/compat/temporal.sh                 # with ./wflow (builds it when needed)
#   WFLOW=path/to/wflow.jar bench/compat/temporal.sh   # another build, for before/after counts
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=bench/out/compat/runtime
[ -d "$corpus/src/test/temporal" ] || bench/compat/corpus.sh >&2
WFLOW=${WFLOW:-./wflow}
project=bench/out/compat/temporal

wflow() {
  if [[ $WFLOW == *.jar ]]; then java -Xss16m -jar "$WFLOW" "$@"; else "$WFLOW" "$@"; fi
}

rm -rf "$project"
mkdir -p "$project/src/test"
cp -r "$corpus/src/lib" "$project/src/lib"
cp -r "$corpus/src/test/temporal" "$project/src/test/temporal"
cp "$corpus/wippy.lock" "$project/" 2>/dev/null || true
cp "$corpus/.wippy.yaml" "$project/" 2>/dev/null || true

out=$(mktemp)
trap 'rm -f "$out" "$out.err"' EXIT
wflow test "$project" --format json --timeout "${WFLOW_TIMEOUT:-30s}" >"$out" 2>"$out.err" || true
grep -q '"event":"case"' "$out" || { cat "$out.err" >&2; exit 1; }

python3 - "$out" <<'PY'
import json, sys
cases = []
for line in open(sys.argv[1]):
    line = line.strip()
    if line.startswith("{"):
        e = json.loads(line)
        if e.get("event") == "case":
            cases.append(e)
passed = sum(1 for c in cases if c["status"] == "passed")
print(f"temporal: {passed} of {len(cases)} passed")
for c in cases:
    if c["status"] == "passed":
        continue
    f = c.get("failure") or {}
    where = f.get("location") or c["file"]
    message = " ".join((f.get("message") or c["status"]).split())
    print(f"  {c['entry']} {where}: {message[:240]}")
PY
