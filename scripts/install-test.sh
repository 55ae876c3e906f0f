#!/usr/bin/env bash
# Installs the packages scripts/package.sh built on this machine, runs what they installed, then
# purges them and checks that nothing is left behind:
#   1. apt-get install ./groundwork_*.deb ./groundwork-server_*.deb
#   2. the installed app renders its first frame offscreen (--screenshot) from /usr/bin
#   3. the installed server, started as the service starts it (its user, its configuration),
#      answers an HTTP request
#   4. apt-get purge, then none of the packages' files, configuration or state remain
# Needs root (or sudo): it changes the machine's installed packages. Not part of ctest for that
# reason. Usage: bash scripts/install-test.sh   (GROUNDWORK_BUILD_DIR=build/<dir> to pick a build)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${GROUNDWORK_BUILD_DIR:-build/package}"
SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
# Other builds on this machine may be installing packages: wait for them rather than fail.
apt_wait=(-o DPkg::Lock::Timeout=300)

app_deb=$(ls "$build"/packages/groundwork_*.deb 2>/dev/null | head -1 || true)
server_deb=$(ls "$build"/packages/groundwork-server_*.deb 2>/dev/null | head -1 || true)
if [[ -z "$app_deb" || -z "$server_deb" ]]; then
  echo "install-test: no packages in $build/packages; run bash scripts/package.sh first" >&2
  exit 1
fi

purge() { $SUDO apt-get "${apt_wait[@]}" purge -y -qq groundwork groundwork-server >/dev/null 2>&1 || true; }
work=$(mktemp -d)
server_pid=""
passed=0
cleanup() {
  [[ -z "$server_pid" ]] || kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
  ((passed)) || purge # a failed run leaves the machine as it found it
}
trap cleanup EXIT
fail() { echo "install-test: FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

purge # a clean start, should an earlier run have stopped half-way

step "install $app_deb $server_deb"
$SUDO apt-get "${apt_wait[@]}" install -y -qq "./$app_deb" "./$server_deb" >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log"; fail "apt-get install"; }
dpkg-query -W groundwork groundwork-server
dpkg -L groundwork groundwork-server | sort -u >"$work/files"
echo "$(wc -l <"$work/files") paths installed"

. "$(dirname "$0")/install-test-app.sh"
. "$(dirname "$0")/install-test-server.sh"
check_app
check_server

step "purge"
$SUDO apt-get "${apt_wait[@]}" purge -y -qq groundwork groundwork-server >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log"; fail "apt-get purge"; }
left=()
while read -r path; do
  # Shared directories (/usr/bin, /usr/share/icons/...) stay; files and our own folders must go.
  if [[ -e "$path" && ! -d "$path" ]]; then left+=("$path"); fi
done <"$work/files"
for dir in /usr/share/groundwork /usr/share/doc/groundwork /usr/share/doc/groundwork-server \
  /etc/groundwork-server /var/lib/groundwork-server; do
  [[ ! -e "$dir" ]] || left+=("$dir")
done
dpkg-query -W groundwork groundwork-server >/dev/null 2>&1 && left+=("dpkg still lists a package")
((${#left[@]} == 0)) || fail "left behind after purge: ${left[*]}"
echo "nothing left behind (the _groundwork system user stays by design: $(getent passwd _groundwork | cut -d: -f1,3,6,7))"
passed=1
echo "install-test: PASS"
