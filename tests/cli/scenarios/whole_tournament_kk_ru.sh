#!/bin/sh
# A whole British Parliamentary tournament run once in Kazakh and once in Russian, as a director
# would: init, check, the help, draw, allocate, a ballot with a typo checked, simulate, results, status,
# standings, break, the elimination rounds, awards, certificates, protocol, stats and publish.
# Every byte of stdout and stderr and every page written is kept and read by
# lib/no_english.py: no English word tab uses (tests/data/english-words.txt, kept in sync with
# the English catalogue by a unit test), no counted noun in the wrong plural form, no ISO date.
# Usage: whole_tournament_kk_ru.sh TAB EXAMPLES DATA
set -u
TAB=$1
EXAMPLES=$2
DATA=$3
name=whole_tournament_kk_ru
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "$name: $*"; exit 1; }
command -v python3 > /dev/null || { echo "$name: skipped (no python3)"; exit 0; }

# run LANG STEP EXPECTED_EXIT ARGS...: runs tab, keeps its stdout and stderr as human output.
run() {
  lang=$1; step=$2; expected=$3; shift 3
  "$TAB" "$@" > "$out/$step.stdout" 2> "$out/$step.stderr"
  code=$?
  [ "$code" = "$expected" ] || { cat "$out/$step.stderr"; fail "$lang: tab $* exited $code; expected $expected"; }
}

for lang in kk ru; do
  out="$work/$lang-output"
  dir="$work/$lang"
  mkdir -p "$out"
  run $lang init 0 --lang $lang init "$dir" --preset bp
  grep -q "^language = \"$lang\"" "$dir/tournament.toml" || fail "$lang: init did not write language = \"$lang\""
  # The example's participants and rounds, in this language.
  cp "$EXAMPLES"/kz-school-league/*.csv "$dir/"
  sed "s/^language = .*/language = \"$lang\"/" "$EXAMPLES/kz-school-league/tournament.toml" > "$dir/tournament.toml"
  run $lang check 0 -C "$dir" check
  # The help in the directory's language (no --lang): the program's and a command's.
  run $lang help 0 -C "$dir" --help
  run $lang draw-help 0 -C "$dir" draw --help

  for round in R1 R2 R3 R4 R5; do
    run $lang draw-$round 0 -C "$dir" draw $round
    run $lang allocate-$round 0 -C "$dir" allocate $round
    run $lang simulate-$round 0 -C "$dir" simulate $round
    if [ $round = R1 ]; then
      # A speaker's name typed with a letter missing: one error naming the closest names.
      cp "$dir/rounds/R1/ballots.csv" "$work/ballots.csv"
      speaker=$(sed -n 2p "$dir/rounds/R1/ballots.csv" | python3 -c '
import csv, sys
header = next(csv.reader(open(sys.argv[1])))
row = next(csv.reader(sys.stdin))
print(next(v for h, v in zip(header, row) if h.startswith("speaker") and v))' "$dir/rounds/R1/ballots.csv")
      typo=$(printf '%s' "$speaker" | python3 -c 'import sys; s = sys.stdin.read(); print(s[:2] + s[3:], end="")')
      python3 - "$dir/rounds/R1/ballots.csv" "$speaker" "$typo" <<'PY'
import sys
path, speaker, typo = sys.argv[1:]
lines = open(path, encoding="utf-8").read().split("\n")
lines[1] = lines[1].replace(speaker, typo, 1)
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY
      run $lang ballots-typo 1 -C "$dir" ballots check R1
      grep -q "$speaker" "$out/ballots-typo.stdout" "$out/ballots-typo.stderr" ||
        fail "$lang: the ballot with '$typo' does not name '$speaker' as the closest name"
      cp "$work/ballots.csv" "$dir/rounds/R1/ballots.csv"
      run $lang ballots-check 0 -C "$dir" ballots check R1
    fi
    run $lang results-$round 0 -C "$dir" results $round
  done
  run $lang status 0 -C "$dir" status
  run $lang standings-teams 0 -C "$dir" standings teams
  run $lang standings-speakers 0 -C "$dir" standings speakers
  run $lang break 0 -C "$dir" break
  for round in SSF SGF UGF; do
    run $lang draw-$round 0 -C "$dir" draw $round
    run $lang allocate-$round 0 -C "$dir" allocate $round
    run $lang simulate-$round 0 -C "$dir" simulate $round
    run $lang results-$round 0 -C "$dir" results $round
  done
  run $lang status-final 0 -C "$dir" status
  run $lang awards 0 -C "$dir" awards
  run $lang certificates 0 -C "$dir" --format html certificates
  mv "$out/certificates.stdout" "$out/certificates.html"
  run $lang protocol 0 -C "$dir" --format html protocol
  mv "$out/protocol.stdout" "$out/protocol.html"
  run $lang protocol-md 0 -C "$dir" --format md protocol
  run $lang stats 0 -C "$dir" stats
  run $lang publish 0 -C "$dir" publish "$dir" "$work/$lang-site"
  for page in "$work/$lang-site"/*.html; do cp "$page" "$out/site-$(basename "$page")"; done
  # A refused overwrite and an unknown round are said in the language too.
  run $lang refused 3 -C "$dir" draw R1
  run $lang unknown-round 2 -C "$dir" draw R9

  python3 "$(dirname "$0")/lib/no_english.py" "$lang" "$DATA/english-words.txt" \
    "$DATA/../../src/core/translate/catalogue_$lang.cpp" "$out"/* || found="${found:-} $lang"
done
[ -z "${found:-}" ] || fail "English words, wrong plurals or ISO dates above (in:$found)"
echo "$name: ok"
