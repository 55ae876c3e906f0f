#!/usr/bin/env bash
# Installs the Debian 12 tools the platform recipes are made and checked with, which the build
# itself does not need: icon converters (icnsutils: png2icns, icoutils: icotool), xmllint,
# flatpak-builder (to parse the Flatpak manifest), windres and the Windows headers (to compile
# the .rc file), and for the reminder demonstration a
# notification daemon (dunst), ImageMagick (import, the screenshot) and xdotool.
# Idempotent: installs only what is missing.
set -euo pipefail
packages=(icnsutils icoutils libxml2-utils python3-yaml flatpak-builder dunst imagemagick xdotool
  librsvg2-bin xvfb binutils-mingw-w64-x86-64 mingw-w64-x86-64-dev)
missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [[ "$status" == installed ]] || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "platform-tools: all ${#packages[@]} packages present"
  exit 0
fi
echo "platform-tools: installing ${missing[*]}"
SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}"
