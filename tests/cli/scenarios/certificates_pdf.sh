#!/bin/sh
# tab certificates printed to PDF by headless Chromium: a finished BP tournament (eight teams,
# two prelims, a final of four; with a logo, an organiser and two signature lines) and a finished
# two-team tournament (the golden case certificates-csv-html), each in English, Kazakh and
# Russian, landscape and portrait. Every diploma and certificate must fill exactly one A4 page of
# the right orientation: pages == documents, where a participant with awards has one diploma per
# award and everyone else one certificate of participation (counted from --format json). A
# missing logo file is an error at its line of tournament.toml. Skips (exit 77, which ctest
# reports as skipped) only when /usr/bin/chromium or pdfinfo (poppler-utils) is not installed.
# Usage: certificates_pdf.sh TAB EXAMPLES DATA
set -u
TAB=$1
name=certificates_pdf
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
for tool in "$CHROMIUM" "$(command -v pdfinfo)"; do
  if [ ! -x "$tool" ]; then
    echo "$name: SKIPPED: chromium or pdfinfo is not installed (apt-get install -y chromium poppler-utils)"
    exit 77
  fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/lib/elimination.sh"

bp="$work/bp"
mkdir "$bp"
open_category() { echo open; }
participants "$bp" 8 2 open_category
cat > "$bp/tournament.toml" <<'TOML'
name = "Алатау кубогы"
preset = "bp"
seed = 808
language = "kk"
start_date = 2025-11-15
location = "Алматы"

[[rounds]]
id = "R1"
draw = "random"
[[rounds]]
id = "R2"
[[rounds]]
id = "GF"
stage = "elimination"

[[break_categories]]
id = "open"
name = "Open"
size = 4
general = true

[certificates]
logo = "logo.svg"
organiser = "Алматы қаласының дебат клубы"

[[certificates.signatures]]
name = "Айгерім Нұрланқызы"
role = "Бас төреші"

[[certificates.signatures]]
name = "Ерлан Назарбаев"
role = "Ұйымдастырушы"
TOML
cat > "$bp/logo.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80" viewBox="0 0 80 80"><circle cx="40" cy="40" r="36" fill="#1f3a68"/></svg>
SVG
"$TAB" -C "$bp" check > "$work/check.txt" 2>&1 || { cat "$work/check.txt"; fail "the BP tournament does not check"; }
prelims "$bp" R1 R2
"$TAB" -q -C "$bp" break > /dev/null || fail "break failed"
elimination "$bp" GF

two="$work/two"
cp -R "$(dirname "$0")/../cases/certificates-csv-html/tournament" "$two"

# documents DIR: the diplomas and certificates tab certificates must print.
documents() {
  "$TAB" -q -C "$1" --format json certificates |
    python3 -c 'import json, sys; print(sum(max(1, len(c["awards"])) for c in json.load(sys.stdin)["certificates"]))'
}

for dir in "$bp" "$two"; do
  expected=$(documents "$dir")
  [ "$expected" -gt 0 ] || fail "$dir: no certificates to print"
  for lang in en kk ru; do
    for orientation in landscape portrait; do
      label="$(basename "$dir") $lang $orientation"
      html="$work/$(basename "$dir")-$lang-$orientation.html"
      "$TAB" -q -C "$dir" --lang "$lang" --format html certificates --orientation "$orientation" > "$html" ||
        fail "$label: tab certificates failed"
      sheets=$(grep -c '<section class="certificate">' "$html")
      [ "$sheets" = "$expected" ] || fail "$label: $sheets sheets in the HTML; expected $expected"
      grep -q '<script' "$html" && fail "$label: the page has a script"
      grep -Eq '(src|href)="https?:' "$html" && fail "$label: the page fetches from the network"
      grep -Eq 'example\.org|\+7 70|2008-04|1990-02' "$html" && fail "$label: the page shows personal data"
      pdf="${html%.html}.pdf"
      "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$(mktemp -d -p "$work")" --no-pdf-header-footer \
        --print-to-pdf="$pdf" "file://$html" > /dev/null 2>&1
      [ -s "$pdf" ] || fail "$label: chromium printed no PDF"
      pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
      [ "$pages" = "$expected" ] || fail "$label: $pages printed pages; expected one per document, $expected"
      size=$(pdfinfo "$pdf" | awk '/^Page size:/ { print ($3 > $5) ? "landscape" : "portrait" }')
      [ "$size" = "$orientation" ] || fail "$label: the pages are $size; expected $orientation"
    done
  done
done

# The Kazakh BP sheets: degree diplomas, the logo as data, the organiser, signatures, place and date.
page="$work/bp-kk-landscape.html"
for text in "I дәрежелі диплом" "Қатысушы сертификаты" 'src="data:image/svg+xml;base64,' "Алматы қаласының дебат клубы" \
    "Айгерім Нұрланқызы" "Бас төреші" "Алматы, 15 қараша 2025 ж." "«Алатау кубогы» турниріне қатысты"; do
  grep -q "$text" "$page" || fail "the Kazakh certificates lack: $text"
done
grep -q "Алматы, 15 ноября 2025 г." "$work/bp-ru-landscape.html" || fail "the Russian certificates lack the Russian date"
grep -q "Алматы, 15 November 2025" "$work/bp-en-landscape.html" || fail "the English certificates lack the English date"

# A logo that is not there: exit 1 and the line of tournament.toml that names it.
rm "$bp/logo.svg"
"$TAB" -C "$bp" --lang en --format html certificates > /dev/null 2> "$work/missing.txt"
code=$?
[ $code = 1 ] || fail "a missing logo gave exit $code; expected 1"
grep -q "/tournament.toml:24:[0-9]*: error: .*logo 'logo.svg' not found" "$work/missing.txt" ||
  { cat "$work/missing.txt"; fail "a missing logo is not reported at its line"; }
echo "$name: ok"
