#!/usr/bin/env bash
# Issue 16's measure: N fresh mutants of samples/*.pdf and *.html (byte flips, truncations, deleted and
# duplicated chunks, re-inflated and raw streams, broken xref, tag soup, deep nesting), each extracted by
# the command line together with a good sample in the same batch. Prints the counts of stack traces, lost
# batches, hangs, wrong exit statuses and out-of-memory failures, then the failure reasons; exits 1 when
# any of the first four is not 0. Offending mutants are kept in OUT/kept/ (make them regressions under
# src/test/resources/fuzz/).
#
#   scripts/fuzz/mutants.sh [N=1000] [SEED=1] [OUT=target/mutants] [--fork] [--timeout S]
#
# Without --fork all runs share one JVM (the command line's own entry point, standard error captured);
# with --fork each run is a `java -jar target/palmares.jar` process, as a user runs it (slower).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
n="${1:-1000}"; seed="${2:-1}"; out="${3:-target/mutants}"
shift $(( $# < 3 ? $# : 3 ))
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --fork) extra+=(--fork "$here/target/palmares.jar") ;;
    --timeout) extra+=(--timeout "$2"); shift ;;
  esac
  shift
done
if [ ! -f target/palmares.jar ] || [ ! -d target/test-classes/fr/palmares/fuzz ]; then
  mvn -q -B package -DskipTests 1>&2
fi
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/classpath.txt 1>&2
rm -rf "$out"; mkdir -p "$out"
exec java -XX:-UsePerfData -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
  fr.palmares.fuzz.MutantCampaign "${extra[@]}" "$n" "$seed" samples "$out"
