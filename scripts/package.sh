#!/usr/bin/env bash
# Builds the Debian packages of the app (groundwork) and the cohort server (groundwork-server)
# with CPack, then checks them with the validators:
#   appstreamcli validate, desktop-file-validate   (the app's metadata)
#   lintian                                        (both packages)
# and prints where the .deb files are. Exits non-zero when a validator reports an error.
#
#   bash scripts/package.sh
#
# The packages are built in build/package: a release build with Debian's own compiler and
# linker flags (dpkg-buildflags: hardening, fortify), without the tests. Incremental like the
# other builds. GROUNDWORK_BUILD_DIR=build/<dir> packages an existing build instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh >/dev/null

build="${GROUNDWORK_BUILD_DIR:-build/package}"
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
# All of Debian's hardening (bindnow too), as lintian asks of a package.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
if [[ -z "${GROUNDWORK_BUILD_DIR:-}" && ! -f "$build/build.ninja" ]]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGROUNDWORK_BUILD_TESTS=OFF \
    -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)" \
    -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)"
fi
cmake --build "$build" -j "$(nproc)"

rm -rf "$build/packages"
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log"; exit 1; }
debs=("$build"/packages/*.deb)
echo "package: built ${debs[*]}"

failed=0
check() { # check <label> <command...>: runs a validator, prints its output, notes a failure
  local label=$1 output status=0
  shift
  output=$("$@" 2>&1) || status=$?
  echo "== $label (exit $status)"
  [[ -z "$output" ]] || echo "$output"
  ((status == 0)) || failed=1
}
app=platforms/linux/app
check "appstreamcli validate" appstreamcli validate --no-net "$app/org.groundwork.Groundwork.metainfo.xml"
check "desktop-file-validate" desktop-file-validate "$app/org.groundwork.Groundwork.desktop"
# lintian runs as root here (CI), which it warns about on every run; the warning is not ours.
check "lintian" lintian --allow-root --display-level '>=pedantic' "${debs[@]}"

if ((failed)); then
  echo "package: a validator reported errors (above)" >&2
  exit 1
fi
echo "package: all validators passed"
