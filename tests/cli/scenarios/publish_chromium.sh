#!/bin/sh
# tab publish checked in a real browser: a schools archive is imported, a speaker and an
# adjudicator with phone, e-mail and birth date are added, the site is published, and headless
# Chromium renders the pages: the DOM (--dump-dom) must hold the draw and tab tables with the
# expected teams, and no phone, e-mail or birth date; screenshots must be written. Skips (exit 0
# with a message) only when /usr/bin/chromium is not installed.
# Usage: publish_chromium.sh TAB EXAMPLES DATA
set -u
TAB=$1; DATA=$3
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
  echo "publish_chromium: SKIPPED: $CHROMIUM is not installed (apt-get install -y chromium)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "publish_chromium: $*"; exit 1; }

d="$work/t"
"$TAB" -q import debatexml "$DATA/debatexml/schools-2024-a.xml" "$d" > /dev/null || fail "import failed"
echo "Extra Team,,Private Person,,,,,,female,2009-01-02,Aktau,+7 700 123 45 67,private@example.kz" >> "$d/teams.csv"
echo "Private Judge,,,5,false,false,false,,,,,,male,1990-05-06,Aktau,+7 701 765 43 21,judge@example.kz" >> "$d/adjudicators.csv"
"$TAB" -q -C "$d" check > /dev/null || fail "the tournament with personal data does not check"
"$TAB" -q publish "$d" "$work/site" > /dev/null || fail "publish failed"

browse() {  # browse FLAG PAGE: runs headless Chromium on a page with one output flag
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d -p "$work")" "$@" 2> /dev/null
}

for page in index draw-R1 draw-QF team-tab speaker-tab replies-tab motions; do
  [ -f "$work/site/$page.html" ] || fail "no page $page.html"
  browse --dump-dom "file://$work/site/$page.html" > "$work/$page.dom" || fail "chromium could not render $page.html"
  grep -q '</html>' "$work/$page.dom" || fail "$page.html: no rendered DOM"
  for secret in "700 123" "701 765" "private@example.kz" "judge@example.kz" "2009-01-02" "1990-05-06" "02.01.2009"; do
    grep -q "$secret" "$work/$page.dom" && fail "$page.html shows personal data: $secret"
  done
  grep -q '<script' "$work/$page.dom" && fail "$page.html has a script"
  grep -Eq '(src|href)="https?:' "$work/$page.dom" && fail "$page.html fetches from the network"
done
for page in draw-R1 draw-QF team-tab speaker-tab replies-tab motions; do
  grep -q '<table' "$work/$page.dom" || fail "$page.html has no table"
done
# The quarterfinal draw names its four debates' teams; the team tab starts with the top team.
for team in "School 01 A" "School 02 A" "School 11 A" "School 03 B"; do
  grep -q "$team" "$work/draw-QF.dom" || fail "draw-QF.html lacks $team"
done
sed -n '/<tbody>/,/<\/tr>/p' "$work/team-tab.dom" | grep -q 'School 02 A' || fail "the team tab does not start with School 02 A"
grep -q 'Private Person' "$work/speaker-tab.dom" || fail "the speaker tab lacks the added speaker's name"

# Screenshots at a phone's width and a desktop's.
browse --window-size=390,844 --screenshot="$work/phone.png" "file://$work/site/team-tab.html" > /dev/null ||
  fail "chromium could not take a screenshot"
browse --window-size=1280,900 --screenshot="$work/desk.png" "file://$work/site/draw-R1.html" > /dev/null ||
  fail "chromium could not take a screenshot"
for png in phone desk; do
  [ -s "$work/$png.png" ] || fail "no screenshot $png.png"
  head -c 8 "$work/$png.png" | od -An -c | grep -q 'P   N   G' || fail "$png.png is not a PNG"
done
[ -n "${PUBLISH_SCREENSHOTS:-}" ] && cp "$work/phone.png" "$work/desk.png" "$PUBLISH_SCREENSHOTS"/
exit 0
