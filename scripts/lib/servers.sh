# shellcheck shell=bash
# Sourced by scripts/test-shards and bench/proxy.sh: several throw-away
# PostgreSQL servers on loopback, as a deployment of many machines would have
# them (initdb and pg_ctl in a temporary directory, each server on a free TCP
# port of 127.0.0.1), stopped and removed on exit; run as the postgres user
# when started as root. Before sourcing, set
#   servers        the servers' names, e.g. "proxy s1 s2"
#   server_conf    lines added to each postgresql.conf (optional)
# It sets port[name], PGUSER and PGHOST, and defines start_server NAME and
# on NAME PSQL-ARGS (psql on that server, -At, stopping at the first error).
bindir=$("$(scripts/pg-config)" --bindir)
work=$(mktemp -d)
chmod 755 "$work"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$work"
declare -A port
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
cleanup() {
	for s in $servers; do
		[ -d "$work/$s" ] && as_pg "$bindir/pg_ctl" -D "$work/$s" -m immediate -w stop >/dev/null 2>&1
	done
	rm -rf "$work"
}
trap cleanup EXIT

start_server() { as_pg "$bindir/pg_ctl" -D "$work/$1" -l "$work/$1.log" -w start >/dev/null; }
for s in $servers; do
	port[$s]=$(free_port)
	as_pg "$bindir/initdb" -D "$work/$s" -A trust -U postgres >/dev/null || exit 1
	cat >>"$work/$s/postgresql.conf" <<CONF
port = ${port[$s]}
listen_addresses = '127.0.0.1'
unix_socket_directories = '$work'
${server_conf:-}
CONF
	start_server "$s" || { cat "$work/$s.log"; exit 1; }
done

export PGUSER=postgres PGHOST=127.0.0.1
on() { local s=$1; shift; psql -X -q -v ON_ERROR_STOP=1 -At -p "${port[$s]}" "$@"; }
