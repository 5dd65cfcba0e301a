#!/usr/bin/env bash
# Regenerates src/main/resources/geo/*.tsv.gz from the npm package
# @etalab/decoupage-administratif (official French administrative geography:
# INSEE Code officiel géographique, DGCL EPCI list, INSEE legal populations).
#
# usage: scripts/geo/refresh.sh [version]     (default: the pinned version below)
# needs: npm, node >= 18. Only the npm registry is contacted.
set -euo pipefail

VERSION="${1:-6.0.0}"
PACKAGE="@etalab/decoupage-administratif"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="$ROOT/src/main/resources/geo"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null)
tar -xzf "$WORK"/*.tgz -C "$WORK"
mkdir -p "$OUT"
node "$HERE/convert.mjs" "$WORK/package" "$OUT"
echo "license field of $PACKAGE@$VERSION: $(node -p "require('$WORK/package/package.json').license")" \
  "(data: Licence Ouverte, see SOURCE.md)"
