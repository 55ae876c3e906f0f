#!/usr/bin/env bash
# Renders every screen at phone (360x640) and desktop (1280x800) sizes, light and dark, into
# screenshots/ (or the folder given) for review. Runs under a virtual X display, so it works on a
# headless machine. The drill's feedback is reached from the keyboard alone (xdotool), which also
# exercises keyboard navigation.
set -euo pipefail
cd "$(dirname "$0")/.."
# GROUNDWORK_BUILD_DIR=build/<dir> reuses an existing build instead of building the dev preset.
build_dir="${GROUNDWORK_BUILD_DIR:-}"
if [[ -z "$build_dir" ]]; then
  bash scripts/build.sh dev >/dev/null
  build_dir=build/dev
fi
bin="$build_dir/bin"
out="${1:-screenshots}"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"; [[ -n "${xvfb:-}" ]] && kill "$xvfb" 2>/dev/null || true' EXIT

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb=$!
export DISPLAY="$display"
sleep 1

"$bin/groundwork_demo_history" "$work/history" >/dev/null

# shoot <name> <size> <theme> <data-dir> <open> [keys...]
shoot() {
  local name=$1 size=$2 theme=$3 data=$4 open=$5
  shift 5
  local file="$out/$name-$size-$theme.png"
  "$bin/groundwork" --data-dir "$data" --window-size "$size" --theme "$theme" --open "$open" \
    --screenshot "$file" --screenshot-delay $((1500 + $# * 350)) >/dev/null 2>&1 &
  local app=$!
  if (($# > 0)); then
    sleep 1.2
    for key in "$@"; do xdotool key "$key"; sleep 0.3; done
  fi
  wait "$app"
  echo "wrote $file"
}

for size in 360x640 1280x800; do
  for theme in light dark; do
    fresh="$work/fresh-$size-$theme"
    shoot first-run "$size" "$theme" "$fresh" ""
    data="$work/history-$size-$theme"
    rm -rf "$data" && cp -r "$work/history" "$data"
    shoot today "$size" "$theme" "$data" "section:0"
    shoot tracks "$size" "$theme" "$data" "section:1"
    shoot profile "$size" "$theme" "$data" "section:2"
    shoot cohort "$size" "$theme" "$data" "section:3"
    shoot settings "$size" "$theme" "$data" "section:4"
    # Keyboard only: the last control in Settings is "Delete all my data…"; it opens the choice.
    shoot settings-delete "$size" "$theme" "$data" "section:4" shift+Tab space
    shoot lesson "$size" "$theme" "$data" "lesson:management-is-a-different-job"
    shoot drill "$size" "$theme" "$data" "drill:the-silent-standup"
    # Keyboard only (the drill's accelerators): first option, "Fairly sure", submit.
    shoot drill-feedback "$size" "$theme" "$data" "drill:the-silent-standup" 1 ctrl+3 ctrl+Return
  done
done
