#!/bin/sh
# The bundled example tournaments, finished and published: examples/kz-school-league (British
# Parliamentary, 32 teams, five prelims with a silent fifth, two break categories with their own
# semifinals and finals) and examples/wsdc-open (WSDC, five prelims with a silent fifth,
# quarterfinals, semifinals and a grand final). Every round is drawn, allocated and simulated
# in order, the break computed before the first elimination round; then each site is published
# in English and in the example's other language (Kazakh, Russian).
#
# Every page is rendered by headless Chromium at 390 and 1280 px, and none may be wider than the
# viewport. Each English site's content is checked: the draw by team of every round lists all
# its teams (in Kazakh alphabetical order on the Kazakh site), every round has its results page
# (the silent round too: the tournament is over), the bracket picture of break.html holds every
# team of every elimination debate as text and marks the teams through, the team tab has a
# liveness column per break category with "Safe" for exactly the breaking teams, the motions,
# positions and speaker-tab pages have their pictures (the histogram with a cut-off line per
# category), every <svg> has a <title>, and no page shows an e-mail, phone, birth date or
# gender from the participant files.
# Skips (exit 77, which ctest reports as skipped) only when /usr/bin/chromium is not installed.
# Usage: publish_examples.sh TAB EXAMPLES DATA
set -u
TAB=$1; EXAMPLES=$2
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
name=publish_examples
if [ ! -x "$CHROMIUM" ]; then
  echo "$name: SKIPPED: $CHROMIUM is not installed (apt-get install -y chromium)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/lib/elimination.sh"
. "$(dirname "$0")/lib/site.sh"

# finish DIR: every round of tournament.toml drawn, allocated and simulated in order; the break
# before the first elimination round.
finish() {
  dir=$1
  for round in $("$TAB" -C "$dir" rounds --format tsv | sed 1d | cut -f1,3 | tr '\t' ':'); do
    id=${round%:*}
    if [ "${round#*:}" = elimination ] && [ ! -f "$dir/break.csv" ]; then
      "$TAB" -q -C "$dir" break > /dev/null || fail "$dir: break failed"
    fi
    for step in draw allocate simulate; do
      "$TAB" -q -C "$dir" $step "$id" > /dev/null || fail "$dir: $step $id failed"
    done
  done
}

# column FILE NAME...: the non-empty values of the named columns of a CSV file without quoted
# commas (the examples' files), one a line.
column() {
  file=$1; shift
  awk -F, -v names="$*" 'NR == 1 { n = split(names, want, " "); for (i = 1; i <= NF; i++) for (j = 1; j <= n; j++) if ($i == want[j]) keep[i] = 1; next }
                         { for (i in keep) if ($i != "") print $i }' "$file"
}

# teams_of DRAW_CSV: the teams of a round's draw (the side columns), one a line.
teams_of() { column "$1" og oo cg co gov opp; }

# private DIR SITE: no page of SITE holds an e-mail, phone or birth date of DIR's participant
# files, or a gender code; no script, nothing fetched from the network.
private() {
  { column "$1/teams.csv" email phone birth_date; column "$1/adjudicators.csv" email phone birth_date; } | sort -u > "$work/private"
  [ -s "$work/private" ] || fail "$1: no personal data to look for"
  for page in "$2"/*.html; do
    grep -qF -f "$work/private" "$page" && fail "$page shows personal data: $(grep -oF -f "$work/private" "$page" | head -1)"
    grep -Eqw 'female|male' "$page" && fail "$page shows a gender"
    grep -qi '<script' "$page" && fail "$page has a script"
    grep -Eq '(src|href)="https?:' "$page" && fail "$page fetches from the network"
  done
  return 0
}

# contents DIR SITE: the English site's pages against the tournament's files.
contents() {
  dir=$1; site=$2
  categories=$(grep -c '^\[\[break_categories\]\]' "$dir/tournament.toml")
  for round in $(ls "$dir/rounds"); do
    teams_of "$dir/rounds/$round/draw.csv" > "$work/teams"
    [ -s "$work/teams" ] || fail "$round: no teams in its draw"
    [ -f "$site/results-$round.html" ] || fail "$site: no results-$round.html (every round is decided)"
    while IFS= read -r team; do
      grep -qF "<td>$team</td>" "$site/rooms-$round.html" || fail "rooms-$round.html lacks $team"
      grep -qF "<td>$team</td>" "$site/results-$round.html" || fail "results-$round.html lacks $team"
    done < "$work/teams"
  done
  # The bracket picture: every team of every elimination debate as text, the teams through marked.
  svg_texts "$site/break.html" > "$work/bracket"
  for round in $("$TAB" -C "$dir" rounds --format tsv | awk -F'\t' '$3 == "elimination" { print $1 }'); do
    while IFS= read -r team; do
      grep -qxF -e "$team" -e "$team ✓" "$work/bracket" || fail "break.html: the bracket picture lacks $team of $round"
    done <<TEAMS
$(teams_of "$dir/rounds/$round/draw.csv")
TEAMS
  done
  grep -q ' ✓$' "$work/bracket" || fail "break.html: the bracket marks nobody as through"
  # Liveness: a column per break category; once the break is made, its teams are the safe ones.
  [ "$(grep -o '<th>Live (' "$site/team-tab.html" | wc -l)" -eq "$categories" ] || fail "team-tab.html lacks a liveness column per category"
  breaking=$(awk -F, 'NR > 1 && $2 != "" && $2 != "0"' "$dir/break.csv" | wc -l)
  [ "$(grep -o '<td>Safe</td>' "$site/team-tab.html" | wc -l)" -eq "$breaking" ] ||
    fail "team-tab.html: $breaking breaking teams, but not as many Safe"
  grep -q '<td>Dead</td>' "$site/team-tab.html" || fail "team-tab.html: no team is dead after the break"
  # The other pictures.
  grep -q '<svg ' "$site/motions.html" || fail "motions.html has no win-rate bars"
  grep -q '<svg ' "$site/speaker-tab.html" || fail "speaker-tab.html has no histogram"
  [ "$(grep -c 'stroke-dasharray' "$site/speaker-tab.html")" -eq "$categories" ] ||
    fail "speaker-tab.html: the histogram lacks a cut-off line per category"
  if grep -q '^preset = "bp"' "$dir/tournament.toml"; then
    grep -q '<svg ' "$site/positions.html" || fail "positions.html has no heat map"
  fi
}

for example in kz-school-league wsdc-open; do
  dir="$work/$example"
  cp -R "$EXAMPLES/$example" "$dir"
  finish "$dir"
  other=$(sed -n 's/^language = "\(..\)"/\1/p' "$dir/tournament.toml")
  [ "$other" = en ] && other=ru
  for lang in en "$other"; do
    site="$work/site-$example-$lang"
    "$TAB" -q --lang "$lang" publish "$dir" "$site" > /dev/null || fail "$example: publish --lang $lang failed"
    for page in "$site"/*.html; do grep -q "<html lang=\"$lang\">" "$page" || fail "$page is not in $lang"; done
    private "$dir" "$site"
    titled "$site"
  done
  contents "$dir" "$work/site-$example-en"
done
# Every site's pages at both widths, in one Chromium.
widths "$work"/site-*

# Find your room in Kazakh alphabetical order: Ақжол before Алау (Қ comes before Л) and Ұшқын
# before Шабыт (Ұ after У), where code points would put both the other way round.
rooms="$work/site-kz-school-league-kk/rooms-R1.html"
for pair in 'Ақжол Алау' 'Ұшқын Шабыт'; do
  set -- $pair
  first=$(grep -n "<td>$1</td>" "$rooms" | head -1 | cut -d: -f1)
  second=$(grep -n "<td>$2</td>" "$rooms" | head -1 | cut -d: -f1)
  [ -n "$first" ] && [ -n "$second" ] && [ "$first" -lt "$second" ] || fail "rooms-R1.html (kk): $1 is not before $2"
done
exit 0
