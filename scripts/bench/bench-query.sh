#!/usr/bin/env bash
# Benchmark of `./palmares query` end to end (launcher and JVM start included) on a synthetic dataset.
# Usage: scripts/bench/bench-query.sh [N_LAUREATES=100000] [RUNS=5]
# Prints the first, best and median wall time of each query; the README reports the figures. The dataset
# is written with its query index, as `palmares extract -o FILE.json` does (see QueryIndex.prepare), so the
# first query reads the index; a copy written without one shows what a first query costs then (schema
# check, scan and index).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
n="${1:-100000}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
data="$work/dataset-$n.json"
"$root/palmares" query --count > /dev/null   # builds the jar if needed and the query's class-data archive
java -cp "$root/target/palmares.jar" "$here/GenerateDataset.java" "$n" "$data" --index
bare="$work/bare-$n.json"
java "$here/GenerateDataset.java" "$n" "$bare"
echo "dataset: $n laureates, $(du -h "$data" | cut -f1); machine: $(nproc) cores; $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1)"

time_query() {
  local label="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    "$root/palmares" query --dataset "$data" "$@" > /dev/null
    t1=$(date +%s%N)
    times+=( $(( (t1 - t0) / 1000000 )) )
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  printf '%-52s first %5d ms   best %5d ms   median %5d ms\n' "$label" "${times[0]}" "$(echo "$sorted" | head -1)" \
    "$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")"
}

time_query "--region Bretagne --medal or --year 2015.. --count" --region Bretagne --medal or --year 2015.. --count
time_query "--region 84 --format json" --region 84 --format json
time_query "--text démonstration --category données --count" --text démonstration --category données --count
time_query "--group-by region,medal --format json" --group-by region,medal --format json
data="$bare"
runs=1 time_query "no index yet: --region Bretagne --medal or --count" --region Bretagne --medal or --year 2015.. --count
