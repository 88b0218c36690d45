SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
-- campaign.next_send_time and campaign.send_time_reason, rule by rule (docs/reference.md,
-- Definitions). Every answer is shown in UTC and as the wall clock of the first
-- zone; each case says what the definition gives and why.
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';

-- Errors are shown as "SQLSTATE: message".
CREATE FUNCTION pg_temp.try(statement text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE statement;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- Test jurisdictions (ZZ is no country): a date that repeats and one that vanishes.
INSERT INTO campaign.send_windows (jurisdiction, dow, allowed_start, allowed_end, source) VALUES
    ('ZZ-SAT', 6, '23:00', '24:00', 'test: Saturday 23:00-24:00 only'),
    ('ZZ-SAT', 0, NULL, NULL, 'test'), ('ZZ-SAT', 1, NULL, NULL, 'test'),
    ('ZZ-SAT', 2, NULL, NULL, 'test'), ('ZZ-SAT', 3, NULL, NULL, 'test'),
    ('ZZ-SAT', 4, NULL, NULL, 'test'), ('ZZ-SAT', 5, NULL, NULL, 'test'),
    ('ZZ-NO', NULL, NULL, NULL, 'test: never'),
    ('ZZ-TWO', NULL, '09:00', '12:00', 'test: two windows'),
    ('ZZ-TWO', NULL, '14:00', '17:30', 'test: two windows');

CREATE TEMP TABLE cases (
    id serial, note text, planned timestamptz, zones text[],
    qs time, qe time, j text);

INSERT INTO cases (note, planned, zones, qs, qe, j) VALUES
-- quiet window wrapping midnight, America/New_York (EDT, UTC-4, in June)
('allowed: noon',                  '2025-06-10 12:00 America/New_York', '{America/New_York}', '20:00', '09:00', NULL),
('quiet start is quiet: 20:00',    '2025-06-10 20:00 America/New_York', '{America/New_York}', '20:00', '09:00', NULL),
('just before quiet: itself',      '2025-06-10 19:59:59.999999 America/New_York', '{America/New_York}', '20:00', '09:00', NULL),
('late evening -> next 09:00',     '2025-06-10 23:30 America/New_York', '{America/New_York}', '20:00', '09:00', NULL),
('early morning -> same 09:00',    '2025-06-10 03:00 America/New_York', '{America/New_York}', '20:00', '09:00', NULL),
('quiet end is allowed: 09:00',    '2025-06-10 09:00 America/New_York', '{America/New_York}', '20:00', '09:00', NULL),
('1us before end -> 09:00',        '2025-06-10 08:59:59.999999 America/New_York', '{America/New_York}', '20:00', '09:00', NULL),
('microseconds kept when allowed', '2025-06-10 10:15:00.123456 America/New_York', '{America/New_York}', '20:00', '09:00', NULL),
-- quiet window inside one day, equal edges, no quiet hours
('12:00-13:00: 12:30 -> 13:00',    '2025-06-10 12:30 America/New_York', '{America/New_York}', '12:00', '13:00', NULL),
('12:00-13:00: 11:00 allowed',     '2025-06-10 11:00 America/New_York', '{America/New_York}', '12:00', '13:00', NULL),
('equal edges: no quiet hours',    '2025-06-10 03:00 America/New_York', '{America/New_York}', '09:00', '09:00', NULL),
('null edges: no quiet hours',     '2025-06-10 03:00 America/New_York', '{America/New_York}', NULL, NULL, NULL),
('00:00-24:00: always quiet',      '2025-06-10 03:00 America/New_York', '{America/New_York}', '00:00', '24:00', NULL),
('24:00-09:00 is 00:00-09:00',     '2025-06-10 03:00 America/New_York', '{America/New_York}', '24:00', '09:00', NULL),
-- America/New_York spring-forward 2025-03-09: 02:00 EST -> 03:00 EDT at 07:00 UTC
('NY gap: end 02:30 -> 03:00 EDT', '2025-03-09 00:00 America/New_York', '{America/New_York}', '20:00', '02:30', NULL),
('NY gap: end 02:00 -> 03:00 EDT', '2025-03-09 00:00 America/New_York', '{America/New_York}', '20:00', '02:00', NULL),
('NY gap: end 03:00 -> 03:00 EDT', '2025-03-09 00:00 America/New_York', '{America/New_York}', '20:00', '03:00', NULL),
('NY gap: end 03:30 -> 03:30 EDT', '2025-03-09 00:00 America/New_York', '{America/New_York}', '20:00', '03:30', NULL),
('NY gap: start 02:15, 01:59:59',  '2025-03-09 06:59:59 UTC', '{America/New_York}', '02:15', '05:00', NULL),
('NY gap: start 02:15, at 03:00',  '2025-03-09 07:00:00 UTC', '{America/New_York}', '02:15', '05:00', NULL),
-- America/New_York fall-back 2025-11-02: 02:00 EDT -> 01:00 EST at 06:00 UTC
('NY overlap: end 01:30, 1st',     '2025-11-02 00:00 America/New_York', '{America/New_York}', '20:00', '01:30', NULL),
('NY overlap: in 2nd pass',        '2025-11-02 06:10 UTC', '{America/New_York}', '01:00', '01:30', NULL),
('NY overlap: 01:40 EDT allowed',  '2025-11-02 05:40 UTC', '{America/New_York}', '01:00', '01:30', NULL),
('NY overlap: 01:00 EST quiet',    '2025-11-02 06:00 UTC', '{America/New_York}', '01:00', '01:30', NULL),
-- Australia/Lord_Howe: +10:30/+11, half-hour DST
('Lord Howe gap 02:00->02:30',     '2025-10-04 13:00 UTC', '{Australia/Lord_Howe}', '20:00', '02:15', NULL),
('Lord Howe overlap 02:00->01:30', '2025-04-05 14:00 UTC', '{Australia/Lord_Howe}', '20:00', '01:45', NULL),
('Lord Howe overlap, 2nd pass',    '2025-04-05 15:05 UTC', '{Australia/Lord_Howe}', '01:30', '01:45', NULL),
-- Asia/Kathmandu: +05:45, no DST
('Kathmandu +05:45 -> 09:00',      '2025-06-10 00:00 UTC', '{Asia/Kathmandu}', '20:00', '09:00', NULL),
('Kathmandu allowed',              '2025-06-10 03:15 UTC', '{Asia/Kathmandu}', '20:00', '09:00', NULL),
-- Pacific/Chatham: +12:45/+13:45
('Chatham gap 02:45->03:45',       '2025-09-27 12:00 UTC', '{Pacific/Chatham}', '20:00', '03:00', NULL),
('Chatham overlap 03:45->02:45',   '2025-04-05 13:00 UTC', '{Pacific/Chatham}', '20:00', '03:15', NULL),
-- America/Havana: DST changes at midnight
('Havana gap 00:00->01:00',        '2025-03-09 02:00 UTC', '{America/Havana}', '20:00', '00:30', NULL),
('Havana overlap 01:00->00:00',    '2025-11-02 01:00 UTC', '{America/Havana}', '20:00', '00:30', NULL),
-- America/Santiago: at midnight; the fall-back returns to Saturday
('Santiago gap Sun 00:00->01:00',  '2025-09-07 02:00 UTC', '{America/Santiago}', '20:00', '00:30', NULL),
('Santiago Sat 22:00 -> 23:00',    '2025-04-06 01:00 UTC', '{America/Santiago}', NULL, NULL, 'ZZ-SAT'),
('Santiago Sat 23:30 (1st pass)',  '2025-04-06 02:30 UTC', '{America/Santiago}', NULL, NULL, 'ZZ-SAT'),
('Santiago Sat 23:10 (2nd pass)',  '2025-04-06 03:10 UTC', '{America/Santiago}', NULL, NULL, 'ZZ-SAT'),
('Santiago Sun 00:10 -> next Sat', '2025-04-06 04:10 UTC', '{America/Santiago}', NULL, NULL, 'ZZ-SAT'),
('Santiago US-TX Sat 22:00',       '2025-04-06 01:00 UTC', '{America/Santiago}', NULL, NULL, 'US-TX'),
-- Asia/Beirut: at midnight
('Beirut gap 00:00->01:00',        '2025-03-29 20:00 UTC', '{Asia/Beirut}', '21:00', '00:30', NULL),
('Beirut overlap 00:00->23:00',    '2025-10-25 20:00 UTC', '{Asia/Beirut}', '21:00', '23:30', NULL),
-- Europe/Dublin: negative DST (winter time is the "DST" of its zone file)
('Dublin gap 01:00->02:00',        '2025-03-30 00:00 UTC', '{Europe/Dublin}', '22:00', '01:30', NULL),
('Dublin overlap 02:00->01:00',    '2025-10-26 00:00 UTC', '{Europe/Dublin}', '22:00', '01:30', NULL),
('Dublin summer +01',              '2025-06-10 07:00 UTC', '{Europe/Dublin}', '20:00', '09:00', NULL),
-- Africa/Casablanca: +01, and +00 during Ramadan (2025-02-23 .. 2025-04-06)
('Casablanca overlap 03:00->02:00','2025-02-23 00:00 UTC', '{Africa/Casablanca}', '20:00', '02:30', NULL),
('Casablanca gap 02:00->03:00',    '2025-04-06 00:00 UTC', '{Africa/Casablanca}', '20:00', '02:30', NULL),
('Casablanca Ramadan +00',         '2025-03-10 07:00 UTC', '{Africa/Casablanca}', '20:00', '09:00', NULL),
-- several zones: allowed in every one
('NY+LA: waits for LA 09:00',      '2025-06-10 13:00 UTC', '{America/New_York,America/Los_Angeles}', '20:00', '09:00', NULL),
('NY+LA: allowed in both',         '2025-06-10 17:00 UTC', '{America/New_York,America/Los_Angeles}', '20:00', '09:00', NULL),
('LA+NY: NY closes first',         '2025-06-11 00:30 UTC', '{America/Los_Angeles,America/New_York}', '20:00', '09:00', NULL),
('duplicate zone counts once',     '2025-06-10 13:00 UTC', '{America/New_York,America/New_York}', '20:00', '09:00', NULL),
('Kiritimati+Pago Pago: overlap',  '2025-06-10 00:00 UTC', '{Pacific/Kiritimati,Pacific/Pago_Pago}', '11:00', '09:00', NULL),
('Kiritimati+Pago Pago: never',    '2025-06-10 00:00 UTC', '{Pacific/Kiritimati,Pacific/Pago_Pago}', '10:00', '09:00', NULL),
-- legal windows: US federal 08:00-21:00 applies to every US jurisdiction
('US: 07:30 -> 08:00',             '2025-06-10 07:30 America/New_York', '{America/New_York}', NULL, NULL, 'US'),
('US: 20:59 allowed',              '2025-06-10 20:59 America/New_York', '{America/New_York}', NULL, NULL, 'US'),
('US: 21:00 -> next 08:00',        '2025-06-10 21:00 America/New_York', '{America/New_York}', NULL, NULL, 'US'),
('US-CA has no rows: federal',     '2025-06-10 20:30 America/Los_Angeles', '{America/Los_Angeles}', NULL, NULL, 'US-CA'),
('DE has no rows: no limit',       '2025-06-10 23:30 Europe/Berlin', '{Europe/Berlin}', NULL, NULL, 'DE'),
('US-FL: 19:59 allowed',           '2025-06-10 19:59 America/New_York', '{America/New_York}', NULL, NULL, 'US-FL'),
('US-FL: 20:00 -> next 08:00',     '2025-06-10 20:00 America/New_York', '{America/New_York}', NULL, NULL, 'US-FL'),
('US-OK: 20:30 -> next 08:00',     '2025-06-10 20:30 America/Chicago', '{America/Chicago}', NULL, NULL, 'US-OK'),
('US-MD: 07:00 -> 08:00',          '2025-06-10 07:00 America/New_York', '{America/New_York}', NULL, NULL, 'US-MD'),
('US-WA: 20:00 -> next 08:00',     '2025-06-10 20:00 America/Los_Angeles', '{America/Los_Angeles}', NULL, NULL, 'US-WA'),
('US-TX Tue 08:30 -> 09:00',       '2025-06-10 08:30 America/Chicago', '{America/Chicago}', NULL, NULL, 'US-TX'),
('US-TX Sat 20:59 allowed',        '2025-06-14 20:59 America/Chicago', '{America/Chicago}', NULL, NULL, 'US-TX'),
('US-TX Sat 21:00 -> Sun 12:00',   '2025-06-14 21:00 America/Chicago', '{America/Chicago}', NULL, NULL, 'US-TX'),
('US-TX Sun 10:00 -> 12:00',       '2025-06-15 10:00 America/Chicago', '{America/Chicago}', NULL, NULL, 'US-TX'),
('US-TX Sun + quiet 20:00-09:00',  '2025-06-15 20:30 America/Chicago', '{America/Chicago}', '20:00', '09:00', 'US-TX'),
('US-LA Sat 19:59 allowed',        '2025-06-14 19:59 America/Chicago', '{America/Chicago}', NULL, NULL, 'US-LA'),
('US-LA Sat 20:00 -> Mon 08:00',   '2025-06-14 20:00 America/Chicago', '{America/Chicago}', NULL, NULL, 'US-LA'),
('US-LA Sun noon -> Mon 08:00',    '2025-06-15 12:00 America/Chicago', '{America/Chicago}', NULL, NULL, 'US-LA'),
('two windows: 12:30 -> 14:00',    '2025-06-10 12:30 UTC', '{UTC}', NULL, NULL, 'ZZ-TWO'),
('two windows: 17:30 -> next 09:00','2025-06-10 17:30 UTC', '{UTC}', NULL, NULL, 'ZZ-TWO'),
-- nothing allowed within planned + 192 hours: null
('every day null pair: null',      '2025-06-10 12:00 UTC', '{UTC}', NULL, NULL, 'ZZ-NO'),
-- NY and London share 09:00-13:30 only while their offsets differ by 4 hours
-- (2025-03-09 .. 2025-03-30): first shared instant 2025-03-09 13:00 UTC
('horizon: exactly planned+192h',  '2025-03-01 13:00 UTC', '{America/New_York,Europe/London}', '13:30', '09:00', NULL),
('horizon: 1us too early: null',   '2025-03-01 12:59:59.999999 UTC', '{America/New_York,Europe/London}', '13:30', '09:00', NULL),
('shared window closes 03-30',     '2025-03-29 13:31 UTC', '{America/New_York,Europe/London}', '13:30', '09:00', NULL),
('null planned: null',             NULL, '{America/New_York}', '20:00', '09:00', NULL);

SELECT id, note,
       campaign.next_send_time(planned, zones, qs, qe, j) AS send_at_utc,
       campaign.next_send_time(planned, zones, qs, qe, j) AT TIME ZONE zones[1] AS send_at_local
FROM cases ORDER BY id;

-- The text overload agrees with the array overload on every single-zone case.
SELECT count(*) AS single_zone_cases,
       count(*) FILTER (WHERE campaign.next_send_time(planned, zones[1], qs, qe, j)
                        IS DISTINCT FROM campaign.next_send_time(planned, zones, qs, qe, j)) AS disagreements
FROM cases WHERE cardinality(zones) = 1;

-- Reasons: null when planned is allowed, else the rules that hold it back.
SELECT id, note, campaign.send_time_reason(planned, zones, qs, qe, j) AS reason
FROM cases ORDER BY id;
-- Each rule is named once, and a phrase is matched whole: the quiet hours of
-- Etc/GMT+1 are not taken for a part of those of Etc/GMT+10.
SELECT campaign.send_time_reason('2030-01-15 08:00 UTC', '{Etc/GMT+10,Etc/GMT+1,Etc/GMT+10}',
                                 '20:00', '09:00') AS zone_names_one_a_prefix_of_the_other;

-- Edited rows take effect at once in this session, and a rollback undoes them.
SELECT campaign.next_send_time('2025-06-10 19:30 America/New_York', 'America/New_York', NULL, NULL, 'US-FL') AS fl_before;
UPDATE campaign.send_windows SET allowed_end = '19:00' WHERE jurisdiction = 'US-FL';
SELECT campaign.next_send_time('2025-06-10 19:30 America/New_York', 'America/New_York', NULL, NULL, 'US-FL') AS fl_after_update;
BEGIN;
DELETE FROM campaign.send_windows WHERE jurisdiction IN ('US', 'US-FL');
SELECT campaign.next_send_time('2025-06-10 23:30 America/New_York', 'America/New_York', NULL, NULL, 'US-FL') AS fl_deleted_in_transaction;
ROLLBACK;
SELECT campaign.next_send_time('2025-06-10 19:30 America/New_York', 'America/New_York', NULL, NULL, 'US-FL') AS fl_after_rollback;
INSERT INTO campaign.send_windows (jurisdiction, dow, allowed_start, allowed_end, source)
    VALUES ('US-NY', NULL, '10:00', '20:00', 'test');
SELECT campaign.next_send_time('2025-06-10 09:00 America/New_York', 'America/New_York', NULL, NULL, 'US-NY') AS ny_inserted;
TRUNCATE campaign.send_windows;
SELECT campaign.next_send_time('2025-06-10 23:00 America/New_York', 'America/New_York', NULL, NULL, 'US-NY') AS after_truncate;

-- Bad input: 22023 naming the value.
SELECT statement, left(pg_temp.try(statement), 90) AS result FROM (VALUES
    ($$SELECT campaign.next_send_time(now(), 'Mars/Olympus_Mons', '20:00', '09:00')$$),
    ($$SELECT campaign.next_send_time(now(), 'XYZ5', '20:00', '09:00')$$),
    ($$SELECT campaign.next_send_time(now(), repeat('x', 300), '20:00', '09:00')$$),
    ($$SELECT campaign.next_send_time(now(), NULL::text, '20:00', '09:00')$$),
    ($$SELECT campaign.next_send_time(now(), '{America/New_York,Mars/Base}'::text[], '20:00', '09:00')$$),
    ($$SELECT campaign.next_send_time(now(), '{}'::text[], '20:00', '09:00')$$),
    ($$SELECT campaign.next_send_time(now(), '{America/New_York,NULL}'::text[], '20:00', '09:00')$$),
    ($$SELECT campaign.next_send_time(now(), NULL::text[], '20:00', '09:00')$$),
    ($$SELECT campaign.next_send_time(now(), 'America/New_York', '20:00', NULL)$$),
    ($$SELECT campaign.next_send_time(now(), 'America/New_York', NULL, '09:00')$$),
    ($$SELECT campaign.next_send_time(NULL, 'America/New_York', NULL, '09:00')$$),
    ($$SELECT campaign.next_send_time(now(), 'America/New_York', '20:00', '09:00', 'us-fl')$$),
    ($$SELECT campaign.next_send_time(now(), 'America/New_York', '20:00', '09:00', 'Florida')$$),
    ($$SELECT campaign.next_send_time('infinity', 'America/New_York', '20:00', '09:00')$$),
    ($$SELECT campaign.next_send_time('294276-12-30 UTC', 'America/New_York', '20:00', '09:00')$$),
    ($$SELECT campaign.send_time_reason(now(), '{Mars/Base}', '20:00', '09:00')$$),
    ($$SELECT campaign.send_time_reason(now(), '{America/New_York}', NULL, '09:00')$$),
    ($$INSERT INTO campaign.send_windows (jurisdiction, dow, allowed_start, allowed_end) VALUES ('US-NY', 7, '08:00', '20:00')$$),
    ($$INSERT INTO campaign.send_windows (jurisdiction, dow, allowed_start, allowed_end) VALUES ('US-NY', 1, '20:00', '08:00')$$),
    ($$INSERT INTO campaign.send_windows (jurisdiction, dow, allowed_start, allowed_end) VALUES ('US-NY', 1, '08:00', NULL)$$)
) AS t(statement);
