#!/usr/bin/env bash
# Issue 16's long-line bound: the parse core on a 1 MB single line (plain text, Markdown, one HTML
# paragraph) and on 100,000 short lines must finish well under the 60 s time limit. Makes the inputs in
# OUT (default target/long-lines), extracts each with target/palmares.jar and prints its wall time, peak
# memory and the summary line. Usage: scripts/bench/bench-long-lines.sh [OUT]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
out="${1:-target/long-lines}"
[ -f target/palmares.jar ] || mvn -q -B package -DskipTests 1>&2
mkdir -p "$out"
sentence='La Ville de Rennes obtient le label or pour le projet « Rennes connectée » dans la catégorie Inclusion numérique. '
line=""
for _ in $(seq 1 9100); do line+="$sentence"; done
line="${line:0:1000000}"
printf 'Palmarès 2023 du label Territoire Innovant\n\n%s\n' "$line" > "$out/prose-1mb-line.txt"
printf '# Palmarès 2023 du label Territoire Innovant\n\n%s\n' "$line" > "$out/prose-1mb-line.md"
printf '<html><body><main><h1>Palmarès 2023 du label Territoire Innovant</h1><p>%s</p></main></body></html>' "$line" \
  > "$out/prose-1mb-line.html"
{ printf 'Palmarès 2023 du label Territoire Innovant\n\n'; seq 1 100000 | sed 's/^/Ville de Brest — Projet numéro /'; } \
  > "$out/short-100k-lines.txt"
{ printf '# Palmarès 2023\n\n'; seq 1 100000 | sed 's/^\(.*\)$/mot\1 suite/'; } > "$out/paragraph-100k-lines.md"
for f in prose-1mb-line.txt prose-1mb-line.md prose-1mb-line.html short-100k-lines.txt paragraph-100k-lines.md; do
  /usr/bin/time -f "$f: %e s, %M KiB" java -jar target/palmares.jar extract "$out/$f" -o "$out/$f.json" 2>&1 \
    | grep -a -E '^palmares:|^error:|KiB$' | tr '\n' ' ' || true
  echo
done
