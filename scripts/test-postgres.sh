#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (no Docker): made in a temporary folder, listening on 127.0.0.1
# only, on a free port, with a test user whose password is known to the tests alone.
#
#   eval "$(scripts/test-postgres.sh start)"   # starts it and prints: export AE_TEST_POSTGRES=postgresql://...
#   scripts/test-postgres.sh url               # the URL of the running cluster
#   scripts/test-postgres.sh restart           # restarts it (fast shutdown: clients' connections are cut)
#   scripts/test-postgres.sh stop              # stops it and removes its folder
#
# The state lives in $AE_PG_STATE (default /tmp/ae-test-postgres). initdb refuses to run as root: as root the
# cluster belongs to the 'postgres' user (the distribution's packages make it) and runs under runuser.
set -euo pipefail

state="${AE_PG_STATE:-/tmp/ae-test-postgres}"
user=ae_test
password=ae_test_password
database=ae_test

find_bin() {
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return
  fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return
    fi
  done
  return 1
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    # nothing answers there (bash's /dev/tcp: the connection is refused)
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "test-postgres: no free port found" >&2
  return 1
}

url() {
  echo "postgresql://$user@127.0.0.1:$(cat "$state/port")/$database"
}

start() {
  local bin
  if ! bin="$(find_bin)"; then
    echo "test-postgres: no initdb/pg_ctl found (install the distribution's postgresql package)" >&2
    exit 1
  fi
  if [ -f "$state/port" ] && as_owner "$bin/pg_ctl" -D "$state/data" status >/dev/null 2>&1; then
    echo "export AE_TEST_POSTGRES=$(url)"
    echo "export PGPASSWORD=$password"
    return
  fi
  rm -rf "$state"
  mkdir -p "$state"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$state"
  fi
  local pwfile="$state/pw"
  echo "$password" >"$pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres "$pwfile"
  # C collation and UTF-8: text orders by bytes, as in SQLite (ADR 0018)
  as_owner "$bin/initdb" -D "$state/data" -U "$user" --pwfile="$pwfile" --auth=scram-sha-256 \
    --encoding=UTF8 --locale=C >"$state/initdb.log" 2>&1 || { cat "$state/initdb.log" >&2; exit 1; }
  rm -f "$pwfile"
  local port
  port="$(free_port)"
  echo "$port" >"$state/port"
  # small and fast: no fsync (a test cluster is thrown away), loopback only, a socket folder of its own
  as_owner "$bin/pg_ctl" -D "$state/data" -l "$state/server.log" -w -t 60 \
    -o "-p $port -h 127.0.0.1 -k $state -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$state/server.log" >&2; exit 1; }
  local psql="$bin/psql"
  [ -x "$psql" ] || psql="$(command -v psql)"
  PGPASSWORD="$password" "$psql" -q -h 127.0.0.1 -p "$port" -U "$user" -d postgres \
    -c "CREATE DATABASE $database TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'" >/dev/null
  echo "export AE_TEST_POSTGRES=$(url)"
  echo "export PGPASSWORD=$password"
}

restart() {
  local bin
  if [ ! -f "$state/port" ] || ! bin="$(find_bin)"; then
    echo "test-postgres: no cluster started by this script in $state" >&2
    exit 1
  fi
  as_owner "$bin/pg_ctl" -D "$state/data" -l "$state/server.log" -m fast -w -t 60 restart >/dev/null || { tail -20 "$state/server.log" >&2; exit 1; }
}

stop() {
  local bin
  if [ -d "$state/data" ] && bin="$(find_bin)"; then
    as_owner "$bin/pg_ctl" -D "$state/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$state"
}

case "${1:-}" in
  start) start ;;
  restart) restart ;;
  stop) stop ;;
  url) url ;;
  *)
    echo "usage: $0 start|restart|stop|url" >&2
    exit 2
    ;;
esac
