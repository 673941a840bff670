#!/usr/bin/env zsh
# Prints, one a line, what zsh's completion of completions/_tab offers for a command line typed up
# to the cursor: an interactive `zsh -f` in a pseudo-terminal loads _tab through compinit, the line
# is typed, and Tab runs the completion with compadd wrapped to print the matches instead of
# listing them. (The way of zsh-capture-completion by Valodim, MIT licence.)
# compinit keeps what it finds on fpath in DUMP_FILE: the first call writes it, later calls read it
# instead of scanning every completion function on fpath again (seconds each).
# Usage: zsh -f zsh_complete.zsh COMPLETIONS_DIR DUMP_FILE 'tab -C DIR draw '
zmodload zsh/zpty || exit 2
completions=$1
dump=$2
line=$3

zpty z zsh -f -i
zpty -w z "PROMPT= RPROMPT= PS2="
zpty -w z "fpath=(${(q)completions} \$fpath)"
zpty -w z "autoload -U compinit && compinit -u -d ${(q)dump}"
# A NUL line before and after the matches marks where they are in the terminal's output.
zpty -w z "_zc_null() { echo -E - \$'\\0' }"
zpty -w z "compprefuncs=( _zc_null ); comppostfuncs=( _zc_null exit )"
zpty -w z "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false"
# compadd as the completion functions call it, printing each match it would add.
zpty -w z 'compadd() {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
  typeset -a _zc_hits
  builtin compadd -A _zc_hits "$@"
  (( $#_zc_hits )) && print -rl -- $_zc_hits
}'
# Last: Enter no longer runs the line, Tab completes it.
zpty -w z "bindkey '^M' undefined; bindkey '^J' undefined; bindkey '^I' complete-word"
zpty -w z "$line"$'\t'

integer found=0
while zpty -r z chunk; do
  if (( ! found )); then
    [[ $chunk == *$'\0'* ]] || continue
    found=1
    chunk=${chunk#*$'\0'}
  fi
  if [[ $chunk == *$'\0'* ]]; then
    print -rn -- "${chunk%%$'\0'*}"
    break
  fi
  print -rn -- "$chunk"
done | tr -d '\r' | sed '/^$/d'
zpty -d z
