#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server on loopback and CHANDLER_TEST_POSTGRES set to
# its connection string (no database name: each test creates its own). The cluster lives in a temp
# folder, listens on 127.0.0.1 only, on a free port, and is stopped and removed when the command ends.
# Usage: tests/scripts/with-postgres.sh <command> [args...]
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 2
fi

root=$(mktemp -d /tmp/chandler-pg-XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root.
  chown postgres:postgres "$root"
  as_pg=(runuser -u postgres --)
fi

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 20000))
  if port_is_free "$candidate"; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "with-postgres.sh: no free loopback port found" >&2; exit 2; }

stop() {
  "${as_pg[@]}" "$bin/pg_ctl" -D "$root/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$root"
}
trap stop EXIT

"${as_pg[@]}" "$bin/initdb" -D "$root/data" -U postgres --auth=trust -E UTF8 --no-sync --no-instructions >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
  -o "-k $root -h 127.0.0.1 -p $port -F -c max_connections=400" start >/dev/null

export CHANDLER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Timeout=30;Command Timeout=60"
echo "with-postgres.sh: PostgreSQL on 127.0.0.1:$port"
"$@"
