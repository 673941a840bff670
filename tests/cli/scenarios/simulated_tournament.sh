#!/bin/sh
# A whole simulated tournament for each example (BP and WSDC): every prelim is drawn, simulated
# and checked; then the tabs are printed twice and must be identical, simulating a round again
# from the same seed must give the same ballots byte for byte, `tab replay` must reproduce every
# draw (exit 0), and must notice a draw edited afterwards (exit 5).
# Usage: simulated_tournament.sh TAB EXAMPLES DATA
set -u
TAB=$1; EXAMPLES=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "simulated_tournament: $*"; exit 1; }

for example in kz-school-league wsdc-open; do
  dir="$work/$example"
  cp -R "$EXAMPLES/$example" "$dir"
  rounds=$(sed -n '/^\[\[rounds\]\]/,/^stage/p' "$dir/tournament.toml" | awk -F'"' '/^id/ {id=$2} /^stage = "prelim"/ {print id}')
  [ -n "$rounds" ] || fail "$example: no prelim rounds found"
  for round in $rounds; do
    "$TAB" -q -C "$dir" draw "$round" > /dev/null || fail "$example: draw $round failed"
    "$TAB" -C "$dir" simulate "$round" > /dev/null || fail "$example: simulate $round failed"
    "$TAB" -C "$dir" --lang en ballots check "$round" > "$work/check.txt" 2>&1 || { cat "$work/check.txt"; fail "$example: ballots of $round invalid"; }
    grep -q "no errors" "$work/check.txt" || fail "$example: ballots check $round did not say no errors"
  done
  last=$(echo "$rounds" | tail -n 1)
  cp "$dir/rounds/$last/ballots.csv" "$work/ballots.first"
  "$TAB" -C "$dir" simulate "$last" --force > /dev/null || fail "$example: simulate --force failed"
  cmp -s "$work/ballots.first" "$dir/rounds/$last/ballots.csv" || fail "$example: simulating $last again changed the ballots"
  for table in teams speakers replies; do
    "$TAB" -C "$dir" standings "$table" --format json > "$work/a.json" || fail "$example: standings $table failed"
    "$TAB" -C "$dir" standings "$table" --format json > "$work/b.json" || fail "$example: standings $table failed"
    cmp -s "$work/a.json" "$work/b.json" || fail "$example: standings $table differ between two runs"
  done
  "$TAB" -C "$dir" standings teams > "$work/teams.txt" || fail "$example: standings failed"
  teams=$(grep -c . "$work/teams.txt")
  [ "$teams" -gt 4 ] || fail "$example: the team tab is too short"
  "$TAB" -C "$dir" --lang en status | grep -q "next:" || fail "$example: status gave no next step"
  "$TAB" -C "$dir" --lang en replay > "$work/replay.txt" 2>&1 || { cat "$work/replay.txt"; fail "$example: replay found differences"; }
  grep -q " 0 difference" "$work/replay.txt" || fail "$example: replay did not report its count"
  first=$(echo "$rounds" | head -n 1)
  # Edit the first round's draw by hand: exchange the first two team columns of room 1.
  awk -F, 'BEGIN { OFS = "," } NR == 2 { t = $4; $4 = $5; $5 = t } { print }' "$dir/rounds/$first/draw.csv" > "$work/draw.csv"
  cp "$work/draw.csv" "$dir/rounds/$first/draw.csv"
  "$TAB" -C "$dir" replay > "$work/replay.txt" 2>&1
  [ $? -eq 5 ] || { cat "$work/replay.txt"; fail "$example: replay did not exit 5 on an edited draw"; }
done
echo "simulated_tournament: ok"
