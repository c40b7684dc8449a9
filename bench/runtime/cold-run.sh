#!/usr/bin/env bash
# Cold wall time of one `wflow run` (a fresh JVM each time), through the ./wflow launcher.
#   bench/runtime/cold-run.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-5}"
input='{"id":"o1","total":42,"customer_id":"c1","shipping_address":"Main St 1"}'
"$root/wflow" -C "$root/examples/orders" run app:order_workflow --input "$input" >/dev/null  # build + CDS archive
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  "$root/wflow" -C "$root/examples/orders" run app:order_workflow --input "$input" >/dev/null
  end=$(date +%s%N)
  echo "run $i: $(( (end - start) / 1000000 )) ms"
done
