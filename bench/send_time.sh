#!/bin/sh
# Benchmark of campaign.next_send_time, run by `make bench` inside a
# throw-away cluster (pg_virtualenv sets PGHOST, PGPORT, ...).
#
# 1,000,000 random instants of 2025 over eight US and European zones; each
# query aggregates with max() so that nothing but the function is measured
# (no output, no parallel workers). Each query runs ROUNDS times; the best run
# is reported, with its ratio to the floor: max(p AT TIME ZONE tz), the cost
# of merely reading each instant's wall clock with PostgreSQL's own code.
# Goals: next_send_time <= 2x the floor, <= 3x with a jurisdiction, <= 1.0x
# with a jurisdiction that has closed days (US-LA), and at least 4x faster
# than the quiet-hours rule in plain PL/pgSQL.
set -eu
ROWS=${ROWS:-1000000}
ROUNDS=${ROUNDS:-3}

psql -X -q -v ON_ERROR_STOP=1 -v rows="$ROWS" -v rounds="$ROUNDS" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS campaign;
SET max_parallel_workers_per_gather = 0;
SET jit = off;

CREATE UNLOGGED TABLE bench_instants (p timestamptz NOT NULL, tz text NOT NULL);
DO $$ BEGIN PERFORM setseed(0.42); END $$;
INSERT INTO bench_instants
SELECT '2025-01-01 00:00 UTC'::timestamptz + random() * interval '365 days',
       (ARRAY['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles',
              'Europe/London', 'Europe/Paris', 'Europe/Berlin', 'Europe/Madrid'])[1 + (i % 8)]
FROM generate_series(1, :rows) AS i;
VACUUM ANALYZE bench_instants;

-- The quiet-hours rule as a user would write it in PL/pgSQL (wrong at DST
-- changes, which is part of why the extension exists; here only its speed counts).
CREATE FUNCTION bench_plpgsql_quiet(planned timestamptz, zone text, quiet_start time, quiet_end time)
RETURNS timestamptz LANGUAGE plpgsql STABLE AS $$
DECLARE
    local_time timestamp := planned AT TIME ZONE zone;
    time_of_day time := local_time::time;
BEGIN
    IF quiet_start > quiet_end THEN
        IF time_of_day >= quiet_start THEN
            RETURN (local_time::date + 1 + quiet_end) AT TIME ZONE zone;
        ELSIF time_of_day < quiet_end THEN
            RETURN (local_time::date + quiet_end) AT TIME ZONE zone;
        END IF;
    ELSIF time_of_day >= quiet_start AND time_of_day < quiet_end THEN
        RETURN (local_time::date + quiet_end) AT TIME ZONE zone;
    END IF;
    RETURN planned;
END $$;

-- The same C function with a pinned search_path, to measure what the SET
-- clause (left off the send-time functions) would cost.
CREATE FUNCTION bench_pinned_next_send_time(timestamptz, text, time, time, text DEFAULT NULL)
RETURNS timestamptz LANGUAGE c STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS '$libdir/campaign', 'campaign_next_send_time';

CREATE TEMP TABLE bench_results (n int, label text, best_ms numeric);

CREATE PROCEDURE bench_run(n int, label text, query text, rounds int)
LANGUAGE plpgsql AS $$
DECLARE
    started timestamptz;
    best numeric;
    elapsed numeric;
BEGIN
    FOR i IN 1 .. rounds LOOP
        started := clock_timestamp();
        EXECUTE query;
        elapsed := extract(epoch FROM clock_timestamp() - started) * 1000;
        best := least(best, elapsed);
    END LOOP;
    INSERT INTO bench_results VALUES (n, label, round(best));
END $$;

CALL bench_run(1, 'floor: max(p AT TIME ZONE tz)',
                 'SELECT max(p AT TIME ZONE tz) FROM bench_instants', :rounds);
CALL bench_run(2, 'next_send_time 20:00-09:00',
                 'SELECT max(campaign.next_send_time(p, tz, ''20:00'', ''09:00'')) FROM bench_instants', :rounds);
CALL bench_run(3, 'next_send_time 20:00-09:00, US-FL',
                 'SELECT max(campaign.next_send_time(p, tz, ''20:00'', ''09:00'', ''US-FL'')) FROM bench_instants', :rounds);
CALL bench_run(4, 'PL/pgSQL quiet hours 20:00-09:00',
                 'SELECT max(bench_plpgsql_quiet(p, tz, ''20:00'', ''09:00'')) FROM bench_instants', :rounds);
CALL bench_run(5, 'next_send_time text[] overload',
                 'SELECT max(campaign.next_send_time(p, ARRAY[tz], ''20:00'', ''09:00'')) FROM bench_instants', :rounds);
CALL bench_run(6, 'next_send_time, SET search_path',
                 'SELECT max(bench_pinned_next_send_time(p, tz, ''20:00'', ''09:00'')) FROM bench_instants', :rounds);
-- a jurisdiction with closed days (15 legal holidays, Mardi Gras and Good
-- Friday from Easter) and a Sunday without sending: goal <= 1.0x the floor
CALL bench_run(7, 'next_send_time 20:00-09:00, US-LA (closed days)',
                 'SELECT max(campaign.next_send_time(p, tz, ''20:00'', ''09:00'', ''US-LA'')) FROM bench_instants', :rounds);

\echo
\echo send_time: :rows rows, best of :rounds runs
SELECT label AS query, best_ms AS ms,
       round(best_ms / (SELECT best_ms FROM bench_results WHERE n = 1), 2) AS x_floor
FROM bench_results ORDER BY n;
SELECT round((SELECT best_ms FROM bench_results WHERE n = 4)
             / (SELECT best_ms FROM bench_results WHERE n = 2), 1) AS plpgsql_over_next_send_time;
SQL
