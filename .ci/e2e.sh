#!/usr/bin/env bash
# End-to-end test of the explorer page (/explore) and GraphiQL (/, offline) in headless Chromium:
# installs Debian's chromium and the pinned npm packages if missing, builds
# kg, loads ../shared/corpus into a temporary bolt store, serves it on a free
# loopback port and runs e2e/*.test.mjs with node's test runner.
#   .ci/e2e.sh                       screenshot saved to a temporary path
#   .ci/e2e.sh --update-screenshot   screenshot saved to docs/explorer.png
# Environment: KG_CORPUS (default ../shared/corpus), KG_BIN (a prebuilt kg),
# KG_READY_MS (page load limit, default 1000).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SHOT=""
case "${1:-}" in
  --update-screenshot) SHOT="$ROOT/docs/explorer.png" ;;
  "") ;;
  *) echo "usage: .ci/e2e.sh [--update-screenshot]" >&2; exit 2 ;;
esac

CORPUS=${KG_CORPUS:-$ROOT/../shared/corpus}
if ! ls "$CORPUS"/*.txt >/dev/null 2>&1; then
  echo "e2e: no corpus at $CORPUS (the dev corpus lives in ../shared/corpus)" >&2
  exit 1
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "e2e: installing Debian chromium"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
(cd e2e && npm ci --no-audit --no-fund --loglevel=error)
# The vendored library must be the pinned npm package's own file.
if ! cmp -s e2e/node_modules/cytoscape/dist/cytoscape.min.js graph/explorer/assets/cytoscape.min.js; then
  echo "e2e: graph/explorer/assets/cytoscape.min.js differs from the pinned npm package (run: cd e2e && npm run vendor)" >&2
  exit 1
fi
# So must GraphiQL's vendored files (and its licence notices).
(cd e2e && node vendor-graphiql.mjs --check)

WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

KG=${KG_BIN:-}
if [ -z "$KG" ]; then
  KG=$WORK/kg
  CGO_ENABLED=0 go build -o "$KG" ./cmd/kg
fi
"$KG" load --store "bolt:$WORK/kg.db" "$CORPUS"/*.txt

PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
URL="http://127.0.0.1:$PORT"
"$KG" serve --store "bolt:$WORK/kg.db" --addr "127.0.0.1:$PORT" >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  curl -fsS "$URL/healthz" >/dev/null 2>&1 && break
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$WORK/serve.log" >&2; echo "e2e: kg serve exited" >&2; exit 1; fi
  sleep 0.2
done
if ! curl -fsS -o /dev/null "$URL/explore"; then
  echo "e2e: kg serve does not answer /explore (graph/server must mount explorer.Handler())" >&2
  exit 1
fi

export KG_URL=$URL
export KG_SCREENSHOT=${SHOT:-$WORK/explorer.png}
[ -n "$SHOT" ] && mkdir -p "$(dirname "$SHOT")"
(cd e2e && node --test --test-concurrency=1 explorer.test.mjs graphiql.test.mjs contract.test.mjs)
echo "e2e: passed; screenshot $KG_SCREENSHOT"
