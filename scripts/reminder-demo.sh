#!/usr/bin/env bash
# Shows the gentle reminder on a virtual display the way a desktop shows it, and screenshots it:
#   1. Xvfb on :N with a private D-Bus session and a real notification daemon (dunst)
#   2. the app on a learner's demo history, opened on Profile, with --preview-reminder
#   3. screenshot of the whole screen (the notification at the top right)   -> reminder-shown.png
#   4. the daemon invokes the notification's default action, as a click does (dunstctl action)
#   5. screenshot again: the app now shows Today                            -> reminder-clicked.png
# Usage: bash scripts/reminder-demo.sh [display number, default 94] [output dir]
# Needs a dev build (bash scripts/build.sh dev); bash scripts/platform-tools.sh installs dunst,
# ImageMagick and Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
display=":${1:-94}"
out="${2:-build/dev/reminder-demo}"
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [[ -z "$xvfb_pid" ]] || kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb_pid=$!
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
export DISPLAY="$display"

build/dev/bin/groundwork_demo_history "$work/data" >/dev/null
# The demo learner turned the reminder on; --preview-reminder shows it whatever the hour.
dbus-run-session -- bash -s "$work" "$out" <<'SESSION'
set -euo pipefail
work=$1 out=$2
dunst >"$work/dunst.log" 2>&1 &
dunst_pid=$!
# Waits for the daemon to own the name (asking dunstctl would start a second one by activation).
for _ in $(seq 50); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null \
    | grep -q true && break
  sleep 0.1
done
build/dev/bin/groundwork --data-dir "$work/data" --window-size 420x720 --theme light \
  --open section:2 --preview-reminder >"$work/app.log" 2>&1 &
app_pid=$!
sleep 4
import -window root "$out/reminder-shown.png"
echo "reminder-demo: notifications shown: $(dunstctl count displayed)"
dunstctl action 0 # the default action of the notification on screen, as a click invokes it
sleep 2
import -window root "$out/reminder-clicked.png"
echo "reminder-demo: app output:"; sed 's/^/  /' "$work/app.log"
kill "$app_pid" "$dunst_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
SESSION
echo "reminder-demo: $out/reminder-shown.png $out/reminder-clicked.png"
