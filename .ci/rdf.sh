#!/usr/bin/env bash
# kg's RDF read by third-party tools: loads ../shared/corpus into a temporary
# store, exports N-Quads, parses them with rapper (raptor2) and rdflib
# (.ci/rdf_check.py: labels, IRIs, typed dates, Web Annotation selectors
# against the source text, PROV-O, status terms, vocabulary), loads the
# export into a fresh store with kg load and checks that exporting that
# store gives the same statements, and parses the vocabulary served at /ns.
# Installs raptor2-utils and python3-rdflib from Debian when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export CGO_ENABLED=0

PY=/usr/bin/python3 # Debian's, where python3-rdflib installs
need=()
command -v rapper >/dev/null || need+=(raptor2-utils)
[ -x "$PY" ] && "$PY" -c 'import rdflib' 2>/dev/null || need+=(python3-rdflib)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

tmp=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

go build -o "$tmp/kg" ./cmd/kg
"$tmp/kg" load --progress=false --store "bolt:$tmp/a.db" ../shared/corpus/*.txt
"$tmp/kg" export --store "bolt:$tmp/a.db" --out "$tmp/kg.nq"

lines=$(grep -c . "$tmp/kg.nq")
parsed=$(rapper -i nquads -c "$tmp/kg.nq" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p')
if [ "$parsed" != "$lines" ]; then
  echo "rdf: rapper read ${parsed:-no} statements of $lines" >&2
  exit 1
fi
echo "rdf: rapper read all $lines statements"

"$tmp/kg" load --progress=false --store "bolt:$tmp/b.db" "$tmp/kg.nq"
"$tmp/kg" export --store "bolt:$tmp/b.db" --out "$tmp/again.nq"
if ! cmp -s <(sort "$tmp/kg.nq") <(sort "$tmp/again.nq"); then
  echo "rdf: kg load of the export, exported again, gives other statements" >&2
  exit 1
fi
echo "rdf: export -> kg load -> export gives the same statements"

port=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$tmp/kg" serve --store "bolt:$tmp/b.db" --addr "127.0.0.1:$port" >"$tmp/serve.log" 2>&1 &
pid=$!
"$PY" - "$port" "$tmp/ns.ttl" <<'PY'
import sys, time, urllib.request
url = f"http://127.0.0.1:{sys.argv[1]}/ns"
for _ in range(300):
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            open(sys.argv[2], "wb").write(r.read())
        break
    except OSError:
        time.sleep(0.2)
else:
    sys.exit("rdf: kg serve did not answer /ns")
PY
rapper -i turtle -c "$tmp/ns.ttl"
"$PY" .ci/rdf_check.py "$tmp/kg.nq" "$tmp/ns.ttl"
