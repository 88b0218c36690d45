#!/bin/bash
# Proxy benchmark: what campaign_proxy costs and what sharding
# gives, on servers of their own on loopback (scripts/lib/servers.sh): a
# proxy server and four shard servers, each shard a database alone on its
# server (shared_buffers 64MB, fsync off as in the other benchmarks'
# clusters). For each number of shards in $SHARDS (1, 2 and 4: shards 0..N-1
# on servers s1..sN, fresh databases and a fresh proxy database each time),
# one site per shard with $SUBSCRIBERS subscribers (UTC, no quiet hours, no
# smart sending, as bench/dispatch.sh), and in one run:
#
#   a. one routed call, direct on the shard against through the proxy, same
#      data, same run (1 shard): pgbench -n with 1 and 4 clients, the mean
#      latency of the statement (-r), ms per call:
#        activate (by campaign id), each client activating its own draft
#        campaign and cancelling it back to draft (cancel reported too);
#        unsubscribe (by site), a subscriber without messages, a new one at
#        every call ($CALLS calls per run);
#        claim_messages(100) then mark_sent of the 100 ids (by id), in two
#        transactions, over the queue of $SUBSCRIBERS due messages reset
#        before each run.
#   c. processing: each shard's campaign activated and campaign.tick(10000)
#      called until every message exists (one transaction per tick); direct,
#      one tick loop per shard on its shard at the same time; then, the
#      messages removed, another campaign the same way through the proxy, one
#      tick loop there ticking every shard in parallel; then both again (the
#      first run on a shard pays for its first messages' partition and its
#      caches), the better of each kept. Subscribers per second.
#   b. dispatch: the loop of bench/dispatch.sh (claim_messages(100) in one
#      transaction, mark_sent(ids) in the next) until the $SUBSCRIBERS due
#      messages of every shard are sent: direct, one dispatcher per shard at
#      the same time (the floor); through the proxy with one dispatcher, and
#      with as many dispatchers as shards. Messages per second, wall clock;
#      the queue is reset and vacuumed before each run.
#
# The honest caveat, printed with the figures: the five servers share this
# machine's cores, so more shards here means the same cores split more ways.
# The figures measure the proxy's overhead and the model, not scaling.
# Run by `make bench` (inside pg_virtualenv, whose cluster it does not use),
# or alone after make install: `bash bench/proxy.sh`.
set -euo pipefail
SHARDS=${SHARDS:-"1 2 4"}
SUBSCRIBERS=${SUBSCRIBERS:-50000}
CALLS=${CALLS:-2000}
CLIENTS=${CLIENTS:-"1 4"}
BATCH=10000
NOW='2026-11-27 15:00 UTC'
cd "$(dirname "$0")/.."

servers="proxy s1 s2 s3 s4"
server_conf="shared_buffers = 64MB
max_connections = 40
fsync = off
max_wal_size = 1GB"
# shellcheck source=scripts/lib/servers.sh
source scripts/lib/servers.sh
unset PGDATABASE PGPORT
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)

ms() { date +%s%3N; }
# tick until no subscriber is left, committing each batch: on each shard and
# on the proxy (whose tick runs on every shard)
tick_loop_procedure='CREATE PROCEDURE public.bench_ticks(batch integer) LANGUAGE plpgsql AS $$
BEGIN
    LOOP
        EXIT WHEN (campaign.tick(batch)).subscribers_processed = 0;
        COMMIT;
    END LOOP;
END $$;'
shard_server() { echo "s$(($1 + 1))"; }
shard() { local k=$1; shift; on "$(shard_server "$k")" -d "shard$k" "$@"; }
proxy() { on proxy -d proxy "$@"; }
# run a command on every shard of the deployment at the same time
on_every_shard() {
	local k pids=()
	for ((k = 0; k < shards; k++)); do
		"$@" "$k" &
		pids+=($!)
	done
	for pid in "${pids[@]}"; do wait "$pid"; done
}

for s in s1 s2 s3 s4; do
	on "$s" -d postgres -c "CREATE DATABASE shard_template"
	on "$s" -d shard_template -c "SET client_min_messages = warning" -c "CREATE EXTENSION campaign"
done

# A deployment of $shards shards: shard k on server s(k+1), a site on each
# (site[k]) with its subscribers and four campaigns at $NOW, for the two
# direct and the two proxy runs of processing (campaign_of["k direct1"], ...).
runs="direct1 proxy1 direct2 proxy2"
declare -A site campaign_of
deploy() {
	local k
	on proxy -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS proxy" -c "CREATE DATABASE proxy"
	proxy -c "SET client_min_messages = warning" -c "CREATE EXTENSION campaign_proxy CASCADE"
	for k in 0 1 2 3; do
		on "$(shard_server $k)" -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS shard$k"
	done
	for ((k = 0; k < shards; k++)); do
		on "$(shard_server $k)" -d postgres -c "CREATE DATABASE shard$k TEMPLATE shard_template" \
			-c "ALTER DATABASE shard$k SET campaign.fake_now = '$NOW'"
		shard "$k" -c "SELECT campaign.configure_shard($k)" >/dev/null
		proxy -c "INSERT INTO campaign_proxy.shards VALUES ($k, 'host=127.0.0.1 port=${port[$(shard_server $k)]} dbname=shard$k')"
	done
	for ((k = 0; k < shards; k++)); do
		site[$k]=$(proxy -c "SELECT g FROM generate_series(1, 10000) g WHERE campaign_proxy.shard_of_site(g) = $k ORDER BY g LIMIT 1")
		shard "$k" -v site="${site[$k]}" -v subscribers="$SUBSCRIBERS" -v now="$NOW" <<'SQL'
INSERT INTO campaign.sites (site_id, name, subdomain, quiet_hours_start, quiet_hours_end)
VALUES (:site, 'Bench', 'bench' || :site, NULL, NULL);
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone, timezone, region, created_at)
SELECT :site, i, '+1212' || (200 + i % 800) || lpad((i % 10000)::text, 4, '0'), 'UTC', 'US', '2026-01-01'
  FROM generate_series(1, :subscribers) AS i;
WITH c AS (INSERT INTO campaign.campaigns (site_id, name, send_at, smart_sending)
           SELECT :site, run, :'now', false FROM unnest('{direct1,proxy1,direct2,proxy2}'::text[]) run
           RETURNING campaign_id)
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) SELECT campaign_id, 0, 'Hello' FROM c;
VACUUM ANALYZE;
SQL
		shard "$k" <<<"$tick_loop_procedure"
		for run in $runs; do
			campaign_of["$k $run"]=$(shard "$k" -c "SELECT campaign_id FROM campaign.campaigns WHERE site_id = ${site[$k]} AND name = '$run'")
		done
	done
	proxy <<<"$tick_loop_procedure"
}

# every message of the shard pending and due again, the store vacuumed
reset_queue() { shard "$1" -f bench/reset_queue.sql; }
sent_on() { shard "$1" -c "SELECT count(*) FROM campaign.messages WHERE status = 'sent'"; }
sent_everywhere() {
	local k total=0
	for ((k = 0; k < shards; k++)); do total=$((total + $(sent_on "$k"))); done
	echo "$total"
}

work_sql=$work/sql
mkdir "$work_sql"
cat >"$work_sql/dispatch.sql" <<'SQL'
SELECT quote_literal(coalesce(array_agg(message_id), '{}')::text) AS ids FROM campaign.claim_messages(100, '30 seconds') \gset
SELECT campaign.mark_sent(:ids::bigint[]);
SQL
cat >"$work_sql/activate.sql" <<'SQL'
\set campaign :first_campaign + :client_id
SELECT campaign.activate(:campaign);
SELECT status FROM campaign.cancel(:campaign);
SQL
cat >"$work_sql/unsubscribe.sql" <<'SQL'
SELECT nextval('public.bench_next') AS subscriber \gset
SELECT campaign.unsubscribe(:site, :subscriber);
SQL

# pgbench SERVER DATABASE SCRIPT CLIENTS TRANSACTIONS [-D ...]: runs it,
# the report in $work/pgbench.out; fails on any error
pgbench_run() {
	local server=$1 database=$2 script=$3 clients=$4 transactions=$5
	shift 5
	if ! pgbench -n -r -h 127.0.0.1 -p "${port[$server]}" -d "$database" -f "$work_sql/$script.sql" \
		-c "$clients" -j "$clients" -t "$((transactions / clients))" "$@" \
		>"$work/pgbench.out" 2>"$work/pgbench.err" || grep -q -i error "$work/pgbench.err"; then
		cat "$work/pgbench.err" >&2
		exit 1
	fi
}
# the mean latency of the statement of the last run that contains TEXT, ms
latency_of() {
	awk -v text="$1" '/^statement latencies/ { on = 1; next } on && index($0, text) { print $1; exit }' "$work/pgbench.out"
}

calls_lines=()
# measure SCRIPT TRANSACTIONS PREPARE LABEL=TEXT...: the script run on shard 0
# directly and on the proxy, with each client count, PREPARE SERVER before
# each run, the variables of $pgbench_vars given; for each LABEL, the mean
# latency of its statement (the one containing TEXT) is added to calls_lines
# as "label|clients|direct ms|proxy ms"
pgbench_vars=()
measure() {
	local script=$1 transactions=$2 prepare=$3 clients pair
	shift 3
	local -A direct
	for clients in $CLIENTS; do
		"$prepare" shard0
		pgbench_run s1 shard0 "$script" "$clients" "$transactions" "${pgbench_vars[@]}"
		for pair in "$@"; do direct[$pair]=$(latency_of "${pair#*=}"); done
		"$prepare" proxy
		pgbench_run proxy proxy "$script" "$clients" "$transactions" "${pgbench_vars[@]}"
		for pair in "$@"; do calls_lines+=("${pair%%=*}|$clients|${direct[$pair]}|$(latency_of "${pair#*=}")"); done
	done
}
nothing_to_prepare() { :; }
next_subscriber=1
fresh_subscribers() {   # each run unsubscribes subscribers no run touched
	if [ "$1" = proxy ]; then proxy -c "SELECT setval('public.bench_next', $next_subscriber, false)" >/dev/null
	else shard 0 -c "SELECT setval('public.bench_next', $next_subscriber, false)" >/dev/null; fi
	next_subscriber=$((next_subscriber + CALLS))
}
fresh_queue() { reset_queue 0; }

# a. activate and unsubscribe, on the 1-shard deployment before anything
# else runs there: a second site on shard 0 with a draft campaign per client
# and subscribers without messages
calls_site=
prepare_calls() {
	calls_site=$(proxy -c "SELECT g FROM generate_series(${site[0]} + 1, 100000) g WHERE campaign_proxy.shard_of_site(g) = 0 ORDER BY g LIMIT 1")
	shard 0 -v site="$calls_site" -v subscribers="$((4 * CALLS * $(echo "$CLIENTS" | wc -w)))" -v now="$NOW" <<'SQL'
INSERT INTO campaign.sites (site_id, name, subdomain, quiet_hours_start, quiet_hours_end)
VALUES (:site, 'Calls', 'calls', NULL, NULL);
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone, timezone, region, created_at)
SELECT :site, i, '+1305' || (200 + i % 800) || lpad((i % 10000)::text, 4, '0'), 'UTC', 'US', '2026-01-01'
  FROM generate_series(1, :subscribers) AS i;
WITH c AS (INSERT INTO campaign.campaigns (site_id, name, send_at, smart_sending)
           SELECT :site, 'calls ' || g, timestamptz :'now' + interval '1 day', false
             FROM generate_series(0, 15) g RETURNING campaign_id)
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) SELECT campaign_id, 0, 'Hello' FROM c;
CREATE SEQUENCE public.bench_next;
VACUUM ANALYZE;
SQL
	proxy -c "CREATE SEQUENCE public.bench_next"
	first_calls_campaign=$(shard 0 -c "SELECT min(campaign_id) FROM campaign.campaigns WHERE site_id = $calls_site")
}

process_direct() {   # the campaign of run $run on shard $1
	shard "$1" -c "SELECT campaign.activate(${campaign_of["$1 $run"]})" -c "CALL public.bench_ticks($BATCH)" >/dev/null
}
process_through_proxy() {   # the campaigns of run $run on every shard
	local k ids
	ids=$(for ((k = 0; k < shards; k++)); do echo "${campaign_of["$k $run"]}"; done | paste -sd,)
	proxy -c "SELECT count(*) FROM unnest('{$ids}'::bigint[]) c, campaign.activate(c)" \
		-c "CALL public.bench_ticks($BATCH)" >/dev/null
}
remove_messages() {
	shard "$1" -c "TRUNCATE campaign.messages, campaign.message_queue" \
		-c "VACUUM ANALYZE campaign.messages, campaign.message_queue" -c "CHECKPOINT"
}
check_processed() {   # every shard's campaign of run $run sending, with all its messages
	local k c id
	for ((k = 0; k < shards; k++)); do
		id=${campaign_of["$k $run"]}
		c=$(shard "$k" -c "SELECT status || ' ' || (SELECT count(*) FROM campaign.messages WHERE campaign_id = $id)
		                     FROM campaign.campaigns WHERE campaign_id = $id")
		if [ "$c" != "sending $SUBSCRIBERS" ]; then
			echo "proxy.sh: campaign $id of shard $k is '$c' after processing, not 'sending $SUBSCRIBERS'" >&2
			exit 1
		fi
	done
}
dispatch_direct() {
	pgbench_quiet "$(shard_server "$1")" "shard$1" "$((SUBSCRIBERS / 100))" 1
}
pgbench_quiet() {   # SERVER DATABASE TRANSACTIONS CLIENTS: the dispatch loop
	if ! pgbench -n -h 127.0.0.1 -p "${port[$1]}" -d "$2" -f "$work_sql/dispatch.sql" -c "$4" -j "$4" \
		-t "$(($3 / $4))" >/dev/null 2>"$work/pgbench-$1.err" || grep -q -i error "$work/pgbench-$1.err"; then
		cat "$work/pgbench-$1.err" >&2
		exit 1
	fi
}
rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%d", n * 1000 / t }'; }

processing_lines=()
dispatch_lines=()
for shards in $SHARDS; do
	echo "proxy.sh: $shards shard(s)" >&2
	deploy
	total=$((shards * SUBSCRIBERS))

	if [ "$shards" = 1 ]; then
		prepare_calls
		pgbench_vars=(-D first_campaign="$first_calls_campaign")
		measure activate "$CALLS" nothing_to_prepare "activate (by campaign id)=campaign.activate" \
			"cancel, back to draft (by campaign id)=campaign.cancel"
		pgbench_vars=(-D site="$calls_site")
		measure unsubscribe "$CALLS" fresh_subscribers "unsubscribe (by site)=campaign.unsubscribe"
	fi

	# c. processing: direct, proxy, direct, proxy, the better of each kept;
	# the messages of the last run stay for dispatch
	declare -A best=([direct]=0 [proxy]=0)
	for run in $runs; do
		t0=$(ms)
		if [ "${run%?}" = direct ]; then on_every_shard process_direct; else process_through_proxy; fi
		t1=$(ms)
		check_processed
		if [ "${best[${run%?}]}" = 0 ] || [ $((t1 - t0)) -lt "${best[${run%?}]}" ]; then best[${run%?}]=$((t1 - t0)); fi
		[ "$run" = proxy2 ] || on_every_shard remove_messages
	done
	processing_lines+=("$shards|$total|${best[direct]}|${best[proxy]}")

	# b. dispatch
	on_every_shard reset_queue
	t0=$(ms)
	on_every_shard dispatch_direct
	t1=$(ms)
	direct_sent=$(sent_everywhere)
	on_every_shard reset_queue
	t2=$(ms)
	pgbench_quiet proxy proxy "$((total / 100))" 1
	t3=$(ms)
	proxy_one_sent=$(sent_everywhere)
	if [ "$shards" -gt 1 ]; then
		on_every_shard reset_queue
		t4=$(ms)
		pgbench_quiet proxy proxy "$((total / 100))" "$shards"
		t5=$(ms)
		proxy_many_sent=$(sent_everywhere)
	else
		t4=$t2 t5=$t3 proxy_many_sent=$proxy_one_sent
	fi
	dispatch_lines+=("$shards|$total|$direct_sent|$((t1 - t0))|$proxy_one_sent|$((t3 - t2))|$proxy_many_sent|$((t5 - t4))")

	# a. claim_messages and mark_sent of 100 ids, on the same queue
	if [ "$shards" = 1 ]; then
		pgbench_vars=()
		measure dispatch "$((SUBSCRIBERS / 100))" fresh_queue "claim_messages(100) (every shard)=campaign.claim_messages" \
			"mark_sent of 100 ids (by id)=campaign.mark_sent"
	fi
done
load_at_end=$(cut -d' ' -f1-3 /proc/loadavg)

plproxy_version=$(proxy -c "SELECT extversion FROM pg_extension WHERE extname = 'plproxy'")
echo "proxy: campaign_proxy over PL/Proxy $plproxy_version; a proxy server and one server per shard, on loopback"
echo "  (shared_buffers 64MB, fsync off); load average $load_at_start at the start, $load_at_end at the end"
echo "  caveat: every server shares this machine's $(nproc) cores, so more shards here split the same cores"
echo "  more ways: these figures measure the proxy's overhead and the model, not scaling"
if [ ${#calls_lines[@]} -gt 0 ]; then
	echo
	echo "a. one routed call, direct on the shard and through the proxy (1 shard), pgbench -n, mean ms per call"
	printf '  %-40s %7s %9s %9s %11s %7s\n' call clients direct proxy difference ratio
	# each call's lines together, in the order measured
	printf '%s\n' "${calls_lines[@]}" | awk -F'|' '
		!($1 in first) { first[$1] = NR }
		{ printf "%06d|%06d|%s\n", first[$1], NR, $0 }' | sort | cut -d'|' -f3- |
	while IFS='|' read -r label clients direct through; do
		awk -v l="$label" -v c="$clients" -v d="$direct" -v p="$through" \
			'BEGIN { printf "  %-40s %7s %9.3f %9.3f %+11.3f %6.2fx\n", l, c, d, p, p - d, p / d }'
	done
	echo "  (activate: $CALLS calls per run, each client its own draft campaign, cancelled back to draft after"
	echo "  each call; unsubscribe: $CALLS calls per run, a subscriber without messages each time; claim_messages"
	echo "  and mark_sent: $((SUBSCRIBERS / 100)) claims of 100 then acknowledgements of the 100 ids per run)"
fi
echo
echo "b. dispatch: $SUBSCRIBERS due messages per shard, claim_messages(100) then mark_sent(ids), messages per second"
printf '  %-6s %9s %22s %14s %22s %13s %13s\n' shards messages "direct, 1 per shard" "proxy, 1" "proxy, 1 per shard" \
	"proxy/direct" "direct/shard"
for line in "${dispatch_lines[@]}"; do
	IFS='|' read -r shards total direct_sent direct_ms one_sent one_ms many_sent many_ms <<<"$line"
	for count in "$direct_sent" "$one_sent" "$many_sent"; do
		[ "$count" = "$total" ] || echo "  (only $count of $total messages were sent in one of the runs below)"
	done
	direct_rate=$(rate "$direct_sent" "$direct_ms")
	many_rate=$(rate "$many_sent" "$many_ms")
	awk -v s="$shards" -v t="$total" -v d="$direct_rate" -v o="$(rate "$one_sent" "$one_ms")" -v m="$many_rate" \
		'BEGIN { printf "  %-6s %9s %22s %14s %22s %12.2fx %13d\n", s, t, d, o, m, m / d, d / s }'
done
echo "  (wall clock of each run; direct: one pgbench client per shard on its shard, all at once; proxy, 1 per"
echo "  shard: as many pgbench clients on the proxy as there are shards)"
echo
echo "c. processing: $SUBSCRIBERS subscribers per shard, one at_time campaign per shard, tick($BATCH) until every"
echo "   message exists, one transaction per tick"
printf '  %-6s %11s %28s %28s %13s\n' shards subscribers "direct, 1 tick loop per shard" "proxy, 1 tick loop" "proxy/direct"
for line in "${processing_lines[@]}"; do
	IFS='|' read -r shards total direct_ms proxy_ms <<<"$line"
	printf '  %-6s %11s %28s %28s %12sx\n' "$shards" "$total" \
		"$direct_ms ms $(rate "$total" "$direct_ms")/s" "$proxy_ms ms $(rate "$total" "$proxy_ms")/s" \
		"$(awk -v d="$direct_ms" -v p="$proxy_ms" 'BEGIN { printf "%.2f", d / p }')"
done
echo "  (subscribers per second, wall clock from activation to the last tick; direct and proxy run twice each,"
echo "  interleaved, the better kept; proxy/direct is the ratio of rates)"
