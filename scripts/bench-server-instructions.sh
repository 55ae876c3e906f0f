#!/usr/bin/env bash
# Instructions per upload request on the cohort server (callgrind; not part of ctest). The server
# runs under callgrind on a fresh SQLite database; wrk posts new days (scripts/bench-load.sh's
# recorded uploads) with GW_BENCH_CLIENTS connections (default 200) for the given seconds; the
# count covers every thread of the server from the first to the last request, divided by the
# requests its access log shows for that span. Instruction counts do not move with the load of
# the machine, unlike the load table's times.
# Usage: bash scripts/bench-server-instructions.sh [seconds, default 20]
# GW_BENCH_BIN=DIR measures another build; GW_BENCH_BODIES=N records N days (default 20,000;
# fewer than the requests makes later requests re-send days the server holds).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
bin="${GW_BENCH_BIN:-$PWD/build/dev/bin}"
clients="${GW_BENCH_CLIENTS:-200}"
bodies="${GW_BENCH_BODIES:-20000}"
port=18490
command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y wrk >/dev/null; }
work="$(mktemp -d)"
server=""
trap '[[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
ulimit -n 8192

"$bin/bench_sync" --prepare-load "$work" "$work/load.db" 1000 "$bodies"
GROUNDWORK_MAX_CONNECTIONS=4096 valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
  "$bin/groundwork-server" serve --plain-http --listen "127.0.0.1:$port" --database "$work/load.db" \
  >"$work/access.log" 2>"$work/server.log" &
server=$!
for _ in $(seq 100); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.5
done
# A few requests first, so that what is made once (prepared statements, caches) is not counted.
GW_LOAD_START=$((bodies - 1000)) GW_LOAD_DIR="$work" wrk -t1 -c10 -d2s --timeout 30s -s tests/bench/load/upload.lua \
  "http://127.0.0.1:$port" >/dev/null
sleep 1
before=$(wc -l <"$work/access.log")
callgrind_control --zero "$server" >/dev/null
GW_LOAD_START=0 GW_LOAD_DIR="$work" wrk -t1 -c"$clients" -d"${seconds}s" --timeout 60s -s tests/bench/load/upload.lua \
  "http://127.0.0.1:$port" >"$work/wrk.txt"
# Let the requests in flight finish and their lines reach the log before counting.
sleep 5
callgrind_control --dump=load "$server" >/dev/null
after=$(wc -l <"$work/access.log")
sleep 1
requests=$((after - before))
dump=$(ls "$work"/callgrind.out.* | head -1)
instructions=$(awk '/^summary:|^totals:/ {print $2; exit}' "$dump")
statuses=$(tail -n +"$((before + 1))" "$work/access.log" | grep -o 'status=[0-9]*' | sort | uniq -c | tr '\n' ' ')
kill "$server"
wait "$server" 2>/dev/null || true
server=""
# Uploads per commit (warm-up included): fewer, larger groups cost fewer instructions each.
groups=$(grep -o 'stopped (.*)' "$work/server.log" || true)
echo "requests=$requests instructions=$instructions per_request=$((instructions / requests)) statuses: $statuses $groups"
if [[ -n "${GW_BENCH_KEEP:-}" ]]; then cp "$dump" "$GW_BENCH_KEEP"; echo "profile kept in $GW_BENCH_KEEP"; fi
