#!/usr/bin/env bash
# Builds the lint benchmark corpus: COPIES copies of luacheck's own Lua sources, each copy a
# namespace of library.lua entries, so `wflow lint` and `luacheck` read the very same .lua files.
# Usage: bench/lint/make-corpus.sh [COPIES] [OUT_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
copies="${1:-19}"
out="${2:-$root/bench/out/lint-corpus}"
sources="$(ls -d /usr/share/lua/5.*/luacheck 2>/dev/null | head -1)"
[ -n "$sources" ] || { echo "luacheck sources not found: apt-get install -y lua-check" >&2; exit 2; }

rm -rf "$out"
mkdir -p "$out/src"
printf 'directories:\n  src: ./src\n' > "$out/wippy.lock"
for i in $(seq 1 "$copies"); do
  dir="$out/src/c$i"
  mkdir -p "$dir"
  cp -r "$sources"/. "$dir"/
  {
    echo "namespace: corpus.c$i"
    echo "entries:"
    (cd "$dir" && find . -name '*.lua' | sort) | while read -r f; do
      name="$(echo "${f#./}" | sed 's/\.lua$//; s/[^A-Za-z0-9]/_/g')"
      printf '  - name: %s\n    kind: library.lua\n    source: file://%s\n' "$name" "${f#./}"
    done
  } > "$dir/_index.yaml"
done
lines="$(find "$out/src" -name '*.lua' -print0 | xargs -0 cat | wc -l)"
files="$(find "$out/src" -name '*.lua' | wc -l)"
echo "corpus: $out ($files Lua files, $lines lines)" >&2
