#!/bin/sh
# Times the tab binary on a big generated tournament, one command after another as a tab
# director's last round goes: bench/run_big.sh BUILD_DIR [TEAMS] [ROUNDS] [WORK_DIR]
#
# Generates TEAMS teams (default 4000) with ROUNDS drawn and simulated prelims (default 9) by
# BUILD_DIR/bench/make_tournament into WORK_DIR (default /tmp/tab-big-TEAMS-ROUNDS; kept and
# reused), copies it to a scratch directory (the commands write: the next round's draw, its
# allocation and ballots, the break, a website) and prints per command the exit code, wall and
# user seconds and the peak memory (GNU time). Figures, not a test: nothing here fails on time.
set -eu

build=${1:?usage: bench/run_big.sh BUILD_DIR [TEAMS] [ROUNDS] [WORK_DIR]}
teams=${2:-4000}
rounds=${3:-9}
work=${4:-/tmp/tab-big-$teams-$rounds}
tab="$build/tab"
time_cmd=/usr/bin/time
[ -x "$time_cmd" ] || { echo "run_big.sh: needs GNU time at $time_cmd (Debian package time)" >&2; exit 2; }

if [ ! -d "$work" ]; then
    echo "generating $teams teams, $rounds rounds into $work" >&2
    "$time_cmd" -f "make_tournament: %e s wall, %M KB peak" "$build/bench/make_tournament" "$work" "$teams" "$rounds"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r "$work" "$scratch/t"
dir="$scratch/t"
next="R$((rounds + 1))"

printf '%-28s %5s %9s %9s %10s\n' command exit "wall s" "user s" "peak MB"
run() {
    status=0
    "$time_cmd" -f "%e %U %M" -o "$scratch/time" "$tab" -q -C "$dir" "$@" > "$scratch/out" 2> "$scratch/err" || status=$?
    # GNU time writes "Command exited with non-zero status N" before the figures on a failure.
    tail -n 1 "$scratch/time" > "$scratch/figures"
    read -r wall user kb < "$scratch/figures"
    printf '%-28s %5s %9s %9s %10s\n' "$(echo "$*" | sed "s|$scratch/||g")" "$status" "$wall" "$user" "$((kb / 1024))"
}

run check
run status
run standings teams
run standings speakers
run results "R$rounds"
run draw "$next"
run allocate "$next"
run simulate "$next"
run break
run publish "$dir" "$scratch/site"
run export json
run export debatexml
run replay
