#!/usr/bin/env bash
# The graph exports read by real third-party readers: builds kg, loads
# ../shared/corpus into a temporary bolt store (with the bundled gazetteer),
# exports GraphML and Cytoscape JSON, by default and with --all, then
#   - e2e/graph_export_networkx.py reads the GraphML with networkx
#     (Debian python3-networkx, installed if missing);
#   - e2e/graph-export-cytoscape.mjs loads the Cytoscape JSON into headless
#     Cytoscape.js (the npm package pinned in e2e/package-lock.json).
# Environment: KG_CORPUS (default ../shared/corpus), KG_BIN (a prebuilt kg).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CORPUS=${KG_CORPUS:-$ROOT/../shared/corpus}
if ! ls "$CORPUS"/*.txt >/dev/null 2>&1; then
  echo "graph-export: no corpus at $CORPUS (the dev corpus lives in ../shared/corpus)" >&2
  exit 1
fi

if ! python3 -c 'import networkx' >/dev/null 2>&1; then
  echo "graph-export: installing Debian python3-networkx"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-networkx >/dev/null
fi
(cd e2e && npm ci --no-audit --no-fund --loglevel=error)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

KG=${KG_BIN:-}
if [ -z "$KG" ]; then
  KG=$WORK/kg
  CGO_ENABLED=0 go build -o "$KG" ./cmd/kg
fi
STORE="bolt:$WORK/kg.db"
"$KG" load --store "$STORE" "$CORPUS"/*.txt
for format in graphml cytoscape; do
  ext=$format; [ "$format" = cytoscape ] && ext=cyjs
  "$KG" export --store "$STORE" --format "$format" --out "$WORK/default.$ext"
  "$KG" export --store "$STORE" --format "$format" --all --out "$WORK/all.$ext"
done

python3 e2e/graph_export_networkx.py "$WORK/default.graphml" "$WORK/all.graphml" "$WORK/default.cyjs"
(cd e2e && node graph-export-cytoscape.mjs "$WORK/default.cyjs" "$WORK/all.cyjs")
echo "graph-export: passed"
