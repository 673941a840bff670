#!/bin/sh
# Runs every benchmark binary of a build directory: bench/run.sh BUILD_DIR
for b in "$1"/bench/*_bench; do "$b"; done
