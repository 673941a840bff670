#!/bin/sh
# Second processes and write failures: while one tab command holds the tournament's lock
# (.tab.lock), another command that writes refuses with exit 4 and a clear message, and reading
# commands go on; two draws started together never leave draw.csv and draw.toml from different
# processes; a write that fails gives exit 4 with the path and the system's reason, never 70.
# Usage: concurrent_writers.sh TAB EXAMPLES DATA
set -u
TAB=$1
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
fail() { echo "concurrent_writers: $*"; exit 1; }

dir="$work/cup"
mkdir -p "$dir"
printf 'name = "Locks"\npreset = "wsdc"\nseed = 9\n[[rounds]]\nid = "R1"\n[[rounds]]\nid = "R2"\n' > "$dir/tournament.toml"
echo "team,speaker" > "$dir/teams.csv"
for t in 1 2 3 4 5 6 7 8; do for s in 1 2 3; do echo "Team $t,Speaker $t.$s" >> "$dir/teams.csv"; done; done

# Another process holds the lock: a writer refuses, a reader does not mind.
flock "$dir/.tab.lock" sleep 3 &
holder=$!
sleep 0.5
"$TAB" -C "$dir" draw R1 > /dev/null 2> "$work/err"
code=$?
[ $code = 4 ] || fail "draw under another process's lock: exit $code, expected 4"
grep -q "another tab command is writing into $dir" "$work/err" || fail "no clear message: $(cat "$work/err")"
[ ! -e "$dir/rounds/R1/draw.csv" ] || fail "draw wrote under another process's lock"
"$TAB" -C "$dir" --lang ru draw R1 > /dev/null 2> "$work/err"
grep -q "другая команда tab сейчас записывает в $dir" "$work/err" || fail "the refusal is not in Russian: $(cat "$work/err")"
"$TAB" -C "$dir" rounds > /dev/null || fail "a reading command refused under the lock"
wait $holder

# The lock dies with its process: a draw goes through now.
"$TAB" -q -C "$dir" draw R1 > /dev/null || fail "draw after the lock was released failed"
"$TAB" -q -C "$dir" simulate R1 > /dev/null || fail "simulate R1 failed"

# Pairs of draws with different seeds at once: one writes, the other refuses (4: locked, or 3:
# drawn by then); the stored draw.csv is the one its draw.toml's seed makes.
for i in 1 2 3 4 5 6 7 8 9 10; do
  rm -rf "$dir/rounds/R2"
  "$TAB" -q -C "$dir" draw R2 --seed 1 > /dev/null 2>&1 & a=$!
  "$TAB" -q -C "$dir" draw R2 --seed 2 > /dev/null 2>&1 & b=$!
  wait $a; ca=$?
  wait $b; cb=$?
  ok=0
  for c in $ca $cb; do
    case $c in 0) ok=$((ok + 1)) ;; 3|4) ;; *) fail "pair $i: a draw exited $c" ;; esac
  done
  [ $ok = 1 ] || fail "pair $i: $ok draws succeeded (exits $ca, $cb), expected exactly one"
  "$TAB" -C "$dir" draw R2 --dry-run 2>&1 > /dev/null | grep -q "recorded seed is the one in" ||
    fail "pair $i: draw.csv and draw.toml do not come from one draw"
done

# Write failures: exit 4 naming the path and the reason.
mv "$dir/rounds" "$work/rounds.saved"
echo "not a folder" > "$dir/rounds"
"$TAB" -C "$dir" draw R1 > /dev/null 2> "$work/err"
code=$?
[ $code = 4 ] || fail "draw into a path blocked by a file: exit $code, expected 4"
grep -q "cannot .*rounds/R1.*Not a directory" "$work/err" || fail "no path and reason: $(cat "$work/err")"
rm "$dir/rounds"
mv "$work/rounds.saved" "$dir/rounds"
if [ "$(id -u)" != 0 ]; then  # root writes into read-only folders
  chmod a-w "$dir/rounds/R1" "$dir"
  "$TAB" -C "$dir" simulate R1 --force > /dev/null 2> "$work/err"
  code=$?
  chmod u+w "$dir/rounds/R1" "$dir"
  [ $code = 4 ] || fail "simulate in a read-only directory: exit $code, expected 4"
  grep -q "Permission denied" "$work/err" || fail "no reason: $(cat "$work/err")"
fi
echo "concurrent_writers: a second writer refuses, pairs of draws never mix, write failures exit 4 with path and reason"
