SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
-- campaign.add_delay (C): a follow-up's planned time, its step's delay after
-- the previous step's send time, counted in the subscriber's zone whatever
-- the session's TimeZone (docs/reference.md, Definitions, "Follow-ups").
-- Checked against PostgreSQL's own timestamptz + interval run with TimeZone
-- set to the zone, on a grid around the DST changes of zones with odd ones,
-- from sessions in other zones; then by hand cases, bad input, and tick,
-- explain_send_time and a claim in sessions of different zones.
\i sql/include/helpers.psql
\i sql/include/processing.psql

-- The model: PostgreSQL's timestamptz + interval with TimeZone set to the zone.
CREATE FUNCTION pg_temp.model(instant timestamptz, delay interval, zone text)
RETURNS timestamptz LANGUAGE plpgsql AS $$
DECLARE
    session_zone text := current_setting('TimeZone');
    result timestamptz;
BEGIN
    PERFORM set_config('TimeZone', zone, true);
    result := instant + delay;
    PERFORM set_config('TimeZone', session_zone, true);
    RETURN result;
END $$;

-- Zones: US (2 a.m. changes), Lord Howe (30-minute DST), Santiago and Havana
-- (midnight changes), Apia (skipped a whole day in 2011), Kolkata (no DST),
-- St John's (half-hour offset). Instants every 30 minutes over the two days
-- before each change; delays of hours, days, both, months, and month ends.
CREATE TEMP TABLE grid AS
SELECT zone, instant, delay
  FROM unnest(ARRAY['America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'America/Havana',
                    'Pacific/Apia', 'Asia/Kolkata', 'America/St_Johns']) AS zone,
       unnest(ARRAY['2026-03-08', '2026-11-01', '2026-04-05', '2026-10-04', '2026-09-06',
                    '2026-03-15', '2011-12-30', '2027-01-31']::date[]) AS day,
       LATERAL generate_series((day - 2) AT TIME ZONE zone, (day + 1) AT TIME ZONE zone,
                               interval '30 minutes') AS instant,
       unnest(ARRAY['0', '30 minutes', '1 hour', '90 minutes', '23 hours', '25 hours', '1 day',
                    '2 days', '1 day 2 hours', '7 days', '1 month', '1 month 1 day']::interval[]) AS delay;

BEGIN;
SET LOCAL TimeZone = 'UTC';
SELECT count(*) AS cases,
       count(*) FILTER (WHERE campaign.add_delay(instant, delay, zone) <> pg_temp.model(instant, delay, zone)) AS differ
  FROM grid;
SET LOCAL TimeZone = 'Asia/Tokyo';
SELECT count(*) AS cases,
       count(*) FILTER (WHERE campaign.add_delay(instant, delay, zone) <> pg_temp.model(instant, delay, zone)) AS differ
  FROM grid;
-- the grid does meet DST: for some cases the session's zone gives another answer
SELECT count(*) FILTER (WHERE campaign.add_delay(instant, delay, zone) <> instant + delay) > 100 AS session_zone_differs
  FROM grid;
COMMIT;

-- By hand, in a UTC session. New York changes to summer time on Sunday
-- 2026-03-08 at 02:00. A day after Saturday 10:00 is Sunday 10:00 (23 hours
-- later); a UTC session's + gives 11:00. An hour is an hour. A day after
-- Saturday 02:30 falls in the gap: 03:30, as AT TIME ZONE moves it.
SET TimeZone = 'UTC';
SELECT campaign.add_delay(t, d, 'America/New_York') AT TIME ZONE 'America/New_York' AS new_york,
       (t + d) AT TIME ZONE 'America/New_York' AS plus_in_utc_session
  FROM (VALUES ('2026-03-07 10:00 America/New_York'::timestamptz, interval '1 day'),
               ('2026-03-08 01:30 America/New_York', interval '1 hour'),
               ('2026-03-07 02:30 America/New_York', interval '1 day'),
               ('2026-10-31 10:00 America/New_York', interval '1 day'),
               ('2026-01-31 10:00 America/New_York', interval '1 month'),
               ('2026-03-07 10:00 America/New_York', interval '1 day 2 hours')) AS c (t, d);
-- the zone is the name given, in any spelling PostgreSQL accepts; infinite
-- instants stay so; nulls give null
SELECT campaign.add_delay('2026-03-07 15:00+00', '1 day', 'america/new_york'),
       campaign.add_delay('infinity', '1 day', 'America/New_York'),
       campaign.add_delay(NULL, '1 day', 'America/New_York') IS NULL AS null_instant,
       campaign.add_delay('2026-03-07 15:00+00', NULL, 'America/New_York') IS NULL AS null_delay,
       campaign.add_delay('2026-03-07 15:00+00', '1 day', NULL) IS NULL AS null_zone;
-- bad zones: 22023, POSIX strings included (they have no DST rules)
SELECT pg_temp.try($$SELECT campaign.add_delay('2026-03-07 15:00+00', '1 day', 'Mars/Olympus')$$);
SELECT pg_temp.try($$SELECT campaign.add_delay('2026-03-07 15:00+00', '1 day', 'XYZ5')$$);
SELECT pg_temp.try($$SELECT campaign.add_delay('2026-03-07 15:00+00', '1 day', '')$$);
-- beyond the range of timestamps: 22023, the caller's value out of range
SELECT pg_temp.try($$SELECT campaign.add_delay('294276-12-30 00:00+00', '2 days', 'UTC')$$);

--
-- Processing, explain and claims plan follow-ups with it. A New York
-- subscriber, a campaign at Saturday 2030-03-09 10:00 (15:00 UTC) with a
-- follow-up a day later: Sunday 10:00 EDT (14:00 UTC) whether tick runs in a
-- UTC session or a Tokyo one, and explain_send_time's preview says the same
-- in a Los Angeles session.
--
INSERT INTO campaign.sites (site_id, name, subdomain, quiet_hours_start, quiet_hours_end)
VALUES (1, 'Shop', 'shop', NULL, NULL);
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES (1, 1, '+12125550101');
SET campaign.fake_now = '2030-03-09 15:00+00';
SELECT pg_temp.campaign(1, '{0, 1 day}') AS in_utc \gset
SELECT pg_temp.campaign(1, '{0, 1 day}') AS in_tokyo \gset
SET TimeZone = 'America/Los_Angeles';
SELECT step_no, send_at AT TIME ZONE 'America/New_York' AS new_york, reason
  FROM campaign.explain_send_time(:in_utc, 1);
SET TimeZone = 'UTC';
SELECT campaign.tick(1);
SET TimeZone = 'Asia/Tokyo';
SELECT pg_temp.tick_at('2030-03-09 15:00+00');
SET TimeZone = 'UTC';
SELECT campaign_id = :in_utc AS ticked_in_utc, step_no, planned_at, send_at
  FROM campaign.messages ORDER BY campaign_id, step_no;
-- A retry at 16:00 UTC (11:00 EST), in a Tokyo session: the follow-up
-- moves a day after it, Sunday 11:00 EDT (15:00 UTC), not 24 hours later.
SELECT pg_temp.claim_at('2030-03-09 15:00+00', ack => false);
SET TimeZone = 'Asia/Tokyo';
SELECT campaign.mark_failed(pg_temp.mid(:in_utc, 1), 'carrier timeout', '2030-03-09 16:00+00');
SET TimeZone = 'UTC';
SELECT step_no, status, send_at FROM campaign.messages WHERE campaign_id = :in_utc ORDER BY step_no;

SELECT pg_temp.close_all();

-- A moved step's follow-ups: each delay is added to the previous step's
-- time in turn, as processing adds them, not their sum at once. Steps 0, 1
-- and 2, 2 hours and 1 day apart, from Friday 2030-11-01 10:00 New York
-- time; step 0 is retried at Saturday 00:30 EDT (04:30 UTC). Step 1 moves
-- to 02:30 EDT (06:30 UTC) and step 2 a day after that, Sunday 02:30 EST
-- (07:30 UTC, after the change back to standard time at 02:00 EDT); the sum
-- of the delays at once would give Sunday 01:30 EST (06:30 UTC).
SET campaign.fake_now = '2030-11-01 14:00+00';
SELECT pg_temp.campaign(1, '{0, 2 hours, 1 day}') AS chain \gset
SELECT pg_temp.tick_at('2030-11-01 14:00+00');
SELECT pg_temp.claim_at('2030-11-01 14:00+00', ack => false);
SELECT campaign.mark_failed(pg_temp.mid(:chain, 1), 'carrier timeout', '2030-11-02 04:30+00');
SELECT step_no, status, planned_at, send_at, send_at AT TIME ZONE 'America/New_York' AS new_york
  FROM campaign.messages WHERE campaign_id = :chain ORDER BY step_no;
SELECT campaign.add_delay('2030-11-02 04:30+00', '1 day 2 hours', 'America/New_York') AS sum_at_once;
