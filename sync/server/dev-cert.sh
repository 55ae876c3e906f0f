#!/usr/bin/env bash
# Writes a self-signed development certificate for localhost/127.0.0.1 into DIR
# (server.crt, server.key). For local testing only; never commit the output.
# Usage: sync/server/dev-cert.sh DIR
set -euo pipefail
dir="${1:?usage: dev-cert.sh DIR}"
mkdir -p "$dir"
if [[ -s "$dir/server.crt" && -s "$dir/server.key" ]]; then
  exit 0
fi
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 825 \
  -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1" \
  -keyout "$dir/server.key.tmp" -out "$dir/server.crt.tmp" 2>/dev/null
chmod 600 "$dir/server.key.tmp"
mv "$dir/server.key.tmp" "$dir/server.key"
mv "$dir/server.crt.tmp" "$dir/server.crt"
