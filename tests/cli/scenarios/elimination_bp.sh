#!/bin/sh
# A 48-team British Parliamentary tournament breaking 16, end to end: five simulated prelims,
# tab break, then quarterfinals (four rooms folded 1-8-9-16, 2-7-10-15, ...), semifinals (the
# pairs through from rooms 1 and 4, 2 and 3) and the final, each drawn from the results before it
# and simulated, then tab awards. Checks the rooms against the break ranks and the teams that went
# through (two per room, one from the final), places 1–4 against the final (the winner, then the
# others by their totals), the same bytes on a second run of every command, and that tab break
# will not overwrite its file without --force.
# Usage: elimination_bp.sh TAB EXAMPLES DATA
set -u
TAB=$1
name=elimination_bp
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/lib/elimination.sh"

dir="$work/t"
mkdir "$dir"
open_category() { echo open; }
participants "$dir" 48 2 open_category
cat > "$dir/tournament.toml" <<'TOML'
name = "BP Scenario Open"
preset = "bp"
seed = 4816
language = "en"
start_date = 2026-03-07

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
size = 16
general = true
TOML
"$TAB" -C "$dir" check > "$work/check.txt" 2>&1 || { cat "$work/check.txt"; fail "the generated tournament does not check"; }

prelims "$dir" R1 R2 R3 R4 R5
break_twice "$dir"
expect "teams in the break" "$(count "$dir" open)" 16

elimination "$dir" QF
expect "QF rooms" "$(rooms "$dir" QF)" 4
for i in 1 2 3 4; do
  expect "QF room $i" "$(teams "$dir" QF $i)" \
    "$(names "$(seed "$dir" open $i)" "$(seed "$dir" open $((9 - i)))" "$(seed "$dir" open $((8 + i)))" "$(seed "$dir" open $((17 - i)))")"
  expect "teams through from QF room $i" "$(outcome "$dir" QF $i win | wc -l)" 2
done

elimination "$dir" SF
expect "SF rooms" "$(rooms "$dir" SF)" 2
expect "SF room 1" "$(teams "$dir" SF 1)" "$(names "$(outcome "$dir" QF 1 win)" "$(outcome "$dir" QF 4 win)")"
expect "SF room 2" "$(teams "$dir" SF 2)" "$(names "$(outcome "$dir" QF 2 win)" "$(outcome "$dir" QF 3 win)")"

elimination "$dir" GF
expect "GF rooms" "$(rooms "$dir" GF)" 1
expect "the final" "$(teams "$dir" GF 1)" "$(names "$(outcome "$dir" SF 1 win)" "$(outcome "$dir" SF 2 win)")"
expect "winners of the final" "$(outcome "$dir" GF 1 win | wc -l)" 1

twice "awards" "" "$TAB" -C "$dir" awards
expect "places" "$(places "$dir" open)" "$(printf '1|%s\n' "$(outcome "$dir" GF 1 win)"; ranked "$dir" GF 1 | awk '{ print NR + 1 "|" $0 }')"
twice "certificates" "" "$TAB" -C "$dir" --format html certificates
echo "$name: ok"
