#!/usr/bin/env bash
# Runs the real wippy/test framework's own tests under `wflow test` (not run by CI). The framework
# is MPL-2.0 and not ours: bench/compat/corpus.sh extracts it into bench/out/compat/framework-src/
# (git-ignored) and this script assembles throw-away projects around it in bench/out/compat/framework/:
#
#   self-test/   src/test/self_test.lua, unchanged, against wflow's built-in `test` module
#   vendored/    the same, with the framework's src/test installed under .wippy/ as the hub would
#                (its test entries dropped, as its wippy.yaml exclude_meta says): the entry imports
#                that copy's test.lua, which runs the cases and streams test.event messages to the
#                runner's pid; wflow reads the cases from them. The two lines must agree
#   modules/M/   each framework module's test project (src/M/test/wippy.lock): its local
#                replacements and the hub modules its lock lists (wippy/test…) installed under
#                .wippy/, so its tests run on the vendored test.lua; "modules/M wflow-test" is the
#                same project on wflow's own module. The two lines must agree
#
# It prints one line per project: passed, failed, skipped, files.
#
#   bench/compat/framework.sh                 # with ./wflow (builds it when needed)
#   WFLOW=path/to/wflow.jar bench/compat/framework.sh   # another build, e.g. for before/after counts
set -euo pipefail
cd "$(dirname "$0")/../.."
src=bench/out/compat/framework-src
out=bench/out/compat/framework
[ -f "$src/test/self_test.lua" ] || bench/compat/corpus.sh >/dev/null
WFLOW=${WFLOW:-./wflow}

wflow() {
  if [[ $WFLOW == *.jar ]]; then java -Xss16m -jar "$WFLOW" "$@"; else "$WFLOW" "$@"; fi
}

# counts NAME DIR [ARGS…]: runs the tests of DIR, prints NAME and the summary's counts.
counts() {
  local name=$1 dir=$2
  shift 2
  local log="$out/$name.jsonl"
  mkdir -p "$(dirname "$log")"
  wflow test --format json "$dir" "$@" >"$log" 2>"$out/$name.stderr" || true
  python3 - "$name" "$log" <<'PY'
import json, sys
name, log = sys.argv[1], sys.argv[2]
summary = None
for line in open(log):
    try:
        e = json.loads(line)
    except ValueError:
        continue
    if e.get("event") == "summary":
        summary = e
if summary is None:
    print(f"{name:28} no summary (see {log[:-6]}.stderr)")
else:
    print(f"{name:28} passed {summary['passed']:4}  failed {summary['failed']:4}  "
          f"skipped {summary['skipped']:3}  files {summary['files']}")
PY
}

rm -rf "$out"
mkdir -p "$out"

# self_test.lua with wflow's test module: an entry of ours around their file.
self=$out/self-test
mkdir -p "$self/src"
cp "$src/test/self_test.lua" "$self/src/"
cat >"$self/src/_index.yaml" <<'YAML'
version: "1.0"
namespace: compat.framework
entries:
  - name: self_test
    kind: function.lua
    meta: {type: test, suite: test-framework}
    source: file://self_test.lua
    method: run
    imports: {test: wippy.test:test}
YAML
counts self-test "$self"

# The same with the framework installed under .wippy/: the real test.lua runs.
vendored=$out/vendored
mkdir -p "$vendored/src" "$vendored/.wippy"
cp "$self/src/"* "$vendored/src/"
python3 - "$src" "$vendored/.wippy" <<'PY'
import shutil, sys, yaml, pathlib
src, dest = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for module in ("test", "terminal"):
    shutil.copytree(src / module, dest / module)
    index = dest / module / "_index.yaml"
    doc = yaml.safe_load(index.read_text())
    doc["entries"] = [e for e in doc["entries"] if (e.get("meta") or {}).get("type") != "test"]
    index.write_text(yaml.safe_dump(doc, sort_keys=False))
PY
counts vendored "$vendored"

# Each module's own test project: src as its wippy.lock says, local replacements under .wippy/, and
# the hub modules the lock lists (wippy/test, wippy/terminal…) installed from the framework's own
# src/ with their test entries dropped, as the hub would: its tests run against the vendored
# test.lua. "modules/M wflow-test" is the same project without .wippy/test, on wflow's own module.
for lock in "$src"/*/test/wippy.lock; do
  module=$(basename "$(dirname "$(dirname "$lock")")")
  project=$out/modules/$module
  python3 - "$lock" "$project" "$src" <<'PY'
import shutil, sys, yaml, pathlib
lock, project, src = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
spec = yaml.safe_load(lock.read_text()) or {}
test_dir = lock.parent
source = (test_dir / ((spec.get("directories") or {}).get("src") or ".")).resolve()
shutil.copytree(source, project / "src", ignore=shutil.ignore_patterns(".wippy", "wippy.lock"))
modules = project / ".wippy"
modules.mkdir(parents=True)

def install(origin, name):
    dest = modules / name
    shutil.copytree(origin, dest, ignore=shutil.ignore_patterns(".wippy", "wippy.lock", "test"))
    for index in dest.rglob("_index.yaml"):
        doc = yaml.safe_load(index.read_text()) or {}
        doc["entries"] = [e for e in doc.get("entries") or []
                          if (e.get("meta") or {}).get("type") != "test"]
        index.write_text(yaml.safe_dump(doc, sort_keys=False))

replaced = set()
for r in spec.get("replacements") or []:
    target = (test_dir / r["to"]).resolve()
    replaced.add(r["from"])
    if target != source and target.is_dir():
        install(target, r["from"].split("/")[-1])
for m in spec.get("modules") or []:
    name = m["name"].split("/")[-1]
    if m["name"] not in replaced and (src / name).is_dir() and not (modules / name).exists():
        # src/test's own test/ folder is its code, not tests: copy it whole, then filter
        if name == "test":
            shutil.copytree(src / name, modules / name)
            index = modules / name / "_index.yaml"
            doc = yaml.safe_load(index.read_text())
            doc["entries"] = [e for e in doc["entries"] if (e.get("meta") or {}).get("type") != "test"]
            index.write_text(yaml.safe_dump(doc, sort_keys=False))
        else:
            install(src / name, name)
if not (modules / "terminal").exists():
    shutil.copytree(src / "terminal", modules / "terminal")
(project / "wippy.lock").write_text("directories:\n    src: ./src\n    modules: .wippy\n")
PY
  counts "modules/$module" "$project"
  if [ -d "$project/.wippy/test" ]; then
    cp -r "$project" "$project-wflow-test"
    rm -rf "$project-wflow-test/.wippy/test"
    counts "modules/$module wflow-test" "$project-wflow-test"
  fi
done
