#!/bin/sh
# The checkout is self-contained: no tracked file outside docs/ refers to the sibling folder
# the project was once developed next to (data the tests read lives in tests/data).
# Usage: self_contained.sh SOURCE_DIR
set -u
cd "$1" || exit 1
# The patterns are built from pieces, so that this file does not match itself: the sibling
# folder, relative or by the absolute path of the machine it was developed on.
pattern="\.\./""shared|/work/""shared"
if [ -e .git ] && command -v git > /dev/null; then
  list() { git ls-files -z | grep -z -v '^docs/'; }
else
  list() { find . -path ./docs -prune -o -path './build*' -prune -o -type f -print0 | sed -z 's|^\./||'; }
fi
found=$(list | xargs -0 grep -n -E -I -- "$pattern" /dev/null)
if [ -n "$found" ]; then
  echo "files outside docs/ refer to a folder outside the checkout:"
  echo "$found"
  exit 1
fi
echo "ok: $(list | tr -cd '\0' | wc -c) files, none refers outside the checkout"
