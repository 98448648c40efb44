#!/bin/sh
# A local PostgreSQL for the LRS's PostgreSQL store tests (lrs-stub/store/postgres/), the same on
# a developer's machine and on a fresh Debian CI machine: installs the server when it is missing,
# starts the cluster when it is down, creates the test role and database when they are missing,
# and prints the LRS_TEST_POSTGRES_URL to export. Safe to run again: every step checks first.
# Run as root (apt-get, and `su postgres` for the superuser steps).
set -eu
# The caller evals stdout: only the export line may go there. Everything the tools print (e.g.
# pg_ctlcluster's "Removed stale pid file." after an unclean stop) goes to stderr; CI once ran
# "Removed" as a command. The steps run with the saved stdout (fd 3) closed: a server they
# start would inherit it and keep the caller's $(…) waiting for it to close, for ever.
exec 3>&1 1>&2

ROLE=wm_lrs
PASSWORD=wm-lrs-pass
DATABASE=wm_lrs_test
PORT=5432

say() { echo "ci-postgres: $*" >&2; }

setup() {
  if [ "$(id -u)" != 0 ]; then
    say "run me as root: I install the server and create a role as the postgres superuser"
    exit 1
  fi

  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    say "installing PostgreSQL (apt-get install -y postgresql)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi

  # The newest installed cluster, e.g. "15 main" (Debian 12) or "17 main" (Debian 13).
  cluster=$(pg_lsclusters --no-header | awk '{ print $1, $2 }' | sort -V | tail -n 1)
  if [ -z "$cluster" ]; then
    say "no PostgreSQL cluster exists; creating one (pg_createcluster)"
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    pg_createcluster --port "$PORT" "$version" main >/dev/null
    cluster="$version main"
  fi
  # shellcheck disable=SC2086 # "$cluster" is two words on purpose: version and name
  if ! pg_lsclusters --no-header | awk -v c="$cluster" '$1" "$2 == c && $4 == "online"' | grep -q .; then
    say "starting cluster $cluster"
    pg_ctlcluster $cluster start
  fi
  cluster_port=$(pg_lsclusters --no-header | awk -v c="$cluster" '$1" "$2 == c { print $3 }')
  if [ "$cluster_port" != "$PORT" ]; then
    say "cluster $cluster listens on port $cluster_port, not $PORT: the URL below uses $cluster_port"
    PORT=$cluster_port
  fi

  as_postgres() { su postgres -c "$1"; }
  psql_value() { as_postgres "psql -p $PORT -tAc \"$1\""; }

  if [ "$(psql_value "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
    say "creating role $ROLE"
    as_postgres "psql -p $PORT -q -c \"CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'\""
  fi
  if [ "$(psql_value "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != 1 ]; then
    say "creating database $DATABASE owned by $ROLE"
    as_postgres "createdb -p $PORT -O $ROLE $DATABASE"
  fi
}

setup 3>&-
echo "export LRS_TEST_POSTGRES_URL=postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE" >&3
