#!/usr/bin/env bash
# Runs every Go fuzz target in the module for a bounded time each.
# usage: .ci/fuzz.sh DURATION   (e.g. 15s in CI, 10m for the README figures)
set -euo pipefail
cd "$(dirname "$0")/.."
dur=${1:-15s}
grep -rl --include='*_test.go' '^func Fuzz' . | sort | while read -r f; do
  pkg=./$(dirname "${f#./}")
  grep -o '^func Fuzz[A-Za-z0-9_]*' "$f" | sed 's/^func //' | while read -r name; do
    echo "fuzz $pkg $name for $dur"
    go test -run='^$' -fuzz="^${name}\$" -fuzztime="$dur" -fuzzminimizetime=2s "$pkg"
  done
done
