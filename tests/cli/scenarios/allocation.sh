#!/bin/sh
# Draw + allocate for every prelim of both examples (BP and WSDC), with ballots simulated in
# between so that later rounds are power-paired and adjudicators have judging histories: every
# room gets a chair, `tab allocate` (which checks every hard rule before writing) succeeds, a
# second run is refused without --force (exit 3) and, forced as a dry run, prints the same
# panels; the draws still check. With [allocation] auto = true, tab draw allocates as well.
# Usage: allocation.sh TAB EXAMPLES DATA
set -u
TAB=$1; EXAMPLES=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "allocation: $*"; exit 1; }

for example in kz-school-league wsdc-open; do
  dir="$work/$example"
  cp -R "$EXAMPLES/$example" "$dir"
  rounds=$(sed -n '/^\[\[rounds\]\]/,/^stage/p' "$dir/tournament.toml" | awk -F'"' '/^id/ {id=$2} /^stage = "prelim"/ {print id}')
  [ -n "$rounds" ] || fail "$example: no prelim rounds found"
  for round in $rounds; do
    "$TAB" -q -C "$dir" draw "$round" > /dev/null || fail "$example: draw $round failed"
    "$TAB" -q -C "$dir" allocate "$round" --format csv > "$work/first.csv" 2> "$work/err.txt" ||
      { cat "$work/err.txt"; fail "$example: allocate $round failed"; }
    rooms=$(grep -c . "$dir/rounds/$round/draw.csv")
    [ "$(($(grep -c . "$work/first.csv") - 1))" -eq "$((rooms - 1))" ] || fail "$example: $round: allocation rows differ from the draw's rooms"
    awk -F, 'NR > 1 && $3 == "" {bad = 1} END {exit bad}' "$work/first.csv" || fail "$example: $round: a room without a chair"
    "$TAB" -q -C "$dir" allocate "$round" > /dev/null 2>&1
    [ $? -eq 3 ] || fail "$example: allocating $round again without --force was not refused"
    "$TAB" -q -C "$dir" allocate "$round" --force --dry-run --format csv > "$work/again.csv" || fail "$example: forced dry run failed"
    cmp -s "$work/first.csv" "$work/again.csv" || fail "$example: $round: a second allocation differs"
    "$TAB" -q -C "$dir" simulate "$round" > /dev/null || fail "$example: simulate $round failed"
  done
  "$TAB" -q -C "$dir" check > "$work/check.txt" 2>&1 || { cat "$work/check.txt"; fail "$example: check failed after allocation"; }
done

# [allocation] auto = true: tab draw allocates too.
dir="$work/auto"
cp -R "$EXAMPLES/wsdc-open" "$dir"
printf '\n[allocation]\nauto = true\n' >> "$dir/tournament.toml"
"$TAB" -q -C "$dir" draw R1 > /dev/null || fail "auto: draw R1 failed"
awk -F, 'NR > 1 && $7 == "" {bad = 1} END {exit bad}' "$dir/rounds/R1/draw.csv" || fail "auto: a room without a chair"
exit 0
