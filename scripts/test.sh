#!/usr/bin/env bash
# Quick start 2: install what is missing, build, and run the whole test suite.
# Extra arguments go to ctest, e.g. `bash scripts/test.sh -L unit`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh dev
if [[ -x scripts/services.sh ]]; then
  bash scripts/services.sh
fi
ctest --preset dev -j "$(nproc)" "$@"
