#!/bin/bash
# Processing benchmark: a site of $SUBSCRIBERS subscribers over US
# zones (zones and jurisdictions from their area codes), one at_time campaign,
# timed from activation until every message exists, with campaign.tick() in
# its own transaction per batch, as the background worker runs it.
# The floor, measured in the same run: the same rows written by one plain
# statement, without a rule: the messages into a copy of the partition of
# campaign.messages that holds the campaign, and their queue rows into a copy
# of campaign.message_queue, both with the same indexes and fillfactor.
# A second campaign, subscriber_local at 11:00 with next_day (late on the East
# Coast, so half the audience moves to the next day), is timed the same way
# against the same floor, after the first one's messages are removed.
# Runs inside a cluster made by `make bench` (pg_virtualenv).
set -eu
SUBSCRIBERS=${SUBSCRIBERS:-1000000}
BATCH=${BATCH:-10000}
export PGDATABASE=bench_processing
dropdb --if-exists bench_processing; createdb bench_processing

psql -X -q -v ON_ERROR_STOP=1 -v subscribers="$SUBSCRIBERS" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION campaign;
INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Bench', 'bench');
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone, created_at)
SELECT 1, i, '+1' || (ARRAY['212','305','404','312','713','214','303','602','213','206','907','808'])[1 + i % 12]
             || (200 + i % 800) || lpad((i % 10000)::text, 4, '0'), '2026-01-01'
  FROM generate_series(1, :subscribers) AS i;
INSERT INTO campaign.campaigns (site_id, name, send_at) VALUES (1, 'bench', '2026-11-27 17:00 UTC');
INSERT INTO campaign.campaigns (site_id, name, send_mode, local_send_at, late_policy)
VALUES (1, 'bench local', 'subscriber_local', '2026-11-27 11:00', 'next_day');
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (1, 0, 'Hello'), (2, 0, 'Hello');
-- the floor's table: a copy of the partition that holds campaign 1's messages,
-- with its indexes and fillfactor
SELECT partition AS partition FROM campaign.message_partitions
 WHERE parent = 'campaign.messages'::regclass AND 1 >= first_campaign_id AND 1 < end_campaign_id \gset
CREATE TABLE floor_messages (LIKE :partition INCLUDING DEFAULTS INCLUDING INDEXES INCLUDING CONSTRAINTS)
    WITH (fillfactor = 70);
CREATE TABLE floor_queue (LIKE campaign.message_queue INCLUDING DEFAULTS INCLUDING INDEXES INCLUDING CONSTRAINTS);
CREATE PROCEDURE run_ticks(batch integer, campaign bigint) LANGUAGE plpgsql AS $$
DECLARE
    done boolean := false;
BEGIN
    WHILE NOT done LOOP
        PERFORM campaign.tick(batch);
        COMMIT;
        SELECT status NOT IN ('scheduled', 'processing') INTO done FROM campaign.campaigns WHERE campaign_id = campaign;
    END LOOP;
END $$;
VACUUM ANALYZE;
CHECKPOINT;
SQL

ms() { date +%s%3N; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

t0=$(ms)
psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
WITH inserted AS (
    INSERT INTO floor_messages (site_id, campaign_id, subscriber_id, step_no, status, timezone, jurisdiction,
                                planned_at, send_at)
    SELECT site_id, 1, subscriber_id, 0, 'pending', 'America/New_York', 'US-NY', '2026-11-27 17:00 UTC',
           '2026-11-27 17:00 UTC'
      FROM campaign.subscribers WHERE site_id = 1
    RETURNING message_id, site_id, campaign_id, subscriber_id, step_no, send_at)
INSERT INTO floor_queue SELECT * FROM inserted;
SQL
t1=$(ms)
psql -X -q -v ON_ERROR_STOP=1 -c "CHECKPOINT" >/dev/null
t2=$(ms)
psql -X -q -v ON_ERROR_STOP=1 -v batch="$BATCH" <<'SQL'
SET campaign.fake_now = '2026-11-27 17:00 UTC';
SELECT campaign.activate(1) \g /dev/null
CALL run_ticks(:batch, 1);
SQL
t3=$(ms)

psql -X -At -v ON_ERROR_STOP=1 -c "SELECT format('%s %s', count(*), count(*) FILTER (WHERE status = 'skipped')) FROM campaign.messages" >"$work/at_time"
psql -X -q -v ON_ERROR_STOP=1 -c "TRUNCATE campaign.messages, campaign.message_queue" \
	-c "VACUUM ANALYZE campaign.messages, campaign.message_queue" -c "CHECKPOINT"
t4=$(ms)
psql -X -q -v ON_ERROR_STOP=1 -v batch="$BATCH" <<'SQL'
SET campaign.fake_now = '2026-11-27 17:00 UTC';
SELECT campaign.activate(2) \g /dev/null
CALL run_ticks(:batch, 2);
SQL
t5=$(ms)

floor_ms=$((t1 - t0))
run_ms=$((t3 - t2))
local_ms=$((t5 - t4))
read -r at_time_messages at_time_skipped <"$work/at_time"
psql -X -At -v ON_ERROR_STOP=1 <<SQL
SELECT format('processing: %s subscribers, batch %s', $SUBSCRIBERS, $BATCH);
SELECT format('  floor (INSERT ... SELECT, same tables)     %8s ms  %9s rows/s', $floor_ms, round($SUBSCRIBERS * 1000.0 / $floor_ms));
SELECT format('  at_time: activate -> every message exists    %8s ms  %9s subscribers/s  ratio %sx',
              $run_ms, round($SUBSCRIBERS * 1000.0 / $run_ms), round($run_ms::numeric / $floor_ms, 2));
SELECT format('    messages: %s (%s skipped)', $at_time_messages, $at_time_skipped);
SELECT format('  subscriber_local 11:00, next_day: the same  %8s ms  %9s subscribers/s  ratio %sx',
              $local_ms, round($SUBSCRIBERS * 1000.0 / $local_ms), round($local_ms::numeric / $floor_ms, 2));
SELECT format('    messages: %s (%s skipped, %s moved to the next day), campaigns %s', count(*),
              count(*) FILTER (WHERE status = 'skipped'), count(*) FILTER (WHERE planned_at >= '2026-11-28'),
              (SELECT string_agg(status::text, ', ' ORDER BY campaign_id) FROM campaign.campaigns))
  FROM campaign.messages;
SQL
