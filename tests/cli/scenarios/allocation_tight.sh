#!/bin/sh
# Allocation never gives up on a solvable round (issue 13): a 24-team BP tournament (6 rooms)
# with 13 adjudicators, one of whom conflicts with every team, and a history penalty so heavy
# (10^12 per repeat, the largest the range allows) that by round 3 every chair would rather sit nowhere than judge a team
# again. Every prelim allocates (exit 0), every room has a chair, the conflicted adjudicator is
# left out and named in a warning; the final (one room) gets the outround panel of 7, odd,
# although 12 could sit. Then tab status and tab simulate notice an unallocated round.
# Usage: allocation_tight.sh TAB EXAMPLES DATA
set -u
TAB=$1
name=allocation_tight
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/lib/elimination.sh"

dir="$work/t"
mkdir "$dir"
open_category() { echo open; }
participants "$dir" 24 2 open_category
all_teams=$(awk -F, 'NR > 1 && $1 != last { printf "%s%s", sep, $1; sep = ";"; last = $1 }' "$dir/teams.csv")
printf 'Judge Everywhere,J13,,9,false,true,false,%s,,,,,male,1990-02-01,District,,\n' "$all_teams" >> "$dir/adjudicators.csv"
cat > "$dir/tournament.toml" <<'TOML'
name = "Tight Allocation Cup"
preset = "bp"
seed = 1313
language = "en"
start_date = 2026-03-07

[allocation]
history_penalty = 1000000000000

[[rounds]]
id = "R1"
draw = "random"
[[rounds]]
id = "R2"
[[rounds]]
id = "R3"
[[rounds]]
id = "GF"
stage = "elimination"

[[break_categories]]
id = "open"
name = "Open"
size = 4
general = true
TOML
"$TAB" -C "$dir" check > "$work/check.txt" 2>&1 || { cat "$work/check.txt"; fail "the generated tournament does not check"; }

# allocate ROUND: must succeed with a chair in every room, Judge Everywhere left out and named.
allocate() {
  round=$1
  "$TAB" -C "$dir" allocate "$round" --format json > "$work/alloc.json" 2> "$work/alloc.err" ||
    { cat "$work/alloc.err"; fail "allocate $round failed"; }
  grep -q "Judge Everywhere conflicts with every room and is left out" "$work/alloc.err" ||
    { cat "$work/alloc.err"; fail "$round: the adjudicator conflicted with every room is not named"; }
  ! grep -q "Judge Everywhere" "$dir/rounds/$round/draw.csv" || fail "$round: Judge Everywhere was placed"
  python3 - "$work/alloc.json" "$round" <<'PY' || fail "allocate $round: a room without a chair"
import json, sys
doc = json.load(open(sys.argv[1]))
rooms = doc["rooms"]
sys.exit(0 if rooms and all(r.get("chair") for r in rooms) else 1)
PY
}

for round in R1 R2 R3; do
  "$TAB" -q -C "$dir" draw "$round" > /dev/null || fail "draw $round failed"
  if [ "$round" = R2 ]; then
    # R2 is simulated before it is allocated: tab simulate warns, tab status names the round.
    "$TAB" -C "$dir" status --format json > "$work/status.json" || fail "status failed"
    python3 - "$work/status.json" <<'PY' || fail "status does not report R2 as drawn but not allocated"
import json, sys
doc = json.load(open(sys.argv[1]))
r2 = [r for r in doc["rounds"] if r["round"] == "R2"][0]
sys.exit(0 if r2["allocated"] is False and doc["next"]["action"] == "allocate" and doc["next"]["round"] == "R2" else 1)
PY
    "$TAB" -C "$dir" simulate "$round" > /dev/null 2> "$work/sim.err" || fail "simulate $round failed"
    grep -q "round R2 is not allocated" "$work/sim.err" || fail "simulate does not warn that R2 is not allocated"
  fi
  allocate "$round"
  "$TAB" -C "$dir" simulate "$round" --force > /dev/null 2> "$work/sim.err" || fail "simulate $round failed"
  ! grep -q "not allocated" "$work/sim.err" || fail "simulate warns on the allocated round $round"
done
"$TAB" -C "$dir" status --format json > "$work/status.json" || fail "status failed"
python3 - "$work/status.json" <<'PY' || fail "status does not report the prelims as allocated"
import json, sys
doc = json.load(open(sys.argv[1]))
sys.exit(0 if all(r["allocated"] for r in doc["rounds"] if r["stage"] == "prelim") else 1)
PY

"$TAB" -q -C "$dir" break > /dev/null || fail "break failed"
"$TAB" -q -C "$dir" draw GF > /dev/null || fail "draw GF failed"
allocate GF
python3 - "$work/alloc.json" <<'PY' || fail "GF: the final's panel is not the outround panel of 7"
import json, sys
room = json.load(open(sys.argv[1]))["rooms"][0]
sys.exit(0 if 1 + len(room["panellists"]) == 7 else 1)
PY
exit 0
