#!/usr/bin/env bash
# A private PostgreSQL server for tests and benchmarks: its own data directory, 127.0.0.1 only, a free port,
# a superuser with a random password. The distribution's own cluster is never touched.
#
#   .ci/postgres.sh start    initdb (first time) and start; prints the export line for CC_TEST_POSTGRES
#   .ci/postgres.sh env      prints the export line again:  eval "$(.ci/postgres.sh env)"
#   .ci/postgres.sh status   says whether it runs
#   .ci/postgres.sh stop     stops it and deletes its data directory
#
# CC_PG_DIR sets the directory (default /tmp/cc-postgres), CC_PG_PORT the port (default: a free one).
# The test fixture starts its own server when CC_TEST_POSTGRES is unset, so `dotnet test` needs none of this.
set -euo pipefail

dir="${CC_PG_DIR:-/tmp/cc-postgres}"
data="$dir/data"
user=cc_admin

bin_dir() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL is not installed: run .ci/deps.d/30-postgres.sh first." >&2
    exit 1
  fi
  echo "$bin"
}

as_owner() {
  # CI runs as root; PostgreSQL refuses to run as root.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! port_in_use "$port"; then echo "$port"; return; fi
  done
  echo "No free port found." >&2
  exit 1
}

env_line() {
  echo "export CC_TEST_POSTGRES='Host=127.0.0.1;Port=$(cat "$dir/port");Username=$user;Password=$(cat "$dir/password");Database=postgres'"
}

running() {
  [ -f "$data/postmaster.pid" ] && as_owner "$(bin_dir)/pg_ctl" -D "$data" status >/dev/null 2>&1
}

start() {
  local bin
  bin=$(bin_dir)
  if running; then env_line; return; fi
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$dir"
    head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$dir/password"
    if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$dir"; fi
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$data" -U "$user" --pwfile="$dir/password" -E UTF8 --no-locale \
      --auth-host=scram-sha-256 --auth-local=trust >"$dir/initdb.log"
  fi
  local port="${CC_PG_PORT:-$(free_port)}"
  echo "$port" >"$dir/port"
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  env_line
}

stop() {
  if running; then as_owner "$(bin_dir)/pg_ctl" -D "$data" -m fast -w stop >/dev/null; fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) env_line ;;
  status) if running; then echo "running on port $(cat "$dir/port") ($data)"; else echo "stopped"; exit 3; fi ;;
  *) echo "usage: $0 start|env|status|stop" >&2; exit 2 ;;
esac
