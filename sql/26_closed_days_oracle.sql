SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
-- The closed-day oracle: an independent model of docs/reference.md, Closed
-- day and Allowed instant, in plain SQL, compared with campaign.next_send_time
-- on generated cases around every closed date of 2025-2027 of the shipped
-- jurisdictions and of test rows of every kind and observance. It shares
-- nothing with the C code but the definition: Easter by Knuth's computus (not
-- the Meeus algorithm of closed_days.c), each kind's date and observance with
-- PostgreSQL's date arithmetic, wall clocks from AT TIME ZONE, allowed times
-- of day from the same weekday model as 21_send_time_oracle, and the answer
-- found by trying planned, then every whole minute after it, up to planned +
-- 192 hours (every left edge of an allowed interval is planned or a whole
-- minute: window edges, local midnights and these zones' offsets are).
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';
DROP SCHEMA IF EXISTS oracle CASCADE;
CREATE SCHEMA oracle;
CREATE TYPE oracle.timerange AS RANGE (subtype = time);

-- Easter Sunday, Knuth's algorithm (The Art of Computer Programming, 1.3.2, exercise 14).
CREATE FUNCTION oracle.easter(y int) RETURNS date LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    g int := y % 19 + 1; c int := y / 100 + 1;
    x int := 3 * c / 4 - 12; z int := (8 * c + 5) / 25 - 5;
    d int := 5 * y / 4 - x - 10; e int := (11 * g + 20 + z - x) % 30; n int;
BEGIN
    IF (e = 25 AND g > 11) OR e = 24 THEN e := e + 1; END IF;
    n := 44 - e;
    IF n < 21 THEN n := n + 30; END IF;
    n := n + 7 - ((d + n) % 7);
    RETURN CASE WHEN n > 31 THEN make_date(y, 4, n - 31) ELSE make_date(y, 3, n) END;
END $$;

-- Every date a row of closed_days closes in the years y0..y1: its kind's date
-- of each year, plus the observed day, within its validity.
CREATE FUNCTION oracle.closed_dates(y0 int, y1 int) RETURNS TABLE (jurisdiction text, d date)
LANGUAGE sql STABLE AS $$
    WITH base AS (
        SELECT r.*, CASE r.kind
            WHEN 'fixed' THEN CASE WHEN r.month = 2 AND r.day = 29
                                        AND NOT (y % 4 = 0 AND (y % 100 <> 0 OR y % 400 = 0)) THEN NULL
                                   ELSE make_date(y, r.month, r.day) END
            WHEN 'nth_weekday' THEN (SELECT x::date FROM generate_series(make_date(y, r.month, 1),
                                         make_date(y, r.month, 1) + interval '1 month - 1 day', '1 day') x
                                     WHERE extract(dow FROM x) = r.dow ORDER BY x OFFSET r.nth - 1 LIMIT 1)
            WHEN 'last_weekday' THEN (SELECT max(x)::date FROM generate_series(make_date(y, r.month, 1),
                                          make_date(y, r.month, 1) + interval '1 month - 1 day', '1 day') x
                                      WHERE extract(dow FROM x) = r.dow)
            WHEN 'easter' THEN oracle.easter(y) + r.offset_days
            WHEN 'date' THEN CASE WHEN y = y0 THEN r.on_date END END AS d0
        FROM campaign.closed_days r, generate_series(y0 - 1, y1 + 1) y),
    closed AS (
        SELECT jurisdiction, d0 AS d, valid_from, valid_until FROM base
        UNION ALL
        SELECT jurisdiction, CASE extract(dow FROM d0)
                                 WHEN 6 THEN d0 + CASE observed WHEN 'nearest_weekday' THEN -1 ELSE 2 END
                                 WHEN 0 THEN d0 + 1 END, valid_from, valid_until
        FROM base WHERE observed <> 'none')
    SELECT DISTINCT jurisdiction, d FROM closed
    WHERE d IS NOT NULL AND d BETWEEN make_date(y0, 1, 1) AND make_date(y1, 12, 31)
      AND d >= coalesce(valid_from, '-infinity') AND d <= coalesce(valid_until, 'infinity')
$$;

-- As 21_send_time_oracle: the times of day a jurisdiction allows on weekday d.
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

-- The brute force, with the closed local dates of the jurisdiction.
CREATE FUNCTION oracle.next_send_time(planned timestamptz, zones text[], allowed oracle.timemultirange[],
                                      closed date[])
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
            IF wall::date = ANY (closed) OR NOT (wall::time <@ allowed[extract(dow FROM wall)::int + 1]) THEN
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

-- Test rows of every kind and observance, under a country (ZZ) with a row of
-- its own, and a week closed in a row that the horizon must pass.
INSERT INTO campaign.closed_days (jurisdiction, name, kind, month, day, nth, dow, offset_days, on_date, observed, valid_from, valid_until) VALUES
    ('ZZ', 'Country day', 'fixed', 3, 14, NULL, NULL, NULL, NULL, 'none', NULL, NULL),
    ('ZZ-K', 'New Year', 'fixed', 1, 1, NULL, NULL, NULL, NULL, 'nearest_weekday', NULL, NULL),
    ('ZZ-K', 'Year end', 'fixed', 12, 31, NULL, NULL, NULL, NULL, 'next_monday', NULL, NULL),
    ('ZZ-K', 'Midsummer', 'fixed', 6, 21, NULL, NULL, NULL, NULL, 'next_monday', '2026-01-01', NULL),
    ('ZZ-K', 'Leap day', 'fixed', 2, 29, NULL, NULL, NULL, NULL, 'nearest_weekday', NULL, NULL),
    ('ZZ-K', 'Fifth Sunday of March', 'nth_weekday', 3, NULL, 5, 0, NULL, NULL, 'none', NULL, NULL),
    ('ZZ-K', 'Second Tuesday of April', 'nth_weekday', 4, NULL, 2, 2, NULL, NULL, 'none', NULL, '2026-12-31'),
    ('ZZ-K', 'Last Friday of October', 'last_weekday', 10, NULL, NULL, 5, NULL, NULL, 'none', NULL, NULL),
    ('ZZ-K', 'Mardi Gras', 'easter', NULL, NULL, NULL, NULL, -47, NULL, 'none', NULL, NULL),
    ('ZZ-K', 'Whit Monday', 'easter', NULL, NULL, NULL, NULL, 50, NULL, 'none', NULL, NULL),
    ('ZZ-K', 'Proclaimed', 'date', NULL, NULL, NULL, NULL, NULL, '2026-09-04', 'none', NULL, NULL);
INSERT INTO campaign.closed_days (jurisdiction, name, kind, on_date)
SELECT 'ZZ-K', 'Closed week', 'date', d::date FROM generate_series('2026-08-10'::date, '2026-08-16', '1 day') d;
INSERT INTO campaign.send_windows (jurisdiction, dow, allowed_start, allowed_end) VALUES
    ('ZZ-K', NULL, '00:00', '23:00'), ('ZZ-K', 1, '07:00', '22:00');

CREATE TABLE oracle.closed AS SELECT * FROM oracle.closed_dates(2024, 2028);

-- Jurisdictions and the zones their cases use (second zones: other rows).
CREATE TABLE oracle.places (n int PRIMARY KEY, j text, zone text);
INSERT INTO oracle.places VALUES
    (1, 'US-LA', 'America/Chicago'), (2, 'US-RI', 'America/New_York'), (3, 'US-UT', 'America/Denver'),
    (4, 'US-PA', 'America/New_York'), (5, 'FR', 'Europe/Paris'), (6, 'ZZ-K', 'Pacific/Kiritimati'),
    (7, 'ZZ-K', 'Pacific/Pago_Pago'), (8, 'ZZ-K', 'America/Havana'), (9, 'ZZ-K', 'Australia/Lord_Howe'),
    (10, 'ZZ-K', 'America/Santiago');
CREATE TABLE oracle.windows (n int PRIMARY KEY, qs time, qe time);
INSERT INTO oracle.windows VALUES (0, '20:00', '09:00'), (1, NULL, NULL), (2, '22:00', '02:30'), (3, '23:30', '00:30');

-- The moments: local midnight starting every closed date of 2025-2027 in each place's zone.
CREATE TABLE oracle.moments AS
SELECT p.n AS place_n, (c.d::timestamp AT TIME ZONE p.zone) AS moment
FROM oracle.places p JOIN oracle.closed c ON c.jurisdiction = p.j
WHERE c.d BETWEEN '2025-01-01' AND '2027-12-31';

-- 12 cases per moment, deterministic: planned from 30 hours before it to 20
-- hours after, on odd seconds and microseconds for two thirds, every quiet
-- window, one case in four with a second zone of another place of the same
-- jurisdiction or of Honolulu.
CREATE TABLE oracle.cases AS
SELECT row_number() OVER (ORDER BY m.place_n, m.moment, k) AS id, planned, zones, w.qs, w.qe, p.j
FROM oracle.moments m JOIN oracle.places p ON p.n = m.place_n,
     generate_series(1::bigint, 12) AS k,
     LATERAL (SELECT m.moment - interval '30 hours'
                     + (((m.place_n * 31 + k) * 7919) % 3000) * interval '1 minute'
                     + CASE WHEN k % 3 = 0 THEN interval '0'
                            ELSE ((k * 104729) % 60) * interval '1 second'
                                 + ((k * 15485863) % 1000000) * interval '1 microsecond' END AS planned) r,
     LATERAL (SELECT CASE WHEN k % 4 = 0
                          THEN ARRAY[p.zone, coalesce((SELECT q.zone FROM oracle.places q
                                                       WHERE q.j = p.j AND q.n <> p.n
                                                       ORDER BY (q.n * 7 + k) % 11 LIMIT 1), 'Pacific/Honolulu')]
                          ELSE ARRAY[p.zone] END AS zones) zs,
     oracle.windows w
WHERE w.n = k % 4;

CREATE TABLE oracle.rules AS
SELECT DISTINCT qs, qe, j, oracle.allowed_by_weekday(qs, qe, j) AS allowed,
       (SELECT array_agg(d) FROM oracle.closed c
         WHERE c.jurisdiction IN (split_part(cases.j, '-', 1), cases.j)) AS closed
FROM oracle.cases;

CREATE TABLE oracle.results AS
SELECT c.*,
       campaign.next_send_time(c.planned, c.zones, c.qs, c.qe, c.j) AS engine,
       oracle.next_send_time(c.planned, c.zones, r.allowed, r.closed) AS model
FROM oracle.cases c
JOIN oracle.rules r ON r.qs IS NOT DISTINCT FROM c.qs AND r.qe IS NOT DISTINCT FROM c.qe AND r.j = c.j;

-- The model's Easter agrees with the known dates.
SELECT oracle.easter(y) FROM unnest(ARRAY[2026, 2027, 2028, 2285, 2038]) y;
-- What the cases cover.
SELECT count(*) AS cases, count(DISTINCT j) AS jurisdictions,
       count(*) FILTER (WHERE cardinality(zones) > 1) AS multi_zone,
       count(*) FILTER (WHERE planned <> date_trunc('minute', planned)) AS off_minute
FROM oracle.results;
SELECT count(*) FILTER (WHERE model = planned) AS allowed_at_planned,
       count(*) FILTER (WHERE model > planned) AS held_back,
       count(*) FILTER (WHERE model IS NULL) AS nothing_within_8_days,
       count(*) FILTER (WHERE EXISTS (SELECT FROM oracle.closed x, unnest(zones) z
                                      WHERE x.jurisdiction IN (split_part(j, '-', 1), j)
                                        AND x.d = (planned AT TIME ZONE z)::date)) AS planned_on_closed_date
FROM oracle.results;

-- The test: no disagreement (listed if any).
SELECT count(*) AS disagreements FROM oracle.results WHERE engine IS DISTINCT FROM model;
SELECT id, planned, zones, qs, qe, j, engine, model
FROM oracle.results WHERE engine IS DISTINCT FROM model ORDER BY id LIMIT 20;

DELETE FROM campaign.closed_days WHERE jurisdiction LIKE 'ZZ%';
DELETE FROM campaign.send_windows WHERE jurisdiction LIKE 'ZZ%';
DROP SCHEMA oracle CASCADE;
