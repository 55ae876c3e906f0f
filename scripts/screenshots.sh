#!/usr/bin/env bash
# Renders the app at phone (360x640) and desktop (1280x800) sizes, light and dark, into
# screenshots/ for review. Runs under a virtual X display, so it works on a headless machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh dev >/dev/null
out="${1:-screenshots}"
mkdir -p "$out"
for size in 360x640 1280x800; do
  for theme in light dark; do
    file="$out/today-$size-$theme.png"
    xvfb-run -a -s "-screen 0 1920x1080x24" \
      build/dev/bin/groundwork --window-size "$size" --theme "$theme" --screenshot "$file"
    echo "wrote $file"
  done
done
