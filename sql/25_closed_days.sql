SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 25_closed_days: campaign.closed_days (docs/reference.md, campaign.closed_days
-- and Closed day). Each kind and observance closes its date and nothing else,
-- in each zone by its local date, across year boundaries and DST changes,
-- within the 192-hour horizon; explain names the day; bad rows are 22023.
-- The test jurisdictions ZZ, ZZ-A, ZZ-B have no sending windows, so a day is
-- closed exactly when next_send_time moves its 12:00 UTC to the next day.
--
\i sql/include/helpers.psql

-- closed(date, jurisdiction): is that UTC date closed? (next_send_time moves noon)
CREATE FUNCTION pg_temp.closed(d date, j text) RETURNS boolean LANGUAGE sql AS $$
    SELECT campaign.next_send_time((d + time '12:00') AT TIME ZONE 'UTC', 'UTC', NULL, NULL, j)
           IS DISTINCT FROM (d + time '12:00') AT TIME ZONE 'UTC'
$$;
-- The closed UTC dates of a jurisdiction in [first, last].
CREATE FUNCTION pg_temp.closed_dates(j text, first date, last date) RETURNS text LANGUAGE sql AS $$
    SELECT coalesce(string_agg(to_char(d, 'YYYY-MM-DD Dy'), ', ' ORDER BY d), 'none')
    FROM generate_series(first, last, interval '1 day') g(d)
    WHERE pg_temp.closed(d::date, j)
$$;

-- Easter (Anonymous Gregorian algorithm): an 'easter' row with offset 0 closes
-- exactly Easter Sunday, in known years and the extremes of its range of dates
-- (22 March in 2285, 25 April in 2038).
INSERT INTO campaign.closed_days (jurisdiction, name, kind, offset_days) VALUES ('ZZ', 'Easter', 'easter', 0);
SELECT y, pg_temp.closed_dates('ZZ', make_date(y, 3, 1), make_date(y, 5, 31)) AS easter
FROM unnest(ARRAY[2026, 2027, 2028, 2285, 2038, 1583, 2000]) y;
DELETE FROM campaign.closed_days WHERE jurisdiction LIKE 'ZZ%';

-- Each kind, in a month around it.
INSERT INTO campaign.closed_days (jurisdiction, name, kind, month, day, nth, dow, offset_days, on_date) VALUES
    ('ZZ-A', 'Fixed 8 January', 'fixed', 1, 8, NULL, NULL, NULL, NULL),
    ('ZZ-B', 'Thanksgiving', 'nth_weekday', 11, NULL, 4, 4, NULL, NULL),
    ('ZZ-C', 'Memorial Day', 'last_weekday', 5, NULL, NULL, 1, NULL, NULL),
    ('ZZ-D', 'Mardi Gras', 'easter', NULL, NULL, NULL, NULL, -47, NULL),
    ('ZZ-E', 'Proclaimed', 'date', NULL, NULL, NULL, NULL, NULL, '2026-07-03'),
    ('ZZ-F', 'Leap day', 'fixed', 2, 29, NULL, NULL, NULL, NULL),
    ('ZZ-G', 'Fifth Friday', 'nth_weekday', 1, NULL, 5, 5, NULL, NULL),
    ('ZZ-H', 'Last Sunday of the year', 'last_weekday', 12, NULL, NULL, 0, NULL, NULL),
    ('ZZ-I', 'A year after Easter', 'easter', NULL, NULL, NULL, NULL, 365, NULL);
SELECT j, pg_temp.closed_dates(j, first, last) AS closed
FROM (VALUES ('ZZ-A', date '2026-01-01', date '2026-01-31'),
             ('ZZ-B', '2026-11-01', '2026-11-30'),
             ('ZZ-B', '2027-11-01', '2027-11-30'),
             ('ZZ-C', '2026-05-01', '2026-05-31'),
             ('ZZ-C', '2027-05-01', '2027-05-31'),
             ('ZZ-D', '2026-02-01', '2026-03-31'),
             ('ZZ-D', '2027-02-01', '2027-03-31'),
             ('ZZ-E', '2026-07-01', '2026-07-05'),
             ('ZZ-E', '2027-07-01', '2027-07-05'),
             ('ZZ-F', '2027-02-25', '2028-03-02'),
             ('ZZ-G', '2026-01-01', '2026-01-31'),
             ('ZZ-G', '2027-01-01', '2027-01-31'),
             ('ZZ-H', '2026-12-01', '2027-01-05'),
             ('ZZ-I', '2027-04-01', '2027-04-10')) v(j, first, last)
ORDER BY j, first;
-- A subdivision's rows apply to it and to nothing else; a country's to all of it.
SELECT pg_temp.closed('2026-01-08', 'ZZ-A') AS own, pg_temp.closed('2026-01-08', 'ZZ') AS country,
       pg_temp.closed('2026-01-08', 'ZZ-B') AS sibling;
INSERT INTO campaign.closed_days (jurisdiction, name, kind, month, day) VALUES ('ZZ', 'Country day', 'fixed', 1, 9);
SELECT pg_temp.closed_dates('ZZ-A', '2026-01-07', '2026-01-10') AS subdivision_and_country,
       pg_temp.closed_dates('ZZ-B', '2026-01-07', '2026-01-10') AS country_only;
DELETE FROM campaign.closed_days WHERE jurisdiction LIKE 'ZZ%';

-- Observances: nearest_weekday closes the Friday before a Saturday and the
-- Monday after a Sunday, next_monday the Monday after either, none nothing
-- more, and a weekday date nothing more. 1 January 2022 is a Saturday (the
-- Friday before is 31 December 2021), 1 January 2023 a Sunday, 1 January 2026
-- a Thursday; 31 December 2023 is a Sunday (its Monday is 1 January 2024).
INSERT INTO campaign.closed_days (jurisdiction, name, kind, month, day, observed) VALUES
    ('ZZ-N', 'New Year', 'fixed', 1, 1, 'nearest_weekday'),
    ('ZZ-M', 'New Year', 'fixed', 1, 1, 'next_monday'),
    ('ZZ-O', 'New Year', 'fixed', 1, 1, 'none'),
    ('ZZ-P', 'Year end', 'fixed', 12, 31, 'nearest_weekday'),
    ('ZZ-Q', 'Year end', 'fixed', 12, 31, 'next_monday');
SELECT j, first, pg_temp.closed_dates(j, first, first + 7) AS closed
FROM unnest(ARRAY['ZZ-N', 'ZZ-M', 'ZZ-O']) j,
     unnest(ARRAY[date '2021-12-28', '2022-12-28', '2025-12-28']) first
UNION ALL
SELECT j, first, pg_temp.closed_dates(j, first, first + 7)
FROM unnest(ARRAY['ZZ-P', 'ZZ-Q']) j, unnest(ARRAY[date '2022-12-28', '2023-12-28']) first
ORDER BY j, first;
DELETE FROM campaign.closed_days WHERE jurisdiction LIKE 'ZZ%';

-- Validity: a row closes only dates in [valid_from, valid_until], its
-- observed days included (the Friday before a Saturday 1 January 2022 is
-- outside a range that starts on 1 January).
INSERT INTO campaign.closed_days (jurisdiction, name, kind, month, day, observed, valid_from, valid_until) VALUES
    ('ZZ-V', 'New Year', 'fixed', 1, 1, 'nearest_weekday', '2022-01-01', '2023-12-31');
SELECT y, pg_temp.closed_dates('ZZ-V', make_date(y - 1, 12, 28), make_date(y, 1, 4)) AS closed
FROM generate_series(2021, 2024) y;
DELETE FROM campaign.closed_days WHERE jurisdiction LIKE 'ZZ%';

-- Zones: a date is closed by each zone's own local date. Kiritimati (UTC+14)
-- and Pago Pago (UTC-11) are 25 hours apart: 10 March is closed there from
-- 9 March 10:00 UTC and from 10 March 11:00 UTC, for 24 hours each; a
-- subscriber of both waits until the closed date is over in each.
INSERT INTO campaign.closed_days (jurisdiction, name, kind, on_date) VALUES ('ZZ-Z', 'Closed', 'date', '2026-03-10');
SELECT planned, zones, campaign.next_send_time(planned, zones::text[], NULL, NULL, 'ZZ-Z') AS next_send_time
FROM unnest(ARRAY['2026-03-09 09:59 UTC', '2026-03-09 10:00 UTC', '2026-03-10 10:59 UTC',
                  '2026-03-10 11:00 UTC']::timestamptz[]) planned,
     unnest(ARRAY['{Pacific/Kiritimati}', '{Pacific/Pago_Pago}', '{Pacific/Kiritimati,Pacific/Pago_Pago}']) zones
ORDER BY planned, zones;
-- DST: a closed Sunday of New York's spring-forward (2026-03-08) and a closed
-- Sunday of its fall-back (2026-11-01): the next day starts at local midnight.
INSERT INTO campaign.closed_days (jurisdiction, name, kind, on_date) VALUES
    ('ZZ-Z', 'Spring', 'date', '2026-03-08'), ('ZZ-Z', 'Fall', 'date', '2026-11-01');
SELECT campaign.next_send_time('2026-03-08 01:30 America/New_York', 'America/New_York', NULL, NULL, 'ZZ-Z') AS spring,
       campaign.next_send_time('2026-11-01 01:30 EDT', 'America/New_York', NULL, NULL, 'ZZ-Z') AS fall,
       campaign.next_send_time('2026-11-01 01:30 EDT', 'America/New_York', '22:00', '09:00', 'ZZ-Z') AS fall_quiet;
DELETE FROM campaign.closed_days WHERE jurisdiction LIKE 'ZZ%';

-- The horizon: eight closed days in a row from midnight leave the ninth
-- day's midnight, exactly 192 hours later, which the horizon includes; nine
-- leave nothing (null).
INSERT INTO campaign.closed_days (jurisdiction, name, kind, on_date)
SELECT 'ZZ-W', 'Week ' || d::date, 'date', d::date FROM generate_series('2026-06-01'::date, '2026-06-08', '1 day') d;
INSERT INTO campaign.closed_days (jurisdiction, name, kind, on_date)
SELECT 'ZZ-X', 'Week ' || d::date, 'date', d::date FROM generate_series('2026-06-01'::date, '2026-06-09', '1 day') d;
SELECT campaign.next_send_time('2026-06-01 00:00 UTC', 'UTC', NULL, NULL, 'ZZ-W') AS eight_closed,
       campaign.next_send_time('2026-06-01 00:00 UTC', 'UTC', NULL, NULL, 'ZZ-X') AS nine_closed;
DELETE FROM campaign.closed_days WHERE jurisdiction LIKE 'ZZ%';

-- The cache follows the table at once in this session (other sessions at
-- commit: specs/send_time_cache.spec).
SELECT pg_temp.closed('2026-08-03', 'ZZ') AS before_insert;
INSERT INTO campaign.closed_days (jurisdiction, name, kind, on_date) VALUES ('ZZ', 'New', 'date', '2026-08-03');
SELECT pg_temp.closed('2026-08-03', 'ZZ') AS after_insert;
UPDATE campaign.closed_days SET on_date = '2026-08-04' WHERE jurisdiction = 'ZZ';
SELECT pg_temp.closed('2026-08-03', 'ZZ') AS after_update, pg_temp.closed('2026-08-04', 'ZZ') AS moved_day;
DELETE FROM campaign.closed_days WHERE jurisdiction = 'ZZ';
SELECT pg_temp.closed('2026-08-04', 'ZZ') AS after_delete;

-- The shipped rows at work: a Louisiana subscriber in Chicago on Mardi Gras
-- 2026 (17 February) waits to Ash Wednesday 09:00 (the end of quiet hours);
-- the same planned time in Florida goes at once; Rhode Island's Christmas
-- 2027 (a Saturday) also closes Monday 27 December (and Sunday has no
-- window there): Tuesday 09:00; France closes Whit Monday (Easter + 50).
SELECT campaign.next_send_time('2026-02-17 10:00 America/Chicago', 'America/Chicago', '20:00', '09:00', 'US-LA') AS la_mardi_gras,
       campaign.next_send_time('2026-02-17 10:00 America/New_York', 'America/New_York', '20:00', '09:00', 'US-FL') AS fl_same_day,
       campaign.next_send_time('2027-12-25 12:00 America/New_York', 'America/New_York', NULL, NULL, 'US-RI') AS ri_christmas,
       campaign.next_send_time('2026-05-25 10:00 Europe/Paris', 'Europe/Paris', NULL, NULL, 'FR') AS fr_whit_monday;
SELECT jurisdiction, count(*) AS rows, count(source) AS with_source
FROM campaign.closed_days WHERE shipped GROUP BY jurisdiction ORDER BY jurisdiction;

-- Reasons: the closed days a message waited through, by name, observed days
-- marked; the rules broken at the planned time first. The evening before
-- Mardi Gras 2026 is Washington's Birthday, closed too; an allowed instant has none.
SELECT campaign.send_time_reason('2026-02-17 10:00 America/Chicago', '{America/Chicago}', '20:00', '09:00', 'US-LA') AS mardi_gras,
       campaign.send_time_reason('2026-02-16 21:00 America/Chicago', '{America/Chicago}', '20:00', '09:00', 'US-LA') AS evening_before,
       campaign.send_time_reason('2027-12-25 12:00 America/New_York', '{America/New_York}', NULL, NULL, 'US-RI') AS ri_christmas,
       campaign.send_time_reason('2026-02-18 10:00 America/Chicago', '{America/Chicago}', '20:00', '09:00', 'US-LA') AS allowed;
-- explain_send_time: the demo's case, a Louisiana subscriber of a campaign on Mardi Gras.
INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Shop', 'shop');
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES (1, 1, '+15045550123');
INSERT INTO campaign.campaigns (site_id, name, send_at) VALUES (1, 'Carnival', '2026-02-17 16:00 UTC');
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (1, 0, 'Happy Mardi Gras');
SELECT step_no, timezones, jurisdiction, send_at, reason FROM campaign.explain_send_time(1, 1);

-- Bad rows: 22023 naming the field; a statement with one bad row changes nothing.
SELECT cmd, pg_temp.try(cmd) AS result FROM (VALUES
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, month) VALUES ('ZZ', 'x', 'fixed', 1)$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, month, day) VALUES ('ZZ', 'x', 'fixed', 13, 1)$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, month, day) VALUES ('ZZ', 'x', 'fixed', 2, 30)$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, month, day) VALUES ('ZZ', 'x', 'fixed', 4, 31)$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, month, nth, dow) VALUES ('ZZ', 'x', 'nth_weekday', 1, 6, 1)$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, month, nth, dow) VALUES ('ZZ', 'x', 'nth_weekday', 1, 1, 7)$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, month, dow) VALUES ('ZZ', 'x', 'nth_weekday', 1, 1)$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, month, dow, day) VALUES ('ZZ', 'x', 'last_weekday', 1, 1, 3)$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, offset_days) VALUES ('ZZ', 'x', 'easter', 366)$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, offset_days) VALUES ('ZZ', 'x', 'easter', -366)$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind) VALUES ('ZZ', 'x', 'date')$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, on_date) VALUES ('ZZ', 'x', 'holiday', '2026-01-01')$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, offset_days, observed) VALUES ('ZZ', 'x', 'easter', 1, 'next_monday')$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, month, day, observed) VALUES ('ZZ', 'x', 'fixed', 1, 1, 'previous_friday')$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, on_date, valid_from, valid_until) VALUES ('ZZ', 'x', 'date', '2026-01-01', '2026-02-01', '2026-01-01')$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, on_date) VALUES ('us-la', 'x', 'date', '2026-01-01')$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, on_date) VALUES ('ZZ', ' ', 'date', '2026-01-01')$$),
    ($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, month, day) VALUES ('ZZ', 'ok', 'fixed', 2, 29), ('ZZ', 'bad', 'fixed', 2, 30)$$),
    ($$UPDATE campaign.closed_days SET nth = 2 WHERE jurisdiction = 'US-LA' AND kind = 'fixed'$$)
) v(cmd);
SELECT count(*) FILTER (WHERE NOT shipped) AS user_rows, count(*) FILTER (WHERE nth IS NOT NULL AND kind = 'fixed') AS changed
FROM campaign.closed_days;
-- The CHECK constraints say the same for rows that arrive without triggers.
SET session_replication_role = replica;
SELECT pg_temp.try_brief($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, month, day) VALUES ('ZZ', 'x', 'fixed', 2, 30)$$) AS feb_30,
       pg_temp.try_brief($$INSERT INTO campaign.closed_days (jurisdiction, name, kind, month) VALUES ('ZZ', 'x', 'fixed', 1)$$) AS no_day;
RESET session_replication_role;
