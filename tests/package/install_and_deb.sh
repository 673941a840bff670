#!/bin/sh
# Installing works: `cmake --install` into a temporary prefix gives a tab that runs and a manual
# page `man -l` renders; the Debian package built by CPack holds the binary, the page and the
# documentation, depends on the shared libraries the binary links, and runs unpacked in a
# throw-away root.
# Usage: install_and_deb.sh BUILD_DIR VERSION
set -u
build=$1; version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cmake --install "$build" --prefix "$work/prefix" > "$work/install.log" 2>&1 || { cat "$work/install.log"; fail "cmake --install failed"; }
for f in bin/tab share/man/man1/tab.1 share/doc/tab/README.md share/doc/tab/LICENSE share/doc/tab/formats.md \
         share/doc/tab/examples/kz-school-league/tournament.toml; do
  [ -f "$work/prefix/$f" ] || fail "the install has no $f"
done
"$work/prefix/bin/tab" --version | grep -q "^tab $version" || fail "the installed tab --version does not print $version"
MANWIDTH=80 man -l "$work/prefix/share/man/man1/tab.1" 2> "$work/man.err" | grep -q "tabulation" ||
  { cat "$work/man.err"; fail "man -l does not render the installed page"; }

(cd "$build" && cpack -G DEB -B "$work/pkg") > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/pkg/tab_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { cat "$work/cpack.log"; fail "cpack made no .deb"; }
[ "$(dpkg-deb -f "$deb" Package)" = tab ] || fail "the package is not named tab"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the package version is not $version"
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "the package has no maintainer"
[ -n "$(dpkg-deb -f "$deb" Description)" ] || fail "the package has no description"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libstdc++6 libfmt9 libpugixml1v5 libtomlplusplus3; do
  echo "$depends" | grep -q "$lib" || fail "Depends lacks $lib: $depends"
done
dpkg-deb -c "$deb" > "$work/contents.txt"
for f in ./usr/bin/tab ./usr/share/man/man1/tab.1 ./usr/share/doc/tab/README.md; do
  grep -q " $f\$" "$work/contents.txt" || { cat "$work/contents.txt"; fail "the package has no $f"; }
done
dpkg -x "$deb" "$work/root"
"$work/root/usr/bin/tab" --version | grep -q "^tab $version" || fail "the packaged tab does not run"
MANWIDTH=80 man -l "$work/root/usr/share/man/man1/tab.1" | grep -q "tabulation" || fail "the packaged page does not render"
echo "ok: installed, and $(basename "$deb") ($depends)"
