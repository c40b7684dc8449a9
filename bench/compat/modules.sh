#!/usr/bin/env bash
# Runs the platform's own module tests (tests/app of wippyai/runtime, extracted by corpus.sh)
# under `wflow test` and prints the pass count per module, then every failing test and why.
# Not run by CI: the corpus is MPL-2.0 and never committed.
#
#   bench/compat/modules.sh [MODULE...]     default: the modules a workflow and its tests use
#   WFLOW_TIMEOUT=20s bench/compat/modules.sh time uuid
#   WFLOW=path/to/wflow.jar bench/compat/modules.sh   # another build, e.g. for before/after counts
#
# A module is the folder of the test file under src/test/ (src/test/time/now.lua -> time).
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=bench/out/compat/runtime
[ -d "$corpus/src/test" ] || bench/compat/corpus.sh >&2

if [ $# -gt 0 ]; then
  modules=("$@")
else
  modules=(base64 channel crypto ctx errors funcs hash json os payload process processfunc temporal
    time types uuid yaml text compress)
fi

WFLOW=${WFLOW:-./wflow}
wflow() {
  if [[ $WFLOW == *.jar ]]; then java -Xss16m -jar "$WFLOW" "$@"; else "$WFLOW" "$@"; fi
}

patterns=()
for m in "${modules[@]}"; do
  patterns+=("app.test.$m:*" "app.test.$m.*" "app.test:$m")
done

out=$(mktemp)
trap 'rm -f "$out" "$out.err"' EXIT
# wflow exits 1 when a test fails (the normal case here); its stderr (the corpus's lint findings
# for modules wflow does not load) is shown only when no test ran at all.
wflow test "$corpus" --format json --timeout "${WFLOW_TIMEOUT:-30s}" "${patterns[@]}" \
  >"$out" 2>"$out.err" || true
grep -q '"event":"case"' "$out" || { cat "$out.err" >&2; exit 1; }

python3 - "$out" "${modules[@]}" <<'EOF'
import json, sys
path, modules = sys.argv[1], sys.argv[2:]
cases = {m: [] for m in modules}
for line in open(path):
    line = line.strip()
    if not line.startswith("{"):
        continue
    event = json.loads(line)
    if event.get("event") != "case":
        continue
    parts = event["file"].split("/")
    # src/test/time/now.lua -> time; a file directly under src/test/ (base64.lua) is its own module.
    module = parts[2] if len(parts) > 3 else parts[2].removesuffix(".lua")
    if module in cases:
        cases[module].append(event)
total_pass = total = 0
print(f"{'module':<12} {'passed':>6} {'total':>6}")
for m in modules:
    passed = sum(1 for c in cases[m] if c["status"] == "passed")
    total_pass += passed
    total += len(cases[m])
    print(f"{m:<12} {passed:>6} {len(cases[m]):>6}")
print(f"{'all':<12} {total_pass:>6} {total:>6}")
failing = [(m, c) for m in modules for c in cases[m] if c["status"] != "passed"]
if failing:
    print("\nfailing:")
for m, c in failing:
    f = c.get("failure") or {}
    where = f.get("location") or c["file"]
    message = " ".join((f.get("message") or c["status"]).split())
    print(f"  {c['entry']} [{c['name']}] {where}: {message[:200]}")
EOF
