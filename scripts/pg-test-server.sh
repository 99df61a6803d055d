#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for the tests (Debian's postgresql package).
#   scripts/pg-test-server.sh start DIR [PORT]   initdb into DIR, start on 127.0.0.1:PORT (default: the
#                                                first free port from 55433), print the URL
#   scripts/pg-test-server.sh stop DIR           stop it (the caller removes DIR)
# The server refuses to run as root, so as root it runs as the `postgres` user the package creates.
set -euo pipefail
action=${1:?start|stop}
dir=${2:?data directory}
port=${3:-auto}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "pg-test-server: no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)" >&2
  exit 1
fi
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
free_port() {
  for candidate in $(seq 55433 55482); do
    # Nothing answers there (bash's /dev/tcp): the port is free.
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
      echo "$candidate"
      return
    fi
  done
  echo "pg-test-server: no free port in 55433-55482" >&2
  return 1
}
case "$action" in
  start)
    [ "$port" = auto ] && port=$(free_port)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U dyad --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U dyad dyad_test
    echo "postgres://dyad@127.0.0.1:$port/dyad_test"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *)
    echo "pg-test-server: unknown action $action" >&2
    exit 2
    ;;
esac
