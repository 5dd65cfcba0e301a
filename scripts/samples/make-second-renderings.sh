#!/usr/bin/env bash
# Regenerates src/test/resources/renderings/: a second rendering of every samples/NAME.md, made with
# other tools and settings than make-samples.sh (see render-other.mjs): NAME.html converted by
# markdown-it with the "> " list markers kept as text, and NAME.pdf printed by Chromium with serif
# fonts, one column, disc bullets drawn as shapes and bold first lines of list items. The tests check
# that both renderings of a document load into equivalent models. The files are committed; to
# regenerate them (Debian/Ubuntu, as root):
#   apt-get update && apt-get install -y chromium fonts-dejavu fonts-liberation nodejs npm
#   scripts/samples/make-second-renderings.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
samples="$root/samples"
out="$root/src/test/resources/renderings"

for tool in node npm chromium; do
  command -v "$tool" >/dev/null || { echo "make-second-renderings: $tool is missing (see the header of $0)" >&2; exit 1; }
done
if [ ! -d "$here/node_modules/markdown-it" ]; then
  (cd "$here" && npm install --no-audit --no-fund --loglevel=error)
fi
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for md in "$samples"/*.md; do
  name="$(basename "$md" .md)"
  echo "== $name"
  node "$here/render-other.mjs" web "$md" > "$out/$name.html"
  node "$here/render-other.mjs" print "$md" > "$work/$name.print.html"
  profile="$(mktemp -d "$work/chromium.XXXXXX")"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --no-pdf-header-footer \
    --user-data-dir="$profile" --print-to-pdf="$out/$name.pdf" \
    "file://$work/$name.print.html" >"$work/chromium.log" 2>&1 \
    || { cat "$work/chromium.log" >&2; exit 1; }
  [ -s "$out/$name.pdf" ] || { echo "make-second-renderings: chromium wrote no PDF for $name" >&2; exit 1; }
done
ls -l "$out"
