#!/usr/bin/env bash
# Installs what is missing, then configures and builds Groundwork with a CMake preset
# (default: dev). Incremental: a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"

bash scripts/deps.sh
# ccache keys on paths relative to the checkout, so a second clone (CI's fresh one) reuses
# what any other clone on this machine compiled.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
if [[ ! -f "build/$preset/build.ninja" ]]; then
  cmake --preset "$preset"
fi
cmake --build --preset "$preset" -j "$(nproc)"
