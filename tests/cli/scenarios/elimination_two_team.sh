#!/bin/sh
# A 24-team WSDC tournament breaking 8, end to end: five simulated prelims, tab break, then the
# quarterfinals, semifinals and grand final (with a third-place debate), each drawn from the
# results before it and simulated, then tab awards. Checks the bracket by break rank (1v8, 2v7,
# 3v6, 4v5; then the winners of rooms 1 and 4, 2 and 3; the final and the third-place debate
# between the semifinal losers), places 1–4 against those results, that every command gives the
# same bytes when run again, that tab break will not overwrite its file without --force, and
# that the semifinals cannot be drawn before the quarterfinals are played (exit 4).
# Usage: elimination_two_team.sh TAB EXAMPLES DATA
set -u
TAB=$1
name=elimination_two_team
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/lib/elimination.sh"

dir="$work/t"
mkdir "$dir"
open_category() { echo open; }
participants "$dir" 24 3 open_category
cat > "$dir/tournament.toml" <<'TOML'
name = "Two-Team Scenario Open"
preset = "wsdc"
seed = 2424
language = "en"
start_date = 2026-02-14

[[rounds]]
id = "R1"
draw = "random"
[[rounds]]
id = "R2"
[[rounds]]
id = "R3"
[[rounds]]
id = "R4"
[[rounds]]
id = "R5"
[[rounds]]
id = "QF"
stage = "elimination"
[[rounds]]
id = "SF"
stage = "elimination"
[[rounds]]
id = "GF"
stage = "elimination"

[[break_categories]]
id = "open"
name = "Open"
size = 8
general = true
third_place = "debate"
TOML
"$TAB" -C "$dir" check > "$work/check.txt" 2>&1 || { cat "$work/check.txt"; fail "the generated tournament does not check"; }

prelims "$dir" R1 R2 R3 R4 R5
break_twice "$dir"
expect "teams in the break" "$(count "$dir" open)" 8

"$TAB" -C "$dir" draw SF > /dev/null 2>&1
code=$?
[ $code -eq 4 ] || fail "drawing SF before QF was played exited $code; expected 4"
elimination "$dir" QF
expect "QF rooms" "$(rooms "$dir" QF)" 4
for i in 1 2 3 4; do
  expect "QF room $i" "$(teams "$dir" QF $i)" "$(names "$(seed "$dir" open $i)" "$(seed "$dir" open $((9 - i)))")"
done

elimination "$dir" SF
expect "SF rooms" "$(rooms "$dir" SF)" 2
expect "SF room 1" "$(teams "$dir" SF 1)" "$(names "$(outcome "$dir" QF 1 win)" "$(outcome "$dir" QF 4 win)")"
expect "SF room 2" "$(teams "$dir" SF 2)" "$(names "$(outcome "$dir" QF 2 win)" "$(outcome "$dir" QF 3 win)")"

elimination "$dir" GF
expect "GF rooms (final and third-place debate)" "$(rooms "$dir" GF)" 2
expect "the final" "$(teams "$dir" GF 1)" "$(names "$(outcome "$dir" SF 1 win)" "$(outcome "$dir" SF 2 win)")"
expect "the third-place debate" "$(teams "$dir" GF 2)" "$(names "$(outcome "$dir" SF 1 loss)" "$(outcome "$dir" SF 2 loss)")"
expect "room 2 of GF flags" "$(flags "$dir" GF 2)" "third-place"

twice "awards" "" "$TAB" -C "$dir" awards
expect "places" "$(places "$dir" open)" "$(printf '1|%s\n2|%s\n3|%s\n4|%s' \
  "$(outcome "$dir" GF 1 win)" "$(outcome "$dir" GF 1 loss)" "$(outcome "$dir" GF 2 win)" "$(outcome "$dir" GF 2 loss)")"
twice "certificates" "" "$TAB" -C "$dir" --format csv certificates
echo "$name: ok"
