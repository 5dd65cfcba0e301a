#!/usr/bin/env bash
# Regenerates the HTML and PDF versions of the samples: for every samples/NAME.md it writes
#   samples/NAME.html  the Markdown rendered (npm package "marked") inside a realistic web page
#                      (site header and menu, cookie banner, related links, share bar, footer...)
#                      that the HTML loader must strip;
#   samples/NAME.pdf   a clean printable version printed by headless Chromium. The communiqué and
#                      the yearbook are in two columns with hyphenation (soft hyphens from the npm
#                      package "hyphen"), typographic apostrophes and quotes, and a running header
#                      and footer with page numbers (CSS @page margin boxes, Chromium >= 131).
#
# The generated files are committed: users and CI do not need Node or Chromium. To regenerate them
# (Debian/Ubuntu, as root):
#   apt-get update && apt-get install -y chromium fonts-dejavu fonts-liberation nodejs npm
#   scripts/samples/make-samples.sh            # all samples
#   scripts/samples/make-samples.sh 2023-annuaire-labels   # only some
# The npm packages (versions pinned in package.json) are installed into scripts/samples/node_modules,
# which git ignores.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
samples="$root/samples"

for tool in node npm chromium iconv; do
  command -v "$tool" >/dev/null || { echo "make-samples: $tool is missing (see the header of $0)" >&2; exit 1; }
done
fc-list | grep -q "DejaVu Sans" || echo "make-samples: warning: DejaVu Sans is not installed (fonts-dejavu)" >&2
fc-list | grep -q "Liberation Sans" || echo "make-samples: warning: Liberation Sans is not installed (fonts-liberation)" >&2

if [ ! -d "$here/node_modules/marked" ] || [ ! -d "$here/node_modules/hyphen" ]; then
  (cd "$here" && npm install --no-audit --no-fund --loglevel=error)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ $# -gt 0 ]; then names=("$@"); else
  names=()
  for md in "$samples"/*.md; do names+=("$(basename "$md" .md)"); done
fi

for name in "${names[@]}"; do
  md="$samples/$name.md"
  [ -f "$md" ] || { echo "make-samples: no $md" >&2; exit 1; }
  echo "== $name"

  # Web page. The 2013 page is an old site served in windows-1252.
  node "$here/render.mjs" web "$md" > "$work/$name.web.html"
  if [ "$name" = "2013-page-web-labels" ]; then
    iconv -f UTF-8 -t WINDOWS-1252 "$work/$name.web.html" > "$samples/$name.html"
  else
    cp "$work/$name.web.html" "$samples/$name.html"
  fi

  # PDF, printed from a clean page.
  node "$here/render.mjs" print "$md" > "$work/$name.print.html"
  profile="$(mktemp -d "$work/chromium.XXXXXX")"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --no-pdf-header-footer \
    --user-data-dir="$profile" --print-to-pdf="$samples/$name.pdf" \
    "file://$work/$name.print.html" >"$work/chromium.log" 2>&1 \
    || { cat "$work/chromium.log" >&2; exit 1; }
  [ -s "$samples/$name.pdf" ] || { echo "make-samples: chromium wrote no PDF for $name" >&2; exit 1; }
  ls -l "$samples/$name.html" "$samples/$name.pdf" | awk '{print "   " $5 " bytes  " $9}'
done
