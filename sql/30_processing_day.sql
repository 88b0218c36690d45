SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 30_processing_day: one simulated day of one 'subscriber_local' campaign at
-- 10:00 with two follow-ups, across seven US zones (docs/reference.md: Statuses and transitions, Functions
-- and Definitions). The clock (campaign.fake_now) moves step by step; at each step the
-- test does what the platform does: campaign.tick() until it reports no work,
-- then a dispatcher claims every due message and marks it sent. Every claim
-- is logged with the subscriber's local time, and checked against quiet
-- hours and the legal windows independently of the send-time engine.
--
\i sql/include/helpers.psql
SET campaign.fake_now = '2030-01-15 12:00:00+00';

INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Shop', 'shop');
-- Real area codes; zones and jurisdictions come from campaign.phone_prefixes.
CREATE TEMP TABLE city (subscriber_id bigint, city text, phone text);
INSERT INTO city VALUES
    (1, 'New York',    '+12125550101'),
    (2, 'Chicago',     '+13125550102'),
    (3, 'Denver',      '+13035550103'),
    (4, 'Phoenix',     '+16025550104'),
    (5, 'Los Angeles', '+12135550105'),
    (6, 'Anchorage',   '+19075550106'),
    (7, 'Honolulu',    '+18085550107');
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone)
SELECT 1, subscriber_id, phone FROM city;
SELECT subscriber_id, city, phone, campaign.phone_timezones(phone) AS zones,
       campaign.phone_region(phone) AS region
  FROM city ORDER BY subscriber_id;

-- 10:00 local on Wednesday 2030-01-16; step 1 four hours later (14:00
-- local); step 2 six hours after that (20:00 local, inside the site's quiet
-- hours 20:00-09:00: moved to 09:00 local the next morning).
INSERT INTO campaign.campaigns (site_id, name, send_mode, local_send_at)
VALUES (1, 'Winter sale', 'subscriber_local', '2030-01-16 10:00');
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body, delay) VALUES
    (1, 0, 'Winter sale: 20% off today. Reply STOP to opt out.', '0'),
    (1, 1, 'Half-time: the sale goes on', '4 hours'),
    (1, 2, 'Last call for the winter sale', '6 hours');
-- starts when 10:00 is first reached anywhere (UTC+14): 2030-01-15 20:00 UTC
SELECT campaign.activate(1);
SELECT status, send_at FROM campaign.campaigns WHERE campaign_id = 1;

-- Before processing: explain_send_time previews what processing would decide.
SELECT step_no, timezones, jurisdiction, planned_at, send_at, reason
  FROM campaign.explain_send_time(1, 1);

-- The log of every hand-out: when, to whom, and the local wall clock then.
CREATE TEMP TABLE claim_log (at timestamptz, message_id bigint, subscriber_id bigint,
                             step_no smallint, body text, due timestamptz);
CREATE TEMP TABLE tick_log (at timestamptz, started int, failed int, processed bigint, finished int);

-- One step of the platform at instant t: tick (batches of 3 subscribers) until
-- it reports no work, then claim everything due and mark it sent.
CREATE FUNCTION pg_temp.platform_at(t timestamptz) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    r record;
    claimed bigint[];
BEGIN
    PERFORM pg_catalog.set_config('campaign.fake_now', t::text, false);
    LOOP
        SELECT * INTO r FROM campaign.tick(3);
        EXIT WHEN r.campaigns_started + r.campaigns_failed + r.subscribers_processed + r.campaigns_finished = 0;
        INSERT INTO tick_log VALUES (t, r.campaigns_started, r.campaigns_failed,
                                     r.subscribers_processed, r.campaigns_finished);
    END LOOP;
    WITH c AS (SELECT * FROM campaign.claim_messages(100, '30 seconds'))
    INSERT INTO claim_log
    SELECT t, c.message_id, c.subscriber_id, m.step_no, c.body, c.send_at
      FROM c JOIN campaign.messages m USING (message_id);
    SELECT array_agg(message_id) INTO claimed FROM claim_log WHERE at = t;
    IF claimed IS NOT NULL THEN
        PERFORM campaign.mark_sent(claimed, (SELECT array_agg('SM' || x) FROM unnest(claimed) x));
    END IF;
END $$;

-- One minute before the start: nothing happens.
SELECT pg_temp.platform_at('2030-01-15 19:59+00');
SELECT count(*) AS ticks_with_work FROM tick_log;
SELECT status FROM campaign.campaigns WHERE campaign_id = 1;

-- At the start: the campaign starts and its seven subscribers are processed
-- in batches of three; nothing is due yet, so it moves on to sending.
SELECT pg_temp.platform_at('2030-01-15 20:00+00');
SELECT * FROM tick_log ORDER BY at;
SELECT count(*) AS claimed_so_far FROM claim_log;
SELECT pg_temp.path(1);

-- What processing decided, per subscriber and step, in local time.
SELECT m.subscriber_id, c.city, m.step_no, m.status, m.timezone, m.jurisdiction,
       m.planned_at AT TIME ZONE split_part(m.timezone, ',', 1) AS planned_local,
       m.send_at AT TIME ZONE split_part(m.timezone, ',', 1) AS send_local,
       m.send_at
  FROM campaign.messages m JOIN city c USING (subscriber_id)
 ORDER BY m.subscriber_id, m.step_no;

-- The day, every 30 minutes of UTC from 2030-01-16 13:00 to 2030-01-17 21:00;
-- a dispatcher that polls finds each message at its send time.
SELECT count(pg_temp.platform_at(t)) AS steps
  FROM generate_series('2030-01-16 13:00+00'::timestamptz, '2030-01-17 21:00+00', '30 minutes') t;

-- Every hand-out, with the local time in each of the subscriber's zones.
SELECT l.at, l.subscriber_id, c.city, l.step_no,
       (SELECT string_agg(to_char(l.at AT TIME ZONE z, 'Dy HH24:MI') || ' ' || z, ', ')
          FROM unnest(string_to_array(m.timezone, ',')) z) AS local_time,
       l.due = l.at AS on_time
  FROM claim_log l JOIN campaign.messages m USING (message_id) JOIN city c ON c.subscriber_id = l.subscriber_id
 ORDER BY l.at, l.subscriber_id;

-- Nothing left in quiet hours (20:00-09:00 local) or outside the federal
-- window (08:00-21:00 local), in any of the subscriber's zones: checked with
-- plain wall-clock arithmetic, not with the send-time engine.
SELECT count(*) AS hand_outs,
       count(*) FILTER (WHERE EXISTS (
           SELECT FROM unnest(string_to_array(m.timezone, ',')) z
            WHERE (l.at AT TIME ZONE z)::time >= '20:00' OR (l.at AT TIME ZONE z)::time < '09:00'
               OR (l.at AT TIME ZONE z)::time >= '21:00' OR (l.at AT TIME ZONE z)::time < '08:00'))
           AS outside_windows,
       count(DISTINCT (l.subscriber_id, l.step_no)) AS distinct_subscriber_steps,
       count(*) FILTER (WHERE l.due > l.at) AS early
  FROM claim_log l JOIN campaign.messages m USING (message_id);
-- follow-ups go only after the previous step of the same subscriber
SELECT count(*) AS out_of_order
  FROM claim_log a JOIN claim_log b ON a.subscriber_id = b.subscriber_id AND b.step_no = a.step_no + 1
 WHERE b.at < a.at;

-- At the end: every message sent, the campaign sent, with its history.
SELECT status, count(*) FROM campaign.messages GROUP BY status ORDER BY status;
SELECT pg_temp.path(1);
SELECT * FROM tick_log WHERE at > '2030-01-15 20:00+00' ORDER BY at;
SELECT c.subscriber_id, s.last_message_at = (SELECT max(at) FROM claim_log l WHERE l.subscriber_id = c.subscriber_id)
       AS last_message_at_is_last_hand_out
  FROM city c JOIN campaign.subscribers s ON s.site_id = 1 AND s.subscriber_id = c.subscriber_id
 ORDER BY c.subscriber_id;
SELECT campaign_id, status, audience, processed, pending, dispatching, sent, delivered, undelivered,
       skipped, canceled, failed, skips, latency_p50, latency_p95
  FROM campaign.campaign_progress;

-- After processing, explain_send_time tells what was decided and why.
SELECT e.step_no, e.timezones, e.jurisdiction, e.planned_at, e.send_at, e.reason
  FROM campaign.explain_send_time(1, 1) e;
SELECT e.step_no, e.timezones, e.send_at, e.reason
  FROM campaign.explain_send_time(1, 6) e;
