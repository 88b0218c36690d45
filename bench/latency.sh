#!/bin/bash
# Dispatch latency benchmark: how long a message waits, in real
# time, from its send_at to its hand-out (dispatched_at) by the example
# dispatcher woken by NOTIFY, under a steady feed of $RATE messages per second
# for $DURATION seconds. Goal: p99 under 1 second at 2,000 messages per second.
#
# The feed is a schedule: one small campaign per 100 ms slot (one site each,
# RATE / 10 subscribers, no quiet hours, each subscriber in a zone where it is
# about noon, so that the federal window is open and every check still runs),
# all activated at once with send_at = start + slot * 100 ms. So each message's
# send_at is the instant its campaign was due, and the interval measured is the
# whole path a campaign's message takes at its send time: the background
# worker's tick starts the campaign and processes its audience (the setting
# campaign.tick_interval, $TICK_INTERVAL here, bounds how late an idle worker
# looks), the commit notifies campaign_messages, a dispatcher worker claims.
# Both ends are real time (campaign.fake_now is empty). The two parts are
# printed too: send_at -> the campaign's start (the tick), and start ->
# hand-out.
#
# The server is a private cluster (scripts/lib/cluster.sh) started with
# shared_preload_libraries = 'campaign', so that the background worker ticks,
# and fsync = $FSYNC: off by default, as in the other benchmarks' clusters;
# with FSYNC=on every commit waits for this machine's disk (the example
# dispatcher records each delivery receipt in a transaction of its own). The
# dispatcher is examples/dispatcher (built by `make`), on the loopback socket,
# with the simulated aggregator at ~1 ms per send, no transient errors (a
# retry would move send_at), receipts recorded as usual. Bounded: the
# dispatcher is stopped at most 30 s after the last slot. Run by `make bench`,
# or alone: `bash bench/latency.sh`.
set -euo pipefail
RATE=${RATE:-2000}
DURATION=${DURATION:-40}
TICK_INTERVAL=${TICK_INTERVAL:-100ms}
FSYNC=${FSYNC:-off}
DISPATCHER_OPTIONS=${DISPATCHER_OPTIONS:-"--concurrency=4 --batch-size=100 --latency-ms=1 --transient-error-rate=0"}
cd "$(dirname "$0")/.."
dispatcher=examples/dispatcher/campaign-dispatcher
if [ ! -x "$dispatcher" ]; then
	echo "latency.sh: $dispatcher is missing: run make first" >&2
	exit 1
fi
slots=$((DURATION * 10))
per_slot=$((RATE / 10))

# shellcheck source=scripts/lib/cluster.sh
source scripts/lib/cluster.sh
cat >>"$data/postgresql.conf" <<CONF
shared_preload_libraries = 'campaign'
campaign.database = 'postgres'
campaign.tick_interval = '$TICK_INTERVAL'
fsync = $FSYNC
CONF
export PGDATABASE=postgres
start

# the subscribers' zone: where it is noon now (Etc/GMT-N is UTC+N)
q -v slots="$slots" -v per_slot="$per_slot" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION campaign;
SELECT format('Etc/GMT%s', CASE WHEN o > 0 THEN '-' || o WHEN o < 0 THEN '+' || -o ELSE '' END) AS zone
  FROM (SELECT (12 - extract(hour FROM now() AT TIME ZONE 'UTC'))::int AS o) AS offset_hours \gset
INSERT INTO campaign.sites (site_id, name, subdomain, timezone, quiet_hours_start, quiet_hours_end)
SELECT s, 'Site ' || s, 'site' || s, 'UTC', NULL, NULL FROM generate_series(1, :slots) AS s;
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone, timezone, region)
SELECT s, i, '+1212555' || lpad(i::text, 4, '0'), :'zone', 'US'
  FROM generate_series(1, :slots) AS s, generate_series(1, :per_slot) AS i;
INSERT INTO campaign.campaigns (site_id, name) SELECT s, 'slot ' || s FROM generate_series(1, :slots) AS s;
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body)
SELECT campaign_id, 0, 'Flash sale: 20% off for the next hour. Reply STOP to opt out.' FROM campaign.campaigns;
VACUUM ANALYZE;
SQL

"$dispatcher" -q $DISPATCHER_OPTIONS >"$work/dispatcher.out" 2>"$work/dispatcher.err" &
dispatcher_pid=$!
pids+=("$dispatcher_pid")

# the schedule: slot k (1-based) due 2 s + (k - 1) * 100 ms from now
q -c "SELECT count(campaign.activate(campaign_id, now() + interval '2 seconds'
                                       + (campaign_id - 1) * interval '100 milliseconds'))
        FROM campaign.campaigns" >/dev/null
sleep $((DURATION + 2))
for ((waited = 0; waited < 300; waited++)); do
	[ "$(q -c "SELECT count(*) FROM campaign.campaigns WHERE status <> 'sent'")" = 0 ] && break
	sleep 0.1
done
kill -TERM "$dispatcher_pid"
wait "$dispatcher_pid" || true

echo "latency: $RATE messages per second for $DURATION s ($slots campaigns of $per_slot), tick_interval $TICK_INTERVAL, fsync $FSYNC,"
echo "  campaign-dispatcher $DISPATCHER_OPTIONS"
q <<'SQL'
SELECT format('  handed out %s of %s messages (%s still pending or dispatching), over %s s: %s per second',
              count(dispatched_at), count(*),
              count(*) FILTER (WHERE status IN ('pending', 'dispatching')),
              round(extract(epoch FROM max(dispatched_at) - min(send_at))::numeric, 1),
              round(count(dispatched_at) / extract(epoch FROM max(dispatched_at) - min(send_at))::numeric))
  FROM campaign.messages;
SELECT format('  %-36s p50 %5s ms  p95 %5s ms  p99 %5s ms  max %5s ms', what,
              round(p[1]), round(p[2]), round(p[3]), round(top))
  FROM (SELECT 1, 'send_at -> hand-out (dispatched_at)',
               percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY ms), max(ms)
          FROM (SELECT 1000 * extract(epoch FROM dispatched_at - send_at) AS ms
                  FROM campaign.messages WHERE dispatched_at IS NOT NULL) AS m
        UNION ALL
        SELECT 2, '  send_at -> campaign started (tick)',
               percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY ms), max(ms)
          FROM (SELECT 1000 * extract(epoch FROM c.started_at - m.send_at) AS ms
                  FROM campaign.messages m JOIN campaign.campaigns c USING (campaign_id)
                 WHERE m.dispatched_at IS NOT NULL) AS m
        UNION ALL
        SELECT 3, '  campaign started -> hand-out',
               percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY ms), max(ms)
          FROM (SELECT 1000 * extract(epoch FROM m.dispatched_at - c.started_at) AS ms
                  FROM campaign.messages m JOIN campaign.campaigns c USING (campaign_id)
                 WHERE m.dispatched_at IS NOT NULL) AS m
        ORDER BY 1) AS lines (n, what, p, top);
SQL
echo "  dispatcher: $(cat "$work/dispatcher.out")"
if grep -q . "$work/dispatcher.err"; then
	echo "  dispatcher errors:"
	sed 's/^/    /' "$work/dispatcher.err" | head -20
fi
