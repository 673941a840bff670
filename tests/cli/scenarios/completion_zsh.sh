#!/bin/sh
# The zsh completion (completions/_tab), loaded by compinit in `zsh -f`: it offers the commands,
# a command's options, subcommands, --format values and the round ids of the tournament in -C DIR
# (read with `tab --format tsv rounds`). lib/zsh_complete.zsh types each line and prints what Tab
# offers. scripts/install-deps.sh installs zsh.
# Usage: completion_zsh.sh TAB EXAMPLES DATA
set -u
TAB=$1; EXAMPLES=$2
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
fail() { echo "completion_zsh: $*"; exit 1; }
command -v zsh > /dev/null || fail "zsh is not installed (scripts/install-deps.sh installs it)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$EXAMPLES/kz-school-league" "$work/kz"
# _tab runs the program named on the command line: `tab` must be this build's.
mkdir "$work/bin"
ln -s "$(cd "$(dirname "$TAB")" && pwd)/$(basename "$TAB")" "$work/bin/tab"
PATH="$work/bin:$PATH"; export PATH

# What zsh offers for the line typed up to the cursor, sorted, on one line.
offered() {
  timeout 60 zsh -f "$HERE/lib/zsh_complete.zsh" "$ROOT/completions" "$work/zcompdump" "$1" | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//'
}
expect() {
  want=$1; line=$2
  got=$(offered "$line")
  [ "$got" = "$want" ] || fail "'$line': expected '$want', got '$got'"
}

expect "adjudicators allocate awards ballots break certificates check draw export import init protocol publish replay results rounds season simulate standings stats status teams" "tab "
expect "--dir --dry-run --explain --force --format --help --lang --quiet --seed --state" "tab draw --"
expect "R1 R2 R3 R4 R5 SGF SSF UGF" "tab -C $work/kz draw "
expect "SGF SSF" "tab -C $work/kz results S"
expect "R1 R2 R3 R4 R5" "tab --dir $work/kz allocate --force R"
expect "R1 R2 R3 R4 R5 SGF SSF UGF" "tab -C $work/kz ballots check "
expect "R1 R2 R3 R4 R5 SGF SSF UGF" "tab -C $work/kz standings --after "
expect "" "tab -C $work/no-such-dir draw "
expect "duplicates qualify status table" "tab season "
expect "csv html json md text tsv" "tab --format "
echo "completion_zsh: ok"
