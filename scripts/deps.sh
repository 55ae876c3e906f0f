#!/usr/bin/env bash
# Installs the Debian 12 packages Groundwork needs to build, run and test.
# Idempotent: when every package is present it installs nothing and says so.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git openssl clang
  # Qt 6.4 as Debian 12 ships it
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libsqlite3-dev libqt6sql6-psql libpq-dev libgl-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtquick-shapes qml6-module-qttest qml6-module-qtmultimedia
  qt6-qpa-plugins gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  # libraries
  libyaml-cpp-dev libmd4c-dev libprotobuf-dev protobuf-compiler libsodium-dev zlib1g-dev libcsv-dev libxxhash-dev
  # the xAPI statement check in the lead export test
  python3-jsonschema
  # the system keychain for the device credential; a Secret Service for its tests
  qtkeychain-qt6-dev gnome-keyring
  # narration: speech synthesis, MP3 encoding, duration measurement
  espeak-ng lame sox libsox-fmt-mp3
  # a display for tests and headless runs, fonts
  xvfb xauth xdotool fonts-dejavu-core fontconfig
  # the cohort server's larger back end, for tests
  postgresql
  # packaging (scripts/package.sh): icon rendering, the validators, maintainer-script helpers
  librsvg2-bin appstream desktop-file-utils lintian dpkg-dev fakeroot file curl
  # a private D-Bus session for the notification and media-control (MPRIS) tests, dbus-send
  dbus-daemon dbus-bin
  # the file dialog that saves the printable recovery key; pdftotext checks that PDF in its test
  qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel poppler-utils
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [[ "$status" == installed ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "deps: all ${#packages[@]} packages present, nothing to install"
  exit 0
fi

echo "deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
