SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
-- campaign.local_planned_at (C): the planned time of step 0 of a
-- 'subscriber_local' campaign, after the late policy (docs/reference.md, Definitions).
-- Checked against the rule written as SQL, the way docs/reference.md states it, on a
-- grid around the DST changes of zones with odd ones, then by hand cases.
\i sql/include/helpers.psql

-- The rule in SQL: local_send_at AT TIME ZONE zone; when that is before the
-- processing instant, next_day adds whole days of wall-clock time until it is
-- not, send_now takes the processing instant, skip gives null.
CREATE FUNCTION pg_temp.model(local_send_at timestamp, zone text, late_policy text, processing_at timestamptz)
RETURNS timestamptz LANGUAGE sql AS $$
    SELECT CASE
        WHEN (local_send_at AT TIME ZONE zone) >= processing_at THEN local_send_at AT TIME ZONE zone
        WHEN late_policy = 'send_now' THEN processing_at
        WHEN late_policy = 'skip' THEN NULL
        ELSE (SELECT min((local_send_at + days * interval '1 day') AT TIME ZONE zone)
                FROM generate_series(0, 400) AS days
               WHERE ((local_send_at + days * interval '1 day') AT TIME ZONE zone) >= processing_at)
    END
$$;

-- Zones: US (2 a.m. changes), Lord Howe (30-minute DST), Santiago and Havana
-- (midnight changes), Apia (skipped a whole day in 2011), Kolkata (no DST),
-- St John's (half-hour offset). Wall-clock send times inside the gaps and
-- overlaps, processing instants on both sides of them and days later.
CREATE TEMP TABLE grid AS
SELECT zone, local_send_at, processing_at, policy
  FROM unnest(ARRAY['America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'America/Havana',
                    'Pacific/Apia', 'Asia/Kolkata', 'America/St_Johns']) AS zone,
       unnest(ARRAY['2026-03-08', '2026-11-01', '2026-04-05', '2026-10-04', '2026-09-06',
                    '2026-03-15', '2011-12-29', '2011-12-30']::date[]) AS day,
       unnest(ARRAY['00:00', '00:30', '01:30', '02:00', '02:30', '03:00', '10:00', '23:30']::time[]) AS clock,
       LATERAL (SELECT day + clock AS local_send_at) l,
       unnest(ARRAY[-30, -1, 0, 1, 2, 3, 25, 49, 24 * 9]) AS hours_after,
       LATERAL (SELECT (day + time '01:00') AT TIME ZONE zone + hours_after * interval '1 hour' AS processing_at) p,
       unnest(ARRAY['next_day', 'send_now', 'skip']) AS policy;

SELECT count(*) AS cases,
       count(*) FILTER (WHERE campaign.local_planned_at(local_send_at, zone, policy, processing_at)
                        IS DISTINCT FROM pg_temp.model(local_send_at, zone, policy, processing_at)) AS disagreements,
       count(*) FILTER (WHERE campaign.local_planned_at(local_send_at, zone, policy, processing_at) IS NULL) AS skipped,
       count(*) FILTER (WHERE policy = 'next_day'
                          AND campaign.local_planned_at(local_send_at, zone, policy, processing_at)
                              > local_send_at AT TIME ZONE zone) AS moved_to_a_later_day
  FROM grid;
-- every disagreement, if any, with its inputs
SELECT zone, local_send_at, processing_at, policy,
       campaign.local_planned_at(local_send_at, zone, policy, processing_at) AS c_result,
       pg_temp.model(local_send_at, zone, policy, processing_at) AS model
  FROM grid
 WHERE campaign.local_planned_at(local_send_at, zone, policy, processing_at)
       IS DISTINCT FROM pg_temp.model(local_send_at, zone, policy, processing_at)
 LIMIT 10;

-- By hand: 10:00 New York is 15:00 UTC in winter.
SELECT policy, campaign.local_planned_at('2026-11-27 10:00', 'America/New_York', policy, processing_at) AS planned
  FROM (VALUES ('next_day'), ('send_now'), ('skip')) AS p (policy),
       (VALUES (timestamptz '2026-11-27 14:00+00'), ('2026-11-27 15:00+00'), ('2026-11-27 16:00+00')) AS t (processing_at)
 ORDER BY processing_at, policy;
-- 02:30 on the spring-forward day does not exist in New York: PostgreSQL reads
-- it with the offset before the gap (07:30 UTC = 03:30 EDT); late by a day,
-- next_day gives 02:30 EDT the day after.
SELECT campaign.local_planned_at('2026-03-08 02:30', 'America/New_York', 'next_day', '2026-03-08 07:00+00') AS in_the_gap,
       campaign.local_planned_at('2026-03-08 02:30', 'America/New_York', 'next_day', '2026-03-08 08:00+00') AS next_day;
-- nulls: a null time or zone leaves only send_now with an answer
SELECT campaign.local_planned_at(NULL, 'America/New_York', 'send_now', '2026-11-27 15:00+00') AS null_time_send_now,
       campaign.local_planned_at(NULL, 'America/New_York', 'next_day', '2026-11-27 15:00+00') AS null_time_next_day,
       campaign.local_planned_at('2026-11-27 10:00', NULL, 'send_now', '2026-11-27 15:00+00') AS null_zone_send_now,
       campaign.local_planned_at('2026-11-27 10:00', NULL, 'skip', '2026-11-27 15:00+00') AS null_zone_skip,
       campaign.local_planned_at('2026-11-27 10:00', 'America/New_York', NULL, '2026-11-27 16:00+00') AS null_policy_is_next_day,
       campaign.local_planned_at('2026-11-27 10:00', 'America/New_York', 'skip', NULL) AS null_processing;
-- bad zone: PostgreSQL's own 22023; times outside the range, or that next_day
-- would move past it: 22023
SELECT pg_temp.try_brief($$SELECT campaign.local_planned_at('2026-11-27 10:00', 'Mars/Olympus', 'next_day', '2026-11-27 16:00+00')$$);
SELECT pg_temp.try_brief($$SELECT campaign.local_planned_at('-infinity', 'UTC', 'next_day', '2026-11-27 16:00+00')$$);
SELECT pg_temp.try_brief($$SELECT campaign.local_planned_at('294276-12-31 10:00', 'UTC', 'next_day', '294276-12-31 23:00+00')$$);
SELECT pg_temp.try_brief($$SELECT campaign.local_planned_at('2026-11-27 10:00', 'UTC', 'next_day', 'infinity')$$);
SELECT pg_temp.try_brief($$SELECT campaign.local_planned_at('4700-01-01 10:00 BC', 'UTC', 'next_day', '294270-01-01 00:00+00')$$);
-- the last week of the range is still usable
SELECT campaign.local_planned_at('294276-12-20 10:00', 'UTC', 'next_day', '294276-12-20 11:00+00') AS near_the_end;
