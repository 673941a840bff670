#!/bin/sh
# The shell completions: bash completes commands, subcommands, options, --format values and the
# round ids of the tournament in -C DIR (read with `tab --format tsv rounds`); the zsh file is
# checked for syntax when zsh is installed.
# Usage: completion.sh TAB EXAMPLES DATA
set -u
TAB=$1; EXAMPLES=$2
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "completion: $*"; exit 1; }
cp -R "$EXAMPLES/kz-school-league" "$work/kz"

# Completes the words given (the last one being the word under the cursor) and prints the
# candidates sorted, one a line.
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _tab; printf "%s\n" "${COMPREPLY[@]}"' \
    complete "$ROOT/completions/tab.bash" "$TAB" "$@" | LC_ALL=C sort
}
expect() {
  want=$1; shift
  got=$(complete_words "$@" | tr '\n' ' ' | sed 's/ $//')
  [ "$got" = "$want" ] || fail "tab $*: expected '$want', got '$got'"
}

rounds=$(printf '%s\n' R1 R2 R3 R4 R5 SGF SSF UGF | tr '\n' ' ' | sed 's/ $//')
expect "$rounds" -C "$work/kz" draw ""
expect "$rounds" -C "$work/kz" allocate --force ""
expect "$rounds" -C "$work/kz" ballots check ""
expect "$rounds" --dir "$work/kz" standings --after ""
expect "SGF SSF" -C "$work/kz" results S
expect "R1 R2 R3 R4 R5" -C "$work/kz" simulate R
expect "" -C "$work/no-such-dir" draw ""
expect "debatexml tabbycat" import ""
expect "debatexml json" export ""
expect "duplicates qualify status table" season ""
expect "replies speakers teams" standings ""
expect "csv html json md text tsv" --format ""
expect "en kk ru" -C "$work/kz" --lang ""
expect "district institution speaker team" season table --by ""
complete_words "" | grep -qx rounds || fail "the command list lacks rounds"
complete_words draw --s | grep -qx -- --seed || fail "draw's options lack --seed"
complete_words teams --i | grep -qx -- --include-contacts || fail "teams' options lack --include-contacts"

if command -v zsh > /dev/null; then
  zsh -n "$ROOT/completions/_tab" || fail "completions/_tab is not valid zsh"
fi
echo "completion: ok"
