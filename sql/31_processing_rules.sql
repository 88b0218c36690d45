SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 31_processing_rules: the per-subscriber rules of processing and dispatch
-- (docs/reference.md: Functions, Definitions): late policies, windows on follow-ups,
-- skip_if_event, STOP, leases, retries and delivery receipts. Campaign /
-- subscriber / step triples name what a dispatcher got ("nothing" if none).
-- Site 1: subscriber 1 in New York (212), 2 in Los Angeles (213), 3 in
-- Honolulu (808). January 2030: UTC-5, UTC-8, UTC-10.
--
\i sql/include/helpers.psql
\i sql/include/processing.psql

INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Shop', 'shop');
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES
    (1, 1, '+12125550101'), (1, 2, '+12135550102'), (1, 3, '+18085550103');

--
-- Late policies. Processing at 16:00 UTC (11:00 New York, 08:00 Los Angeles,
-- 06:00 Honolulu) of campaigns for 10:00 local: only New York is late.
--
SET campaign.fake_now = '2030-01-15 16:00+00';
SELECT pg_temp.campaign(1, local_at => '2030-01-15 10:00', late => 'next_day') AS next_day \gset
SELECT pg_temp.campaign(1, local_at => '2030-01-15 10:00', late => 'send_now') AS send_now \gset
SELECT pg_temp.campaign(1, local_at => '2030-01-15 10:00', late => 'skip') AS skip \gset
-- 11:00 in New York is reached exactly at processing: not late, even with skip
SELECT pg_temp.campaign(1, local_at => '2030-01-15 11:00', late => 'skip') AS on_the_dot \gset
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
-- next_day: New York next day at 10:00; the others today at 10:00
SELECT * FROM pg_temp.messages(:next_day);
-- send_now: New York at the processing instant (11:00); the others at 10:00
SELECT * FROM pg_temp.messages(:send_now);
-- skip: New York skipped (local_time_passed); the others at 10:00
SELECT * FROM pg_temp.messages(:skip);
SELECT * FROM pg_temp.messages(:on_the_dot);
SELECT skips FROM campaign.campaign_progress WHERE campaign_id = :skip;

-- send_now still obeys the windows: processed at 02:00 UTC (21:00 New York,
-- 18:00 Los Angeles, 16:00 Honolulu), all three late: New York waits for
-- 09:00, the others go at once.
SET campaign.fake_now = '2030-01-16 02:00+00';
SELECT pg_temp.campaign(1, local_at => '2030-01-15 10:00', late => 'send_now') AS late_night \gset
SELECT pg_temp.tick_at('2030-01-16 02:00+00');
SELECT * FROM pg_temp.messages(:late_night);
-- next_day at the same instant: everyone tomorrow at 10:00 local
SELECT pg_temp.campaign(1, local_at => '2030-01-15 10:00', late => 'next_day') AS late_next \gset
SELECT pg_temp.tick_at('2030-01-16 02:00+00');
SELECT * FROM pg_temp.messages(:late_next);
-- explain_send_time says which rule moved it
SELECT step_no, send_at, reason FROM campaign.explain_send_time(:late_night, 1);
SELECT step_no, send_at, reason FROM campaign.explain_send_time(:late_next, 2);
SELECT step_no, send_at, reason FROM campaign.explain_send_time(:skip, 1);
SELECT pg_temp.close_all();

--
-- Follow-ups and windows. At 15:00 UTC (10:00 New York, 07:00 Los Angeles,
-- 05:00 Honolulu), a campaign now with a follow-up 10 hours later: step 0
-- waits for 09:00 where it is earlier; step 1 lands at 20:00 in New York,
-- inside quiet hours, and moves to 09:00 next morning.
--
SET campaign.fake_now = '2030-01-22 15:00+00';
SELECT pg_temp.campaign(1, '{0, 10 hours}') AS quiet \gset
-- the same without quiet hours: only the federal window (08:00-21:00) holds,
-- so 20:00 stays and 07:00 moves to 08:00
SELECT pg_temp.campaign(1, '{0, 10 hours}', activate => false) AS no_quiet \gset
UPDATE campaign.campaigns SET respect_quiet_hours = false WHERE campaign_id = :no_quiet;
SELECT campaign.activate(:no_quiet);
SELECT pg_temp.tick_at('2030-01-22 15:00+00');
SELECT * FROM pg_temp.messages(:quiet);
SELECT * FROM pg_temp.messages(:no_quiet);
SELECT step_no, reason FROM campaign.explain_send_time(:quiet, 1);
SELECT step_no, reason FROM campaign.explain_send_time(:no_quiet, 2);
SELECT pg_temp.close_all();

--
-- skip_if_event: a follow-up is skipped for a subscriber who recorded the
-- event after step 0 was handed out to them; not for one who recorded it
-- before, nor for another event.
--
SET campaign.fake_now = '2030-02-05 16:00+00';
SELECT pg_temp.campaign(1, '{0, 2 hours}', skip_event => 'purchase') AS ev \gset
SELECT pg_temp.tick_at('2030-02-05 16:00+00');
SELECT * FROM pg_temp.messages(:ev);
SELECT pg_temp.claim_at('2030-02-05 16:00+00');
-- 16:30: New York buys after its step 0 went out; Los Angeles buys before its
-- step 0 (17:00) went out
SET campaign.fake_now = '2030-02-05 16:30+00';
SELECT campaign.record_event(1, 1, 'purchase');
SELECT campaign.record_event(1, 2, 'purchase');
SELECT pg_temp.claim_at('2030-02-05 17:00+00');
SELECT pg_temp.claim_at('2030-02-05 18:00+00');
SELECT pg_temp.claim_at('2030-02-05 19:00+00');
-- after Honolulu's step 0 (19:00): another event, and a purchase dated before
SET campaign.fake_now = '2030-02-05 19:30+00';
SELECT campaign.record_event(1, 3, 'browse');
SELECT campaign.record_event(1, 3, 'purchase', '2030-02-05 18:59+00');
SELECT pg_temp.claim_at('2030-02-05 21:00+00');
SELECT * FROM pg_temp.messages(:ev);
SELECT step_no, reason FROM campaign.explain_send_time(:ev, 1);
SELECT pg_temp.close_all();

--
-- STOP: campaign.unsubscribe() skips the subscriber's pending messages at
-- once, and so does a direct UPDATE of subscribers.status. A message already
-- with a dispatcher cannot be retrieved; its later steps are skipped.
--
SET campaign.fake_now = '2030-02-06 21:00+00';
SELECT pg_temp.campaign(1, '{0, 1 day}') AS stop \gset
SELECT pg_temp.tick_at('2030-02-06 21:00+00');
SELECT campaign.unsubscribe(1, 1);
UPDATE campaign.subscribers SET status = 'unsubscribed' WHERE site_id = 1 AND subscriber_id = 2;
SELECT * FROM pg_temp.messages(:stop);
SELECT pg_temp.claim_at('2030-02-06 21:00+00', ack => false);
SELECT campaign.unsubscribe(1, 3);
SELECT * FROM pg_temp.messages(:stop);
-- the aggregator took it: it can still be marked sent
SELECT campaign.mark_sent(pg_temp.mid(:stop, 3), 'SM-stop-3');
-- unsubscribing twice is no error
SELECT campaign.unsubscribe(1, 3);
SELECT subscriber_id, status, unsubscribed_at FROM campaign.subscribers ORDER BY subscriber_id;
SELECT pg_temp.tick_at('2030-02-06 21:01+00');
SELECT status, pending, dispatching, sent, skipped, skips FROM campaign.campaign_progress WHERE campaign_id = :stop;

-- Back to subscribed (a new opt-in). A STOP that reaches the table without
-- the trigger (replica role: a restored row) is still caught by the claim,
-- and the later steps go with it.
UPDATE campaign.subscribers SET status = 'subscribed' WHERE site_id = 1;
SET campaign.fake_now = '2030-02-07 21:00+00';
SELECT pg_temp.campaign(1, '{0, 1 hour}') AS stop_at_claim \gset
SELECT pg_temp.tick_at('2030-02-07 21:00+00');
SET session_replication_role = replica;
UPDATE campaign.subscribers SET status = 'unsubscribed' WHERE site_id = 1 AND subscriber_id = 1;
SET session_replication_role = origin;
SELECT pg_temp.claim_at('2030-02-07 21:00+00');
SELECT * FROM pg_temp.messages(:stop_at_claim);
UPDATE campaign.subscribers SET status = 'subscribed' WHERE site_id = 1;

SELECT pg_temp.close_all();

-- STOP during processing, before the subscriber's batch (by unsubscribe()
-- for 3, who had stopped once before and opted in again, and by a direct
-- UPDATE for 2): they are still processed (counted in the audience) with
-- skipped messages. A subscriber who joins after processing started is not
-- in the audience.
SET campaign.fake_now = '2030-02-08 21:00+00';
SELECT pg_temp.campaign(1, '{0, 1 hour}') AS mid \gset
SELECT campaigns_started, subscribers_processed FROM campaign.tick(1);
SET campaign.fake_now = '2030-02-08 21:01+00';
SELECT campaign.unsubscribe(1, 3);
UPDATE campaign.subscribers SET status = 'unsubscribed' WHERE site_id = 1 AND subscriber_id = 2;
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES (1, 4, '+12125550104');
SELECT subscriber_id, status, unsubscribed_at FROM campaign.subscribers ORDER BY subscriber_id;
SELECT pg_temp.tick_at('2030-02-08 21:01+00', 1);
SELECT * FROM pg_temp.messages(:mid);
SELECT status, audience, processed, pending, skipped, skips FROM campaign.campaign_progress WHERE campaign_id = :mid;
SELECT pg_temp.close_all();
UPDATE campaign.subscribers SET status = 'subscribed' WHERE site_id = 1;
DELETE FROM campaign.subscribers WHERE site_id = 1 AND subscriber_id = 4;

--
-- Leases: a claimed message whose lease runs out returns to pending and is
-- claimed again (attempts counts hand-outs); while the lease holds, nobody
-- else gets it. A follow-up waits until the previous step was handed out.
--
SET campaign.fake_now = '2030-02-12 15:00+00';
SELECT pg_temp.campaign(1, '{0, 1 hour}') AS lease \gset
SELECT pg_temp.tick_at('2030-02-12 15:00+00');
SELECT pg_temp.claim_at('2030-02-12 15:00+00', ack => false, lease => '1 minute');
SELECT pg_temp.claim_at('2030-02-12 15:00:59+00', ack => false, lease => '1 minute');
SELECT status, attempts FROM campaign.messages WHERE message_id = pg_temp.mid(:lease, 1);
SELECT pg_temp.claim_at('2030-02-12 15:01+00', ack => false, lease => '1 minute');
SELECT status, attempts, dispatched_at FROM campaign.messages WHERE message_id = pg_temp.mid(:lease, 1);

--
-- Retries: mark_failed with retry_at returns the message to pending at that
-- time, still subject to the windows: 02:00 UTC is 21:00 in New York, so the
-- claim moves it to 09:00 instead of handing it out. The follow-up (due at
-- 16:00 UTC, an hour after step 0) waits for it, and moves with it, its hour
-- behind: to 03:00 UTC, then to 10:00 in New York (so its hand-out latency
-- counts from 10:00).
--
SELECT campaign.mark_failed(pg_temp.mid(:lease, 1), 'carrier timeout', '2030-02-13 02:00+00');
SELECT status, error, send_at, attempts FROM campaign.messages WHERE message_id = pg_temp.mid(:lease, 1);
SELECT pg_temp.claim_at('2030-02-12 16:00+00');
-- Without retry_at: failed for good; the subscriber's later steps are
-- skipped ('previous_step_failed').
SELECT pg_temp.claim_at('2030-02-12 17:00+00', ack => false);
SELECT campaign.mark_failed(pg_temp.mid(:lease, 2), 'invalid number');
SELECT * FROM pg_temp.messages(:lease) WHERE subscriber_id = 2;
SELECT pg_temp.claim_at('2030-02-12 19:00+00');
SELECT pg_temp.claim_at('2030-02-12 20:00+00');
SELECT pg_temp.claim_at('2030-02-13 02:00+00');
SELECT status, send_at FROM campaign.messages WHERE message_id = pg_temp.mid(:lease, 1);
SELECT pg_temp.claim_at('2030-02-13 13:59+00');
SELECT pg_temp.claim_at('2030-02-13 14:00+00');
SELECT * FROM pg_temp.messages(:lease) WHERE subscriber_id = 1;
SELECT pg_temp.claim_at('2030-02-13 14:59+00');
SELECT pg_temp.claim_at('2030-02-13 15:00+00');
SELECT * FROM pg_temp.messages(:lease);
SELECT pg_temp.tick_at('2030-02-13 15:00+00');
SELECT status, pending, dispatching, sent, failed, skipped, skips, latency_p50, latency_p95
  FROM campaign.campaign_progress WHERE campaign_id = :lease;

-- A lease that runs out after the campaign ended: the message is canceled.
-- The aggregator may still have taken it: mark_sent is still accepted.
SET campaign.fake_now = '2030-02-13 15:00+00';
SELECT pg_temp.campaign(1) AS lease_end \gset
SELECT pg_temp.tick_at('2030-02-13 15:00+00');
SELECT pg_temp.claim_at('2030-02-13 15:00+00', ack => false, lease => '1 minute');
SELECT * FROM campaign.cancel(:lease_end);
SELECT * FROM pg_temp.messages(:lease_end);
SELECT pg_temp.claim_at('2030-02-13 15:01+00');
SELECT * FROM pg_temp.messages(:lease_end);
SELECT campaign.mark_sent(pg_temp.mid(:lease_end, 1), 'SM-late');
SELECT status, skip_reason, provider_message_id FROM campaign.messages WHERE message_id = pg_temp.mid(:lease_end, 1);

--
-- Acknowledgements and delivery receipts.
--
SET campaign.fake_now = '2030-02-14 18:00+00';
SELECT pg_temp.campaign(1) AS ack \gset
SELECT pg_temp.tick_at('2030-02-14 18:00+00');
SELECT pg_temp.claim_at('2030-02-14 20:00+00', ack => false);
SELECT pg_temp.mid(:ack, 1) AS m1, pg_temp.mid(:ack, 2) AS m2, pg_temp.mid(:ack, 3) AS m3 \gset
SELECT campaign.mark_sent(ARRAY[:m1, :m2]::bigint[], ARRAY['SM-a1', 'SM-a2']);
SELECT campaign.mark_sent(:m3, 'SM-a3');
-- a repeated acknowledgement is accepted and changes nothing
SELECT campaign.mark_sent(:m3, 'SM-a3');
SELECT campaign.record_delivery('SM-a1', true);
SELECT campaign.record_delivery('SM-a2', false, 'carrier spam filter');
-- a repeated receipt is accepted
SELECT campaign.record_delivery('SM-a1', true);
SELECT campaign.record_delivery('SM-a2', false, 'carrier spam filter');
SELECT subscriber_id, status, provider_message_id, dispatched_at, delivered_at, error
  FROM campaign.messages WHERE campaign_id = :ack ORDER BY subscriber_id;
-- refusals
SELECT pg_temp.try($$SELECT campaign.record_delivery('SM-unknown', true)$$);
SELECT pg_temp.try($$SELECT campaign.record_delivery('SM-a1', false)$$);
SELECT pg_temp.try($$SELECT campaign.record_delivery(NULL, true)$$);
SELECT pg_temp.try($$SELECT campaign.record_delivery('SM-a3', NULL)$$);
SELECT pg_temp.try($$SELECT campaign.mark_sent(999999)$$);
SELECT pg_temp.try($$SELECT campaign.mark_sent(NULL::bigint)$$);
SELECT pg_temp.try($$SELECT campaign.mark_sent(ARRAY[1, NULL]::bigint[])$$);
SELECT pg_temp.try($$SELECT campaign.mark_sent(ARRAY[1, 2]::bigint[], ARRAY['x'])$$);
SELECT pg_temp.try($$SELECT campaign.mark_failed(999999, 'x')$$);
SELECT pg_temp.try($$SELECT campaign.mark_failed(NULL, 'x')$$);
SELECT pg_temp.try(format($$SELECT campaign.mark_failed(%s, 'x', 'infinity')$$, :m3));
SELECT pg_temp.try(format($$SELECT campaign.mark_failed(%s, 'x')$$, :m3));
SELECT status FROM campaign.messages WHERE message_id = :m3;
SELECT campaign.record_delivery('SM-a3', true);

--
-- explain_send_time previews what processing then decides, by the same rules
-- in the same order. Subscriber 2 of a 'skip' campaign for 10:00 local is
-- both late (11:00 in Los Angeles when it is processed) and unsubscribed
-- after the campaign started: processing skips her as unsubscribed, and the
-- preview, taken between the batch of subscriber 1 and hers, says the same.
--
SELECT pg_temp.tick_at('2030-03-05 19:00+00') IS NOT NULL AS nothing_left_to_process;
INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (9, 'Order', 'order');
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES
    (9, 1, '+12125550901'), (9, 2, '+12135550902');
SELECT pg_temp.campaign(9, '{0,1 hour}', local_at => '2030-03-05 10:00', late => 'skip') AS late_and_stop \gset
SELECT * FROM campaign.tick(1);
SELECT campaign.unsubscribe(9, 2);
CREATE TEMP TABLE preview AS SELECT * FROM campaign.explain_send_time(:late_and_stop, 2);
SELECT step_no, reason FROM preview ORDER BY step_no;
SELECT pg_temp.tick_at('2030-03-05 19:00+00');
SELECT step_no, status, skip_reason FROM campaign.messages
 WHERE campaign_id = :late_and_stop AND subscriber_id = 2 ORDER BY step_no;
SELECT p.step_no, p.reason = 'preview: ' || e.reason AS preview_agrees_with_processing
  FROM preview p JOIN campaign.explain_send_time(:late_and_stop, 2) e USING (step_no)
 ORDER BY p.step_no;
-- The rules one by one: the first that holds wins, in processing's order;
-- a follow-up keeps the reason of the step before it.
SELECT note, campaign.first_step_skip_reason(status, planned, send_at, smart, last_message, win) AS reason
  FROM (VALUES
    ('every rule holds',        'unsubscribed', NULL::timestamptz, NULL::timestamptz, true, '2030-03-05 18:00+00'::timestamptz, '8 hours'::interval),
    ('late, no window, smart',  'subscribed', NULL, NULL, true, '2030-03-05 18:00+00', '8 hours'),
    ('no window, smart',        'subscribed', '2030-03-05 19:00+00', NULL, true, '2030-03-05 18:00+00', '8 hours'),
    ('smart: 1 hour before',    'subscribed', '2030-03-05 19:00+00', '2030-03-05 19:00+00', true, '2030-03-05 18:00+00', '8 hours'),
    ('smart off',               'subscribed', '2030-03-05 19:00+00', '2030-03-05 19:00+00', false, '2030-03-05 18:00+00', '8 hours'),
    ('smart: 9 hours before',   'subscribed', '2030-03-05 19:00+00', '2030-03-05 19:00+00', true, '2030-03-05 10:00+00', '8 hours'),
    ('never messaged',          'subscribed', '2030-03-05 19:00+00', '2030-03-05 19:00+00', true, NULL, '8 hours')
  ) AS t (note, status, planned, send_at, smart, last_message, win);
SELECT campaign.follow_up_skip_reason('smart_sending', '2030-03-05 19:00+00') AS after_a_skip,
       campaign.follow_up_skip_reason(NULL, NULL) AS no_window,
       campaign.follow_up_skip_reason(NULL, '2030-03-05 19:00+00') AS goes;
