#!/usr/bin/env bash
# Benchmark of `./palmares extract` end to end (launcher and JVM start included) side by side with
# `pdftotext` (poppler-utils) on the same files, with /usr/bin/time for CPU and peak memory.
# Usage: scripts/bench/bench-extract.sh [N_FILES=500] [RUNS=3]
# Cases: one sample PDF; N sample PDFs in a folder; the samples joined into one PDF of about N pages
# (qpdf); N HTML and N Markdown samples. Prints, per case, the median wall time, CPU time and peak
# memory (RSS) of each tool and palmares' ratios to pdftotext (CPU, and pages per second of wall time).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
n="${1:-500}"
runs="${2:-3}"
for tool in pdftotext qpdf /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "needs $tool (apt-get install poppler-utils qpdf time)" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/palmares" --version > /dev/null          # builds the jar if needed
"$root/palmares" extract "$root/samples/2024-communique-de-presse.md" > /dev/null 2>&1  # and the CDS archive

copies() { # copies EXT COUNT DIR: COUNT sample files of this extension, round robin
  mkdir -p "$3"
  local files=("$root"/samples/*."$1") i=0
  while [ "$i" -lt "$2" ]; do
    cp "${files[$((i % ${#files[@]}))]}" "$3/$(printf '%04d' "$i")-$(basename "${files[$((i % ${#files[@]}))]}")"
    i=$((i + 1))
  done
}
copies pdf "$n" "$work/pdf"
copies html "$n" "$work/html"
copies md "$n" "$work/md"
one="$root/samples/2024-communique-de-presse.pdf"
# One long PDF: the sample PDFs joined until it has about N pages.
parts=() pages=0
while [ "$pages" -lt "$n" ]; do
  for f in "$root"/samples/*.pdf; do
    parts+=("$f" 1-z)
    pages=$((pages + $(qpdf --show-npages "$f")))
    [ "$pages" -ge "$n" ] && break
  done
done
qpdf --empty --pages "${parts[@]}" -- "$work/long.pdf"
npages() { local t=0 f; for f in "$@"; do t=$((t + $(qpdf --show-npages "$f"))); done; echo "$t"; }

# measure LABEL CMD...: RUNS runs; sets wall, cpu (seconds) and rss (MB) to the medians
measure() {
  local label="$1"; shift
  local w=() c=() m=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > /dev/null 2>&1 || true
    read -r e u s k < "$work/time"
    w+=("$e"); c+=("$(echo "$u + $s" | bc)"); m+=("$((k / 1024))")
  done
  wall=$(printf '%s\n' "${w[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")
  cpu=$(printf '%s\n' "${c[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")
  rss=$(printf '%s\n' "${m[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")
  printf '  %-34s wall %7.2f s   cpu %7.2f s   peak %5d MB\n' "$label" "$wall" "$cpu" "$rss"
}
each_pdftotext() { for f in "$@"; do pdftotext -q "$f" /dev/null; done; }
export -f each_pdftotext

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1); $runs runs, medians"
side_by_side() { # LABEL PAGES FILES...
  local label="$1" p="$2"; shift 2
  echo "$label ($p pages)"
  measure "pdftotext" bash -c 'each_pdftotext "$@"' _ "$@"
  local pw="$wall" pc="$cpu"
  measure "palmares extract" "$root/palmares" extract "$@" -o "$work/out.json"
  printf '  palmares/pdftotext: cpu %.1fx; pages per second of wall time %.2fx of pdftotext'"'"'s\n' \
    "$(echo "$cpu / $pc" | bc -l)" "$(echo "$pw / $wall" | bc -l)"
}
side_by_side "one sample PDF" "$(npages "$one")" "$one"
side_by_side "$n sample PDFs" "$(npages "$work"/pdf/*.pdf)" "$work"/pdf/*.pdf
side_by_side "one PDF of the samples joined" "$(npages "$work/long.pdf")" "$work/long.pdf"
echo "$n HTML samples"
measure "palmares extract" "$root/palmares" extract "$work/html" -o "$work/out.json"
echo "$n Markdown samples"
measure "palmares extract" "$root/palmares" extract "$work/md" -o "$work/out.json"
echo "$n sample PDFs, one document at a time (palmares.threads=1)"
measure "palmares extract (serial)" env JAVA_TOOL_OPTIONS=-Dpalmares.threads=1 "$root/palmares" extract "$work/pdf" -o "$work/serial.json"
"$root/palmares" extract "$work/pdf" -o "$work/parallel.json" 2> /dev/null || true
cmp -s "$work/serial.json" "$work/parallel.json" && echo "  parallel output byte-identical to serial: yes" \
  || echo "  parallel output byte-identical to serial: NO"
