#!/usr/bin/env bash
# Lints the compatibility corpora (valid code the platform runs) with `wflow lint` and prints,
# per corpus, the errors and warnings per code and then each of them (hints are counted only).
# Not run by CI: the corpora are MPL-2.0 and not ours, bench/compat/corpus.sh extracts them into
# bench/out/compat/ (git-ignored) from a checkout or git dir of wippyai/runtime and
# wippyai/framework.
#
#   bench/compat/lint.sh [RUNTIME_GIT_DIR_OR_CHECKOUT] [FRAMEWORK_GIT_DIR_OR_CHECKOUT]
#   WFLOW=path/to/wflow.jar bench/compat/lint.sh     # another build, e.g. for before/after counts
#
# Every error or warning left on the runtime's tests/app is either a true problem of that code
# (see the note of issue 12 for the list and why) or a false positive to fix.
set -euo pipefail
cd "$(dirname "$0")/../.."
bench/compat/corpus.sh "$@" >/dev/null
WFLOW=${WFLOW:-./wflow}

wflow() {
  if [[ $WFLOW == *.jar ]]; then java -Xss16m -jar "$WFLOW" "$@"; else "$WFLOW" "$@"; fi
}

# report NAME DIR: lints DIR as JSON and prints the counts and each error and warning.
report() {
  local name=$1 dir=$2 log
  log=$(mktemp)
  wflow lint -C "$dir" --format json >"$log" 2>"$log.err" || true
  python3 - "$name" "$log" <<'PY'
import collections, json, sys
name, log = sys.argv[1], sys.argv[2]
try:
    found = json.load(open(log))["diagnostics"]
except (ValueError, KeyError):
    print(f"== {name}: no JSON result (see {log}.err)")
    sys.exit(0)
by = collections.Counter((d["severity"], d["code"]) for d in found)
total = collections.Counter(d["severity"] for d in found)
print(f"== {name}: {total['error']} errors, {total['warning']} warnings, {total['hint']} hints")
for sev in ("error", "warning", "hint"):
    codes = sorted((c, n) for (s, c), n in by.items() if s == sev)
    if codes:
        print(f"   {sev:8} " + "  ".join(f"{c} {n}" for c, n in codes))
for d in found:
    if d["severity"] in ("error", "warning"):
        print(f"   {d['file']}:{d['line']}:{d['column']}: {d['severity']}[{d['code']}] {d['message']}")
PY
  rm -f "$log" "$log.err"
}

report "runtime tests/app" bench/out/compat/runtime
# The framework's modules are published one by one, each its own project: a user lints where a
# wippy.lock is, as the modules' Makefiles run `wippy lint` and `wippy run test` (a module's src/,
# or its test/ folder whose lock says src: .. and replaces sibling modules with local folders).
fw=bench/out/compat/framework-src
while IFS= read -r lock; do
  dir=$(dirname "$lock")
  report "framework ${dir#"$fw"/}" "$dir"
done < <(find "$fw" -name wippy.lock -not -path '*/.wippy/*' | sort)
