#!/bin/sh
# The example season end to end (examples/season-mangystau): qualification refused while the
# qualifiers are unfinished; three simulated qualifiers; `season qualify` appends the qualified
# teams after the hand-entered ones, and a second run adds nothing; the regional final is run
# (prelims, break, grand final); then league table, stats, protocol and certificates in every
# language, twice each to check that the same files print the same bytes.
# Usage: season.sh TAB EXAMPLES DATA
set -u
TAB=$1; EXAMPLES=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "season: $*"; exit 1; }
S="$work/season"
cp -R "$EXAMPLES/season-mangystau" "$S"

run_rounds() {
  dir=$1; shift
  for round in "$@"; do
    "$TAB" -q -C "$dir" draw "$round" > /dev/null || fail "draw $round in $dir failed"
    "$TAB" -q -C "$dir" simulate "$round" > /dev/null || fail "simulate $round in $dir failed"
  done
}

"$TAB" -C "$S" season qualify regional > /dev/null 2> "$work/refused.txt"
[ $? -eq 4 ] || fail "qualify before the qualifiers are run should exit 4"
grep -q "cannot qualify yet" "$work/refused.txt" || fail "qualify did not say why it refused"

for q in aktau zhanaozen beineu; do run_rounds "$S/$q" R1 R2 R3; done
"$TAB" -C "$S" season status --lang en > "$work/status.txt" || fail "season status failed"
[ "$(grep -c ' yes ' "$work/status.txt")" -ge 3 ] || { cat "$work/status.txt"; fail "status does not show three finished qualifiers"; }

cp "$S/regional/teams.csv" "$work/hand.csv"
"$TAB" -C "$S" season qualify regional --lang en > "$work/qualify.txt" || fail "season qualify failed"
[ "$(grep -c ' added' "$work/qualify.txt")" -eq 6 ] || { cat "$work/qualify.txt"; fail "expected 6 teams added"; }
head -c "$(wc -c < "$work/hand.csv")" "$S/regional/teams.csv" | cmp -s - "$work/hand.csv" || fail "hand entries changed"
[ "$(grep -c . "$S/regional/teams.csv")" -eq 17 ] || fail "expected 8 teams of two in the final's teams.csv"
cp "$S/regional/teams.csv" "$work/after.csv"
"$TAB" -C "$S" season qualify regional --lang en > "$work/again.txt" || fail "second qualify failed"
grep -q ' added' "$work/again.txt" && fail "the second qualify added teams again"
cmp -s "$work/after.csv" "$S/regional/teams.csv" || fail "the second qualify changed teams.csv"
"$TAB" -q -C "$S/regional" check > /dev/null || fail "the final does not load after qualification"

run_rounds "$S/regional" R1 R2 R3
"$TAB" -q -C "$S/regional" break > /dev/null || fail "break of the final failed"
run_rounds "$S/regional" GF

for lang in en kk ru; do
  for run in 1 2; do
    out="$work/$lang.$run"
    mkdir -p "$out"
    "$TAB" -C "$S" season table --lang "$lang" > "$out/table.txt" || fail "season table ($lang) failed"
    "$TAB" -C "$S" season duplicates --lang "$lang" > "$out/duplicates.txt" || fail "season duplicates ($lang) failed"
    "$TAB" -C "$S" stats --lang "$lang" --format json > "$out/stats.json" || fail "stats ($lang) failed"
    "$TAB" -C "$S" stats regional --lang "$lang" --format csv > "$out/stats.csv" || fail "stats of one tournament ($lang) failed"
    "$TAB" -C "$S" protocol regional --lang "$lang" --format html > "$out/protocol.html" || fail "protocol ($lang) failed"
    "$TAB" -C "$S" protocol regional --lang "$lang" --format md > "$out/protocol.md" || fail "protocol md ($lang) failed"
    "$TAB" -C "$S/regional" certificates --lang "$lang" --format html > "$out/certificates.html" || fail "certificates ($lang) failed"
  done
  for f in table.txt duplicates.txt stats.json stats.csv protocol.html protocol.md certificates.html; do
    cmp -s "$work/$lang.1/$f" "$work/$lang.2/$f" || fail "$f ($lang) differs between two runs"
    [ -s "$work/$lang.1/$f" ] || fail "$f ($lang) is empty"
  done
done

grep -q "Results protocol" "$work/en.1/protocol.html" || fail "English protocol title missing"
grep -q "Қорытынды хаттама" "$work/kk.1/protocol.html" || fail "Kazakh protocol title missing"
head -n 1 "$work/ru.1/protocol.md" | grep -q "^# Итоговый протокол: " || fail "Russian protocol title missing"
grep -q "Главный судья" "$work/ru.1/protocol.md" || fail "Russian signature line missing"
grep -q "ЖО" "$work/kk.1/protocol.md" || fail "Kazakh BP position names missing"
grep -q "ЗО" "$work/ru.1/protocol.md" || fail "Russian BP position names missing"
grep -q "=-" "$work/ru.1/protocol.md" && fail "the protocol writes a shared place as '1=-е место'"
# A team renamed "Name (CODE)" when it qualified is still one team in the league table.
grep -q "(ZHA-4)\|(BEI-4)" "$work/en.1/table.txt" && fail "the league table splits a team renamed by qualification"
# 4 tournaments of 8 teams; 52 speakers (48 at the qualifiers, 4 more in the final) and 12
# adjudicators (one judged at all four), each counted once; a certificate for each of the 20
# people of each qualifier and the 19 of the final.
"$TAB" -C "$S" stats --lang en --format tsv > "$work/stats.tsv" || fail "stats --format tsv failed"
tab=$(printf '\t')
for want in "tournaments${tab}4" "teams${tab}32" "participants${tab}64" \
            "speakers${tab}52" "adjudicators${tab}12" "certificates${tab}79"; do
  grep -q "^$want\$" "$work/stats.tsv" || { cat "$work/stats.tsv"; fail "stats lacks the row: $want"; }
done
grep -q "Беков" "$work/en.1/duplicates.txt" || fail "the duplicates report misses the two spellings of Беков Алихан"

# A hand-made translation overrides the built-in one.
printf 'key,text,lang\nprotocol.organiser,Ұйымдастырушы (қолы),kk\n' > "$S/regional/translations.csv"
"$TAB" -C "$S" protocol regional --format md > "$work/override.md" || fail "protocol with translations.csv failed"
grep -q "Ұйымдастырушы (қолы)" "$work/override.md" || fail "translations.csv was not applied"
echo "season: ok"
