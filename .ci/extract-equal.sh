#!/usr/bin/env bash
# extract-equal.sh BASE_KG NEW_KG [DIR...]: runs `kg extract --out` with two
# builds over the same inputs and diffs every JSON output, so that a change
# meant to be output-neutral (a speed-up) can be shown to be. Inputs: the
# seed corpus ../shared/corpus/*.txt, the held-out test texts, generated
# corpora (kg gen --docs 100 --seed 4242, and kg bench's 200 of seed 1) and
# any further folders given (e.g. the wide set's front-matter files); nothing is copied into the repository. Exit 0 when
# every output is byte-identical, 1 with the differing files listed.
set -euo pipefail
if [ $# -lt 2 ]; then
	echo "usage: $0 BASE_KG NEW_KG [DIR...]" >&2
	exit 2
fi
base=$1 new=$2
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$base" gen --docs 100 --seed 4242 "$work/gen" >/dev/null
"$base" gen --docs 200 --seed 1 "$work/gen1" >/dev/null # kg bench's corpus
sets=("$root/../shared/corpus" "$root/loader/extract/testdata/heldout" "$work/gen" "$work/gen1" "$@")
status=0
n=0
for i in "${!sets[@]}"; do
	dir=${sets[$i]}
	files=()
	for f in "$dir"/*.txt "$dir"/*.md "$dir"/*.json "$dir"/*.jsonl; do
		[ -f "$f" ] && files+=("$f")
	done
	if [ ${#files[@]} -eq 0 ]; then
		echo "extract-equal: no input in $dir" >&2
		exit 2
	fi
	for side in base new; do
		bin=$base
		[ $side = new ] && bin=$new
		# a document that fails fails on both sides alike: the diff shows it
		"$bin" extract --out "$work/$side/$i" "${files[@]}" 2>&1 | sed "s#$work/$side/#OUT/#" >"$work/$side.$i.log" || true
	done
	if ! diff -r "$work/base/$i" "$work/new/$i" >"$work/diff.$i"; then
		echo "extract-equal: outputs differ for $dir:" >&2
		head -40 "$work/diff.$i" >&2 || true
		status=1
	fi
	if ! diff "$work/base.$i.log" "$work/new.$i.log" >/dev/null; then
		echo "extract-equal: messages differ for $dir" >&2
		diff "$work/base.$i.log" "$work/new.$i.log" | head -20 >&2 || true
		status=1
	fi
	n=$((n + $(ls "$work/base/$i" | wc -l)))
done
if [ $status -eq 0 ]; then
	echo "extract-equal: $n outputs identical"
fi
exit $status
