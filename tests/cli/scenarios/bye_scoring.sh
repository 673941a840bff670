#!/bin/sh
# How a bye scores ([draw] bye_result): in a five-team field one team sits out round 1; with the
# default "win" it has one win and its point in the standings, with "none" it has nothing.
# Usage: bye_scoring.sh TAB EXAMPLES DATA
set -u
TAB=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "bye_scoring: $*"; exit 1; }

for result in win none; do
  dir="$work/$result"
  mkdir -p "$dir"
  printf 'name = "Byes"\npreset = "wsdc"\nseed = 5\n[[rounds]]\nid = "R1"\n[draw]\nbye_result = "%s"\n' "$result" > "$dir/tournament.toml"
  echo "team,speaker" > "$dir/teams.csv"
  for t in 1 2 3 4 5; do for s in 1 2 3; do echo "Team $t,Speaker $t.$s" >> "$dir/teams.csv"; done; done
  "$TAB" -q -C "$dir" draw R1 > /dev/null || fail "$result: draw failed"
  bye=$(awk -F, '$1 == "bye" {print $4}' "$dir/rounds/R1/draw.csv")
  [ -n "$bye" ] || fail "$result: no bye in an odd field"
  "$TAB" -C "$dir" simulate R1 > /dev/null || fail "$result: simulate failed"
  wins=$("$TAB" -C "$dir" standings teams --format csv | awk -F, -v team="$bye" '$3 == team {print $5}')
  expected=1; [ "$result" = none ] && expected=0
  [ "$wins" = "$expected" ] || fail "$result: the bye team '$bye' has wins '$wins', expected $expected"
done
echo "bye_scoring: a bye is a win by default and nothing with bye_result = none"
