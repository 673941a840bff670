#!/bin/sh
# Runs one golden CLI case: the arguments in CASE/cmd (one shell line), run from a scratch copy
# of the case folder, and compares stdout, stderr (if expected.stderr exists) and the exit code.
# Usage: run_case.sh TAB CASE_DIR EXAMPLES_DIR DATA_DIR (tests/data)
# With UPDATE_GOLDEN=1 in the environment, a case whose output changed on purpose gets its
# expected files rewritten from this run (review the diff with git before committing).
set -u
TAB=$1; CASE=$2; EXAMPLES=$3; DATA=$4
export TAB EXAMPLES DATA NO_COLOR=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$CASE"/. "$work"/
cd "$work" || exit 1
sh ./cmd > actual.stdout 2> actual.stderr
echo $? > actual.code
status=0
expected_code=$(cat expected.code 2>/dev/null || echo 0)
if [ "$(cat actual.code)" != "$expected_code" ]; then
  echo "exit code: expected $expected_code, got $(cat actual.code)"; status=1
fi
if ! diff -u expected.stdout actual.stdout; then status=1; fi
if [ -f expected.stderr ] && ! diff -u expected.stderr actual.stderr; then status=1; fi
if [ $status -ne 0 ] && [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
  cp actual.stdout "$CASE/expected.stdout"
  [ -f expected.stderr ] && cp actual.stderr "$CASE/expected.stderr"
  if [ "$(cat actual.code)" != 0 ] || [ -f expected.code ]; then cp actual.code "$CASE/expected.code"; fi
  echo "updated the expected files of $CASE"
fi
if [ $status -ne 0 ]; then echo "--- stderr was:"; cat actual.stderr; fi
exit $status
