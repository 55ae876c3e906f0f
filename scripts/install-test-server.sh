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
  # user, its configuration file (GROUNDWORK_CONFIG). --listen 127.0.0.1:0 (the last --listen wins) takes a free
  # port, so the test never collides with another server on this machine.
  [[ "$(stat -c '%U:%G %a' /etc/groundwork-server/server.conf)" == "root:_groundwork 640" ]] ||
    fail "/etc/groundwork-server/server.conf is $(stat -c '%U:%G %a' /etc/groundwork-server/server.conf)"
  GROUNDWORK_CONFIG=/etc/groundwork-server/server.conf \
    runuser -u _groundwork -- /usr/bin/groundwork-server serve --listen 127.0.0.1:0 \
    >"$work/server.log" 2>&1 &
  server_pid=$!
  local url="" status=""
  for _ in $(seq 1 50); do
    url=$(sed -nE 's/.*listening on (http[^ ]*).*/\1/p' "$work/server.log")
    [[ -n "$url" ]] && break
    sleep 0.2
  done
  [[ -n "$url" ]] || { cat "$work/server.log"; fail "the server did not start"; }
  cat "$work/server.log"
  ask_server "$url"
  [[ -s /var/lib/groundwork-server/groundwork.db ]] || fail "no database in the state directory"
  [[ "$(stat -c %U /var/lib/groundwork-server/groundwork.db)" == _groundwork ]] ||
    fail "the database does not belong to _groundwork"
  kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

# Two requests through the whole stack (HTTP, decoding, the store in the state directory), encoded
# with protoc from the protocol's own schema: an anonymous one is refused, and a learner joins a
# cohort that the administrator created with the command line as the service's user.
ask_server() {
  local url=$1 version status invite
  version=$(sed -nE 's/.*kProtocolVersion = ([0-9]+);.*/\1/p' sync/protocol/protocolversion.h)
  status=$(echo "hello { protocol_version: $version }" | encode RequestHead | post "$url/v1/devices/list")
  echo "POST /v1/devices/list without a credential: HTTP $status"
  [[ "$status" == 401 ]] || fail "expected HTTP 401"

  invite=$(runuser -u _groundwork -- /usr/bin/groundwork-server create-cohort \
    --database "$(database)" --name "Install test" --lead "Lead" |
    sed -nE 's/^invite_code: +([^ ]+).*/\1/p')
  [[ -n "$invite" ]] || fail "create-cohort printed no invite code"
  status=$(printf 'hello { protocol_version: %s } invite_code: "%s" display_name: "Learner" device_name: "install test" request_nonce: "%s"' \
    "$version" "$invite" "$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')" |
    encode JoinRequest | post "$url/v1/join")
  echo "POST /v1/join with the invite code: HTTP $status"
  [[ "$status" == 200 ]] || fail "expected HTTP 200"
  decode DeviceCredential <"$work/reply.bin" | grep -q '^device_id: "..*"' || fail "no device credential in the reply"
  echo "joined: $(decode DeviceCredential <"$work/reply.bin" | grep -c .) fields in the credential"
}

schema=(-I sync/proto sync/proto/groundwork/sync/v1/sync.proto)
encode() { protoc --encode="groundwork.sync.v1.$1" "${schema[@]}"; }
decode() { protoc --decode="groundwork.sync.v1.$1" "${schema[@]}"; }
post() { # post <url>: the request body on stdin, prints the HTTP status, keeps the reply
  curl -s -o "$work/reply.bin" -w '%{http_code}' -X POST -H 'Content-Type: application/x-protobuf' \
    --data-binary @- "$1"
}
database() { sed -nE 's/^database *= *(.*)$/\1/p' /etc/groundwork-server/server.conf; }
