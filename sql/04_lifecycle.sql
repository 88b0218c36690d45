SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 04_lifecycle: campaign.activate(), campaign.cancel(), campaign.duplicate()
-- (docs/reference.md, Functions) and what happens when a campaign starts or fails
-- (section 1). The clock is campaign.fake_now = 2030-01-15 12:00 UTC.
--
\i sql/include/helpers.psql

INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Shop', 'shop');

CREATE FUNCTION pg_temp.new_draft(site bigint DEFAULT 1, steps int DEFAULT 1) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    id bigint;
BEGIN
    INSERT INTO campaign.campaigns (site_id, name) VALUES (site, 'draft') RETURNING campaign_id INTO id;
    INSERT INTO campaign.campaign_steps (campaign_id, step_no, body, delay)
    SELECT id, g, 'Message ' || g, g * interval '1 day' FROM generate_series(0, steps - 1) g;
    RETURN id;
END $$;

--
-- activate: at_time campaigns send at coalesce(send_at argument, send_at
-- column, now); a time in the past means now.
--
CREATE TEMP TABLE activation (label text, campaign_id bigint, column_send_at timestamptz, argument timestamptz);
INSERT INTO activation VALUES
    ('no argument, no column',        pg_temp.new_draft(), NULL, NULL),
    ('column only (future)',          pg_temp.new_draft(), '2030-02-01 10:00+00', NULL),
    ('argument only (future)',        pg_temp.new_draft(), NULL, '2030-03-01 10:00+00'),
    ('argument wins over column',     pg_temp.new_draft(), '2030-02-01 10:00+00', '2030-03-01 10:00+00'),
    ('column in the past',            pg_temp.new_draft(), '2020-01-01 00:00+00', NULL),
    ('argument in the past',          pg_temp.new_draft(), '2030-02-01 10:00+00', '2020-01-01 00:00+00'),
    ('column -infinity',              pg_temp.new_draft(), '-infinity', NULL),
    ('argument one second from now',  pg_temp.new_draft(), NULL, '2030-01-15 12:00:01+00');
UPDATE campaign.campaigns c SET send_at = a.column_send_at
  FROM activation a WHERE a.campaign_id = c.campaign_id;
CREATE TEMP TABLE activated AS
SELECT a.label, a.campaign_id, campaign.activate(a.campaign_id, a.argument) AS result FROM activation a;
SELECT a.label, a.result, c.status, c.send_at, c.activated_at
  FROM activated a JOIN campaign.campaigns c USING (campaign_id) ORDER BY a.campaign_id;

-- subscriber_local campaigns need local_send_at and start when that wall
-- clock is first reached anywhere: local_send_at - 14 hours, read as UTC;
-- when that is past, now. A send_at argument does not apply to them.
CREATE TEMP TABLE local_activation (label text, campaign_id bigint, local_send_at timestamp, argument timestamptz);
INSERT INTO local_activation VALUES
    ('local 2030-03-10 09:00',                pg_temp.new_draft(), '2030-03-10 09:00', NULL),
    ('local 2030-01-16 01:00 (14h ahead: 11:00 UTC today, past)', pg_temp.new_draft(), '2030-01-16 01:00', NULL),
    ('local 2030-01-16 02:30',                pg_temp.new_draft(), '2030-01-16 02:30', NULL),
    ('local 2030-03-10 09:00, argument given', pg_temp.new_draft(), '2030-03-10 09:00', '2030-06-01 00:00+00');
UPDATE campaign.campaigns c SET send_mode = 'subscriber_local', local_send_at = l.local_send_at
  FROM local_activation l WHERE l.campaign_id = c.campaign_id;
CREATE TEMP TABLE local_activated AS
SELECT l.label, l.campaign_id, campaign.activate(l.campaign_id, l.argument) AS result FROM local_activation l;
SELECT l.label, l.result, c.local_send_at, c.send_at
  FROM local_activated l JOIN campaign.campaigns c USING (campaign_id) ORDER BY l.campaign_id;

\pset tuples_only on
\pset format unaligned
-- Refusals (55000): the campaign stays a draft, with no history.
SELECT pg_temp.new_draft(1, 0) AS no_steps \gset
SELECT pg_temp.try(format('SELECT campaign.activate(%s)', :no_steps));
SELECT pg_temp.new_draft(1, 0) AS no_step0 \gset
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (:no_step0, 1, 'Follow-up only');
SELECT pg_temp.try(format('SELECT campaign.activate(%s)', :no_step0));
SELECT pg_temp.new_draft(1, 0) AS empty_body \gset
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (:empty_body, 0, '');
SELECT pg_temp.try(format('SELECT campaign.activate(%s)', :empty_body));
SELECT pg_temp.new_draft(1, 0) AS blank_body \gset
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (:blank_body, 0, E' \t\n ');
SELECT pg_temp.try(format('SELECT campaign.activate(%s)', :blank_body));
SELECT pg_temp.new_draft(1, 0) AS gap \gset
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (:gap, 0, 'First'), (:gap, 2, 'Third');
SELECT pg_temp.try(format('SELECT campaign.activate(%s)', :gap));
SELECT pg_temp.new_draft() AS no_local \gset
UPDATE campaign.campaigns SET send_mode = 'subscriber_local' WHERE campaign_id = :no_local;
SELECT pg_temp.try(format('SELECT campaign.activate(%s)', :no_local));
SELECT pg_temp.new_draft() AS inf \gset
SELECT pg_temp.try(format($$SELECT campaign.activate(%s, 'infinity')$$, :inf));
SELECT pg_temp.try(format($$SELECT campaign.activate(%s, '-infinity')$$, :inf));
-- the same refusals hold for a direct UPDATE to scheduled
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'scheduled' WHERE campaign_id = %s$$, :no_step0));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'scheduled' WHERE campaign_id = %s$$, :gap));
-- not a draft: the hint depends on the status
SELECT pg_temp.try(format('SELECT campaign.activate(%s)', pg_temp.make_campaign('scheduled')));
SELECT pg_temp.try(format('SELECT campaign.activate(%s)', pg_temp.make_campaign('processing')));
SELECT pg_temp.try(format('SELECT campaign.activate(%s)', pg_temp.make_campaign('sent')));
SELECT pg_temp.try(format('SELECT campaign.activate(%s)', pg_temp.make_campaign('canceled')));
\pset tuples_only off
\pset format aligned
SELECT c.campaign_id IN (:no_steps, :no_step0, :empty_body, :blank_body, :gap, :no_local, :inf) AS refused,
       c.status, c.send_at, c.activated_at, count(h.*) AS history_rows
  FROM campaign.campaigns c LEFT JOIN campaign.status_history h USING (campaign_id)
 WHERE c.campaign_id IN (:no_steps, :no_step0, :empty_body, :blank_body, :gap, :no_local, :inf)
 GROUP BY c.campaign_id ORDER BY c.campaign_id;
-- once fixed, the same drafts activate
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (:gap, 1, 'Second');
UPDATE campaign.campaign_steps SET body = 'Now with text' WHERE campaign_id = :empty_body;
SELECT campaign.activate(:gap) AS gap_filled, campaign.activate(:empty_body) AS body_written;

--
-- cancel: scheduled -> draft (nothing to halt); processing / sending ->
-- canceled, withdrawing every pending message (status canceled, skip_reason
-- campaign_canceled) and counting them; messages with a dispatcher stay.
--
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone)
SELECT 1, g, '+1305555' || lpad(g::text, 4, '0') FROM generate_series(1, 6) g;
SELECT pg_temp.make_campaign('scheduled') AS cs \gset
SELECT * FROM campaign.cancel(:cs);
SELECT status, activated_at, send_at FROM campaign.campaigns WHERE campaign_id = :cs;

SELECT pg_temp.make_campaign('processing') AS cp \gset
SELECT pg_temp.make_campaign('sending') AS cg \gset
SELECT pg_temp.make_campaign('processing') AS other \gset
-- messages written directly, as the later processing code will
INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no, status, skip_reason)
SELECT 1, c, s, 0, st::campaign.message_status, CASE WHEN st = 'skipped' THEN 'smart_sending' END
  FROM (VALUES (:cp), (:cg), (:other)) cs(c),
       (VALUES (1, 'pending'), (2, 'pending'), (3, 'pending'), (4, 'dispatching'), (5, 'sent'), (6, 'skipped')) m(s, st);
SELECT * FROM campaign.cancel(:cp);
UPDATE campaign.messages SET status = 'delivered' WHERE campaign_id = :cg AND status = 'sent';
SELECT * FROM campaign.cancel(:cg);
SELECT m.campaign_id = :cp AS processing_one, m.campaign_id = :cg AS sending_one, m.subscriber_id,
       m.status, m.skip_reason
  FROM campaign.messages m WHERE m.campaign_id IN (:cp, :cg) ORDER BY m.campaign_id, m.subscriber_id;
-- another campaign's messages are untouched
SELECT status, count(*) FROM campaign.messages WHERE campaign_id = :other GROUP BY status ORDER BY status;
SELECT campaign_id = :cp AS processing_one, status, finished_at FROM campaign.campaigns WHERE campaign_id IN (:cp, :cg) ORDER BY campaign_id;

-- A direct UPDATE to canceled withdraws just the same.
UPDATE campaign.campaigns SET status = 'canceled' WHERE campaign_id = :other;
SELECT status, skip_reason, count(*) FROM campaign.messages WHERE campaign_id = :other GROUP BY 1, 2 ORDER BY 1, 2;

-- cancel as campaign_app
SELECT pg_temp.make_campaign('processing') AS cap \gset
INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no) VALUES (1, :cap, 1, 0), (1, :cap, 2, 0);
SET campaign.site_id = 1;  -- campaign_app sees site 1 (row-level security)
SET ROLE campaign_app;
SELECT * FROM campaign.cancel(:cap);
RESET ROLE;
SELECT status, skip_reason, count(*) FROM campaign.messages WHERE campaign_id = :cap GROUP BY 1, 2;

\pset tuples_only on
\pset format unaligned
-- Refusals, with why and the way out (duplicate).
SELECT pg_temp.try(format('SELECT campaign.cancel(%s)', pg_temp.make_campaign('draft')));
SELECT pg_temp.try(format('SELECT campaign.cancel(%s)', pg_temp.make_campaign('sent')));
SELECT pg_temp.try(format('SELECT campaign.cancel(%s)', pg_temp.make_campaign('failed')));
SELECT pg_temp.try(format('SELECT campaign.cancel(%s)', :cp));
-- A refused cancel halts nothing.
SELECT pg_temp.make_campaign('sending') AS sent_later \gset
INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no, status) VALUES (1, :sent_later, 1, 0, 'sent');
UPDATE campaign.campaigns SET status = 'sent' WHERE campaign_id = :sent_later;
SELECT pg_temp.try(format('SELECT campaign.cancel(%s)', :sent_later));
SELECT status FROM campaign.messages WHERE campaign_id = :sent_later;

--
-- duplicate: a new draft with the same settings and steps, duplicated_from
-- set; from every status; an optional new name.
--
\pset tuples_only off
\pset format aligned
SELECT pg_temp.new_draft(1, 3) AS src \gset
UPDATE campaign.campaigns
   SET name = 'Spring sale', send_mode = 'subscriber_local', send_at = '2030-04-01 12:00+00',
       local_send_at = '2030-04-01 10:00', late_policy = 'send_now', respect_quiet_hours = false,
       smart_sending = false, audience_tags = '{vip,spring}'
 WHERE campaign_id = :src;
UPDATE campaign.campaign_steps SET skip_if_event = 'purchased' WHERE campaign_id = :src AND step_no > 0;
SELECT campaign.duplicate(:src) AS copy1 \gset
SELECT campaign.duplicate(:src, 'Spring sale, again') AS copy2 \gset
SELECT campaign_id = :src AS is_source, duplicated_from = :src AS from_source, name, status, send_mode,
       send_at, local_send_at, late_policy, respect_quiet_hours, smart_sending, audience_tags
  FROM campaign.campaigns WHERE campaign_id IN (:src, :copy1, :copy2) ORDER BY campaign_id;
SELECT campaign_id = :src AS is_source, step_no, body, delay, skip_if_event
  FROM campaign.campaign_steps WHERE campaign_id IN (:src, :copy1, :copy2) ORDER BY campaign_id, step_no;

-- From every status; the copy is a fresh draft (no bookkeeping, no history,
-- no failure_reason) and the source is unchanged.
CREATE TEMP TABLE dup AS
SELECT s AS source_status, n, pg_temp.make_campaign(s) AS source_id
  FROM unnest(enum_range(NULL::campaign.campaign_status)) WITH ORDINALITY u(s, n) ORDER BY n;
ALTER TABLE dup ADD COLUMN copy_id bigint;
UPDATE dup SET copy_id = campaign.duplicate(source_id, 'copy of ' || source_status);
SELECT d.source_status, src.status AS source_after, c.name, c.status, c.duplicated_from = d.source_id AS linked,
       c.failure_reason, c.activated_at, c.started_at, c.finished_at, c.audience_done, c.trial_reserved,
       (SELECT count(*) FROM campaign.campaign_steps st WHERE st.campaign_id = c.campaign_id) AS steps,
       (SELECT count(*) FROM campaign.status_history h WHERE h.campaign_id = c.campaign_id) AS history_rows
  FROM dup d JOIN campaign.campaigns c ON c.campaign_id = d.copy_id
  JOIN campaign.campaigns src ON src.campaign_id = d.source_id
 ORDER BY d.n;
-- the copy of a final campaign can be sent again
SELECT campaign.activate(copy_id) FROM dup WHERE source_status = 'sent';
-- a copy of a copy points at its own source; campaign_app may duplicate
SET campaign.site_id = 1;  -- campaign_app sees site 1 (row-level security)
SET ROLE campaign_app;
SELECT campaign.duplicate(:copy1) AS copy3 \gset
RESET ROLE;
SELECT duplicated_from = :copy1 AS from_copy1, name, status FROM campaign.campaigns WHERE campaign_id = :copy3;

--
-- Start (scheduled -> processing): the failure checks, in their order of
-- precedence: site_inactive, no_sms_subscription, no_subdomain,
-- trial_limit_reached. When one holds, the campaign becomes failed with it.
--
INSERT INTO campaign.sites (site_id, name, subdomain, is_active, sms_enabled, plan, trial_message_limit, trial_messages_used) VALUES
    (10, 'inactive, no sms, no subdomain, trial 0', NULL,   false, false, 'trial', 0, 0),
    (11, 'no sms, empty subdomain, trial 0',        '',     true,  false, 'trial', 0, 0),
    (12, 'empty subdomain, trial 0',                '',     true,  true,  'trial', 0, 0),
    (13, 'blank subdomain',                         '   ',  true,  true,  'paid',  NULL, 0),
    (14, 'null subdomain',                          NULL,   true,  true,  'paid',  NULL, 0),
    (15, 'trial: limit 3 < 2 x 2',                  's15',  true,  true,  'trial', 3, 0),
    (16, 'trial: limit 4 = 2 x 2',                  's16',  true,  true,  'trial', 4, 0),
    (17, 'trial: limit 5, used 2',                  's17',  true,  true,  'trial', 5, 2),
    (18, 'trial: no limit set',                     's18',  true,  true,  'trial', NULL, 0),
    (19, 'paid, all fine',                          's19',  true,  true,  'paid',  NULL, 0);
-- every site has two subscribed subscribers, one unsubscribed; campaigns have 2 steps
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone, status)
SELECT s, g, '+1212555' || lpad(g::text, 4, '0'), CASE WHEN g = 3 THEN 'unsubscribed' ELSE 'subscribed' END
  FROM generate_series(10, 19) s, generate_series(1, 3) g;
CREATE TEMP TABLE starts AS
SELECT s.site_id, s.name AS site, pg_temp.new_draft(s.site_id, 2) AS campaign_id
  FROM campaign.sites s WHERE s.site_id BETWEEN 10 AND 19 ORDER BY s.site_id;
SELECT campaign.activate(campaign_id) FROM starts ORDER BY site_id;
UPDATE campaign.campaigns SET status = 'processing' WHERE campaign_id IN (SELECT campaign_id FROM starts);
SELECT s.site, c.status, c.failure_reason, c.audience_count, c.trial_reserved,
       c.started_at, c.finished_at, pg_temp.path(c.campaign_id) AS history
  FROM starts s JOIN campaign.campaigns c USING (campaign_id) ORDER BY s.site_id;
-- The failed start's history carries the reason.
SELECT count(*) AS failed_starts_with_reason_in_history
  FROM campaign.status_history h JOIN starts s USING (campaign_id)
 WHERE h.to_status = 'failed' AND h.from_status = 'scheduled' AND h.reason IS NOT NULL;

-- Trial reservations: site 16's running campaign holds its 4 messages, so a
-- second one cannot start; once the first ends, the unused part is released.
SELECT pg_temp.new_draft(16, 1) AS second16 \gset
SELECT campaign.activate(:second16);
UPDATE campaign.campaigns SET status = 'processing' WHERE campaign_id = :second16;
SELECT status, failure_reason, trial_reserved FROM campaign.campaigns WHERE campaign_id = :second16;
SELECT cancel.* FROM starts, campaign.cancel(starts.campaign_id) cancel WHERE site_id = 16;
SELECT status, trial_reserved, trial_claimed FROM campaign.campaigns WHERE campaign_id = (SELECT campaign_id FROM starts WHERE site_id = 16);
SELECT pg_temp.new_draft(16, 1) AS third16 \gset
SELECT campaign.activate(:third16);
UPDATE campaign.campaigns SET status = 'processing' WHERE campaign_id = :third16;
SELECT status, failure_reason, trial_reserved FROM campaign.campaigns WHERE campaign_id = :third16;
-- the audience is the subscribed subscribers matching audience_tags
UPDATE campaign.subscribers SET tags = '{vip}' WHERE site_id = 15 AND subscriber_id = 1;
SELECT pg_temp.new_draft(15, 2) AS vip15 \gset
UPDATE campaign.campaigns SET audience_tags = '{vip}' WHERE campaign_id = :vip15;
SELECT campaign.activate(:vip15);
UPDATE campaign.campaigns SET status = 'processing' WHERE campaign_id = :vip15;
SELECT status, failure_reason, audience_count, trial_reserved FROM campaign.campaigns WHERE campaign_id = :vip15;

-- -> failed withdraws every pending message (skip_reason campaign_failed);
-- messages with a dispatcher stay; from processing and from sending.
SELECT pg_temp.make_campaign('processing') AS fp \gset
SELECT pg_temp.make_campaign('sending') AS fs \gset
INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no, status)
SELECT 1, c, s, 0, st::campaign.message_status
  FROM (VALUES (:fp), (:fs)) cs(c),
       (VALUES (1, 'pending'), (2, 'pending'), (3, 'dispatching'), (4, 'sent')) m(s, st);
UPDATE campaign.campaigns SET status = 'failed', failure_reason = 'site_inactive' WHERE campaign_id IN (:fp, :fs);
SELECT m.campaign_id = :fp AS from_processing, m.subscriber_id, m.status, m.skip_reason
  FROM campaign.messages m WHERE m.campaign_id IN (:fp, :fs) ORDER BY m.campaign_id, m.subscriber_id;
SELECT campaign_id = :fp AS from_processing, status, failure_reason, finished_at
  FROM campaign.campaigns WHERE campaign_id IN (:fp, :fs) ORDER BY campaign_id;
-- a refused move to failed withdraws nothing
SELECT pg_temp.make_campaign('processing') AS fr \gset
INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no) VALUES (1, :fr, 1, 0);
SELECT pg_temp.state(format($$UPDATE campaign.campaigns SET status = 'failed' WHERE campaign_id = %s$$, :fr)) AS without_reason;
SELECT status, skip_reason FROM campaign.messages WHERE campaign_id = :fr;

DROP EXTENSION campaign CASCADE;
