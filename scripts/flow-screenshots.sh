#!/usr/bin/env bash
# The link-a-device and delete-everywhere flows, used in the real app against a real
# groundwork-server, from the keyboard alone (xdotool), with a screenshot at each step:
#   device A joins with the invite code, makes a recovery key and saves it as a PDF to print,
#   practises a drill, writes a private reflection, shares its profile and syncs; A shows a link
#   code; device B links with it and shows A's reflection; A signs B out (the key rotates);
#   "Delete all my data" → Everywhere on A with the server stopped (it says it will retry),
#   then with the server back (it says when it is done); the server's database is checked.
# Not part of ctest: run on demand. Needs an X display wide enough for two windows side by
# side, e.g. `Xvfb :94 -screen 0 2600x1000x24 &`.
# Usage: scripts/flow-screenshots.sh OUT_DIR [DISPLAY]
#   FLOW_RUNS="360x640:light 1280x800:dark" (default) picks the window sizes and themes.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: flow-screenshots.sh OUT_DIR [DISPLAY]}"
export DISPLAY="${2:-${DISPLAY:-:94}}"
runs="${FLOW_RUNS:-360x640:light 1280x800:dark}"
bin="$PWD/build/dev/bin"
mkdir -p "$out"
out=$(cd "$out" && pwd)
for tool in xdotool import sqlite3 pdftoppm; do
  command -v "$tool" > /dev/null || { echo "flow-screenshots: $tool is missing (scripts/deps.sh)" >&2; exit 1; }
done

work=$(mktemp -d)
declare -A pid wid
server=""
cleanup() {
  for device in "${!pid[@]}"; do kill "${pid[$device]}" 2>/dev/null || true; done
  [[ -n $server ]] && kill "$server" 2>/dev/null || true
  if [[ -n ${FLOW_KEEP:-} ]]; then echo "flow: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

say() { echo "flow: $*"; }
# On a failure, what the screen showed is kept beside the other screenshots.
fail() {
  [[ -n ${current:-} ]] && grab "${wid[$current]:-}" "$shots/failed-$current.png" || true
  echo "flow-screenshots: $*" >&2
  exit 1
}

# Waits up to $1 seconds for the command after it to succeed (run anew each time).
wait_for() {
  local seconds=$1; shift
  for _ in $(seq $((seconds * 4))); do "$@" && return 0; sleep 0.25; done
  return 1
}

start_server() {
  "$bin/groundwork-server" serve --plain-http --listen "127.0.0.1:$port" --database "$run/server.db" \
    >> "$run/server.log" 2>&1 &
  server=$!
  wait_for 10 bash -c "echo > /dev/tcp/127.0.0.1/$port" 2> /dev/null || fail "the server did not start"
}
stop_server() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }
# What the server's database holds (its access log on standard output is not flushed line by line).
db() { sqlite3 "$run/server.db" "$1"; }
# Whether the number the command after it prints is at least (exactly) $1.
at_least() { local n; n=$("${@:2}" 2> /dev/null) && [[ $n =~ ^[0-9]+$ ]] && ((n >= $1)); }
exactly() { local n; n=$("${@:2}" 2> /dev/null) && [[ $n =~ ^[0-9]+$ ]] && ((n == $1)); }
learners() { db "SELECT count(*) FROM accounts WHERE role = 'learner'"; }

# Starts device $1 (A or B) showing $2 (--open) and gives it the keyboard; B sits beside A.
start_app() {
  local device=$1 open=$2
  HOME="$run/home-$device" PATH="$run/fakebin:$PATH" XDG_RUNTIME_DIR="$run/runtime" \
    DBUS_SESSION_BUS_ADDRESS="unix:path=$run/no-session-bus" \
    "$bin/groundwork" --data-dir "$run/$device" --window-size "$size" --theme "$theme" --open "$open" \
    >> "$run/app-$device.log" 2>&1 &
  pid[$device]=$!
  wait_for 20 xdotool search --all --onlyvisible --pid "${pid[$device]}" --name Groundwork > /dev/null \
    || fail "device $device opened no window"
  sleep 2.5 # the first frame, and the first sync round
  wid[$device]=$(xdotool search --all --onlyvisible --pid "${pid[$device]}" --name Groundwork | head -1)
  if [[ $device == B ]]; then xdotool windowmove "${wid[B]}" $((width + 20)) 0; fi
  focus "$device"
}
stop_app() { kill "${pid[$1]}"; wait "${pid[$1]}" 2>/dev/null || true; unset "pid[$1]"; }
focus() { current=$1; xdotool windowfocus --sync "${wid[$1]}"; sleep 0.3; }

key() { xdotool key --delay 120 "$@"; sleep 0.4; }
tabs() { for _ in $(seq "$1"); do xdotool key Tab; sleep 0.08; done; sleep 0.3; }
typed() { xdotool type --delay 25 "$1"; sleep 0.3; }
shot() {
  step=$((step + 1))
  sleep "${2:-0.6}"
  # Deleting this device's data starts the app's window anew.
  local found
  found=$(xdotool search --all --onlyvisible --pid "${pid[$current]}" --name Groundwork | head -1 || true)
  [[ -n $found ]] && wid[$current]=$found
  grab "${wid[$current]}" "$shots/$(printf %02d "$step")-$current-$1.png"
}
# import without a window waits for a click with the X server grabbed: never without one, and
# never for long.
grab() { [[ -n $1 ]] && timeout 20 import -window "$1" "$2"; }

learner_events() { sqlite3 "$run/$1/learner.sqlite" "SELECT count(*) FROM events WHERE kind = '$2'"; }

for spec in $runs; do
  size=${spec%%:*}; theme=${spec##*:}; width=${size%%x*}
  run="$work/$size-$theme"; shots="$out/$size-$theme"; step=0
  mkdir -p "$run/A" "$run/B" "$run/home-A" "$run/home-B" "$run/runtime" "$run/fakebin" "$shots"
  chmod 700 "$run/runtime"
  # The system viewer the PDF is handed to: recorded, not opened.
  printf '#!/bin/sh\necho "$@" >> "%s/opened.log"\n' "$run" > "$run/fakebin/xdg-open"
  chmod +x "$run/fakebin/xdg-open"
  for device in A B; do printf '[learning]\nfirstRunDone=true\n' > "$run/$device/settings.ini"; done
  # The five sections come first in the Tab order: the tab bar on phones, the side rail from
  # 900 px (its items take the keyboard too).
  nav=5
  port=$((8400 + RANDOM % 500))
  url="http://127.0.0.1:$port"
  say "$size $theme: server on $url"

  "$bin/groundwork-server" create-cohort --name "Platform leads" --lead "Dana Lee" --database "$run/server.db" \
    > "$run/cohort.txt"
  invite=$(sed -n 's/^invite_code: *\([^ ]*\).*/\1/p' "$run/cohort.txt")
  start_server

  # 1. A joins with the invite code, and takes the recovery key it is offered.
  start_app A section:3
  tabs $((nav + 1)); typed "$url"; tabs 1; typed "Alex Moreno"; tabs 1; typed "$invite"
  shot join-form
  key Return
  wait_for 15 at_least 1 learners || fail "A did not join"
  shot joined-recovery-offer 2
  key Return # "Make a recovery key" has the keyboard
  wait_for 15 at_least 1 db 'SELECT count(*) FROM recovery_keys' || fail "no recovery key was made"
  shot recovery-key-shown 1.5
  tabs 3; key Return # "Save as PDF to print"
  if ((width >= 600)); then
    shot recovery-pdf-dialog 1
    tabs 3; key space # the dialog's Save
  fi # a narrow window saves to Documents at once and says so, no dialog
  shot recovery-pdf-saved 1
  pdf=$(ls "$run/home-A/Documents/"groundwork-recovery-key-*.pdf 2>/dev/null | head -1)
  [[ -n $pdf ]] || fail "no PDF of the recovery key was saved"
  grep -q "file://$pdf" "$run/opened.log" || fail "the PDF was not handed to the system viewer"
  pdftoppm -png -r 70 -singlefile "$pdf" "$shots/recovery-key-page"
  # "I have kept it": after the PDF button (wide), or before "Save to another folder…", where a
  # narrow window puts the keyboard so that the note above it shows.
  if ((width >= 600)); then tabs 1; else key shift+Tab; fi
  key Return
  shot recovery-key-kept
  stop_app A

  # 2. A practises a drill (1: the first option, Ctrl+3: confidence, Ctrl+Enter: submit).
  start_app A drill:the-leaked-key
  key 1 ctrl+3
  key ctrl+Return
  wait_for 5 at_least 1 learner_events A drill.decision || fail "the drill answer was not saved"
  shot drill-feedback
  stop_app A

  # 3. A writes a private reflection in Back to IC ("Why are you moving back?").
  start_app A section:1
  tabs $((nav + 2)); key Return; tabs 4; key Return
  typed "I miss building things with my own hands. Written on device A."
  tabs 1; key Return
  wait_for 5 at_least 1 learner_events A reflection.saved || fail "the reflection was not saved"
  shot reflection-saved
  stop_app A

  # 4. A syncs (at start), shares its profile with the lead and shows a link code.
  start_app A section:3
  wait_for 15 at_least 2 db 'SELECT count(*) FROM events' || fail "A did not upload"
  tabs $((nav + 3)); key space # "Share my readiness profile"
  wait_for 15 at_least 1 db 'SELECT count(*) FROM accounts WHERE shared_profile IS NOT NULL' \
    || fail "A's profile was not shared"
  shot synced-sharing 1
  tabs 1; key Return # "Get a link code"
  wait_for 15 at_least 1 db 'SELECT count(*) FROM link_codes' || fail "A got no link code"
  shot link-code 1
  tabs 1; key Return # "Copy code"

  # 5. B links with the code (pasted from the clipboard A filled) and receives A's writing.
  start_app B section:3
  tabs $((nav + 1)); typed "$url"; tabs 3; key Return # "I joined on another device"
  key ctrl+v
  shot link-form
  key Return
  wait_for 20 at_least 2 db "SELECT count(*) FROM devices d JOIN accounts a ON a.id = d.account_id WHERE a.role = 'learner'" \
    || fail "B did not link"
  wait_for 60 at_least 1 learner_events B reflection.saved || fail "B did not receive A's reflection"
  shot linked 1.5
  stop_app B
  start_app B section:1
  tabs $((nav + 2)); key Return; tabs 4; key Return
  shot reflection-from-A
  stop_app B

  # 6. A signs B out: the account key rotates for the devices that remain.
  stop_app A
  start_app A section:3
  tabs $((nav + 5)); key Return # B's "Sign out" (this device has none)
  shot sign-out-confirm
  key Return
  wait_for 15 at_least 1 db 'SELECT count(*) FROM devices WHERE revoked_ms IS NOT NULL' || fail "A did not sign B out"
  shot signed-out-B 1.5
  stop_app A
  start_app B section:3
  shot B-after-sign-out 2
  stop_app B
  account=$(sqlite3 "$run/server.db" "SELECT id FROM accounts WHERE display_name = 'Alex Moreno'")
  epochs=$(sqlite3 "$run/server.db" "SELECT group_concat(name || ':' || key_epoch || ':' || (revoked_ms IS NOT NULL), ' ') FROM devices WHERE account_id = '$account'")
  say "devices (name:key epoch:revoked) after the sign-out: $epochs"
  devices=$(sqlite3 "$run/server.db" "SELECT group_concat('''' || id || '''') FROM devices WHERE account_id = '$account'")

  # 7. Delete all my data → Everywhere on A: offline first, then with the server back.
  stop_server
  start_app A section:4
  key Tab shift+Tab # the last control of Settings: "Delete all my data…"
  key space
  shot delete-where
  tabs 1; key space # "Everywhere"
  shot delete-everywhere-chosen
  tabs 2; key space # "Continue"
  shot delete-are-you-sure
  key space # "Delete everywhere"
  shot deleted-offline-will-retry 2
  start_server
  wait_for 90 exactly 0 learners || fail "the deletion never reached the server"
  shot deleted-everywhere-done 2
  stop_app A
  stop_server

  # 8. What the server holds of the account now: nothing.
  {
    echo "account $account, after the deletion:"
    for table in accounts:id devices:account_id events:account_id link_codes:account_id \
                 recovery_keys:account_id recovery_envelopes:account_id; do
      echo "  ${table%%:*}: $(sqlite3 "$run/server.db" "SELECT count(*) FROM ${table%%:*} WHERE ${table##*:} = '$account'")"
    done
    echo "  key_envelopes of its devices: $(sqlite3 "$run/server.db" "SELECT count(*) FROM key_envelopes WHERE device_id IN ($devices)")"
    echo "  shared profiles in the cohort: $(sqlite3 "$run/server.db" "SELECT count(*) FROM accounts WHERE shared_profile IS NOT NULL")"
    echo "  accounts left in the cohort: $(sqlite3 "$run/server.db" "SELECT group_concat(display_name || ' (' || role || ')') FROM accounts")"
  } | tee "$shots/server-after-delete.txt"
  left=$(sqlite3 "$run/server.db" "SELECT (SELECT count(*) FROM accounts WHERE id = '$account')
    + (SELECT count(*) FROM devices WHERE account_id = '$account') + (SELECT count(*) FROM events WHERE account_id = '$account')
    + (SELECT count(*) FROM link_codes WHERE account_id = '$account') + (SELECT count(*) FROM recovery_keys WHERE account_id = '$account')
    + (SELECT count(*) FROM recovery_envelopes WHERE account_id = '$account')
    + (SELECT count(*) FROM key_envelopes WHERE device_id IN ($devices))")
  ((left == 0)) || fail "the server still holds $left rows of the deleted account"
  cp "$run/server.log" "$shots/server.log"
done
say "screenshots in $out"
