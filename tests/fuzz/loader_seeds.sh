#!/bin/sh
# The loader harness's seed corpus: one input per example tournament, its tournament.toml,
# teams.csv, adjudicators.csv, institutions.csv and venues.csv joined by lines "---"
# (loader_fuzz.cpp). Used by run.sh (libFuzzer) and by the test fuzz_replay.loader.
# Usage: loader_seeds.sh EXAMPLES OUT_DIR
set -eu
examples=$1; out=$2
mkdir -p "$out"
for dir in "$examples"/*/; do
  [ -f "$dir/tournament.toml" ] || continue
  seed="$out/$(basename "$dir")"
  : > "$seed"
  first=1
  for f in tournament.toml teams.csv adjudicators.csv institutions.csv venues.csv; do
    [ $first = 1 ] || printf '\n---\n' >> "$seed"
    first=0
    if [ -f "$dir/$f" ]; then cat "$dir/$f" >> "$seed"; fi
  done
done
