# Helpers for the break-and-eliminations scenarios (sourced; not a scenario itself).
# The caller sets TAB, work (a temp dir) and name (for messages), and defines nothing else.

fail() { echo "$name: $*"; exit 1; }

# participants DIR TEAMS SPEAKERS CATEGORY_OF: institutions (two teams each), teams with
# SPEAKERS speakers and the personal data a registration form holds (birth date, phone, e-mail),
# twelve adjudicators and enough venues. CATEGORY_OF is a shell function: team number -> the
# team's break categories.
participants() {
  dir=$1; teams=$2; speakers=$3; category_of=$4
  echo "code,name,district" > "$dir/institutions.csv"
  i=1
  while [ $i -le $(( (teams + 1) / 2 )) ]; do
    printf 'S%02d,School %02d,District %d\n' $i $i $(( i % 4 )) >> "$dir/institutions.csv"; i=$((i + 1))
  done
  echo "team,institution,speaker,speaker_id,speaker_categories,break_categories,seed,swing,gender,birth_date,district,phone,email" > "$dir/teams.csv"
  i=1
  while [ $i -le "$teams" ]; do
    s=1
    while [ $s -le "$speakers" ]; do
      if [ $s -eq 1 ]; then inst=$(printf 'S%02d' $(( (i + 1) / 2 ))); cats=$($category_of $i); else inst=; cats=; fi
      printf 'Team %02d,%s,Speaker %02d-%d,,,%s,,,female,2008-04-%02d,District,+7 700 555 %02d %d,speaker%02d%d@example.org\n' \
        $i "$inst" $i $s "$cats" $(( s + 10 )) $i $s $i $s >> "$dir/teams.csv"
      s=$((s + 1))
    done
    i=$((i + 1))
  done
  echo "name,id,institution,strength,trainee,independent,adj_core,team_conflicts,institution_conflicts,adjudicator_conflicts,unavailable,categories,gender,birth_date,district,phone,email" > "$dir/adjudicators.csv"
  echo "name,priority,tags" > "$dir/venues.csv"
  i=1
  while [ $i -le 12 ]; do
    printf 'Judge %02d,J%02d,,%d,false,true,false,,,,,,male,1990-02-%02d,District,+7 701 555 00 %02d,judge%02d@example.org\n' \
      $i $i $(( 5 + i % 4 )) $(( i + 10 )) $i $i >> "$dir/adjudicators.csv"
    printf 'Room %d,5,\n' $i >> "$dir/venues.csv"
    i=$((i + 1))
  done
}

# twice LABEL FILE COMMAND...: runs the command twice (the second time with --force appended
# when the first made FILE); stdout and FILE must come out byte for byte the same.
twice() {
  label=$1; file=$2; shift 2
  "$@" > "$work/first.out" || fail "$label failed (exit $?)"
  [ -z "$file" ] || cp "$file" "$work/first.file"
  if [ -n "$file" ]; then "$@" --force > "$work/second.out"; else "$@" > "$work/second.out"; fi || fail "$label failed the second time"
  cmp -s "$work/first.out" "$work/second.out" || fail "$label printed different output on a second run"
  [ -z "$file" ] || cmp -s "$work/first.file" "$file" || fail "$label wrote a different $file on a second run"
}

# prelims DIR ROUND...: draws and simulates each prelim; every ballot file must check.
prelims() {
  dir=$1; shift
  for round in "$@"; do
    "$TAB" -q -C "$dir" draw "$round" > /dev/null || fail "draw $round failed"
    "$TAB" -C "$dir" simulate "$round" > /dev/null || fail "simulate $round failed"
    "$TAB" -C "$dir" ballots check "$round" > /dev/null 2>&1 || fail "ballots of $round do not check"
  done
}

# break_twice DIR: tab break (twice, the same bytes), then refused without --force (exit 3).
break_twice() {
  dir=$1
  twice "break" "$dir/break.csv" "$TAB" -C "$dir" break
  "$TAB" -C "$dir" break > /dev/null 2>&1
  code=$?
  [ $code -eq 3 ] || fail "tab break over an existing break.csv exited $code; expected 3"
}

# elimination DIR ROUND: draws (twice, the same bytes) and simulates (twice, the same bytes)
# the round; its ballots must check.
elimination() {
  dir=$1; round=$2
  twice "draw $round" "$dir/rounds/$round/draw.csv" "$TAB" -q -C "$dir" draw "$round"
  twice "simulate $round" "$dir/rounds/$round/ballots.csv" "$TAB" -C "$dir" simulate "$round"
  "$TAB" -C "$dir" ballots check "$round" > /dev/null 2>&1 || fail "ballots of $round do not check"
}

# seed DIR CATEGORY K: the K-th seed of CATEGORY in break.csv; count DIR CATEGORY: how many break.
seed() { awk -F, -v c="$2" -v k="$3" '$1 == c && $2 != "" && ++n == k { print $4 }' "$1/break.csv"; }
count() { awk -F, -v c="$2" '$1 == c && $2 != "" { n++ } END { print n + 0 }' "$1/break.csv"; }

# teams DIR ROUND ROOM: the teams of a room of the round's draw, sorted, one a line.
teams() {
  awk -F, -v room="$3" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "pullups") last = i - 1; next }
    $1 == room { for (i = 4; i <= last; i++) print $i }' "$1/rounds/$2/draw.csv" | sort
}
# rooms DIR ROUND: how many rooms the round's draw has.
rooms() { awk 'END { print NR - 1 }' "$1/rounds/$2/draw.csv"; }
# flags DIR ROUND ROOM: the flags of a room of the round's draw.
flags() { awk -F, -v room="$3" '$1 == room { print $NF }' "$1/rounds/$2/draw.csv"; }

# outcome DIR ROUND ROOM RESULT: the teams of the room with RESULT (win = went through, loss),
# sorted, one a line.
outcome() {
  "$TAB" -C "$1" --lang en --format csv results "$2" |
    awk -F, -v room="$3" -v result="$4" 'NR > 1 && $1 == room && $4 == result { print $3 }' | sort
}

# ranked DIR ROUND ROOM: the teams of a room that did not go through, highest total first.
ranked() {
  "$TAB" -C "$1" --lang en --format csv results "$2" |
    awk -F, -v room="$3" 'NR > 1 && $1 == room && $4 == "loss" { print $7 "," $3 }' | sort -t, -k1,1 -g -r | cut -d, -f2
}

# names NAME...: the names sorted, one a line (to compare with teams and outcome).
names() { printf '%s\n' "$@" | sort; }

# expect LABEL ACTUAL EXPECTED: fails with both when they differ.
expect() { [ "$2" = "$3" ] || fail "$1: found [$(echo $2)], expected [$(echo $3)]"; }

# places DIR CATEGORY: the team places of a break category as "place|team" lines, e.g.
# "3=|Team 07" (awards as CSV: the first block is team_places: category,place,shared,team,...).
places() {
  "$TAB" -C "$1" --lang en --format csv awards |
    awk -F, -v c="$2" '/^$/ { block++; next } block == 0 && $1 == c { print $2 ($3 == "true" ? "=" : "") "|" $4 }'
}
