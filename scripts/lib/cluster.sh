# Sourced by scripts/crash-test, scripts/load-test, scripts/tests.d/worker and
# bench/latency.sh: a private cluster in a temporary directory (initdb, pg_ctl),
# with start, crash (immediate stop) and q (psql) helpers; stopped and
# removed on exit. CAMPAIGN_DESTDIR points extension_destdir at a DESTDIR
# install instead of the global one.
bindir=$("$(scripts/pg-config)" --bindir)
work=$(mktemp -d)
chmod 755 "$work"
data=$work/data
port=$((55000 + RANDOM % 5000))
as_pg() { if [ "$(id -u)" = 0 ]; then chown -R postgres "$work"; runuser -u postgres -- "$@"; else "$@"; fi; }
export PGHOST=$work PGPORT=$port PGUSER=postgres PGDATABASE=campaign
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	as_pg "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT

as_pg "$bindir/initdb" -D "$data" -A trust -U postgres >/dev/null
{
	echo "port = $port"
	echo "unix_socket_directories = '$work'"
	echo "listen_addresses = ''"
	[ -n "${CAMPAIGN_DESTDIR:-}" ] && echo "extension_destdir = '$CAMPAIGN_DESTDIR'"
} >>"$data/postgresql.conf"
start() { as_pg "$bindir/pg_ctl" -D "$data" -l "$work/server.log" -w start >/dev/null; }
crash() {
	as_pg "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null
	for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
	pids=()
}
q() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }
