#!/bin/sh
# Builds the DebateXML importer's libFuzzer harness with clang (fuzzer + AddressSanitizer + UndefinedBehaviorSanitizer) and
# runs it from the shared archives as seeds.
#   tests/fuzz/run.sh [SECONDS] [SHARED_DIR]    (default: 60 seconds, ../shared next to the repo)
# Build directory: $FUZZ_BUILD_DIR, else build-fuzz in the repository. Crashes are written
# there as crash-* files, with the input that caused them.
set -eu
seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${2:-$root/../shared}
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
command -v clang++ >/dev/null || { echo "run.sh: clang++ is needed (apt-get install -y clang)" >&2; exit 2; }
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    >/dev/null
cmake --build "$build" -j2 --target debatexml_fuzz
mkdir -p "$build/corpus"
cp "$shared"/data/debatexml/*.xml "$build/corpus/" 2>/dev/null || true
cd "$build"
exec ./debatexml_fuzz -max_total_time="$seconds" -max_len=200000 -timeout=20 -rss_limit_mb=2048 \
    -print_final_stats=1 corpus
