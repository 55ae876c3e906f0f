#!/usr/bin/env bash
# Starts the local services the tests need, idempotently: today a PostgreSQL 15 server with a
# test role and database for the cohort server's PostgreSQL back end. Exports nothing; the
# tests use the fixed URL below (override with GROUNDWORK_TEST_POSTGRES_URL), which this
# script also writes to build/postgres-url.txt.
#
#   postgresql://groundwork:groundwork@127.0.0.1:5432/groundwork_test
#
# Runs the Debian cluster 15/main (created if missing) through pg_ctlcluster, which drops
# to the `postgres` system user itself, so it works when CI runs as root.
set -euo pipefail
cd "$(dirname "$0")/.."

version=15
cluster=main
role=groundwork
password=groundwork
database=groundwork_test
url="postgresql://${role}:${password}@127.0.0.1:5432/${database}"

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

if ! command -v pg_ctlcluster >/dev/null; then
  echo "services: PostgreSQL is not installed (bash scripts/deps.sh installs it)" >&2
  exit 1
fi

if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$version $cluster"; then
  echo "services: creating PostgreSQL cluster $version/$cluster"
  $SUDO pg_createcluster "$version" "$cluster" >/dev/null
fi

# The server outlives this script: it must not inherit the caller's open descriptors (a
# benchmark's `flock` on fd 3 stayed held by PostgreSQL until it stopped).
without_inherited_fds() {
  (
    for fd in /proc/$BASHPID/fd/*; do
      fd=${fd##*/}
      ((fd > 2)) && eval "exec $fd>&-"
    done
    exec "$@"
  )
}

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "services: starting PostgreSQL $version/$cluster"
  without_inherited_fds $SUDO pg_ctlcluster "$version" "$cluster" start
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 0.5
  done
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "services: PostgreSQL did not start; see /var/log/postgresql/postgresql-$version-$cluster.log" >&2
  exit 1
fi

psql_admin() { $SUDO -u postgres psql -v ON_ERROR_STOP=1 -qAt "$@"; }
if [[ $(id -u) -eq 0 ]]; then
  psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }
fi

if [[ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" ]]; then
  psql_admin -c "CREATE ROLE $role LOGIN PASSWORD '$password'"
fi
if [[ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]]; then
  psql_admin -c "CREATE DATABASE $database OWNER $role"
fi

mkdir -p build
echo "$url" > build/postgres-url.txt
echo "services: PostgreSQL ready at $url"
