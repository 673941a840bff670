#!/bin/sh
# DebateXML through the real binary: each archive of tests/data imports; for the two schools
# tournaments `tab standings teams` puts exactly the teams of the first elimination round on
# top; each export validates against spec.xsd (xmllint) and imports again into a directory
# equal byte for byte to the first; importing over a tournament is refused (exit 3).
# Usage: debatexml.sh TAB EXAMPLES DATA
set -u
TAB=$1; DATA=$3
X="$DATA/debatexml"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "debatexml: $*"; exit 1; }
command -v xmllint > /dev/null || fail "xmllint is missing (apt-get install -y libxml2-utils)"

for name in example schools-2024-a schools-2024-b; do
  d="$work/$name"
  "$TAB" -q import debatexml "$X/$name.xml" "$d" > /dev/null || fail "import of $name.xml failed"
  "$TAB" -q -C "$d" check > /dev/null || fail "$name: the imported tournament does not check"
  # With contacts: gender and e-mail must survive the round trip too.
  "$TAB" -q export debatexml "$d" --include-contacts > "$work/$name.out.xml" || fail "export of $name failed"
  xmllint --noout --schema "$X/spec.xsd" "$work/$name.out.xml" 2> "$work/xmllint.txt" ||
    { cat "$work/xmllint.txt"; fail "the export of $name is not valid against spec.xsd"; }
  "$TAB" -q import debatexml "$work/$name.out.xml" "$d.again" > /dev/null || fail "re-import of $name failed"
  diff -r "$d" "$d.again" || fail "$name: import -> export -> import changed the directory"
done

# The break: the teams of the first elimination round are the top of the team standings.
for name in schools-2024-a schools-2024-b; do
  d="$work/$name"
  elim=$(grep -B3 'stage = "elimination"' "$d/tournament.toml" | sed -n 's/^id = "\(.*\)"/\1/p' | head -1)
  [ -n "$elim" ] || fail "$name: no elimination round"
  cut -d, -f4,5 "$d/rounds/$elim/draw.csv" | tail -n +2 | tr ',' '\n' | sort > "$work/broke.txt"
  n=$(wc -l < "$work/broke.txt")
  [ "$n" -ge 2 ] || fail "$name: the first elimination round $elim has no teams"
  "$TAB" -q -C "$d" --format csv standings teams > "$work/standings.csv" || fail "$name: standings failed"
  head -1 "$work/standings.csv" | grep -q '^rank,tied,team' || fail "$name: unexpected standings header"
  tail -n +2 "$work/standings.csv" | head -n "$n" | cut -d, -f3 | sort > "$work/top.txt"
  diff "$work/broke.txt" "$work/top.txt" || fail "$name: the top $n of the standings are not the teams of $elim"
done

# Never over an existing tournament.
"$TAB" -q import debatexml "$X/example.xml" "$work/example" > /dev/null 2> "$work/refused.txt"
[ $? -eq 3 ] || fail "import into an existing tournament should exit 3"
grep -q "refusing to overwrite" "$work/refused.txt" || fail "the refusal does not say why"
exit 0
