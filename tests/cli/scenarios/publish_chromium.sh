#!/bin/sh
# tab publish checked in a real browser. Two finished tournaments are built and published in
# English, Kazakh and Russian: a 16-team BP tournament (three prelims, one of them silent and
# released by [publish] results_released, a break of 8, semifinals and a final) and a 12-team
# WSDC tournament (three prelims, a break of 4), with panels allocated and every participant's
# phone, e-mail and birth date in the files; then an imported schools archive with an added
# speaker and adjudicator carrying personal data.
#
# Every page of every site is rendered by headless Chromium at 390 px (a phone) and 1280 px
# (a desktop): a test-only harness page (written here, never published) holds each page in an
# iframe of that width and, once all are loaded, records which page scrolls wider than its frame;
# no page may. The pages themselves are checked for their content: the draw by team, per-round
# results, each elimination debate in the bracket, the projector view's rooms, <html lang>, and no
# contact data, no script and nothing fetched from the network.
# Skips (exit 77, which ctest reports as skipped) only when /usr/bin/chromium is not installed.
# Usage: publish_chromium.sh TAB EXAMPLES DATA
set -u
TAB=$1; DATA=$3
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
  echo "publish_chromium: SKIPPED: $CHROMIUM is not installed (apt-get install -y chromium)"
  exit 77
fi
name=publish_chromium
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/lib/elimination.sh"
. "$(dirname "$0")/lib/site.sh"

# tournament DIR PRESET TEAMS SPEAKERS BREAK ROUNDS...: a finished tournament: participants with
# personal data, the prelims R1-R3 (R2 silent) drawn, allocated and simulated, the break, then
# each elimination round of ROUNDS drawn, allocated and simulated.
tournament() {
  dir=$1; preset=$2; teams=$3; speakers=$4; size=$5; shift 5
  mkdir "$dir"
  open_category() { echo open; }
  participants "$dir" "$teams" "$speakers" open_category
  {
    printf 'name = "%s Site Cup"\npreset = "%s"\nseed = 77\nlanguage = "en"\n\n' "$preset" "$preset"
    printf '[publish]\nresults_released = ["R1", "R2", "R3"%s]\n\n' "$(printf ', "%s"' "$@")"
    printf '[[rounds]]\nid = "R1"\ndraw = "random"\nmotions = [{ text = "This House would ban homework", info_slide = "Homework is work set to be done at home." }]\n'
    printf '[[rounds]]\nid = "R2"\nsilent = true\nmotions = ["This House regrets social media"]\n'
    printf '[[rounds]]\nid = "R3"\nmotions = ["This House would tax sugar"]\n'
    for r in "$@"; do printf '[[rounds]]\nid = "%s"\nstage = "elimination"\nmotions = ["This House supports %s"]\n' "$r" "$r"; done
    printf '\n[[break_categories]]\nid = "open"\nname = "Open"\nsize = %s\ngeneral = true\n' "$size"
  } > "$dir/tournament.toml"
  "$TAB" -C "$dir" check > "$work/check.txt" 2>&1 || { cat "$work/check.txt"; fail "$preset: the tournament does not check"; }
  for round in R1 R2 R3; do
    "$TAB" -q -C "$dir" draw "$round" > /dev/null || fail "$preset: draw $round failed"
    "$TAB" -q -C "$dir" allocate "$round" > /dev/null || fail "$preset: allocate $round failed"
    "$TAB" -q -C "$dir" simulate "$round" > /dev/null || fail "$preset: simulate $round failed"
  done
  "$TAB" -q -C "$dir" break > /dev/null || fail "$preset: break failed"
  for round in "$@"; do
    "$TAB" -q -C "$dir" draw "$round" > /dev/null || fail "$preset: draw $round failed"
    "$TAB" -q -C "$dir" allocate "$round" > /dev/null || fail "$preset: allocate $round failed"
    "$TAB" -q -C "$dir" simulate "$round" > /dev/null || fail "$preset: simulate $round failed"
  done
}

# private SITE: no page of SITE shows personal data, runs a script or fetches anything.
private() {
  for page in "$1"/*.html; do
    grep -Eq '\+7 70[01]|@example\.|2008-04-|1990-0[25]-|2009-01-02|District [0-9]' "$page" && fail "$page shows personal data"
    grep -qi '<script' "$page" && fail "$page has a script"
    grep -Eq '(src|href)="https?:' "$page" && fail "$page fetches from the network"
  done
  return 0
}

# contents SITE LANG PRELIMS ELIMS: the pages every finished tournament has, in LANG.
contents() {
  site=$1; lang=$2; elims=$3
  for page in index team-tab speaker-tab motions break participants institutions; do
    [ -f "$site/$page.html" ] || fail "$site: no $page.html"
  done
  for round in R1 R2 R3 $elims; do
    for kind in draw rooms results projector; do [ -f "$site/$kind-$round.html" ] || fail "$site: no $kind-$round.html"; done
  done
  for page in "$site"/*.html; do grep -q "<html lang=\"$lang\">" "$page" || fail "$page is not in $lang"; done
  private "$site"
  titled "$site"
}

for preset in bp wsdc; do
  if [ $preset = bp ]; then tournament "$work/$preset" bp 16 2 8 SF GF; elims="SF GF"
  else tournament "$work/$preset" wsdc 12 3 4 SF GF; elims="SF GF"; fi
  for lang in en kk ru; do
    site="$work/site-$preset-$lang"
    "$TAB" -q --lang $lang publish "$work/$preset" "$site" > /dev/null || fail "$preset: publish --lang $lang failed"
    contents "$site" $lang "$elims"
  done
  site="$work/site-$preset-en"
  # Find your room: every team of R1, in alphabetical order, with its room.
  sed -n 's/.*<tr><td>\(Team [0-9]*\)<\/td>.*/\1/p' "$site/rooms-R1.html" > "$work/by-team"
  sort -c "$work/by-team" || fail "$preset: the draw by team is not in alphabetical order"
  teams=$(cut -d, -f1 "$work/$preset/teams.csv" | sed 1d | sort -u | wc -l)
  [ "$(wc -l < "$work/by-team")" -eq "$teams" ] || fail "$preset: rooms-R1.html does not list all $teams teams"
  for team in $(cut -d, -f1 "$work/$preset/teams.csv" | sed 1d | sort -u | tr ' ' '_'); do
    grep -q "<td>$(echo "$team" | tr '_' ' ')</td>" "$site/rooms-R1.html" || fail "$preset: rooms-R1.html lacks $team"
  done
  # The draw by room names the chair and the motion with its info slide.
  chair=$(awk -F, 'NR == 2 { print $(NF - 3) }' "$work/$preset/rounds/R1/draw.csv")
  [ -n "$chair" ] && grep -q "$chair" "$site/draw-R1.html" || fail "$preset: draw-R1.html lacks the chair $chair"
  grep -q 'Homework is work set' "$site/draw-R1.html" || fail "$preset: draw-R1.html lacks the info slide"
  # Results per round; the team tab shows each round's result.
  grep -q 'class="results"' "$site/results-R3.html" || fail "$preset: results-R3.html has no results table"
  if [ $preset = bp ]; then
    grep -Eq '<td>(OG|OO|CG|CO) [1-4]</td>' "$site/team-tab.html" || fail "bp: the team tab lacks per-round positions and places"
    [ -f "$site/positions.html" ] || fail "bp: no positions.html"
  else
    grep -Eq '<td>(Gov|Opp) (win|loss)</td>' "$site/team-tab.html" || fail "wsdc: the team tab lacks per-round sides and results"
    [ -f "$site/replies-tab.html" ] || fail "wsdc: no replies-tab.html"
  fi
  # The bracket: every elimination debate with the teams through.
  for round in $elims; do
    n=$(awk 'END { print NR - 1 }' "$work/$preset/rounds/$round/draw.csv")
    [ "$(grep -c "<tr><td>$round</td>" "$site/break.html")" -eq "$n" ] || fail "$preset: break.html lacks debates of $round"
  done
  # The projector view: a section per room with links to the next one.
  n=$(awk 'END { print NR - 1 }' "$work/$preset/rounds/R1/draw.csv")
  [ "$(grep -c '<section id="room-' "$site/projector-R1.html")" -eq "$n" ] || fail "$preset: projector-R1.html lacks rooms"
  grep -q 'href="#room-2"' "$site/projector-R1.html" || fail "$preset: projector-R1.html has no link to the next room"
done

# An imported archive with personal data added by hand.
d="$work/schools"
"$TAB" -q import debatexml "$DATA/debatexml/schools-2024-a.xml" "$d" > /dev/null || fail "import failed"
echo "Extra Team,,Private Person,,,,,,female,2009-01-02,Aktau,+7 700 123 45 67,private@example.kz" >> "$d/teams.csv"
echo "Private Judge,,,5,false,false,false,,,,,,male,1990-05-06,Aktau,+7 701 765 43 21,judge@example.kz" >> "$d/adjudicators.csv"
"$TAB" -q -C "$d" check > /dev/null || fail "the tournament with personal data does not check"
"$TAB" -q publish "$d" "$work/site" > /dev/null || fail "publish failed"
private "$work/site"
grep -q 'Private Person' "$work/site/speaker-tab.html" || fail "the speaker tab lacks the added speaker's name"
grep -q 'Private Judge' "$work/site/participants.html" || fail "the participants lack the added adjudicator's name"
for team in "School 01 A" "School 02 A" "School 11 A" "School 03 B"; do
  grep -q "$team" "$work/site/draw-QF.html" || fail "draw-QF.html lacks $team"
done
sed -n '/<tbody>/,/<\/tr>/p' "$work/site/team-tab.html" | grep -q 'School 02 A' || fail "the team tab does not start with School 02 A"

# Every site's pages at both widths, in one Chromium.
widths "$work"/site-bp-?? "$work"/site-wsdc-?? "$work/site"

# Screenshots at a phone's width and a desktop's (PUBLISH_SCREENSHOTS=DIR keeps them).
browse --window-size=390,844 --screenshot="$work/phone.png" "file://$work/site/team-tab.html" > /dev/null ||
  fail "chromium could not take a screenshot"
browse --window-size=1280,900 --screenshot="$work/desk.png" "file://$work/site-bp-en/projector-R1.html" > /dev/null ||
  fail "chromium could not take a screenshot"
for png in phone desk; do
  head -c 8 "$work/$png.png" | od -An -c | grep -q 'P   N   G' || fail "$png.png is not a PNG"
done
[ -n "${PUBLISH_SCREENSHOTS:-}" ] && cp "$work/phone.png" "$work/desk.png" "$PUBLISH_SCREENSHOTS"/
exit 0
