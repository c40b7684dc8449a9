#!/usr/bin/env bash
# Prints the table of harness/.../platform/BuiltinModules.java from a git dir or checkout of
# wippyai/runtime: the Name and Class of every luaapi.ModuleDef the runtime defines
# (runtime/lua/modules/**, runtime/lua/engine/core_modules.go). Run it again when the platform
# adds a module, and paste its output over the table. Module nodes are registered under these
# names by boot/components/runtime/lua/*.go (AddModules, and code.Config for os/process/channel).
#
#   bench/compat/module-classes.sh [RUNTIME_GIT_DIR_OR_CHECKOUT]
set -euo pipefail
runtime=${1:-/work/.mirror/wippyai+runtime/repo}
if [ -d "$runtime/.git" ]; then gd="$runtime/.git"; else gd="$runtime"; fi
git --git-dir="$gd" ls-tree -r --name-only HEAD -- runtime/lua/modules runtime/lua/engine/core_modules.go |
  grep '\.go$' | grep -v '_test\.go$' |
  while read -r f; do
    git --git-dir="$gd" show "HEAD:$f" | F="$f" perl -ne '
      $const{$1} = $2 if /^\s*(\w+)\s*=\s*"([^"]*)"/;
      if (/ModuleDef\{/) { $in = 1; $name = ""; $classes = ""; }
      next unless $in;
      if (/\bName:\s*"([^"]+)"/) { $name = $1 } elsif (/\bName:\s*(\w+)\s*,/) { $name = $const{$1} }
      if (/\bClass:/) { $classes = join " ", map { lc } /Class([A-Z][A-Za-z]*)/g }
      if ($name ne "" && $classes ne "") { print "          \"$name\", \"$classes\", // $ENV{F}\n"; $in = 0 }
    '
  done | sort -u |
  # print and pubsub are ModuleDefs that LoadCoreModules installs as globals (print, subscribe,
  # unsubscribe) only; no module node of those names is registered, so `modules:` cannot list them.
  grep -v '^ *"\(print\|pubsub\)"'
