#!/usr/bin/env bash
# Provides a local PostgreSQL for the storage tests (Debian 12, run as root): installs the
# server if it is missing, starts (or creates) a cluster of the installed major version, creates
# the role and database `eclaireur_test`, waits until it answers, and prints on its LAST line
#   export TEST_DATABASE_URL=postgres://eclaireur_test:...@127.0.0.1:<port>/eclaireur_test
# so that CI can do: eval "$(bash .ci/postgres.sh | tail -1)". Safe to run again.
set -euo pipefail

DB_NAME="${PG_TEST_DB:-eclaireur_test}"
DB_USER="${PG_TEST_USER:-eclaireur_test}"
DB_PASS="${PG_TEST_PASSWORD:-eclaireur_test}"
CLUSTER="${PG_TEST_CLUSTER:-main}"

log() { echo "postgres.sh: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  log "must run as root (it installs and starts PostgreSQL)"
  exit 1
fi

installed_major() {
  # Highest major version that has a server binary installed.
  local d best=""
  for d in /usr/lib/postgresql/*/bin/postgres; do
    [ -x "$d" ] || continue
    d="${d#/usr/lib/postgresql/}"
    d="${d%%/*}"
    if [ -z "$best" ] || [ "$d" -gt "$best" ]; then best="$d"; fi
  done
  echo "$best"
}

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(installed_major)" ]; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y postgresql >&2
fi

MAJOR="$(installed_major)"
if [ -z "$MAJOR" ]; then
  log "no PostgreSQL server found after installation"
  exit 1
fi

if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$MAJOR $CLUSTER"; then
  log "creating cluster $MAJOR/$CLUSTER"
  pg_createcluster "$MAJOR" "$CLUSTER" >&2
fi

PORT="$(pg_lsclusters -h | awk -v v="$MAJOR" -v c="$CLUSTER" '$1==v && $2==c {print $3}')"
STATUS="$(pg_lsclusters -h | awk -v v="$MAJOR" -v c="$CLUSTER" '$1==v && $2==c {print $4}')"
if [ "$STATUS" != "online" ]; then
  log "starting cluster $MAJOR/$CLUSTER on port $PORT"
  pg_ctlcluster "$MAJOR" "$CLUSTER" start >&2 || true
fi

ready=0
for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$PORT"; then ready=1; break; fi
  sleep 0.5
done
if [ "$ready" -ne 1 ]; then
  log "PostgreSQL $MAJOR/$CLUSTER did not become ready on 127.0.0.1:$PORT"
  tail -n 30 "/var/log/postgresql/postgresql-$MAJOR-$CLUSTER.log" >&2 || true
  exit 1
fi

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -X -q -p $PORT $*"; }

if [ "$(psql_admin "-tAc \"SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'\"")" != "1" ]; then
  log "creating role $DB_USER"
  psql_admin "-c \"CREATE ROLE \\\"$DB_USER\\\" LOGIN PASSWORD '$DB_PASS'\"" >&2
else
  psql_admin "-c \"ALTER ROLE \\\"$DB_USER\\\" LOGIN PASSWORD '$DB_PASS'\"" >&2
fi
if [ "$(psql_admin "-tAc \"SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'\"")" != "1" ]; then
  log "creating database $DB_NAME"
  psql_admin "-c \"CREATE DATABASE \\\"$DB_NAME\\\" OWNER \\\"$DB_USER\\\"\"" >&2
fi

URL="postgres://$DB_USER:$DB_PASS@127.0.0.1:$PORT/$DB_NAME"
# Check the password login over TCP before announcing the URL.
PGPASSWORD="$DB_PASS" psql -X -q -h 127.0.0.1 -p "$PORT" -U "$DB_USER" -d "$DB_NAME" -tAc 'SELECT 1' >/dev/null
log "ready: PostgreSQL $MAJOR/$CLUSTER on 127.0.0.1:$PORT"
echo "export TEST_DATABASE_URL=$URL"
