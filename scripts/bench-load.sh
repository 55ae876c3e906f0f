#!/usr/bin/env bash
# The cohort server under load (issue 19): wrk posts learners' day uploads with 50, 200 and
# 1,000 concurrent connections against one instance on SQLite, one on PostgreSQL, and two on
# PostgreSQL (wrk splits its connections over both, one wrk per instance), and prints
# throughput, p50/p99 latency, errors and each server's peak memory. Not part of ctest.
# Usage: bash scripts/bench-load.sh [seconds per run, default 10]
# GW_BENCH_BIN=DIR runs another build's groundwork-server and bench_sync (a before/after
# comparison; nothing is built then); GW_BENCH_CLIENTS="200" and GW_BENCH_BACKENDS="sqlite"
# (of sqlite postgresql postgresql-x2) run part of the table. Every request posts a day the
# server has not seen (each run starts where the last one stopped) until the GW_BENCH_BODIES
# recorded days (default 20,000 per second of a run) run out; after that it re-sends days the
# server holds, which only read (GW_BENCH_BODIES=4000 measures mostly such retries).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
bodies="${GW_BENCH_BODIES:-$((seconds * 20000))}"
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
  "$bin/bench_sync" --prepare-load "$data" "$db" 1000 "$bodies"
  local ports=() servers=()
  for ((i = 0; i < instances; i++)); do
    local port=$((18400 + i))
    servers+=("$(start_server "$db" "$port")")
    ports+=("$port")
  done
  pids+=("${servers[@]}")
  sleep 1
  # Each instance posts its own share of the recorded days, each run starting where its last
  # stopped, so a request re-sends a day only once that share is used up.
  local share=$((bodies / instances)) sent=()
  for ((i = 0; i < instances; i++)); do sent+=(0); done
  for clients in $clients_list; do
    local per=$((clients / instances)) outs=()
    for ((i = 0; i < instances; i++)); do
      GW_LOAD_START=$((i * share + sent[i] % share)) GW_LOAD_DIR="$data" wrk -t1 -c"$per" -d"${seconds}s" \
        --timeout 10s -s tests/bench/load/upload.lua "http://127.0.0.1:${ports[i]}" >"$work/wrk-$i.txt" 2>&1 &
      outs+=($!)
    done
    wait "${outs[@]}"
    local total=0 rps=0 p50=0 p99=0 errors=0 fresh=0
    for ((i = 0; i < instances; i++)); do
      local line n; line=$(grep RESULT "$work/wrk-$i.txt")
      n=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$line")
      total=$((total + n))
      local left=$((share - sent[i]))
      ((left > 0)) && fresh=$((fresh + (n < left ? n : left)))
      sent[i]=$((sent[i] + n))
      rps=$((rps + $(sed 's/.*rps=\([0-9]*\).*/\1/' <<<"$line")))
      errors=$((errors + $(sed 's/.*errors=\([0-9]*\).*/\1/' <<<"$line")))
      p50=$(sed 's/.*p50_ms=\([0-9.]*\).*/\1/' <<<"$line" | awk -v m="$p50" '{print ($1 > m ? $1 : m)}')
      p99=$(sed 's/.*p99_ms=\([0-9.]*\).*/\1/' <<<"$line" | awk -v m="$p99" '{print ($1 > m ? $1 : m)}')
    done
    local mem=""
    for p in "${servers[@]}"; do mem+="$(( $(peak_kib "$p") / 1024 )) "; done
    printf '| %s | %d | %d | %d | %s | %s | %d | %s| %d of %d |\n' "$label" "$instances" "$clients" "$rps" "$p50" "$p99" \
      "$errors" "$mem" "$fresh" "$total"
  done
  for p in "${servers[@]}"; do kill "$p"; wait "$p" 2>/dev/null || true; done
}

echo "| back end | instances | clients | requests/s | p50 ms | p99 ms | errors | server peak MiB | new days of requests |"
echo "|---|---|---|---|---|---|---|---|---|"
echo "(load average at the start: $(cut -d' ' -f1-3 /proc/loadavg))"
wanted() { [[ " $backends " == *" $1 "* ]]; }
schema="gw_load_$$"
if wanted sqlite; then run sqlite "$work/load.db" 1; fi
if wanted postgresql; then run postgresql "$pg?schema=${schema}_a" 1; fi
if wanted postgresql-x2; then run postgresql-x2 "$pg?schema=${schema}_b" 2; fi
psql "$pg" -qc "DROP SCHEMA IF EXISTS ${schema}_a CASCADE; DROP SCHEMA IF EXISTS ${schema}_b CASCADE" 2>/dev/null || true
echo "(p50/p99: the worse of the instances; each wrk run ${seconds}s; $bodies recorded days, re-sent once all are used: a re-sent day only reads)"
