SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 27_frequency_caps: campaign.frequency_caps and a site's own cap
-- (docs/reference.md, Definitions: frequency caps). At hand-out, a message
-- that would make a count exceed its cap moves to the first instant every
-- cap allows it, then to the next allowed instant; past 192 hours after its
-- planned time it is skipped (frequency_cap). What counts: the same site's
-- messages to the subscriber handed out (dispatching, sent, delivered,
-- undelivered) in (t - per, t]. Bad caps are 22023, naming the field.
-- Subscribers: 1 Miami (US-FL, capped 3 per 24 hours by a shipped row),
-- 2 New York (US-NY, no cap), 3 Oklahoma City (US-OK, capped), 4 Baltimore
-- (US-MD, capped). 16:00 UTC is 11:00 in New York, 10:00 in Oklahoma City.
--
\i sql/include/helpers.psql
\i sql/include/processing.psql

-- the subscriber's messages of every campaign, oldest campaign first
CREATE FUNCTION pg_temp.subscriber_messages(site bigint, subscriber bigint)
RETURNS TABLE (campaign_id bigint, step_no smallint, status campaign.message_status, skip_reason text,
               send_local text, capped_by text)
LANGUAGE sql AS $$
    SELECT m.campaign_id, m.step_no, m.status, m.skip_reason,
           to_char(m.send_at AT TIME ZONE split_part(m.timezone, ',', 1), 'Dy MM-DD HH24:MI'),
           m.capped_by
      FROM campaign.messages m WHERE m.site_id = site AND m.subscriber_id = subscriber
     ORDER BY m.campaign_id, m.step_no
$$;

-- The shipped caps, each with its source.
SELECT jurisdiction, max_messages, per, source IS NOT NULL AS has_source, shipped
  FROM campaign.frequency_caps ORDER BY jurisdiction;

INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Shop', 'shop'), (2, 'Other', 'other');
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES
    (1, 1, '+13055550101'), (1, 2, '+12125550102'), (1, 3, '+14055550103'), (1, 4, '+14105550104'),
    (2, 1, '+13055550101');
SELECT subscriber_id, m.jurisdiction FROM campaign.subscribers s,
       LATERAL (SELECT campaign.subscriber_jurisdiction(s.region, s.phone, 'US') AS jurisdiction) m
 WHERE site_id = 1 ORDER BY 1;

--
-- Four campaigns at 11:00 New York time, the fourth with a follow-up an hour
-- after its first step. One claim (nothing acknowledged yet): Miami,
-- Oklahoma City and Baltimore get three messages each, the fourth moves to
-- 24 hours after the first three (11:00 the next day, allowed), and its
-- follow-up moves behind it; New York gets all four.
--
SET campaign.fake_now = '2030-01-15 16:00+00';
SELECT pg_temp.campaign(1) AS c1 \gset
SELECT pg_temp.campaign(1) AS c2 \gset
SELECT pg_temp.campaign(1) AS c3 \gset
SELECT pg_temp.campaign(1, '{0, 1 hour}') AS c4 \gset
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
SELECT pg_temp.claim_at('2030-01-15 16:00+00', ack => false, lease => '1 day');
SELECT * FROM pg_temp.subscriber_messages(1, 1);
SELECT * FROM pg_temp.subscriber_messages(1, 2);
SELECT * FROM pg_temp.subscriber_messages(1, 3);
-- explain names the cap
SELECT step_no, send_at, reason FROM campaign.explain_send_time(:c4, 1);
-- Messages still in a dispatcher's hands count as much as sent ones: a
-- fifth campaign an hour later reaches New York only.
SELECT pg_temp.campaign(1) AS c5 \gset
SELECT pg_temp.tick_at('2030-01-15 17:00+00');
SELECT pg_temp.claim_at('2030-01-15 17:00+00');
SELECT count(*) AS acknowledged FROM campaign.messages m, campaign.mark_sent(m.message_id, 'SM' || m.message_id)
 WHERE m.site_id = 1 AND m.status = 'dispatching';
SELECT * FROM pg_temp.subscriber_messages(1, 4) WHERE campaign_id IN (:c4, :c5);
-- Nothing more before the 24 hours are over. At 16:00 the first three leave
-- the window (t - per, t]: both capped steps 0 go, then the follow-up an
-- hour later, the third message in 24 hours.
SELECT pg_temp.claim_at('2030-01-16 15:59:59+00');
SELECT pg_temp.claim_at('2030-01-16 16:00+00');
SELECT pg_temp.claim_at('2030-01-16 17:00+00');
SELECT * FROM pg_temp.subscriber_messages(1, 1) WHERE campaign_id IN (:c4, :c5);
-- nothing was lost
SELECT status, count(*) FROM campaign.messages WHERE site_id = 1 GROUP BY 1 ORDER BY 1;
SELECT pg_temp.close_all();

--
-- What counts. Another site's messages to the same number do not (the cap is
-- per site and subscriber); nor does a message that failed, nor one whose
-- lease ran out (it is pending again), nor one handed out more than 24 hours
-- ago. Day 2030-01-20, 16:00 UTC.
--
SET campaign.fake_now = '2030-01-20 16:00+00';
SELECT pg_temp.campaign(2) AS other_site \gset
SELECT pg_temp.tick_at('2030-01-20 16:00+00');
SELECT pg_temp.claim_at('2030-01-20 16:00+00');
SELECT pg_temp.campaign(1) AS failing \gset
SELECT pg_temp.campaign(1) AS expiring \gset
SELECT pg_temp.tick_at('2030-01-20 16:00+00');
SELECT pg_temp.claim_at('2030-01-20 16:00+00', ack => false, lease => '1 minute');
SELECT count(*) AS failed FROM campaign.messages m, campaign.mark_failed(m.message_id, 'carrier rejected')
 WHERE m.campaign_id = :failing AND m.subscriber_id = 1;
-- At 16:05 the expired lease has brought :expiring back: none of Miami's
-- messages counts, so :expiring, :d1 and :d2 all go (had any of the three
-- others counted, at most two would)
SELECT pg_temp.campaign(1) AS d1 \gset
SELECT pg_temp.campaign(1) AS d2 \gset
SELECT pg_temp.tick_at('2030-01-20 16:05+00');
SELECT pg_temp.claim_at('2030-01-20 16:05+00');
SELECT campaign_id = :expiring AS expiring, campaign_id = :d2 AS d2, status, send_local, capped_by
  FROM pg_temp.subscriber_messages(1, 1) WHERE campaign_id IN (:failing, :expiring, :d1, :d2);
SELECT pg_temp.close_all();

--
-- A country's caps apply to its subdivisions; a change of the table applies
-- at once (the cache is invalidated). A cap of 1 per hour for 'US': New York
-- gets one message, the second moves an hour later; with the row deleted,
-- the third campaign goes at once.
--
SET campaign.fake_now = '2030-01-25 16:00+00';
INSERT INTO campaign.frequency_caps (jurisdiction, max_messages, per) VALUES ('US', 1, '1 hour');
SELECT pg_temp.campaign(1) AS e1 \gset
SELECT pg_temp.campaign(1) AS e2 \gset
SELECT pg_temp.tick_at('2030-01-25 16:00+00');
SELECT pg_temp.claim_at('2030-01-25 16:00+00');
SELECT campaign_id = :e2 AS second, status, send_local, capped_by FROM pg_temp.subscriber_messages(1, 2)
 WHERE campaign_id IN (:e1, :e2);
DELETE FROM campaign.frequency_caps WHERE jurisdiction = 'US';
SELECT pg_temp.campaign(1) AS e3 \gset
SELECT pg_temp.tick_at('2030-01-25 16:01+00');
SELECT pg_temp.claim_at('2030-01-25 16:01+00');
SELECT pg_temp.close_all();

--
-- A site's own cap, then the next allowed instant: 1 message per hour; the
-- first goes at 19:30 New York time, the cap allows the second at 20:30,
-- inside the site's quiet hours (20:00-09:00), so it moves to 09:00 the next
-- morning. New York has no cap of its own: the site's is the only one.
--
SET campaign.fake_now = '2030-01-31 00:30+00';
UPDATE campaign.sites SET frequency_cap = 1, frequency_cap_period = '1 hour' WHERE site_id = 1;
SELECT pg_temp.campaign(1) AS f1 \gset
SELECT pg_temp.campaign(1) AS f2 \gset
SELECT pg_temp.tick_at('2030-01-31 00:30+00');
SELECT pg_temp.claim_at('2030-01-31 00:30+00');
SELECT * FROM pg_temp.subscriber_messages(1, 2) WHERE campaign_id IN (:f1, :f2);
SELECT step_no, reason FROM campaign.explain_send_time(:f2, 2);
SELECT pg_temp.close_all();

--
-- Past the horizon: 1 message per 9 days. The second message's cap allows
-- it 216 hours after the first, more than 192 hours after its planned time:
-- it is skipped (frequency_cap), and explain says which cap.
--
SET campaign.fake_now = '2030-03-05 16:00+00';
UPDATE campaign.sites SET frequency_cap = 1, frequency_cap_period = '9 days' WHERE site_id = 1;
SELECT pg_temp.campaign(1) AS g1 \gset
SELECT pg_temp.campaign(1) AS g2 \gset
SELECT pg_temp.tick_at('2030-03-05 16:00+00');
SELECT pg_temp.claim_at('2030-03-05 16:00+00');
SELECT * FROM pg_temp.subscriber_messages(1, 2) WHERE campaign_id IN (:g1, :g2);
SELECT step_no, reason FROM campaign.explain_send_time(:g2, 2);
-- the same with 8 days: 192 hours exactly is within the horizon
UPDATE campaign.sites SET frequency_cap = 1, frequency_cap_period = '8 days' WHERE site_id = 1;
SELECT pg_temp.campaign(1) AS g3 \gset
SELECT pg_temp.tick_at('2030-03-05 16:00+00');
SELECT pg_temp.claim_at('2030-03-05 16:00+00');
SELECT campaign_id = :g3 AS g3, status, skip_reason, send_local FROM pg_temp.subscriber_messages(1, 2)
 WHERE campaign_id = :g3;
SELECT pg_temp.close_all();
UPDATE campaign.sites SET frequency_cap = NULL, frequency_cap_period = NULL WHERE site_id = 1;

--
-- Bad caps: 22023 naming the field, and nothing changed.
--
SELECT pg_temp.try($$INSERT INTO campaign.frequency_caps (jurisdiction, max_messages, per) VALUES ('US-TX', 0, '1 day')$$);
SELECT pg_temp.try($$INSERT INTO campaign.frequency_caps (jurisdiction, max_messages, per) VALUES ('US-TX', -3, '1 day')$$);
SELECT pg_temp.try($$INSERT INTO campaign.frequency_caps (jurisdiction, max_messages, per) VALUES ('US-TX', 3, '0')$$);
SELECT pg_temp.try($$INSERT INTO campaign.frequency_caps (jurisdiction, max_messages, per) VALUES ('US-TX', 3, '-1 hour')$$);
SELECT pg_temp.try($$INSERT INTO campaign.frequency_caps (jurisdiction, max_messages, per) VALUES ('US-TX', 3, '1 day -25 hours')$$);
SELECT pg_temp.try($$INSERT INTO campaign.frequency_caps (jurisdiction, max_messages, per) VALUES ('US-TX', 3, '367 days')$$);
SELECT pg_temp.try($$INSERT INTO campaign.frequency_caps (jurisdiction, max_messages, per) VALUES ('texas', 3, '1 day')$$);
SELECT pg_temp.try($$UPDATE campaign.frequency_caps SET max_messages = 0 WHERE jurisdiction = 'US-FL'$$);
SELECT pg_temp.try($$UPDATE campaign.sites SET frequency_cap = 3 WHERE site_id = 1$$);
SELECT pg_temp.try($$UPDATE campaign.sites SET frequency_cap_period = '1 day' WHERE site_id = 1$$);
SELECT pg_temp.try($$UPDATE campaign.sites SET frequency_cap = 0, frequency_cap_period = '1 day' WHERE site_id = 1$$);
SELECT pg_temp.try($$UPDATE campaign.sites SET frequency_cap = 2, frequency_cap_period = '-1 day' WHERE site_id = 1$$);
SELECT pg_temp.try($$INSERT INTO campaign.sites (site_id, frequency_cap) VALUES (9, 3)$$);
-- the longest and the shortest periods are accepted
SELECT pg_temp.try($$INSERT INTO campaign.frequency_caps (jurisdiction, max_messages, per) VALUES ('US-TX', 1, '366 days'), ('US-TX', 1, '1 second')$$);
-- past the triggers (a restore runs with session_replication_role = replica),
-- the CHECK constraints refuse the same rows
SET session_replication_role = replica;
SELECT pg_temp.try_brief($$INSERT INTO campaign.frequency_caps (jurisdiction, max_messages, per) VALUES ('US-TX', 0, '1 day')$$);
SELECT pg_temp.try_brief($$INSERT INTO campaign.frequency_caps (jurisdiction, max_messages, per) VALUES ('US-TX', 1, '400 days')$$);
SELECT pg_temp.try_brief($$UPDATE campaign.sites SET frequency_cap = 3 WHERE site_id = 1$$);
RESET session_replication_role;
SELECT jurisdiction, max_messages, per FROM campaign.frequency_caps ORDER BY jurisdiction, per;
SELECT site_id, frequency_cap, frequency_cap_period FROM campaign.sites ORDER BY site_id;
