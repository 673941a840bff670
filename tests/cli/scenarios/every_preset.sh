#!/bin/sh
# A small simulated tournament of every preset, from the command line: 8 teams (12 for BP), three
# prelims drawn, simulated and checked, both tabs printed twice (same bytes), and `tab replay`
# reproducing every draw and table (exit 0). Each preset's speakers per team and sides come from
# the preset itself, so a preset that cannot run end to end fails here.
# Usage: every_preset.sh TAB EXAMPLES DATA
set -u
TAB=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "every_preset: $*"; exit 1; }

for preset in bp wsdc australs asian apda karl-popper lincoln-douglas public-forum; do
  case $preset in
    bp) teams=12; speakers=2 ;;
    wsdc|australs|asian|karl-popper) teams=8; speakers=3 ;;
    apda|public-forum) teams=8; speakers=2 ;;
    lincoln-douglas) teams=8; speakers=1 ;;
  esac
  dir="$work/$preset"
  mkdir -p "$dir"
  {
    echo "name = \"Every preset: $preset\""
    echo "preset = \"$preset\""
    echo "seed = 11"
    for r in 1 2 3; do printf '[[rounds]]\nid = "R%s"\n' "$r"; done
  } > "$dir/tournament.toml"
  printf 'code,name\nA,School A\nB,School B\nC,School C\n' > "$dir/institutions.csv"
  echo "team,institution,speaker" > "$dir/teams.csv"
  t=1
  while [ $t -le $teams ]; do
    inst=$(echo "A B C" | cut -d' ' -f$(( (t % 3) + 1 )))
    s=1
    while [ $s -le $speakers ]; do echo "Team $t,$inst,Speaker $t.$s" >> "$dir/teams.csv"; s=$((s + 1)); done
    t=$((t + 1))
  done
  printf 'name,institution,strength\nJudge 1,A,5\nJudge 2,B,4\nJudge 3,C,3\nJudge 4,A,2\n' > "$dir/adjudicators.csv"
  "$TAB" -C "$dir" check > /dev/null || fail "$preset: tab check found problems"
  for round in R1 R2 R3; do
    "$TAB" -q -C "$dir" draw "$round" > /dev/null || fail "$preset: draw $round failed"
    "$TAB" -C "$dir" simulate "$round" > /dev/null || fail "$preset: simulate $round failed"
    "$TAB" -C "$dir" ballots check "$round" > "$work/check.txt" 2>&1 || { cat "$work/check.txt"; fail "$preset: ballots of $round invalid"; }
  done
  for table in teams speakers; do
    "$TAB" -C "$dir" standings "$table" --format json > "$work/a.json" || fail "$preset: standings $table failed"
    "$TAB" -C "$dir" standings "$table" --format json > "$work/b.json" || fail "$preset: standings $table failed"
    cmp -s "$work/a.json" "$work/b.json" || fail "$preset: standings $table differ between two runs"
    grep -q '"rank": 1' "$work/a.json" || fail "$preset: standings $table rank nobody first"
  done
  "$TAB" -C "$dir" replay > "$work/replay.txt" 2>&1 || { cat "$work/replay.txt"; fail "$preset: replay found differences"; }
  grep -q "3 draws made again" "$work/replay.txt" || { cat "$work/replay.txt"; fail "$preset: replay did not remake the three draws"; }
done
echo "every_preset: 8 presets drawn, simulated, ranked and replayed"
