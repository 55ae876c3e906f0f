#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and start the app.
# Arguments after the script name are passed to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh dev
exec build/dev/bin/groundwork "$@"
