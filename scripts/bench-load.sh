#!/usr/bin/env bash
# The cohort server under load (issue 19): wrk posts learners' day uploads with 50, 200 and
# 1,000 concurrent connections against one instance on SQLite, one on PostgreSQL, and two on
# PostgreSQL (wrk splits its connections over both, one wrk per instance), and prints
# throughput, p50/p99 latency, errors and each server's peak memory. Not part of ctest.
# Usage: bash scripts/bench-load.sh [seconds per run, default 10]
# GW_BENCH_BIN=DIR runs another build's groundwork-server and bench_sync (a before/after
# comparison; nothing is built then); GW_BENCH_CLIENTS="200" and GW_BENCH_BACKENDS="sqlite"
# (of sqlite postgresql postgresql-x2) run part of the table; GW_BENCH_BODIES (default 4000)
# recorded days, after which the run re-sends days the server holds (a retry only reads).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
clients_list="${GW_BENCH_CLIENTS:-50 200 1000}"
backends="${GW_BENCH_BACKENDS:-sqlite postgresql postgresql-x2}"
[[ -n "${GW_BENCH_BIN:-}" ]] || bash scripts/build.sh dev >/dev/null
bash scripts/services.sh >/dev/null
command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y wrk >/dev/null; }
bin="${GW_BENCH_BIN:-$PWD/build/dev/bin}"
work="$(mktemp -d)"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
ulimit -n 8192
pg="${GROUNDWORK_TEST_POSTGRES_URL:-postgresql://groundwork:groundwork@127.0.0.1:5432/groundwork_test}"

start_server() { # database port -> prints pid
  GROUNDWORK_MAX_CONNECTIONS=4096 "$bin/groundwork-server" serve --plain-http --listen "127.0.0.1:$2" \
    --database "$1" >/dev/null 2>"$work/server-$2.log" &
  echo $!
}

peak_kib() { awk '/VmHWM/ {print $2}' "/proc/$1/status"; }

run() { # label database instances
  local label="$1" db="$2" instances="$3"
  local data="$work/$label"
  mkdir -p "$data"
  "$bin/bench_sync" --prepare-load "$data" "$db" 1000 "${GW_BENCH_BODIES:-4000}"
  local ports=() servers=()
  for ((i = 0; i < instances; i++)); do
    local port=$((18400 + i))
    servers+=("$(start_server "$db" "$port")")
    ports+=("$port")
  done
  pids+=("${servers[@]}")
  sleep 1
  for clients in $clients_list; do
    local per=$((clients / instances)) outs=()
    for port in "${ports[@]}"; do
      GW_LOAD_DIR="$data" wrk -t1 -c"$per" -d"${seconds}s" --timeout 10s -s tests/bench/load/upload.lua \
        "http://127.0.0.1:$port" >"$work/wrk-$port.txt" 2>&1 &
      outs+=($!)
    done
    wait "${outs[@]}"
    local total=0 rps=0 p50=0 p99=0 errors=0
    for port in "${ports[@]}"; do
      local line; line=$(grep RESULT "$work/wrk-$port.txt")
      total=$((total + $(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$line")))
      rps=$((rps + $(sed 's/.*rps=\([0-9]*\).*/\1/' <<<"$line")))
      errors=$((errors + $(sed 's/.*errors=\([0-9]*\).*/\1/' <<<"$line")))
      p50=$(sed 's/.*p50_ms=\([0-9.]*\).*/\1/' <<<"$line" | awk -v m="$p50" '{print ($1 > m ? $1 : m)}')
      p99=$(sed 's/.*p99_ms=\([0-9.]*\).*/\1/' <<<"$line" | awk -v m="$p99" '{print ($1 > m ? $1 : m)}')
    done
    local mem=""
    for p in "${servers[@]}"; do mem+="$(( $(peak_kib "$p") / 1024 )) "; done
    printf '| %s | %d | %d | %d | %s | %s | %d | %s|\n' "$label" "$instances" "$clients" "$rps" "$p50" "$p99" "$errors" "$mem"
  done
  for p in "${servers[@]}"; do kill "$p"; wait "$p" 2>/dev/null || true; done
}

echo "| back end | instances | clients | requests/s | p50 ms | p99 ms | errors | server peak MiB |"
echo "|---|---|---|---|---|---|---|---|"
echo "(load average at the start: $(cut -d' ' -f1-3 /proc/loadavg))"
wanted() { [[ " $backends " == *" $1 "* ]]; }
schema="gw_load_$$"
if wanted sqlite; then run sqlite "$work/load.db" 1; fi
if wanted postgresql; then run postgresql "$pg?schema=${schema}_a" 1; fi
if wanted postgresql-x2; then run postgresql-x2 "$pg?schema=${schema}_b" 2; fi
psql "$pg" -qc "DROP SCHEMA IF EXISTS ${schema}_a CASCADE; DROP SCHEMA IF EXISTS ${schema}_b CASCADE" 2>/dev/null || true
echo "(p50/p99: the worse of the instances; each wrk run ${seconds}s; the ${GW_BENCH_BODIES:-4000} bodies repeat after the first pass, as idempotent re-uploads)"
