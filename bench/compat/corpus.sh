#!/usr/bin/env bash
# Extracts the compatibility corpora (valid code the platform runs) into bench/out/compat/:
#   runtime/    tests/app of wippyai/runtime (the platform's app test suite)
#   framework/  wippyai/framework (the real wippy/test framework and its modules)
# They are MPL-2.0 and not ours: they are read from a git dir or checkout given on the command
# line (or the search tool's mirror) and never committed. Large binary blobs (.wasm) are skipped.
#
#   bench/compat/corpus.sh [RUNTIME_GIT_DIR_OR_CHECKOUT] [FRAMEWORK_GIT_DIR_OR_CHECKOUT]
set -euo pipefail
cd "$(dirname "$0")/../.."
runtime=${1:-/work/.mirror/wippyai+runtime/repo}
framework=${2:-/work/.mirror/wippyai+framework/repo}
out=bench/out/compat

# Prints the git dir of a checkout or a bare git directory.
git_dir() {
  if [ -d "$1/.git" ]; then echo "$1/.git"; else echo "$1"; fi
}

# extract GIT_DIR PATH DEST: writes the files under PATH at HEAD into DEST, skipping .wasm blobs
# (a mirror may lack them).
extract() {
  local gd=$1 path=$2 dest=$3
  rm -rf "$dest"
  mkdir -p "$dest"
  git --git-dir="$gd" ls-tree -r -z --name-only HEAD -- "$path" | grep -zv '\.wasm$' |
    xargs -0 git --git-dir="$gd" archive --format=tar HEAD -- 2>/dev/null |
    tar -x -C "$dest" --strip-components="$(awk -F/ '{print NF}' <<<"$path")"
}

extract "$(git_dir "$runtime")" tests/app "$out/runtime"
extract "$(git_dir "$framework")" src "$out/framework-src"
echo "runtime tests/app -> $out/runtime ($(find "$out/runtime" -type f | wc -l) files)"
echo "framework src     -> $out/framework-src ($(find "$out/framework-src" -type f | wc -l) files)"
