#!/usr/bin/env bash
# Lead mode's review screenshots against a real local groundwork-server: a demo cohort whose
# members practised over five weeks (groundwork_demo_lead), served over plain HTTP on loopback,
# and the app opened in lead mode, signed in, at 1280x800 and 360x640, light and dark.
# Usage: scripts/lead-screenshots.sh OUT_DIR [DISPLAY] (needs an X display, e.g. Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: lead-screenshots.sh OUT_DIR [DISPLAY]}"
export DISPLAY="${2:-${DISPLAY:-:95}}"
bin=build/dev/bin
work=$(mktemp -d)
port=$((8400 + RANDOM % 500))
mkdir -p "$out"
"$bin/groundwork_demo_lead" "$work/server.db" "$work/app" "http://127.0.0.1:$port" "$work/member" > "$work/demo.txt"
"$bin/groundwork-server" serve --plain-http --listen "127.0.0.1:$port" --database "$work/server.db" \
  > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
for theme in light dark; do
  for size in 1280x800 360x640; do
    for part in top stalled roster group invite role; do
      open=lead; [[ $part == top ]] || open="lead:$part"
      "$bin/groundwork" --data-dir "$work/app" --window-size "$size" --theme "$theme" --open "$open" \
        --screenshot "$out/lead-$part-$size-$theme.png" --screenshot-delay 2500
    done
  done
done
# A member's Profile after the lead changed the role: the one-time note of what changed.
for theme in light dark; do
  for size in 1280x800 360x640; do
    "$bin/groundwork" --data-dir "$work/member" --window-size "$size" --theme "$theme" --open section:2 \
      --screenshot "$out/member-role-note-$size-$theme.png" --screenshot-delay 1500
  done
done
# The exports an administrator makes of the same cohort (the figures the screens show).
cohort=$(sed -n 's/^cohort_id: //p' "$work/demo.txt")
"$bin/groundwork-server" export-roster --cohort "$cohort" --database "$work/server.db" --to "$out/roster.csv"
"$bin/groundwork-server" export-group-profile --cohort "$cohort" --database "$work/server.db" --to "$out/group-profile.csv"
"$bin/groundwork-server" export-xapi --cohort "$cohort" --database "$work/server.db" \
  --public-url "https://cohort.example.org" --to "$out/progress.xapi.json"
/usr/bin/python3 tests/unit/sync/xapi/validate_xapi.py "$out/progress.xapi.json" || true
# The sign-in screen (no lead credential in a fresh data folder).
mkdir -p "$work/fresh"
printf '[learning]\nfirstRunDone=true\n' > "$work/fresh/settings.ini"
for theme in light dark; do
  for size in 1280x800 360x640; do
    "$bin/groundwork" --data-dir "$work/fresh" --window-size "$size" --theme "$theme" --open lead \
      --screenshot "$out/lead-signin-$size-$theme.png" --screenshot-delay 1200
  done
done
echo "lead screenshots in $out"
