#!/bin/sh
# Installs the Debian packages tab needs to build and test; quiet when all are present.
#   install-deps.sh         what `make demo` and `make test` need
#   install-deps.sh fuzz    also clang and its fuzzer runtime, for `make fuzz` (libFuzzer)
set -e
packages="g++ cmake make ninja-build libcli11-dev libfmt-dev libtomlplusplus-dev libboost-graph-dev doctest-dev nlohmann-json3-dev libpugixml-dev liblemon-dev libxml2-utils python3-jsonschema chromium poppler-utils dpkg-dev file man-db git zsh"
[ "${1:-}" = fuzz ] && packages="$packages clang libclang-rt-14-dev"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing > /dev/null
