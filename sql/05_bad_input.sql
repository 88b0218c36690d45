SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 05_bad_input (docs/reference.md: Tables, Functions, Errors): bad input gets a
-- clear error with the right SQLSTATE, never crashes the server, and never
-- leaves partial changes behind.
--   22023 a null id, a bad time zone, phone, quiet hours pair, interval,
--         country or region code, a bad campaign.fake_now
--   P0002 an unknown campaign
--   22P02 a status string that is not a status
--   42501 campaign.fake_now set by an ordinary role
--
\i sql/include/helpers.psql

INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Shop', 'shop');
SELECT pg_temp.make_campaign('draft') AS d \gset
SELECT pg_temp.make_campaign('processing') AS p \gset

\pset tuples_only on
\pset format unaligned
--
-- Null and unknown ids.
--
SELECT pg_temp.try('SELECT campaign.activate(NULL)');
SELECT pg_temp.try($$SELECT campaign.activate(NULL, '2030-02-01 00:00+00')$$);
SELECT pg_temp.try('SELECT campaign.cancel(NULL)');
SELECT pg_temp.try('SELECT campaign.duplicate(NULL)');
SELECT pg_temp.try($$SELECT campaign.duplicate(NULL, 'name')$$);
SELECT pg_temp.try('SELECT campaign.activate(424242)');
SELECT pg_temp.try('SELECT campaign.cancel(424242)');
SELECT pg_temp.try('SELECT campaign.duplicate(424242)');
SELECT pg_temp.try($$SELECT campaign.duplicate(-1, 'name')$$);
-- the wrong type for an id or a time: PostgreSQL's own input errors
SELECT pg_temp.try($$SELECT campaign.cancel('12x')$$);
SELECT pg_temp.try(format($$SELECT campaign.activate(%s, 'next tuesday')$$, :d));
-- nothing was created or changed
SELECT count(*) || ' campaigns, ' || count(*) FILTER (WHERE status = 'draft') || ' drafts' FROM campaign.campaigns;

--
-- Status strings that are not statuses (22P02), in UPDATE, INSERT and WHERE.
--
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'Draft' WHERE campaign_id = %s$$, :d));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'done' WHERE campaign_id = %s$$, :p));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'SCHEDULED' WHERE campaign_id = %s$$, :d));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = ' sent' WHERE campaign_id = %s$$, :p));
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, status) VALUES (1, 'new')$$);
SELECT pg_temp.try($$SELECT count(*) FROM campaign.campaigns WHERE status = 'cancelled'$$);
SELECT pg_temp.try($$SELECT 'finished'::campaign.campaign_status$$);
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'draft'::text WHERE campaign_id = %s$$, :d));
-- null is not a status either: the NOT NULL constraint (23502), no crash,
-- also with other columns null at the same time
SELECT pg_temp.try_brief(format($$UPDATE campaign.campaigns SET status = NULL WHERE campaign_id = %s$$, :d));
SELECT pg_temp.try_brief($$INSERT INTO campaign.campaigns (site_id, status) VALUES (1, NULL)$$);
SELECT pg_temp.try_brief(format($$UPDATE campaign.campaigns SET status = 'scheduled', send_mode = NULL WHERE campaign_id = %s$$, :d));
SELECT pg_temp.try_brief(format($$UPDATE campaign.campaigns SET status = 'scheduled', send_mode = 'weekly' WHERE campaign_id = %s$$, :d));
SELECT pg_temp.try_brief(format($$UPDATE campaign.campaigns SET late_policy = 'later' WHERE campaign_id = %s$$, :d));
SELECT pg_temp.try($$INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no, status) VALUES (1, 1, 1, 0, 'Pending')$$);
SELECT pg_temp.try_brief($$INSERT INTO campaign.sites (site_id, plan) VALUES (9, 'free')$$);
-- nothing changed
SELECT status || ', ' || send_mode || ', ' || late_policy FROM campaign.campaigns WHERE campaign_id IN (:d, :p) ORDER BY campaign_id;
SELECT count(*) || ' history rows' FROM campaign.status_history WHERE campaign_id IN (:d, :p);

--
-- Time zones (IANA names of PostgreSQL's zone data), on insert and update,
-- in sites and subscribers.
--
SELECT pg_temp.try($$INSERT INTO campaign.sites (site_id, timezone) VALUES (2, 'Mars/Olympus_Mons')$$);
SELECT pg_temp.try($$INSERT INTO campaign.sites (site_id, timezone) VALUES (2, '')$$);
SELECT pg_temp.try($$INSERT INTO campaign.sites (site_id, timezone) VALUES (2, 'XYZ5')$$);
SELECT pg_temp.try($$INSERT INTO campaign.sites (site_id, timezone) VALUES (2, 'UTC+3')$$);
SELECT pg_temp.try($$INSERT INTO campaign.sites (site_id, timezone) VALUES (2, '../../../etc/passwd')$$);
SELECT pg_temp.try($$INSERT INTO campaign.sites (site_id, timezone) VALUES (2, 'America/New_York ')$$);
SELECT pg_temp.try_brief($$INSERT INTO campaign.sites (site_id, timezone) VALUES (2, NULL)$$);
SELECT pg_temp.try($$UPDATE campaign.sites SET timezone = 'Europe/Atlantis' WHERE site_id = 1$$);
SELECT pg_temp.try($$INSERT INTO campaign.subscribers (site_id, subscriber_id, phone, timezone) VALUES (1, 1, '+13055550101', 'Florida')$$);
SELECT pg_temp.try($$INSERT INTO campaign.subscribers (site_id, subscriber_id, phone, timezone) VALUES (1, 1, '+13055550101', 'EST5')$$);
-- valid zones are stored in their canonical spelling
SELECT pg_temp.try($$INSERT INTO campaign.sites (site_id, timezone) VALUES (2, 'america/new_york'), (3, 'EUROPE/PARIS'), (4, 'UTC')$$);
SELECT pg_temp.try($$INSERT INTO campaign.subscribers (site_id, subscriber_id, phone, timezone) VALUES (1, 1, '+13055550101', 'america/los_angeles'), (1, 2, '+13055550102', NULL)$$);
SELECT pg_temp.try($$UPDATE campaign.subscribers SET timezone = 'asia/tokyo' WHERE site_id = 1 AND subscriber_id = 2$$);
SELECT pg_temp.try($$UPDATE campaign.subscribers SET timezone = 'Asia/Nowhere' WHERE site_id = 1 AND subscriber_id = 2$$);
SELECT site_id || ' ' || timezone FROM campaign.sites ORDER BY site_id;
SELECT subscriber_id || ' ' || coalesce(timezone, '(null)') FROM campaign.subscribers ORDER BY subscriber_id;

--
-- Phones (E.164), on insert and update.
--
CREATE TEMP TABLE phone_case (n serial, phone text);
INSERT INTO phone_case (phone) VALUES
    ('13055550123'), ('+1 305 555 0123'), ('+1-305-555-0123'), ('+1305555012'), ('+130555501234'),
    ('+10555550123'), ('+13050550123'), ('+0445550123'), ('+123456'), ('+1234567890123456'),
    ('+44 7700 900123'), ('+4477009OO123'), (''), ('+'), ('tel:+13055550123'),
    ('+11055550123'), ('+13051550123'), ('+1305５550123');
SELECT n || ' ' || quote_literal(phone) || ' -> '
       || pg_temp.try(format('INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES (1, %s, %L)', 100 + n, phone))
  FROM phone_case ORDER BY n;
SELECT pg_temp.try_brief($$INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES (1, 99, NULL)$$);
SELECT pg_temp.try($$UPDATE campaign.subscribers SET phone = '555-0123' WHERE site_id = 1 AND subscriber_id = 1$$);
-- valid: NANP and other countries, from 7 to 15 digits
SELECT pg_temp.try($$INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES (1, 3, '+447700900123'), (1, 4, '+12125550199'), (1, 5, '+4930123'), (1, 6, '+861391234567890')$$);
SELECT pg_temp.try($$UPDATE campaign.subscribers SET phone = '+33612345678' WHERE site_id = 1 AND subscriber_id = 1$$);
SELECT subscriber_id || ' ' || phone FROM campaign.subscribers ORDER BY subscriber_id;

--
-- Quiet hours, smart-sending window, country and region codes.
--
SELECT pg_temp.try($$INSERT INTO campaign.sites (site_id, quiet_hours_start, quiet_hours_end) VALUES (5, NULL, '09:00')$$);
SELECT pg_temp.try($$INSERT INTO campaign.sites (site_id, quiet_hours_start, quiet_hours_end) VALUES (5, '20:00', NULL)$$);
SELECT pg_temp.try($$UPDATE campaign.sites SET quiet_hours_end = NULL WHERE site_id = 1$$);
SELECT pg_temp.try($$INSERT INTO campaign.sites (site_id, smart_sending_window) VALUES (5, '-1 hour')$$);
SELECT pg_temp.try($$INSERT INTO campaign.sites (site_id, smart_sending_window) VALUES (5, '-1 day')$$);
SELECT pg_temp.try($$UPDATE campaign.sites SET smart_sending_window = '-00:00:01' WHERE site_id = 1$$);
SELECT pg_temp.try($$INSERT INTO campaign.sites (site_id, country) VALUES (5, 'us')$$);
SELECT pg_temp.try($$INSERT INTO campaign.sites (site_id, country) VALUES (5, 'USA')$$);
SELECT pg_temp.try($$INSERT INTO campaign.sites (site_id, country) VALUES (5, 'US-FL')$$);
SELECT pg_temp.try($$UPDATE campaign.sites SET country = 'U1' WHERE site_id = 1$$);
SELECT pg_temp.try($$UPDATE campaign.subscribers SET region = 'us-fl' WHERE site_id = 1 AND subscriber_id = 1$$);
SELECT pg_temp.try($$UPDATE campaign.subscribers SET region = 'US_FL' WHERE site_id = 1 AND subscriber_id = 1$$);
SELECT pg_temp.try($$UPDATE campaign.subscribers SET region = 'US-' WHERE site_id = 1 AND subscriber_id = 1$$);
SELECT pg_temp.try($$UPDATE campaign.subscribers SET region = 'Florida' WHERE site_id = 1 AND subscriber_id = 1$$);
-- valid: both quiet hours null (no site quiet hours), a zero window, codes
SELECT pg_temp.try($$INSERT INTO campaign.sites (site_id, quiet_hours_start, quiet_hours_end, smart_sending_window, country) VALUES (5, NULL, NULL, '0', 'GB')$$);
SELECT pg_temp.try($$UPDATE campaign.subscribers SET region = 'US-FL' WHERE site_id = 1 AND subscriber_id = 1$$);
SELECT pg_temp.try($$UPDATE campaign.subscribers SET region = 'GB' WHERE site_id = 1 AND subscriber_id = 3$$);
SELECT site_id || ' ' || coalesce(quiet_hours_start::text, '(null)') || '-' || coalesce(quiet_hours_end::text, '(null)')
       || ' ' || smart_sending_window || ' ' || country
  FROM campaign.sites ORDER BY site_id;
SELECT subscriber_id || ' ' || coalesce(region, '(null)') FROM campaign.subscribers WHERE subscriber_id IN (1, 3) ORDER BY 1;

--
-- A refused statement changes nothing: a multi-row INSERT or UPDATE with one
-- bad row leaves every row as it was.
--
SELECT count(*) || ' subscribers' FROM campaign.subscribers;
SELECT pg_temp.try($$INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES (1, 50, '+13055550150'), (1, 51, '+13055550151'), (1, 52, 'not a phone')$$);
SELECT pg_temp.try($$UPDATE campaign.subscribers SET timezone = CASE subscriber_id WHEN 2 THEN 'Nowhere/Land' ELSE 'America/Chicago' END WHERE site_id = 1$$);
SELECT pg_temp.try($$UPDATE campaign.sites SET timezone = 'Europe/Paris', country = CASE site_id WHEN 4 THEN 'xx' ELSE country END$$);
SELECT count(*) || ' subscribers, ' || count(*) FILTER (WHERE timezone = 'America/Chicago') || ' in Chicago' FROM campaign.subscribers;
SELECT 'sites in Europe/Paris: ' || string_agg(site_id::text, ', ' ORDER BY site_id) FROM campaign.sites WHERE timezone = 'Europe/Paris';

--
-- campaign.fake_now: superuser only (42501 for others, by SET and by
-- set_config); a value that is not a finite timestamptz is refused (22023);
-- '' means real time.
--
SET campaign.site_id = 1;  -- campaign_app sees site 1 (row-level security)
SET ROLE campaign_app;
SELECT pg_temp.try($$SET campaign.fake_now = '2000-01-01 00:00+00'$$);
SELECT pg_temp.try($$SELECT set_config('campaign.fake_now', '2000-01-01 00:00+00', false)$$);
SELECT pg_temp.try($$SET campaign.fake_now = ''$$);
SELECT pg_temp.try($$RESET campaign.fake_now$$);
SELECT pg_temp.try($$SET campaign.fake_now = 'garbage'$$);
SELECT campaign.now();
RESET ROLE;
SELECT pg_temp.try($$SET campaign.fake_now = 'garbage'$$);
SELECT pg_temp.try($$SET campaign.fake_now = 'infinity'$$);
SELECT pg_temp.try($$SET campaign.fake_now = '2030-02-30 00:00'$$);
SELECT pg_temp.try($$SET campaign.fake_now = '25:00'$$);
SELECT campaign.now();
-- a setting name that does not exist under campaign. is an error, not a
-- silently ignored placeholder
SELECT pg_temp.try($$SET campaign.fakenow = '2000-01-01'$$);
-- valid: any timestamptz; '' is real time again
SELECT pg_temp.try($$SET campaign.fake_now = '2031-06-01 09:00 America/New_York'$$);
SELECT campaign.now();
SELECT pg_temp.try($$SET campaign.fake_now = ''$$);
SELECT campaign.now() = now() AS real_time_again;

-- A new session of an ordinary role, before anything has loaded the
-- extension's library: PostgreSQL accepts SET of the not-yet-defined setting
-- as a placeholder, then refuses the value (WARNING, 42501) when the library
-- loads, so the clock still does not move.
\c
SET campaign.site_id = 1;  -- campaign_app sees site 1 (row-level security)
SET ROLE campaign_app;
SET campaign.fake_now = '2000-01-01 00:00+00';
SELECT campaign.now() > '2020-01-01' AS clock_not_moved;
SHOW campaign.fake_now;
RESET ROLE;

DROP EXTENSION campaign CASCADE;
