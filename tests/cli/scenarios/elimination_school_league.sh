#!/bin/sh
# A 40-team British Parliamentary school league with two break categories, end to end: teams 1–28
# may break as school pupils, 25–40 as university students (25–28 in both), school (8, the higher
# priority) and university (4). Five simulated prelims, tab break, then the school semifinals
# (rooms 1-4-5-8 and 2-3-6-7) and final, and the university final, each drawn from the results
# before it and simulated, then tab awards. Checks that each break holds only its eligible teams,
# that teams in the school break are "different break" among the students (none breaks twice),
# the rooms against the break ranks and the teams through, the school places 1, 2, 3=, 3= (third
# places shared) and the university places 1–4 against the finals, the same bytes on a second
# run of every command, and that tab break will not overwrite its file without --force.
# Usage: elimination_school_league.sh TAB EXAMPLES DATA
set -u
TAB=$1
name=elimination_school_league
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/lib/elimination.sh"

dir="$work/t"
mkdir "$dir"
category_of() {
  if [ "$1" -le 24 ]; then echo school
  elif [ "$1" -le 28 ]; then echo "school; university"
  else echo university; fi
}
participants "$dir" 40 2 category_of
cat > "$dir/tournament.toml" <<'TOML'
name = "School League Scenario"
preset = "bp"
seed = 4040
language = "kk"
start_date = 2026-04-18

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
id = "SSF"
stage = "elimination"
break_category = "school"
[[rounds]]
id = "SGF"
stage = "elimination"
break_category = "school"
[[rounds]]
id = "UGF"
stage = "elimination"
break_category = "university"

[[break_categories]]
id = "school"
name = "Мектеп оқушылары"
size = 8
priority = 20
general = false
third_place = "shared"

[[break_categories]]
id = "university"
name = "Студенттер"
size = 4
priority = 10
general = false
TOML
"$TAB" -C "$dir" check > "$work/check.txt" 2>&1 || { cat "$work/check.txt"; fail "the generated tournament does not check"; }

prelims "$dir" R1 R2 R3 R4 R5
break_twice "$dir"
expect "school teams in the break" "$(count "$dir" school)" 8
expect "university teams in the break" "$(count "$dir" university)" 4
for k in 1 2 3 4 5 6 7 8; do
  n=$(seed "$dir" school $k | sed 's/Team 0*//')
  [ "$n" -le 28 ] || fail "school seed $k is Team $n, who may not break as a school team"
done
for k in 1 2 3 4; do
  n=$(seed "$dir" university $k | sed 's/Team 0*//')
  [ "$n" -ge 25 ] || fail "university seed $k is Team $n, who may not break as a university team"
done
different=$(awk -F, '$1 == "university" && $5 == "different-break" { print $4 }' "$dir/break.csv")
[ -n "$different" ] || fail "no university team is marked different-break; the field no longer tests the priorities"
for team in $(echo "$different" | sed 's/ /_/'); do
  grep -q "^school,[0-9][0-9]*,[0-9]*,$(echo "$team" | sed 's/_/ /')," "$dir/break.csv" || fail "$team is different-break but not in the school break"
done
twice_in_break=$(awk -F, '$2 != "" { n[$4]++ } END { for (t in n) if (n[t] > 1) print t }' "$dir/break.csv")
[ -z "$twice_in_break" ] || fail "breaking in both categories: $twice_in_break"

elimination "$dir" SSF
expect "SSF rooms" "$(rooms "$dir" SSF)" 2
expect "SSF room 1" "$(teams "$dir" SSF 1)" "$(names "$(seed "$dir" school 1)" "$(seed "$dir" school 4)" "$(seed "$dir" school 5)" "$(seed "$dir" school 8)")"
expect "SSF room 2" "$(teams "$dir" SSF 2)" "$(names "$(seed "$dir" school 2)" "$(seed "$dir" school 3)" "$(seed "$dir" school 6)" "$(seed "$dir" school 7)")"
elimination "$dir" SGF
expect "the school final" "$(teams "$dir" SGF 1)" "$(names "$(outcome "$dir" SSF 1 win)" "$(outcome "$dir" SSF 2 win)")"
elimination "$dir" UGF
expect "the university final" "$(teams "$dir" UGF 1)" \
  "$(names "$(seed "$dir" university 1)" "$(seed "$dir" university 2)" "$(seed "$dir" university 3)" "$(seed "$dir" university 4)")"

twice "awards" "" "$TAB" -C "$dir" awards
school=$(ranked "$dir" SGF 1)
expect "school places" "$(places "$dir" school)" "$(printf '1|%s\n2|%s\n' "$(outcome "$dir" SGF 1 win)" "$(echo "$school" | head -n 1)"
  echo "$school" | tail -n 2 | sed 's/^/3=|/')"
expect "university places" "$(places "$dir" university)" "$(printf '1|%s\n' "$(outcome "$dir" UGF 1 win)"; ranked "$dir" UGF 1 | awk '{ print NR + 1 "|" $0 }')"
for lang in kk ru en; do
  twice "certificates ($lang)" "" "$TAB" -C "$dir" --lang $lang --format html certificates
done
echo "$name: ok"
