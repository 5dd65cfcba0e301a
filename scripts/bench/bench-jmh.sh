#!/usr/bin/env bash
# JMH benchmarks of the hot paths (src/test/java/fr/palmares/bench): layout of one PDF page, annotation
# of one document, resolution of 1,000 collectivité names. mvn verify only compiles them; this runs them.
# Usage: scripts/bench/bench-jmh.sh [JMH ARGS...]   e.g.  scripts/bench/bench-jmh.sh -f 1 -i 3 ResolveBench
# Without arguments: every benchmark, 1 fork, 3 warm-up and 5 measured iterations of 2 s.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
mvn -q -B test-compile
cp_file="$root/target/jmh.classpath"
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" > /dev/null
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1)"
exec java -Xmx512m -cp "$root/target/test-classes:$root/target/classes:$(cat "$cp_file")" fr.palmares.bench.Benchmarks "$@"
