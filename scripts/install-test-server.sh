# Part of scripts/install-test.sh (sourced): the installed server, as its service runs it.
check_server() {
  step "server: system user, state directory, unit"
  getent passwd _groundwork >/dev/null || fail "no _groundwork user"
  [[ "$(stat -c '%U %a' /var/lib/groundwork-server)" == "_groundwork 750" ]] ||
    fail "/var/lib/groundwork-server is $(stat -c '%U %a' /var/lib/groundwork-server)"
  systemd-analyze verify /lib/systemd/system/groundwork-server.service || fail "the unit"
  /usr/bin/groundwork-server --help | head -1

  step "server: serve as the unit does, until it answers"
  # This machine may not run systemd, so the server is started the way the unit starts it: its
  # user, its configuration file. --listen 127.0.0.1:0 (the last --listen wins) takes a free
  # port, so the test never collides with another server on this machine.
  (
    set -a
    . /etc/groundwork-server/groundwork-server.conf
    # shellcheck disable=SC2086 # the options are words, as systemd splits them
    exec runuser -u _groundwork -- /usr/bin/groundwork-server serve \
      --database "$GROUNDWORK_DATABASE" $GROUNDWORK_SERVE_OPTIONS --listen 127.0.0.1:0
  ) >"$work/server.log" 2>&1 &
  server_pid=$!
  local url="" status=""
  for _ in $(seq 1 50); do
    url=$(sed -nE 's/.*listening on (http[^ ]*).*/\1/p' "$work/server.log")
    [[ -n "$url" ]] && break
    sleep 0.2
  done
  [[ -n "$url" ]] || { cat "$work/server.log"; fail "the server did not start"; }
  cat "$work/server.log"
  # Listing devices without a credential must be refused: an answer from the whole stack.
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$url/v1/devices/list")
  echo "POST $url/v1/devices/list without a credential: HTTP $status"
  [[ "$status" == 401 ]] || fail "expected HTTP 401"
  [[ -s /var/lib/groundwork-server/groundwork.db ]] || fail "no database in the state directory"
  [[ "$(stat -c %U /var/lib/groundwork-server/groundwork.db)" == _groundwork ]] ||
    fail "the database does not belong to _groundwork"
  kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
