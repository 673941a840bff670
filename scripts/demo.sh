#!/bin/sh
# make demo: check the bundled example tournament, list its teams, and show its first round's
# draw (printed, not written: --dry-run leaves the example untouched).
# Usage: demo.sh TAB EXAMPLE_DIR
set -e
TAB=$1
EXAMPLE=$2
echo "== tab check -C $EXAMPLE"
"$TAB" -C "$EXAMPLE" check
echo
echo "== tab teams -C $EXAMPLE"
"$TAB" -C "$EXAMPLE" teams
echo
echo "== tab draw R1 --dry-run -C $EXAMPLE"
"$TAB" -C "$EXAMPLE" draw R1 --dry-run
