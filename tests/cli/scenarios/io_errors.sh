#!/bin/sh
# I/O errors are exit 4 with the path and the system's reason, never 70 (internal): init, import,
# publish, draw and break into a path whose parent is a regular file, or over a directory. These
# fail for root too (CI runs as root, where a read-only folder would not stop a write).
# Usage: io_errors.sh TAB EXAMPLES DATA
set -u
TAB=$1
EXAMPLES=$2
DATA=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "io_errors: $*"; exit 1; }
# expect WHAT PATTERN -- COMMAND...: exit 4 and PATTERN (path and reason) on stderr.
expect() {
  what=$1 pattern=$2
  shift 3
  "$@" > /dev/null 2> "$work/err"
  code=$?
  [ $code = 4 ] || fail "$what: exit $code, expected 4: $(cat "$work/err")"
  grep -q "$pattern" "$work/err" || fail "$what: no path and reason: $(cat "$work/err")"
}

echo "a file" > "$work/file"
expect init "cannot create $work/file/cup: Not a directory" -- "$TAB" init "$work/file/cup"
expect import "cannot create $work/file/cup: Not a directory" -- \
  "$TAB" import tabbycat "$DATA/tabbycat-import/minimal8team" "$work/file/cup"
cup="$work/cup"
cp -r "$EXAMPLES/wsdc-open" "$cup"
expect publish "cannot create $work/file/site: Not a directory" -- "$TAB" publish "$cup" "$work/file/site"

rm -rf "$cup/rounds" "$cup/break.csv"
echo "a file" > "$cup/rounds"
expect draw "cannot create $cup/rounds/R1: Not a directory" -- "$TAB" -C "$cup" draw R1
mkdir -p "$cup/break.csv/in-the-way"
expect break "cannot write $cup/break.csv: Is a directory" -- "$TAB" -C "$cup" break --force --allow-incomplete
# The draw's two files (one group write) and simulate's ballots over a directory in the way; and,
# where the user is not root, into a read-only round folder and a read-only tournament.
rm -rf "$cup/break.csv" "$cup/rounds"
"$TAB" -q -C "$cup" draw R1 > /dev/null || fail "draw R1 failed"
mkdir -p "$cup/rounds/R1/ballots.csv/in-the-way"
expect simulate "cannot write $cup/rounds/R1/ballots.csv: Is a directory" -- "$TAB" -C "$cup" simulate R1 --force
rm -rf "$cup/rounds/R1/ballots.csv"
rm "$cup/rounds/R1/draw.csv" && mkdir -p "$cup/rounds/R1/draw.csv/in-the-way"
expect "draw over a directory" "cannot write $cup/rounds/R1/draw.csv: Is a directory" -- "$TAB" -C "$cup" draw R1 --force
[ ! -e "$cup/.tab.journal" ] || fail "a failed draw left its journal"
rm -rf "$cup/rounds/R1/draw.csv"
if [ "$(id -u)" != 0 ]; then  # root writes into read-only folders
  chmod a-w "$cup/rounds/R1"
  expect "draw into a read-only round" "cannot write $cup/rounds/R1/draw.*Permission denied" -- "$TAB" -C "$cup" draw R1 --force
  expect "simulate into a read-only round" "cannot write $cup/rounds/R1/ballots.csv.*Permission denied" -- \
    "$TAB" -C "$cup" simulate R1 --force
  chmod u+w "$cup/rounds/R1"
  chmod a-w "$cup"
  expect "break into a read-only tournament" "Permission denied" -- "$TAB" -C "$cup" break --force --allow-incomplete
  chmod u+w "$cup"
fi
echo "io_errors: init, import, publish, draw, simulate and break exit 4 with the path and the reason"
