#!/usr/bin/env bash
# extract-speed.sh KG... : extraction speed of several builds, measured in
# one script with the runs alternating (build A, B, A, B, ...) so that the
# load of a shared machine falls on each alike. Each run is `kg bench
# --phases extract --docs 200 --duration 3s`, whose figures are ratios to a
# sentence-splitter baseline measured in the same run; prints every run and,
# per build, the medians of words per CPU-second and of that ratio.
# ROUNDS (default 3) sets the runs per build.
set -euo pipefail
if [ $# -lt 1 ]; then
	echo "usage: $0 KG [KG...]" >&2
	exit 2
fi
rounds=${ROUNDS:-3}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for r in $(seq "$rounds"); do
	for bin in "$@"; do
		"$bin" bench --phases extract --docs 200 --duration 3s --json 2>/dev/null |
			python3 -c '
import json, sys
rep = json.load(sys.stdin)
f = {x["key"]: x for x in rep["figures"]}
c, w = f["extract.words.cpu"], f["extract.words"]
print("%s\t%s\t%.0f\t%.0f\t%.5f\t%.0f\t%.5f\t%s" % (sys.argv[1], sys.argv[2], c["value"], c["baseline"], c["ratio"],
      w["value"], w["ratio"], rep["conditions"]["loadavgBefore"].split()[0]))
' "$bin" "$r" >>"$out"
	done
done
python3 - "$out" <<'EOF'
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
print("build\tround\tcpu words/s\tsplitter\tcpu ratio\twall words/s\twall ratio\tload")
for r in rows:
    print("\t".join(r))
print("medians:")
for b in dict.fromkeys(r[0] for r in rows):
    mine = [r for r in rows if r[0] == b]
    med = lambda k: statistics.median(float(r[k]) for r in mine)
    print("%s\tcpu %.0f words/s, splitter %.0f, ratio %.4f; wall %.0f words/s, ratio %.4f" % (b, med(2), med(3), med(4), med(5), med(6)))
EOF
