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
echo "io_errors: init, import, publish, draw and break exit 4 with the path and the reason"
