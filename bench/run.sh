#!/bin/sh
# Runs every benchmark binary of a build directory at full size: bench/run.sh BUILD_DIR
# (the test suite runs each once at a small size: `--smoke`).
for b in "$1"/bench/*_bench; do "$b"; done
