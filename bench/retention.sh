#!/bin/bash
# Retention benchmark: a simulated stretch of traffic, campaigns
# finishing every day, with campaign.drop_expired_messages() run once a day,
# and what the message store weighs as it goes.
#
# $DAYS days (default 150: 90 days of retention, then two months in steady
# state), $CAMPAIGNS campaigns a day (default 3) of $AUDIENCE subscribers
# each (default 3000), one step each, all of one site whose message_retention
# is $RETENTION (default 90 days). Each simulated day, at 15:00 UTC: the day's campaigns
# are created and activated, processed by campaign.tick(), every message is
# claimed (100 at a time) and marked sent with an aggregator's id, tick
# finishes the campaigns, and one retention pass runs; then the queue and the
# claims are vacuumed, as autovacuum does many times in a real day (a
# simulated day lasts about a second). The clock is campaign.fake_now.
#
# Every $REPORT days (default 15) it prints the sizes (tables and indexes,
# pg_total_relation_size) of the record (every partition of campaign.messages),
# of the aggregator's ids, of the queue and of the claims, with the number of
# partitions and of messages kept; then how long the passes that dropped a
# range took, and how long dropping one range holds the ACCESS EXCLUSIVE lock
# that stops dispatch (the oldest range left, dropped as a pass drops it).
# Runs inside a cluster made by `make bench` (pg_virtualenv).
set -eu
DAYS=${DAYS:-150}
CAMPAIGNS=${CAMPAIGNS:-3}
AUDIENCE=${AUDIENCE:-3000}
REPORT=${REPORT:-15}
RETENTION=${RETENTION:-90 days}
export PGDATABASE=bench_retention
dropdb --if-exists bench_retention; createdb bench_retention

psql -X -q -v ON_ERROR_STOP=1 -v audience="$AUDIENCE" -v retention="$RETENTION" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION campaign;
SET campaign.fake_now = '2030-01-01 12:00+00';
INSERT INTO campaign.sites (site_id, name, subdomain, quiet_hours_start, quiet_hours_end, message_retention)
VALUES (1, 'Bench', 'bench', NULL, NULL, :'retention');
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone, timezone, region, created_at)
SELECT 1, i, '+1212' || (200 + i % 800) || lpad((i % 10000)::text, 4, '0'), 'UTC', 'US', '2029-01-01'
  FROM generate_series(1, :audience) AS i;
-- the day of the simulation: create, process, dispatch, finish, retain
CREATE FUNCTION public.simulate_day(day date, campaigns integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    ids bigint[];
BEGIN
    PERFORM set_config('campaign.fake_now', (day + time '15:00')::text || '+00', false);
    FOR i IN 1 .. campaigns LOOP
        WITH c AS (INSERT INTO campaign.campaigns (site_id, name, smart_sending)
                   VALUES (1, 'day ' || day || ' #' || i, false) RETURNING campaign_id)
        INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) SELECT campaign_id, 0, 'Hello' FROM c;
        PERFORM campaign.activate(currval('campaign.campaigns_campaign_id_seq'));
    END LOOP;
    LOOP
        EXIT WHEN (campaign.tick(100000)).subscribers_processed = 0;
    END LOOP;
    LOOP
        SELECT array_agg(message_id) INTO ids FROM campaign.claim_messages(100);
        EXIT WHEN ids IS NULL;
        PERFORM campaign.mark_sent(ids, (SELECT array_agg('SM' || x) FROM unnest(ids) x));
    END LOOP;
    PERFORM campaign.tick();
END $$;
CREATE TABLE public.passes (day date, seconds numeric, campaigns bigint, messages bigint);
SQL

# sizes of the store, one line
sizes() {
	psql -X -At -F ' ' <<'SQL'
SELECT (SELECT count(*) FROM campaign.message_partitions WHERE parent = 'campaign.messages'::regclass),
       (SELECT count(*) FROM campaign.messages),
       (SELECT pg_size_pretty(coalesce(sum(pg_total_relation_size(partition)), 0)) FROM campaign.message_partitions
         WHERE parent = 'campaign.messages'::regclass),
       (SELECT pg_size_pretty(coalesce(sum(pg_total_relation_size(partition)), 0)) FROM campaign.message_partitions
         WHERE parent = 'campaign.provider_messages'::regclass),
       pg_size_pretty(pg_total_relation_size('campaign.message_queue')),
       pg_size_pretty(pg_total_relation_size('campaign.claims'))
SQL
}

echo "retention: $DAYS days, $CAMPAIGNS campaigns a day of $AUDIENCE subscribers, messages kept $RETENTION"
printf '  %-5s %10s %12s %12s %14s %10s %10s\n' day partitions messages record "provider ids" queue claims
start_day=2030-01-01
for ((d = 0; d < DAYS; d++)); do
	day=$(date -u -d "$start_day + $d days" +%F)
	psql -X -q -v ON_ERROR_STOP=1 -c "SELECT public.simulate_day('$day', $CAMPAIGNS)" >/dev/null
	# one retention pass, in a transaction of its own, at 16:00 that day
	psql -X -q -v ON_ERROR_STOP=1 <<SQL >/dev/null
SET campaign.fake_now = '$day 16:00+00';
SELECT clock_timestamp() AS started \gset
CREATE TEMP TABLE pass AS SELECT * FROM campaign.drop_expired_messages();
INSERT INTO public.passes
SELECT '$day', extract(epoch FROM clock_timestamp() - :'started'::timestamptz), sum(campaigns), sum(messages)
  FROM pass WHERE dropped HAVING count(*) > 0;
SQL
	# what autovacuum does in a day (the simulation runs a day in a second)
	psql -X -q -c 'VACUUM campaign.message_queue, campaign.claims' >/dev/null
	if (((d + 1) % REPORT == 0)); then
		read -r partitions messages record provider queue claims <<<"$(sizes | tr -s ' ' | sed 's/ \([kMG]B\|bytes\)/\1/g')"
		printf '  %-5s %10s %12s %12s %14s %10s %10s\n' "$((d + 1))" "$partitions" "$messages" "$record" \
			"$provider" "$queue" "$claims"
	fi
done
psql -X -At -F ' ' -c "SELECT count(*), round(avg(seconds), 3), round(max(seconds), 3), round(avg(messages))
                         FROM public.passes" |
	while read -r passes average longest messages; do
		echo "  retention passes that dropped a range: $passes; each dropped $messages messages on average"
		echo "  in ${average} s on average, ${longest} s at most (counting the dropped campaigns, then the drops)"
	done
oldest=$(psql -X -At -c "SELECT partition FROM campaign.message_partitions
                          WHERE parent = 'campaign.messages'::regclass ORDER BY first_campaign_id LIMIT 1")
rows=$(psql -X -At -c "SELECT count(*) FROM $oldest")
held=$(psql -X -q -At -c '\timing on' -c 'BEGIN' -c 'LOCK TABLE campaign.messages IN ACCESS EXCLUSIVE MODE' \
	-c "DROP TABLE $oldest" -c 'COMMIT' | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -2 |
	awk '{ total += $1 } END { printf "%.1f", total }')
echo "  dropping one range ($rows messages) held the lock on campaign.messages for $held ms (DROP TABLE and COMMIT)"
