#!/usr/bin/env bash
# Runs a test ("$@") with gnome-keyring's Secret Service in the private D-Bus session it is
# started in (dbus-run-session), under a throwaway home, so the learner's own keyring is never
# touched. Exits 77 (CTest: skipped) when gnome-keyring is not installed.
set -euo pipefail
command -v gnome-keyring-daemon >/dev/null || { echo "gnome-keyring-daemon not installed"; exit 77; }
HOME=$(mktemp -d)
export HOME XDG_RUNTIME_DIR="$HOME/run" XDG_DATA_HOME="$HOME/data"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
trap 'kill "${GNOME_KEYRING_PID:-}" 2>/dev/null || true; rm -rf "$HOME"' EXIT
# A login keyring created unlocked with a throwaway password: no prompt, no display needed.
eval "$(printf 'test' | gnome-keyring-daemon --daemonize --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
# The daemon claims its bus name a moment after it forks; a test asking earlier would make the
# bus start a second, empty keyring ("collection/login does not exist" on a loaded machine).
owned() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}
for _ in $(seq 100); do owned && break; sleep 0.1; done
owned || { echo "gnome-keyring did not claim org.freedesktop.secrets within 10 s"; exit 1; }
"$@"
