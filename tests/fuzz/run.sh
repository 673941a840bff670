#!/bin/sh
# Builds the libFuzzer harnesses with clang (fuzzer + AddressSanitizer +
# UndefinedBehaviorSanitizer) and runs each: the DebateXML importer, seeded with the archives of
# tests/data/debatexml, and the loader (tournament.toml and CSV files), seeded with the examples.
#   tests/fuzz/run.sh [SECONDS]       build, then fuzz each harness for SECONDS (default 60)
#   tests/fuzz/run.sh --build-only    build only (`make fuzz-build`)
# Without clang++ it says so and exits 77 (ctest's "skipped").
# Build directory: $FUZZ_BUILD_DIR, else build-fuzz in the repository. Crashes are written
# there as crash-* files, with the input that caused them.
set -eu
seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
command -v clang++ >/dev/null || { echo "fuzz: skipped, clang++ is not installed (apt-get install -y clang)" >&2; exit 77; }
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER} >/dev/null
cmake --build "$build" -j "${JOBS:-2}" --target debatexml_fuzz loader_fuzz
[ "$seconds" = "--build-only" ] && exit 0
mkdir -p "$build/corpus"
cp "$root"/tests/data/debatexml/*.xml "$build/corpus/"
sh "$here/loader_seeds.sh" "$root/examples" "$build/loader-corpus"
cd "$build"
./debatexml_fuzz -max_total_time="$seconds" -max_len=200000 -timeout=20 -rss_limit_mb=2048 \
    -print_final_stats=1 corpus
exec ./loader_fuzz -max_total_time="$seconds" -max_len=200000 -timeout=20 -rss_limit_mb=2048 \
    -print_final_stats=1 loader-corpus
