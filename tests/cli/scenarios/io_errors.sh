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
# A write the system refuses (injected: TAB_TEST_WRITES_FAIL_WITH, as a full disk would) is said
# in the reader's language, the system's reason too, with no English word but the path.
for lang in ru kk; do
  TAB_TEST_WRITES_FAIL_WITH=enospc "$TAB" --lang $lang -C "$cup" break --force --allow-incomplete \
    > /dev/null 2> "$work/$lang.err"
  code=$?
  [ $code = 4 ] || fail "$lang: a full disk: exit $code, expected 4: $(cat "$work/$lang.err")"
  python3 "$(dirname "$0")/lib/no_english.py" $lang "$DATA/english-words.txt" \
    "$(dirname "$0")/../../../src/core/translate/catalogue_$lang.cpp" "$work/$lang.err" || fail "$lang: English in the failure above"
done
grep -q "$cup/break.csv: на диске не осталось места" "$work/ru.err" || fail "ru: no path and reason: $(cat "$work/ru.err")"
grep -q "дискіде бос орын қалмады" "$work/kk.err" || fail "kk: no reason: $(cat "$work/kk.err")"
echo "io_errors: init, import, publish, draw, simulate and break exit 4 with the path and the reason, in ru and kk too"
