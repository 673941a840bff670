#!/bin/sh
# Multi-file writes are transactional: init, import and publish write into a staging sibling
# (DIR.tmp-XXXXXX) and put it in place at once, so a process killed in the middle leaves the old
# directory or the new one, never a mixture, and running the command again succeeds; a draw's
# two files go through a journal (.tab.journal).
# TAB_TEST_FAIL_AFTER_WRITES=N makes tab die (exit 137, as if killed) right after its Nth file;
# then real `kill -9` at random moments.
# Usage: crash_safe_writes.sh TAB EXAMPLES DATA
set -u
TAB=$1
EXAMPLES=$2
DATA=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "crash_safe_writes: $*"; exit 1; }
# Same files, same bytes; the lock file is not part of the state.
same() { diff -r -x .tab.lock "$1" "$2" > /dev/null 2>&1; }

# What a complete run writes, for comparison (name and seed come from the folder name).
mkdir "$work/ref"
"$TAB" -q init "$work/ref/init" > /dev/null || fail "init failed"
"$TAB" -q import tabbycat "$DATA/tabbycat-import/minimal8team" "$work/ref/import" > /dev/null || fail "import failed"

for n in 1 2 3 4 5; do
  # init and import killed after n files: no tournament yet, and a re-run succeeds.
  TAB_TEST_FAIL_AFTER_WRITES=$n "$TAB" -q init "$work/init" > /dev/null 2>&1
  code=$?
  if [ $code = 137 ]; then
    [ ! -e "$work/init/tournament.toml" ] || fail "init killed after $n files left a half tournament"
  else
    [ $code = 0 ] || fail "init with the fault hook at $n: exit $code"
  fi
  "$TAB" -q init "$work/init" > /dev/null 2>&1 || fail "init after a kill after $n files failed"
  same "$work/init" "$work/ref/init" || fail "init re-run after $n files differs from a clean one"
  rm -rf "$work/init"

  TAB_TEST_FAIL_AFTER_WRITES=$n "$TAB" -q import tabbycat "$DATA/tabbycat-import/minimal8team" "$work/import" > /dev/null 2>&1
  code=$?
  if [ $code = 137 ]; then
    [ ! -e "$work/import/tournament.toml" ] || fail "import killed after $n files left a half tournament"
  else
    [ $code = 0 ] || fail "import with the fault hook at $n: exit $code"
  fi
  "$TAB" -q import tabbycat "$DATA/tabbycat-import/minimal8team" "$work/import" > /dev/null 2>&1 ||
    fail "import after a kill after $n files failed"
  same "$work/import" "$work/ref/import" || fail "import re-run after $n files differs from a clean one"
  rm -rf "$work/import"
done
ls -d "$work"/*.tmp-* > /dev/null 2>&1 && fail "staging folders left after the re-runs: $(ls -d "$work"/*.tmp-*)"

# publish: the old site, then the site after a round is drawn and its ballots are in.
cup="$work/cup"
cp -r "$EXAMPLES/wsdc-open" "$cup"
rm -rf "$cup/rounds" "$cup/break.csv"
"$TAB" -q publish "$cup" "$work/site.old" > /dev/null || fail "publish (old) failed"
"$TAB" -q -C "$cup" draw R1 > /dev/null && "$TAB" -q -C "$cup" simulate R1 > /dev/null || fail "draw/simulate R1 failed"
"$TAB" -q publish "$cup" "$work/site.new" > /dev/null || fail "publish (new) failed"
same "$work/site.old" "$work/site.new" && fail "the two sites are the same: the test would prove nothing"

for n in 1 2 3 4 5 6; do
  rm -rf "$work/site" && cp -r "$work/site.old" "$work/site"
  TAB_TEST_FAIL_AFTER_WRITES=$n "$TAB" -q publish "$cup" "$work/site" > /dev/null 2>&1
  code=$?
  [ $code = 137 ] || [ $code = 0 ] || fail "publish with the fault hook at $n: exit $code"
  same "$work/site" "$work/site.old" || same "$work/site" "$work/site.new" ||
    fail "publish killed after $n files left a mixture of two sites"
done

# Real kills at random moments: old or new every time, and the next publish succeeds.
i=0
while [ $i -lt 15 ]; do
  i=$((i + 1))
  rm -rf "$work/site" && cp -r "$work/site.old" "$work/site"
  "$TAB" -q publish "$cup" "$work/site" > /dev/null 2>&1 &
  pid=$!
  sleep "0.0$((i % 10))"
  kill -9 $pid 2> /dev/null
  wait $pid 2> /dev/null
  same "$work/site" "$work/site.old" || same "$work/site" "$work/site.new" ||
    fail "kill -9 number $i left a mixture of two sites"
  "$TAB" -q publish "$cup" "$work/site" > /dev/null 2>&1 || fail "publish after kill -9 number $i failed"
  same "$work/site" "$work/site.new" || fail "publish after kill -9 number $i is not the new site"
done
ls -d "$work"/site.tmp-* > /dev/null 2>&1 && fail "staging folders left after the re-runs"

# A draw is two files, draw.csv and draw.toml, written as one group through a journal
# (.tab.journal): killed after any step, every reader sees the old pair or the new one, and the
# next command that takes the lock (here simulate) finishes the new pair.
"$TAB" -q -C "$cup" draw R2 --seed 1 > /dev/null || fail "draw R2 (old) failed"
mkdir "$work/draw.old" "$work/draw.new"
cp "$cup/rounds/R2/draw.csv" "$cup/rounds/R2/draw.toml" "$work/draw.old/"
"$TAB" -C "$cup" draw R2 --show --format csv > "$work/show.old" || fail "draw R2 --show failed"
"$TAB" -q -C "$cup" draw R2 --seed 2 --force > /dev/null || fail "draw R2 (new) failed"
cp "$cup/rounds/R2/draw.csv" "$cup/rounds/R2/draw.toml" "$work/draw.new/"
"$TAB" -C "$cup" draw R2 --show --format csv > "$work/show.new"
cmp -s "$work/show.old" "$work/show.new" && fail "the two draws of R2 are the same: the test would prove nothing"
same_pair() { cmp -s "$cup/rounds/R2/draw.csv" "$1/draw.csv" && cmp -s "$cup/rounds/R2/draw.toml" "$1/draw.toml"; }
for n in 1 2 3 4 5 6; do
  cp "$work/draw.old/draw.csv" "$work/draw.old/draw.toml" "$cup/rounds/R2/"
  TAB_TEST_FAIL_AFTER_WRITES=$n "$TAB" -q -C "$cup" draw R2 --seed 2 --force > /dev/null 2>&1
  code=$?
  [ $code = 137 ] || [ $code = 0 ] || fail "draw with the fault hook at $n: exit $code"
  "$TAB" -C "$cup" draw R2 --show --format csv > "$work/show" || fail "draw --show after a kill after $n files failed"
  cmp -s "$work/show" "$work/show.old" || cmp -s "$work/show" "$work/show.new" ||
    fail "a draw killed after $n files shows a mixture of two draws"
  "$TAB" -q -C "$cup" simulate R1 --force > /dev/null || fail "simulate after a draw killed after $n files failed"
  same_pair "$work/draw.old" || same_pair "$work/draw.new" || fail "a draw killed after $n files left a mixed pair"
  cmp -s "$work/show" "$work/show.old" && ! same_pair "$work/draw.old" && fail "the files after $n are not what readers saw"
  [ ! -e "$cup/.tab.journal" ] || fail "the journal of a draw killed after $n files is still there after simulate"
  rm -f "$cup"/rounds/R2/*.tmp-*
done
echo "crash_safe_writes: init, import, publish and a draw killed after each file or at random leave old or new, and re-run"
