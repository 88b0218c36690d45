SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 32_processing_failures: campaign-level rules of processing and dispatch
-- (docs/reference.md: Statuses and transitions, Functions, Definitions): every failure reason at start, before a
-- batch and at a claim; the trial allowance across campaigns; processing ->
-- sent with an empty audience; cancel during processing; smart sending at
-- processing and at hand-out; and the error paths of the functions.
-- Subscribers are New York numbers; 2030-01-15 16:00 UTC is 11:00 there.
--
\i sql/include/helpers.psql
\i sql/include/processing.psql
SET campaign.fake_now = '2030-01-15 16:00+00';

CREATE FUNCTION pg_temp.site(id bigint, subscribers integer DEFAULT 2) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (id, 'Site ' || id, 'site' || id);
    INSERT INTO campaign.subscribers (site_id, subscriber_id, phone)
    SELECT id, g, '+1212555' || lpad((id * 100 + g)::text, 4, '0') FROM generate_series(1, subscribers) g;
    RETURN id;
END $$;
CREATE FUNCTION pg_temp.reason(campaign bigint) RETURNS text LANGUAGE sql AS $$
    SELECT c.status || coalesce(' (' || c.failure_reason || ')', '') || ', history: ' || pg_temp.path(campaign)
           || coalesce(', last reason: ' || (SELECT h.reason FROM campaign.status_history h
                                              WHERE h.campaign_id = campaign ORDER BY h.history_id DESC LIMIT 1), '')
      FROM campaign.campaigns c WHERE c.campaign_id = campaign
$$;

--
-- Failure reasons at processing start, checked in order: site_inactive,
-- no_sms_subscription, no_subdomain, trial_limit_reached.
--
SELECT pg_temp.site(s) FROM generate_series(11, 16) s \g /dev/null
UPDATE campaign.sites SET is_active = false WHERE site_id = 11;
UPDATE campaign.sites SET sms_enabled = false WHERE site_id = 12;
UPDATE campaign.sites SET subdomain = ' ' WHERE site_id = 13;
UPDATE campaign.sites SET subdomain = NULL WHERE site_id = 14;
UPDATE campaign.sites SET is_active = false, sms_enabled = false, subdomain = NULL WHERE site_id = 15;
UPDATE campaign.sites SET plan = 'trial', trial_message_limit = 1 WHERE site_id = 16;
CREATE TEMP TABLE start_case AS
SELECT s AS site_id, pg_temp.campaign(s) AS campaign_id FROM generate_series(11, 16) s;
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
SELECT s.site_id, pg_temp.reason(s.campaign_id),
       (SELECT count(*) FROM campaign.messages m WHERE m.campaign_id = s.campaign_id) AS messages
  FROM start_case s ORDER BY s.site_id;

--
-- A site deactivated mid-processing: the campaign fails before the next
-- batch, and its pending messages are withdrawn.
--
SELECT pg_temp.site(1, 3);
SELECT pg_temp.campaign(1, '{0, 1 hour}') AS mid \gset
SELECT campaigns_started, subscribers_processed FROM campaign.tick(1);
UPDATE campaign.sites SET is_active = false WHERE site_id = 1;
SELECT pg_temp.tick_at('2030-01-15 16:00+00', 1);
SELECT pg_temp.reason(:mid);
SELECT * FROM pg_temp.messages(:mid);
UPDATE campaign.sites SET is_active = true WHERE site_id = 1;

-- A site that loses its SMS subscription while sending: the next claim
-- hands nothing out and fails the campaign. Its subdomain removed: the same.
SELECT pg_temp.campaign(1) AS at_claim \gset
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
UPDATE campaign.sites SET sms_enabled = false WHERE site_id = 1;
SELECT pg_temp.claim_at('2030-01-15 16:00+00');
SELECT pg_temp.reason(:at_claim);
SELECT * FROM pg_temp.messages(:at_claim);
UPDATE campaign.sites SET sms_enabled = true, subdomain = '' WHERE site_id = 1;
SELECT pg_temp.campaign(1) AS at_claim2 \gset
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
SELECT pg_temp.reason(:at_claim2);
UPDATE campaign.sites SET subdomain = 'site1' WHERE site_id = 1;
SELECT pg_temp.campaign(1) AS at_claim3 \gset
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
UPDATE campaign.sites SET subdomain = '' WHERE site_id = 1;
SELECT pg_temp.claim_at('2030-01-15 16:00+00');
SELECT pg_temp.reason(:at_claim3);
UPDATE campaign.sites SET subdomain = 'site1' WHERE site_id = 1;

--
-- The trial allowance: a trial site of 2 subscribers with 5 messages.
-- Campaign A (2 steps) reserves 4; campaign B (1 step, needs 2) finds only 1
-- left and fails before any message; a site never hands out more than its
-- limit; A's unused reservation is released when A ends.
--
SELECT pg_temp.site(2);
UPDATE campaign.sites SET plan = 'trial', trial_message_limit = 5 WHERE site_id = 2;
SELECT pg_temp.campaign(2, '{0, 1 day}') AS trial_a \gset
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
SELECT pg_temp.campaign(2) AS trial_b \gset
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
SELECT pg_temp.reason(:trial_a), pg_temp.reason(:trial_b);
SELECT count(*) AS b_messages FROM campaign.messages WHERE campaign_id = :trial_b;
SELECT pg_temp.claim_at('2030-01-15 16:00+00');
SELECT trial_message_limit, trial_messages_used FROM campaign.sites WHERE site_id = 2;
-- A ends (canceled) with 2 of its 4 messages used: its 2 others are released
SELECT * FROM campaign.cancel(:trial_a);
SELECT pg_temp.campaign(2) AS trial_c \gset
SELECT pg_temp.campaign(2, '{0, 1 day}') AS trial_d \gset
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
SELECT pg_temp.reason(:trial_c), pg_temp.reason(:trial_d);
SELECT pg_temp.claim_at('2030-01-15 16:00+00');
SELECT trial_message_limit, trial_messages_used FROM campaign.sites WHERE site_id = 2;
-- the allowance is spent (5 - 4 = 1 < 2): the next campaign fails
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
SELECT pg_temp.campaign(2) AS trial_e \gset
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
SELECT pg_temp.reason(:trial_e);

-- At hand-out, the limit holds even when the allowance shrinks after the
-- campaign started: one message goes, the campaign fails, nothing else goes.
SELECT pg_temp.site(3, 3);
UPDATE campaign.sites SET plan = 'trial', trial_message_limit = 10 WHERE site_id = 3;
SELECT pg_temp.campaign(3) AS trial_f \gset
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
UPDATE campaign.sites SET trial_message_limit = 1 WHERE site_id = 3;
SELECT pg_temp.claim_at('2030-01-15 16:00+00');
SELECT pg_temp.claim_at('2030-01-15 16:00+00');
SELECT pg_temp.reason(:trial_f);
SELECT * FROM pg_temp.messages(:trial_f);
SELECT trial_message_limit, trial_messages_used FROM campaign.sites WHERE site_id = 3;

--
-- Processing -> sent when nothing is left to dispatch: an empty audience,
-- an audience_tags that matches nobody, and everyone unsubscribed.
--
INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (4, 'Empty', 'empty');
SELECT pg_temp.campaign(4) AS empty \gset
SELECT pg_temp.campaign(1, activate => false) AS no_tag \gset
UPDATE campaign.campaigns SET audience_tags = '{vip}' WHERE campaign_id = :no_tag;
SELECT campaign.activate(:no_tag);
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
SELECT pg_temp.reason(:empty), pg_temp.reason(:no_tag);
SELECT campaign_id, status, audience, processed, pending, sent, skipped, skips
  FROM campaign.campaign_progress WHERE campaign_id IN (:empty, :no_tag) ORDER BY campaign_id;

--
-- Cancel during processing: the rest of the audience is never processed,
-- and the pending messages are halted (counted in messages_halted).
--
SELECT pg_temp.campaign(1, '{0, 1 day}') AS cancel_mid \gset
SELECT campaigns_started, subscribers_processed FROM campaign.tick(1);
SELECT * FROM campaign.cancel(:cancel_mid);
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
SELECT * FROM pg_temp.messages(:cancel_mid);
SELECT status, audience, processed, pending, canceled, skips FROM campaign.campaign_progress
 WHERE campaign_id = :cancel_mid;

--
-- Smart sending at processing: a subscriber messaged less than the site's
-- window (8 hours) before the send time is skipped, with the follow-ups;
-- one messaged longer ago is not; a campaign without smart sending skips
-- nobody.
--
SELECT pg_temp.site(5, 3);
UPDATE campaign.subscribers SET last_message_at = '2030-01-15 09:00+00' WHERE site_id = 5 AND subscriber_id = 1;
UPDATE campaign.subscribers SET last_message_at = '2030-01-15 07:59+00' WHERE site_id = 5 AND subscriber_id = 2;
SELECT pg_temp.campaign(5, '{0, 1 hour}', smart => true) AS smart \gset
SELECT pg_temp.campaign(5, '{0, 1 hour}', smart => false) AS not_smart \gset
-- the preview already says so
SELECT step_no, send_at, reason FROM campaign.explain_send_time(:smart, 1);
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
SELECT * FROM pg_temp.messages(:smart);
SELECT * FROM pg_temp.messages(:not_smart);
SELECT skips FROM campaign.campaign_progress WHERE campaign_id = :smart;
SELECT pg_temp.close_all();

-- Smart sending at hand-out, across two campaigns due at once: each
-- subscriber gets one step 0 of the two; the follow-up an hour later still
-- goes (follow-ups are never skipped by it); a campaign without smart
-- sending still goes two hours later.
SELECT pg_temp.site(6);
SELECT pg_temp.campaign(6, '{0, 1 hour}', smart => true) AS smart_x \gset
SELECT pg_temp.campaign(6, '{0, 1 hour}', smart => true) AS smart_y \gset
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
SELECT pg_temp.claim_at('2030-01-15 16:00+00');
SELECT campaign_id, subscriber_id, step_no, status, skip_reason FROM campaign.messages
 WHERE campaign_id IN (:smart_x, :smart_y) ORDER BY campaign_id, subscriber_id, step_no;
SELECT pg_temp.claim_at('2030-01-15 17:00+00');
SET campaign.fake_now = '2030-01-15 18:00+00';
SELECT pg_temp.campaign(6, smart => false) AS plain \gset
SELECT pg_temp.campaign(6, smart => true) AS smart_z \gset
SELECT pg_temp.tick_at('2030-01-15 18:00+00');
SELECT pg_temp.claim_at('2030-01-15 18:00+00');
SELECT campaign_id, subscriber_id, step_no, status, skip_reason FROM campaign.messages
 WHERE site_id = 6 ORDER BY campaign_id, subscriber_id, step_no;
-- every subscriber: no two step-0 hand-outs of smart-sending campaigns less
-- than 8 hours apart
SELECT count(*) AS violations
  FROM campaign.messages a JOIN campaign.messages b
       ON a.site_id = b.site_id AND a.subscriber_id = b.subscriber_id AND a.message_id < b.message_id
  JOIN campaign.campaigns ca ON ca.campaign_id = a.campaign_id
  JOIN campaign.campaigns cb ON cb.campaign_id = b.campaign_id
 WHERE a.step_no = 0 AND b.step_no = 0 AND ca.smart_sending AND cb.smart_sending
   AND a.dispatched_at IS NOT NULL AND b.dispatched_at IS NOT NULL
   AND abs(extract(epoch FROM a.dispatched_at - b.dispatched_at)) < 8 * 3600;
SELECT pg_temp.close_all();

--
-- Error paths, each with its SQLSTATE.
--
SELECT pg_temp.try('SELECT campaign.tick(0)');
SELECT pg_temp.try('SELECT campaign.tick(-1)');
SELECT pg_temp.try('SELECT campaign.tick(NULL)');
SELECT pg_temp.try('SELECT campaign.tick(1000001)');
SELECT pg_temp.try('SELECT campaign.claim_messages(0)');
SELECT pg_temp.try('SELECT campaign.claim_messages(NULL)');
SELECT pg_temp.try('SELECT campaign.claim_messages(10001)');
SELECT pg_temp.try($$SELECT campaign.claim_messages(10, '0')$$);
SELECT pg_temp.try($$SELECT campaign.claim_messages(10, '-1 second')$$);
SELECT pg_temp.try($$SELECT campaign.claim_messages(10, '2 days')$$);
SELECT pg_temp.try($$SELECT campaign.claim_messages(10, NULL)$$);
SELECT pg_temp.state($$SELECT campaign.claim_messages(10, '1 second')$$) AS shortest_lease,
       pg_temp.state($$SELECT campaign.claim_messages(10000, '1 day')$$) AS longest_lease;
SELECT pg_temp.try('SELECT campaign.explain_send_time(NULL, 1)');
SELECT pg_temp.try('SELECT campaign.explain_send_time(999999, 1)');
SELECT pg_temp.try(format('SELECT campaign.explain_send_time(%s, 999)', :smart));
SELECT pg_temp.try(format('SELECT campaign.explain_send_time(%s, 1)', :empty));
SELECT pg_temp.try('SELECT campaign.unsubscribe(1, 999)');
SELECT pg_temp.try('SELECT campaign.unsubscribe(NULL, 1)');
SELECT pg_temp.try('SELECT campaign.unsubscribe(1, NULL)');
SELECT pg_temp.try($$SELECT campaign.record_event(1, 999, 'purchase')$$);
SELECT pg_temp.try($$SELECT campaign.record_event(1, 1, '')$$);
SELECT pg_temp.try($$SELECT campaign.record_event(1, 1, NULL)$$);
SELECT pg_temp.try($$SELECT campaign.record_event(1, 1, 'purchase', 'infinity')$$);
-- a message that was never handed out cannot be acknowledged (55000)
SELECT pg_temp.campaign(1) AS unclaimed \gset
SELECT pg_temp.tick_at('2030-01-15 18:00+00');
SELECT pg_temp.try(format('SELECT campaign.mark_sent(%s)', pg_temp.mid(:unclaimed, 1)));
SELECT pg_temp.try(format($$SELECT campaign.mark_failed(%s, 'x')$$, pg_temp.mid(:unclaimed, 1)));
SELECT status FROM campaign.messages WHERE message_id = pg_temp.mid(:unclaimed, 1);
-- refusals leave nothing behind
SELECT count(*) AS events FROM campaign.subscriber_events;
