-- pgTAP: the processing and dispatch rules (docs/reference.md: Statuses and transitions, Functions, Definitions) as
-- behaviour: tick's counters and campaign moves, claim/ack/fail/receipt, STOP,
-- leases and retries, follow-up order, and bad input to every processing and
-- dispatch function, each with its SQLSTATE (22023, P0002, 55000).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS campaign;
SELECT plan(36);

SET LOCAL campaign.fake_now = '2030-01-15 15:00:00+00';
SET LOCAL TimeZone = 'UTC';

-- no quiet hours, UTC subscribers in the US at 15:00 UTC: every window open
INSERT INTO campaign.sites (site_id, name, subdomain, quiet_hours_start, quiet_hours_end)
VALUES (1, 'Shop', 'shop', NULL, NULL);
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone, timezone, region)
SELECT 1, g, '+13055550' || lpad(g::text, 3, '0'), 'UTC', 'US' FROM generate_series(1, 4) g;
INSERT INTO campaign.campaigns (site_id, name, smart_sending) VALUES (1, 'sale', false);
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body, delay, skip_if_event)
VALUES (1, 0, 'Hello', '0', NULL), (1, 1, 'Again', '1 hour', 'purchase');
SELECT campaign.activate(1);

CREATE FUNCTION pg_temp.mid(subscriber bigint, step integer) RETURNS bigint LANGUAGE sql AS $$
    SELECT message_id FROM campaign.messages WHERE campaign_id = 1 AND subscriber_id = subscriber AND step_no = step
$$;
CREATE FUNCTION pg_temp.state(subscriber bigint, step integer) RETURNS text LANGUAGE sql AS $$
    SELECT status || coalesce('/' || skip_reason, '') FROM campaign.messages
     WHERE campaign_id = 1 AND subscriber_id = subscriber AND step_no = step
$$;

--
-- Bad input
--
SELECT throws_ok('SELECT campaign.tick(0)', '22023', NULL, 'tick: batch_size 0 is refused');
SELECT throws_ok('SELECT campaign.tick(NULL)', '22023', NULL, 'tick: a null batch_size is refused');
SELECT throws_ok('SELECT * FROM campaign.claim_messages(0)', '22023', NULL, 'claim_messages: max_messages 0 is refused');
SELECT throws_ok($$SELECT * FROM campaign.claim_messages(10, '0 seconds')$$, '22023', NULL, 'claim_messages: a zero lease is refused');
SELECT throws_ok($$SELECT * FROM campaign.claim_messages(10, '2 days')$$, '22023', NULL, 'claim_messages: a lease over a day is refused');
SELECT throws_ok('SELECT campaign.mark_sent(999999::bigint)', 'P0002', NULL, 'mark_sent: an unknown message');
SELECT throws_ok('SELECT campaign.mark_sent(ARRAY[NULL]::bigint[])', '22023', NULL, 'mark_sent: a null message id in the batch');
SELECT throws_ok($$SELECT campaign.mark_failed(999999, 'x')$$, 'P0002', NULL, 'mark_failed: an unknown message');
SELECT throws_ok($$SELECT campaign.record_delivery('nope', true)$$, 'P0002', NULL, 'record_delivery: an unknown provider id');
SELECT throws_ok('SELECT campaign.unsubscribe(1, 999)', 'P0002', NULL, 'unsubscribe: an unknown subscriber');
SELECT throws_ok('SELECT campaign.unsubscribe(NULL, 1)', '22023', NULL, 'unsubscribe: a null site');
SELECT throws_ok($$SELECT campaign.record_event(1, 999, 'click')$$, 'P0002', NULL, 'record_event: an unknown subscriber');
SELECT throws_ok($$SELECT campaign.record_event(1, 1, '')$$, '22023', NULL, 'record_event: an empty event');
SELECT throws_ok($$SELECT campaign.record_event(1, 1, 'click', 'infinity')$$, '22023', NULL, 'record_event: an infinite time');
SELECT throws_ok('SELECT * FROM campaign.explain_send_time(999999, 1)', 'P0002', NULL, 'explain_send_time: an unknown campaign');
SELECT throws_ok('SELECT * FROM campaign.explain_send_time(1, 999)', 'P0002', NULL, 'explain_send_time: an unknown subscriber');

--
-- Processing
--
SELECT results_eq('SELECT campaigns_started, campaigns_failed, subscribers_processed FROM campaign.tick()',
                  $$VALUES (1, 0, 4::bigint)$$, 'tick starts the due campaign and processes its four subscribers');
SELECT is((SELECT status::text FROM campaign.campaigns WHERE campaign_id = 1), 'sending',
          'every subscriber processed with messages left: sending');
SELECT results_eq('SELECT step_no, count(*), min(send_at) FROM campaign.messages WHERE campaign_id = 1 GROUP BY 1 ORDER BY 1',
                  $$VALUES (0::smallint, 4::bigint, '2030-01-15 15:00+00'::timestamptz),
                           (1::smallint, 4::bigint, '2030-01-15 16:00+00'::timestamptz)$$,
                  'one message per subscriber and step; the follow-up an hour after step 0');
SELECT results_eq('SELECT campaigns_started + campaigns_failed + subscribers_processed + campaigns_finished FROM campaign.tick()',
                  $$VALUES (0::bigint)$$, 'a second tick finds no work');

--
-- Dispatch
--
SELECT results_eq('SELECT subscriber_id FROM campaign.claim_messages(10) ORDER BY 1',
                  $$VALUES (1::bigint), (2), (3), (4)$$, 'claim hands out the four due step-0 messages, not the follow-ups');
SELECT is(pg_temp.state(1, 0), 'dispatching', 'a claimed message is dispatching');
SELECT is((SELECT last_message_at FROM campaign.subscribers WHERE subscriber_id = 1),
          '2030-01-15 15:00+00'::timestamptz, 'a hand-out sets last_message_at');
SELECT throws_ok(format('SELECT campaign.mark_sent(%s::bigint)', pg_temp.mid(1, 1)), '55000', NULL,
                 'mark_sent of a pending message is refused');
SELECT lives_ok(format($$SELECT campaign.mark_sent(%s::bigint, 'SM1')$$, pg_temp.mid(1, 0)), 'mark_sent of a dispatching message');
SELECT lives_ok(format($$SELECT campaign.mark_sent(%s::bigint, 'SM1')$$, pg_temp.mid(1, 0)), 'a repeated mark_sent changes nothing');
SELECT lives_ok($$SELECT campaign.record_delivery('SM1', true)$$, 'record_delivery of a sent message');
SELECT is(pg_temp.state(1, 0), 'delivered', 'the receipt makes it delivered');
SELECT throws_ok($$SELECT campaign.record_delivery('SM1', false)$$, '55000', NULL,
                 'a contradicting receipt of a delivered message is refused');
SELECT lives_ok(format($$SELECT campaign.mark_failed(%s, 'busy', '2030-01-15 15:30+00')$$, pg_temp.mid(2, 0)),
                'mark_failed with retry_at');
SELECT is(pg_temp.state(2, 0) || ' ' || (SELECT send_at FROM campaign.messages WHERE message_id = pg_temp.mid(2, 0))::text,
          'pending 2030-01-15 15:30:00+00', 'a retry goes back to pending at retry_at');
SELECT lives_ok(format($$SELECT campaign.mark_failed(%s, 'invalid number')$$, pg_temp.mid(3, 0)), 'mark_failed for good');
SELECT is(pg_temp.state(3, 0) || ' ' || pg_temp.state(3, 1), 'failed skipped/previous_step_failed',
          'a failed step 0 skips the follow-up');
SELECT throws_ok(format($$SELECT campaign.mark_failed(%s, 'again')$$, pg_temp.mid(3, 0)), '55000', NULL,
                 'mark_failed of a failed message is refused');
SELECT campaign.unsubscribe(1, 4);
SELECT campaign.record_event(1, 1, 'purchase', '2030-01-15 15:10+00');

-- 16:00: subscriber 4's lease ran out (back to pending, then skipped: STOP);
-- subscriber 1 purchased after step 0 (follow-up skipped); subscriber 2's
-- retry goes out, its follow-up waits for it
SET LOCAL campaign.fake_now = '2030-01-15 16:00:00+00';
SELECT results_eq('SELECT subscriber_id FROM campaign.claim_messages(10) ORDER BY 1',
                  $$VALUES (2::bigint)$$, 'at 16:00 only the retry is handed out');
SELECT results_eq($$SELECT subscriber_id, step_no::integer, pg_temp.state(subscriber_id, step_no)
                      FROM campaign.messages WHERE campaign_id = 1 ORDER BY 1, 2$$,
                  $$VALUES (1::bigint, 0, 'delivered'), (1, 1, 'skipped/event_occurred'),
                           (2, 0, 'dispatching'), (2, 1, 'pending'),
                           (3, 0, 'failed'), (3, 1, 'skipped/previous_step_failed'),
                           (4, 0, 'skipped/unsubscribed'), (4, 1, 'skipped/unsubscribed')$$,
                  'skip_if_event, STOP after an expired lease, and follow-up order');

SELECT * FROM finish();
ROLLBACK;
