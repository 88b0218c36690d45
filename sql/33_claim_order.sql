SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 33_claim_order: follow-ups and the due queue. A follow-up is handed out
-- only after its previous step (docs/reference.md, claim_messages); while it
-- waits it must not sit in the due queue ahead of other campaigns' messages,
-- or a claim of n returns fewer than n while n are eligible. When a step's
-- send_at moves later (mark_failed with retry_at, a claim that moves it to the
-- next allowed instant), the subscriber's later pending steps of that
-- campaign move to at least that instant plus their delays; a claim never
-- takes a follow-up whose previous step is still pending.
-- Subscribers are New York numbers; 16:00 UTC is 11:00 there.
--
\i sql/include/helpers.psql
\i sql/include/processing.psql

INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Shop', 'shop');
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone)
SELECT 1, g, '+121255501' || lpad(g::text, 2, '0') FROM generate_series(1, 5) g;

--
-- The reproduction of the bug: two steps with delay 0 for five
-- subscribers; the five step-0 messages are claimed and fail with a retry an
-- hour later; a second campaign starts. A claim of 5 gets the second
-- campaign's 5 messages: the five follow-ups, due at 16:00, no longer stand
-- in front of them.
--
SET campaign.fake_now = '2030-01-15 16:00+00';
SELECT pg_temp.campaign(1, '{0, 0}') AS first \gset
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
SELECT pg_temp.claim_at('2030-01-15 16:00+00', ack => false, n => 10);
SELECT count(*) AS retried
  FROM campaign.messages m, campaign.mark_failed(m.message_id, 'carrier timeout', '2030-01-15 17:00+00')
 WHERE m.campaign_id = :first AND m.step_no = 0;
-- every follow-up now waits at its step's retry instant
SELECT * FROM pg_temp.messages(:first);
SET campaign.fake_now = '2030-01-15 16:05+00';
SELECT pg_temp.campaign(1) AS second \gset
SELECT pg_temp.tick_at('2030-01-15 16:05+00');
SELECT pg_temp.claim_at('2030-01-15 16:05+00', n => 5);

-- When the retries fall due, the steps 0 go first, their follow-ups only in
-- a later claim, even though both are due at the same instant and the claim
-- has room for all ten.
SELECT pg_temp.claim_at('2030-01-15 17:00+00', n => 10);
SELECT pg_temp.claim_at('2030-01-15 17:00+00', n => 10);
SELECT pg_temp.claim_at('2030-01-15 17:00+00', n => 10);
SELECT * FROM pg_temp.messages(:first);
SELECT pg_temp.close_all();

--
-- Ties: a step 0 and its follow-up due at the same instant. Here the
-- steps 0 come back from a lease that ran out, so their new row versions
-- stand after the follow-ups in the due index: a claim of 1 still gets a
-- step 0, never a follow-up that would have to wait; a claim of 10 then gets
-- the other steps 0 and the one follow-up whose step went (3/1/1), the next
-- claim the other follow-ups.
--
SET campaign.fake_now = '2030-01-16 16:00+00';
SELECT pg_temp.campaign(1, '{0, 0}') AS tie \gset
SELECT pg_temp.tick_at('2030-01-16 16:00+00');
SELECT pg_temp.claim_at('2030-01-16 16:00+00', ack => false, n => 5, lease => '1 minute');
SELECT pg_temp.claim_at('2030-01-16 16:01+00', n => 1);
SELECT pg_temp.claim_at('2030-01-16 16:01+00', n => 10);
SELECT pg_temp.claim_at('2030-01-16 16:01+00', n => 10);
SELECT pg_temp.claim_at('2030-01-16 16:01+00', n => 10);
SELECT status, attempts, count(*) FROM campaign.messages WHERE campaign_id = :tie GROUP BY 1, 2 ORDER BY 1, 2;
SELECT pg_temp.close_all();

--
-- A retry: the follow-up keeps its delay behind the retried step.
-- Subscriber 1's step 0 fails with a retry at 17:00; the others' are sent.
-- Subscriber 1's follow-up moves from 18:00 UTC to 19:00 (14:00 in New
-- York), two hours after the retry; the others' go at 18:00.
--
SET campaign.fake_now = '2030-01-17 16:00+00';
SELECT pg_temp.campaign(1, '{0, 2 hours}') AS later \gset
SELECT pg_temp.tick_at('2030-01-17 16:00+00');
SELECT pg_temp.claim_at('2030-01-17 16:00+00', ack => false, n => 10);
SELECT campaign.mark_failed(pg_temp.mid(:later, 1), 'carrier timeout', '2030-01-17 17:00+00');
SELECT campaign.mark_sent(array_agg(message_id)) FROM campaign.messages
 WHERE campaign_id = :later AND status = 'dispatching';
SELECT * FROM pg_temp.messages(:later) WHERE subscriber_id = 1;
SELECT pg_temp.claim_at('2030-01-17 17:00+00');
SELECT pg_temp.claim_at('2030-01-17 17:59+00');
SELECT pg_temp.claim_at('2030-01-17 18:00+00');
SELECT pg_temp.claim_at('2030-01-17 18:59+00');
SELECT pg_temp.claim_at('2030-01-17 19:00+00');
SELECT pg_temp.close_all();

--
-- A claim that moves a step to the next allowed instant moves its
-- follow-ups too: retried at 02:00 UTC (21:00 in New York, in quiet hours),
-- subscriber 1's step 0 moves to 09:00 New York (14:00 UTC), and its
-- follow-up, due since 16:00 UTC the day before, with it. The others'
-- follow-ups, whose steps 0 were sent, move to 09:00 as well (they are due
-- and the window is closed). At 14:00 subscriber 1's step 0 goes with the
-- others' follow-ups, and its own follow-up in the next claim.
--
SET campaign.fake_now = '2030-01-18 16:00+00';
SELECT pg_temp.campaign(1, '{0, 0}') AS moved \gset
SELECT pg_temp.tick_at('2030-01-18 16:00+00');
SELECT pg_temp.claim_at('2030-01-18 16:00+00', ack => false, n => 10);
SELECT campaign.mark_failed(pg_temp.mid(:moved, 1), 'carrier timeout', '2030-01-19 02:00+00');
SELECT campaign.mark_sent(array_agg(message_id)) FROM campaign.messages
 WHERE campaign_id = :moved AND status = 'dispatching';
SELECT * FROM pg_temp.messages(:moved) WHERE subscriber_id = 1;
SELECT pg_temp.claim_at('2030-01-19 02:00+00');
SELECT * FROM pg_temp.messages(:moved) WHERE subscriber_id IN (1, 2);
SELECT pg_temp.claim_at('2030-01-19 14:00+00');
SELECT pg_temp.claim_at('2030-01-19 14:00+00');
SELECT * FROM pg_temp.messages(:moved) WHERE subscriber_id = 1;
SELECT pg_temp.close_all();

--
-- A moved step's follow-ups keep their delays behind it: a step's delay
-- counts from the previous step's send time, also when that time moves.
-- Steps 0, 1 and 2, 2 hours and 1 day apart; step 0 at 16:00 UTC (11:00 in
-- New York). Subscriber 1's step 0 is retried at 19:00: step 1 moves from
-- 18:00 to 21:00 (16:00 in New York), step 2 from 18:00 the next day to
-- 21:00 the next day. Subscriber 2's is retried at 15:30, already past (at
-- once): their steps 1 and 2 are due later than 15:30 plus the delays and
-- keep their times.
--
SET campaign.fake_now = '2030-01-19 16:00+00';
SELECT pg_temp.campaign(1, '{0, 2 hours, 1 day}') AS delayed \gset
SELECT pg_temp.tick_at('2030-01-19 16:00+00');
SELECT pg_temp.claim_at('2030-01-19 16:00+00', ack => false, n => 2);
SELECT campaign.mark_failed(pg_temp.mid(:delayed, 1), 'carrier timeout', '2030-01-19 19:00+00'),
       campaign.mark_failed(pg_temp.mid(:delayed, 2), 'carrier timeout', '2030-01-19 15:30+00');
SELECT subscriber_id, step_no, status, planned_at, send_at FROM campaign.messages
 WHERE campaign_id = :delayed AND subscriber_id IN (1, 2) ORDER BY 1, 2;
-- the due queue agrees with the messages
SELECT count(*) AS queue_disagrees FROM campaign.message_queue q JOIN campaign.messages m USING (message_id)
 WHERE m.campaign_id = :delayed AND q.send_at IS DISTINCT FROM m.send_at;
-- A follow-up whose lease runs out while its step is pending again goes
-- back behind that step by its delay: at 18:00 subscriber 3's step 0 and
-- then its step 1 are out, step 0 is retried at 19:00, and step 1's lease
-- runs out: it returns to 21:00. Subscriber 4's step 1, whose step went,
-- returns due at once (18:00).
SELECT pg_temp.claim_at('2030-01-19 18:00+00', ack => false, n => 10, lease => '1 minute');
SELECT pg_temp.claim_at('2030-01-19 18:00+00', ack => false, n => 10, lease => '1 minute');
SELECT campaign.mark_failed(pg_temp.mid(:delayed, 3), 'carrier timeout', '2030-01-19 19:00+00'),
       campaign.mark_sent(pg_temp.mid(:delayed, 4));
SELECT pg_temp.tick_at('2030-01-19 18:02+00');
SELECT subscriber_id, step_no, status, send_at FROM campaign.messages
 WHERE campaign_id = :delayed AND subscriber_id IN (3, 4) ORDER BY 1, 2;
-- At 21:00 subscriber 1's step 1 goes (its step 0 went at 19:00), and
-- subscriber 3's; at 21:00 the next day the steps 2 of subscribers 1 and 3.
SELECT pg_temp.claim_at('2030-01-19 19:00+00');
SELECT pg_temp.claim_at('2030-01-19 20:59+00');
SELECT pg_temp.claim_at('2030-01-19 21:00+00');
SELECT pg_temp.claim_at('2030-01-20 20:59+00');
SELECT pg_temp.claim_at('2030-01-20 21:00+00');
SELECT pg_temp.close_all();

--
-- The end of a campaign while messages are out. cancel() withdraws the
-- pending ones (messages_halted: 8 of 10, two steps 0 are with a
-- dispatcher) and the campaign keeps withdrawal_open while any of its
-- messages may still come back pending. A retry of a message whose
-- campaign ended cancels it (campaign_canceled) instead of returning it to
-- pending; a message sent meanwhile is sent. Once none is pending or out,
-- the next tick clears withdrawal_open.
--
SET campaign.fake_now = '2030-01-20 16:00+00';
SELECT pg_temp.campaign(1, '{0, 0}') AS ended \gset
SELECT pg_temp.tick_at('2030-01-20 16:00+00');
SELECT pg_temp.claim_at('2030-01-20 16:00+00', ack => false, n => 2);
SELECT * FROM campaign.cancel(:ended);
SELECT pg_temp.tick_at('2030-01-20 16:00+00');
SELECT status, withdrawal_open FROM campaign.campaigns WHERE campaign_id = :ended;
SELECT campaign.mark_failed(min(message_id), 'carrier timeout', '2030-01-20 17:00+00'),
       campaign.mark_sent(max(message_id))
  FROM campaign.messages WHERE campaign_id = :ended AND status = 'dispatching';
SELECT status, skip_reason, error, count(*) FROM campaign.messages WHERE campaign_id = :ended
 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
SELECT pg_temp.tick_at('2030-01-20 16:00+00');
SELECT status, withdrawal_open FROM campaign.campaigns WHERE campaign_id = :ended;
-- every campaign of this file has ended and been swept
SELECT count(*) FILTER (WHERE withdrawal_open) AS open, count(*) AS ended
  FROM campaign.campaigns WHERE status IN ('canceled', 'failed');
