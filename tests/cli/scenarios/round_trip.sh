#!/bin/sh
# The round trip of issue 12: every DebateXML archive and every Tabbycat import folder of
# tests/data is imported, exported with `tab export debatexml` and imported again; the team,
# speaker and reply standings of the two directories must be equal, entry by entry (CSV, with
# every metric). The archives hold the deviations real records have: missing speeches, iron
# persons, swing teams, byes, forfeits, duplicate names, stand-in teams.
# Usage: round_trip.sh TAB EXAMPLES DATA
set -u
TAB=$1; DATA=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "round_trip: $*"; exit 1; }

round_trip() {  # KIND SOURCE NAME
  d="$work/$3"
  "$TAB" -q import "$1" "$2" "$d" > /dev/null || fail "import of $2 failed"
  "$TAB" -q export debatexml "$d" > "$d.xml" || fail "export of $3 failed"
  "$TAB" -q import debatexml "$d.xml" "$d.again" > /dev/null || fail "re-import of $3 failed"
  for table in teams speakers replies; do
    "$TAB" -q -C "$d" --format csv standings "$table" > "$d.$table.csv" || fail "$3: standings $table failed"
    "$TAB" -q -C "$d.again" --format csv standings "$table" > "$d.again.$table.csv" ||
      fail "$3: standings $table after the round trip failed"
    [ "$table" = replies ] || [ "$(wc -l < "$d.$table.csv")" -gt 1 ] || fail "$3: no $table in the standings"
    diff "$d.$table.csv" "$d.again.$table.csv" || fail "$3: the $table standings changed in the round trip"
  done
}

count=0
for xml in "$DATA"/debatexml/*.xml; do
  round_trip debatexml "$xml" "$(basename "$xml" .xml)"
  count=$((count + 1))
done
for folder in "$DATA"/tabbycat-import/*/; do
  [ -f "$folder/teams.csv" ] || [ -f "$folder/speakers.csv" ] || continue  # test/ holds only bad files
  round_trip tabbycat "$folder" "tabbycat-$(basename "$folder")"
  count=$((count + 1))
done
[ "$count" -ge 12 ] || fail "only $count archives and folders found under $DATA"
exit 0
