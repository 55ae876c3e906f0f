#!/usr/bin/env bash
# Runs every benchmark and prints its table of medians. Benchmarks are not part of the test
# suite (timings flake on shared machines); run them on demand, ideally on a quiet machine.
# Usage: bash scripts/bench.sh [content|learner|sync|startup ...]   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh dev >/dev/null
bash scripts/services.sh >/dev/null # PostgreSQL, for the sync throughput comparison
bin=build/dev/bin
which=("$@")
((${#which[@]})) || which=(content learner sync startup)
for name in "${which[@]}"; do
  echo "## $name"
  case "$name" in
    startup) xvfb-run -a -s "-screen 0 1920x1080x24" "$bin/bench_startup" 15 2> >(grep -viE "pulse|XDG_RUNTIME|multimedia" >&2) ;;
    *) "$bin/bench_$name" ;;
  esac
  echo
done
