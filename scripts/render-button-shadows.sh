#!/usr/bin/env bash
# Renders the Material style's button shadows (elevation 2 at rest, 8 pressed) into the
# nine-patch alpha bytes Groundwork.Ui's ButtonShadow draws (qml/ui/shadows). Run again only if
# the style's shadow changes (a new Qt); the files are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck disable=SC2046 # pkg-config's flags are several words
g++ -std=c++20 -fPIC -O1 scripts/button-shadows/render.cpp -o "$work/render" $(pkg-config --cflags --libs Qt6Quick)
for elevation in 2 8; do
  xvfb-run -a -s "-screen 0 640x480x24" "$work/render" "$elevation" "qml/ui/shadows/elevation-$elevation.alpha"
done
