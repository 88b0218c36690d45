SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
-- The oracle: an independent brute-force model of docs/reference.md, Definitions, in SQL,
-- compared with campaign.next_send_time on generated cases around every DST
-- transition of 2025 of the hard zones. It shares nothing with the C code
-- but the definition: wall clocks come from AT TIME ZONE (pg_localtime), the
-- allowed times of day are multiranges built from campaign.send_windows with
-- the model's own reading of the weekday rule, and the answer is found by
-- trying planned, then every whole minute after it, up to planned + 192 hours.
-- Every left edge of an allowed interval is planned or a whole minute here
-- (window edges are whole minutes, and so are these zones' offsets and
-- transitions), so the first allowed candidate is the exact answer.
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
DROP SCHEMA IF EXISTS oracle CASCADE;
CREATE SCHEMA oracle;

CREATE TYPE oracle.timerange AS RANGE (subtype = time);

-- The times of day a jurisdiction allows on weekday d: its rows for d if it
-- has any, else its rows for every day (null weekday); null when neither
-- exists (no limit). A null pair allows nothing.
CREATE FUNCTION oracle.legal(code text, d int) RETURNS oracle.timemultirange
LANGUAGE sql STABLE AS $$
    WITH own AS (SELECT * FROM campaign.send_windows WHERE jurisdiction = code),
    applicable AS (
        SELECT * FROM own WHERE dow = d
        UNION ALL
        SELECT * FROM own WHERE dow IS NULL AND NOT EXISTS (SELECT FROM own WHERE dow = d))
    SELECT CASE WHEN count(*) = 0 THEN NULL
                ELSE coalesce(range_agg(oracle.timerange(allowed_start, allowed_end))
                                  FILTER (WHERE allowed_start IS NOT NULL),
                              '{}'::oracle.timemultirange) END
    FROM applicable
$$;

-- Per weekday (index dow + 1): the times of day outside the quiet window and
-- inside the legal windows of the country of j and of j.
CREATE FUNCTION oracle.allowed_by_weekday(qs time, qe time, j text) RETURNS oracle.timemultirange[]
LANGUAGE sql STABLE AS $$
    SELECT array_agg(
               (CASE WHEN qs IS NULL OR qs = qe THEN '{[00:00,24:00)}'::oracle.timemultirange
                     WHEN qs < qe THEN oracle.timemultirange(oracle.timerange('00:00', qs),
                                                             oracle.timerange(qe, '24:00'))
                     ELSE oracle.timemultirange(oracle.timerange(qe, qs)) END)
               * coalesce(oracle.legal(split_part(j, '-', 1), d), '{[00:00,24:00)}')
               * CASE WHEN j LIKE '%-%' THEN coalesce(oracle.legal(j, d), '{[00:00,24:00)}')
                      ELSE '{[00:00,24:00)}' END
               ORDER BY d)
    FROM generate_series(0, 6) AS d
$$;

-- The brute force: planned, then every whole minute, until every zone's wall
-- clock is allowed; null past planned + 192 hours.
CREATE FUNCTION oracle.next_send_time(planned timestamptz, zones text[], allowed oracle.timemultirange[])
RETURNS timestamptz LANGUAGE plpgsql STABLE AS $$
DECLARE
    t timestamptz := planned;
    first_minute timestamptz := date_trunc('minute', planned);
    wall timestamp;
    ok boolean;
    z text;
BEGIN
    FOR k IN 1 .. 11521 LOOP
        ok := true;
        FOREACH z IN ARRAY zones LOOP
            wall := t AT TIME ZONE z;
            IF NOT (wall::time <@ allowed[extract(dow FROM wall)::int + 1]) THEN
                ok := false;
                EXIT;
            END IF;
        END LOOP;
        IF ok THEN
            RETURN t;
        END IF;
        t := first_minute + k * interval '1 minute';
        IF t > planned + interval '192 hours' THEN
            RETURN NULL;
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

-- This oracle models windows alone: the shipped closed days (US-LA's legal
-- holidays) are taken out; 26_closed_days_oracle models them.
DELETE FROM campaign.closed_days;

-- Test jurisdictions: ZZ (a country) and ZZ-MID, whose windows touch midnight,
-- where Havana, Santiago and Beirut change their clocks.
INSERT INTO campaign.send_windows (jurisdiction, dow, allowed_start, allowed_end, source) VALUES
    ('ZZ', NULL, '00:00', '23:00', 'oracle'),
    ('ZZ-MID', NULL, '00:00', '00:45', 'oracle'),
    ('ZZ-MID', NULL, '07:00', '22:00', 'oracle'),
    ('ZZ-MID', 6, '23:00', '24:00', 'oracle'),
    ('ZZ-MID', 6, '00:00', '01:30', 'oracle'),
    ('ZZ-MID', 0, NULL, NULL, 'oracle');

CREATE TABLE oracle.zones (n int PRIMARY KEY, zone text);
INSERT INTO oracle.zones VALUES
    (1, 'Australia/Lord_Howe'), (2, 'Asia/Kathmandu'), (3, 'Pacific/Chatham'),
    (4, 'America/Havana'), (5, 'America/Santiago'), (6, 'Asia/Beirut'),
    (7, 'Europe/Dublin'), (8, 'Africa/Casablanca'), (9, 'America/New_York'),
    (10, 'Europe/London'), (11, 'America/Chicago');

CREATE TABLE oracle.windows (n int PRIMARY KEY, qs time, qe time);
INSERT INTO oracle.windows VALUES
    (0, '20:00', '09:00'), (1, '21:00', '08:00'), (2, NULL, NULL), (3, '22:00', '02:30'),
    (4, '01:30', '03:30'), (5, '23:00', '00:30'), (6, '09:00', '17:00'), (7, '02:15', '02:45'),
    (8, '12:00', '12:00'), (9, '00:00', '01:00'), (10, '23:30', '02:00'), (11, '00:30', '00:15');

CREATE TABLE oracle.jurisdictions (n int PRIMARY KEY, j text);
INSERT INTO oracle.jurisdictions VALUES
    (0, NULL), (1, 'US'), (2, 'US-FL'), (3, 'US-TX'), (4, 'US-LA'), (5, 'ZZ-MID'), (6, NULL);

-- The transitions of 2025 of each zone (the first hour of each new offset);
-- Kathmandu has none, so it gets two ordinary days.
CREATE TABLE oracle.moments AS
SELECT zone_n, moment FROM (
    SELECT z.n AS zone_n, h AS moment,
           (h AT TIME ZONE z.zone) - (h AT TIME ZONE 'UTC') AS offset_after,
           ((h - interval '1 hour') AT TIME ZONE z.zone) - ((h - interval '1 hour') AT TIME ZONE 'UTC') AS offset_before
    FROM oracle.zones z, generate_series('2025-01-01 UTC'::timestamptz, '2025-12-31 UTC', '1 hour') h) s
WHERE offset_after <> offset_before
UNION ALL
SELECT 2, unnest(ARRAY['2025-06-15 00:00 UTC', '2025-12-31 00:00 UTC']::timestamptz[]);

-- 150 cases per moment, deterministic: planned from 30 hours before to 20 hours
-- after it, on odd seconds and microseconds (a third on whole minutes, a fifth
-- on half hours), every window, every jurisdiction, and one case in four with
-- a second zone, one in twenty with a third.
CREATE TABLE oracle.cases AS
SELECT row_number() OVER (ORDER BY m.zone_n, m.moment, k) AS id, planned, zones, w.qs, w.qe, j.j
FROM oracle.moments m,
     generate_series(1::bigint, 150) AS k,
     LATERAL (SELECT m.moment - interval '30 hours'
                     + ((k * 7919) % 3000) * interval '1 minute'
                     + CASE WHEN k % 3 = 0 THEN interval '0'
                            ELSE ((k * 104729) % 60) * interval '1 second'
                                 + ((k * 15485863) % 1000000) * interval '1 microsecond' END AS raw) r,
     LATERAL (SELECT CASE WHEN k % 5 = 0 THEN date_trunc('hour', r.raw) + interval '30 minutes'
                          ELSE r.raw END AS planned) p,
     LATERAL (SELECT CASE WHEN k % 20 = 0 THEN ARRAY[(SELECT zone FROM oracle.zones WHERE n = m.zone_n),
                                                       (SELECT zone FROM oracle.zones WHERE n = 1 + (m.zone_n + k / 20) % 11),
                                                       (SELECT zone FROM oracle.zones WHERE n = 1 + (m.zone_n + k / 7) % 11)]
                          WHEN k % 4 = 0 THEN ARRAY[(SELECT zone FROM oracle.zones WHERE n = m.zone_n),
                                                     (SELECT zone FROM oracle.zones WHERE n = 1 + (m.zone_n + k / 4) % 11)]
                          ELSE ARRAY[(SELECT zone FROM oracle.zones WHERE n = m.zone_n)] END AS zones) zs,
     oracle.windows w, oracle.jurisdictions j
WHERE w.n = k % 12 AND j.n = (k / 12) % 7;

CREATE TABLE oracle.rules AS
SELECT DISTINCT qs, qe, j, oracle.allowed_by_weekday(qs, qe, j) AS allowed
FROM oracle.cases;

CREATE TABLE oracle.results AS
SELECT c.*,
       campaign.next_send_time(c.planned, c.zones, c.qs, c.qe, c.j) AS engine,
       oracle.next_send_time(c.planned, c.zones, r.allowed) AS model
FROM oracle.cases c
JOIN oracle.rules r ON r.qs IS NOT DISTINCT FROM c.qs AND r.qe IS NOT DISTINCT FROM c.qe
                   AND r.j IS NOT DISTINCT FROM c.j;

-- What the cases cover.
SELECT count(*) AS cases,
       count(DISTINCT zones[1]) AS zones,
       count(*) FILTER (WHERE cardinality(zones) > 1) AS multi_zone,
       count(*) FILTER (WHERE planned <> date_trunc('minute', planned)) AS off_minute,
       count(*) FILTER (WHERE j IS NOT NULL) AS with_jurisdiction
FROM oracle.results;
SELECT count(*) FILTER (WHERE model = planned) AS allowed_at_planned,
       count(*) FILTER (WHERE model > planned) AS held_back,
       count(*) FILTER (WHERE model IS NULL) AS nothing_within_8_days
FROM oracle.results;

-- The test: no disagreement (listed if any).
SELECT count(*) AS disagreements FROM oracle.results WHERE engine IS DISTINCT FROM model;
SELECT id, planned, zones, qs, qe, j, engine, model
FROM oracle.results WHERE engine IS DISTINCT FROM model ORDER BY id LIMIT 20;

DROP SCHEMA oracle CASCADE;
