#!/usr/bin/env bash
# Benchmark of the merge: (1) the merge alone, in memory, of the readings of 1k, 10k and 100k synthetic
# awards (each read by 1 to 3 documents); (2) end to end, `extract --merge` of the five Markdown samples
# into a 10,000-laureate dataset against extracting them alone (JVM start included, both the same jar).
# Usage: scripts/bench/bench-merge.sh [RUNS=5] [SIZES="1000 10000 100000"]
# JAR=path/to/palmares.jar measures another build (e.g. an older one, for comparison).
# Prints the first, best and median of each; the README reports the figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-5}"
sizes="${2:-1000 10000 100000}"
if [ -z "${JAR:-}" ]; then
  "$root/palmares" query --count > /dev/null   # builds the jar if needed
  JAR="$root/target/palmares.jar"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); jar: $JAR"

for n in $sizes; do
  java -cp "$JAR" "$here/MergeBench.java" time "$n" "$runs"
done

java -cp "$JAR" "$here/MergeBench.java" dataset 10000 "$work/dataset-10000.json" 2> /dev/null
samples=("$root"/samples/*.md)
alone=() merged=()
for _ in $(seq "$runs"); do
  t0=$(date +%s%N)
  java -XX:-UsePerfData -jar "$JAR" extract "${samples[@]}" -o "$work/alone.json" 2> /dev/null
  t1=$(date +%s%N)
  alone+=( $(( (t1 - t0) / 1000000 )) )
  cp "$work/dataset-10000.json" "$work/merged.json"
  t0=$(date +%s%N)
  java -XX:-UsePerfData -jar "$JAR" extract --merge "${samples[@]}" -o "$work/merged.json" 2> /dev/null
  t1=$(date +%s%N)
  merged+=( $(( (t1 - t0) / 1000000 )) )
done
stats() {
  local sorted
  sorted=$(printf '%s\n' "$@" | sort -n)
  printf 'first %6d ms   best %6d ms   median %6d ms' "$1" "$(echo "$sorted" | head -1)" \
    "$(echo "$sorted" | sed -n "$(( ($# + 1) / 2 ))p")"
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "extract the 5 samples alone:                      $(stats "${alone[@]}")"
echo "extract --merge them into 10,000 laureates:       $(stats "${merged[@]}")   ($(grep -c '"id"' "$work/merged.json") in the dataset)"
m_alone=$(median "${alone[@]}") m_merged=$(median "${merged[@]}")
echo "ratio of the medians: $(( m_merged * 100 / m_alone ))% (target: under 200%)"
