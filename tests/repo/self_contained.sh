#!/bin/sh
# The checkout is self-contained: no tracked file outside docs/ refers to the sibling folder
# the project was once developed next to (data the tests read lives in tests/data).
# Usage: self_contained.sh SOURCE_DIR
set -u
cd "$1" || exit 1
# The pattern is built from pieces, so that this file does not match itself.
pattern="\.\./""shared"
if [ -e .git ] && command -v git > /dev/null; then
  files=$(git ls-files | grep -v '^docs/')
else
  files=$(find . -path ./docs -prune -o -path './build*' -prune -o -type f -print | sed 's|^\./||')
fi
found=$(printf '%s\n' "$files" | while IFS= read -r f; do
  [ -f "$f" ] && grep -n -- "$pattern" "$f" /dev/null
done)
if [ -n "$found" ]; then
  echo "files outside docs/ refer to a folder outside the checkout:"
  echo "$found"
  exit 1
fi
echo "ok: $(printf '%s\n' "$files" | wc -l) files, none refers outside the checkout"
