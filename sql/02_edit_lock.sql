SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 02_edit_lock: who may change which column of a campaign, and its steps, in
-- which status (docs/reference.md, Statuses and transitions):
--   - user columns (name, send_mode, send_at, local_send_at, late_policy,
--     respect_quiet_hours, smart_sending, audience_tags): only in draft;
--   - campaign_id and site_id: never;
--   - failure_reason: only together with a move to failed;
--   - the extension's bookkeeping (timestamps, counters, cursors,
--     duplicated_from): never by a user, in any status, not even on INSERT;
--   - campaign_steps: insert, update and delete only while the campaign is a draft.
-- Refusals are 55000, whoever makes them (this file runs as a superuser, and
-- some cases again as campaign_app).
--
\i sql/include/helpers.psql

INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Shop', 'shop'), (2, 'Other', 'other');

-- One campaign per status.
CREATE TEMP TABLE subject AS
SELECT s AS status, n, pg_temp.make_campaign(s) AS campaign_id
  FROM unnest(enum_range(NULL::campaign.campaign_status)) WITH ORDINALITY u(s, n) ORDER BY n;

-- The columns of campaign.campaigns, each with a change to attempt and its
-- class by docs/reference.md.
CREATE TEMP TABLE edit (n serial, col text, kind text, new_value text);
INSERT INTO edit (col, kind, new_value) VALUES
    ('name',                'user',        $$'renamed'$$),
    ('send_mode',           'user',        $$'subscriber_local'$$),
    ('send_at',             'user',        $$'2031-01-01 00:00+00'$$),
    ('local_send_at',       'user',        $$'2031-01-01 09:00'$$),
    ('late_policy',         'user',        $$'skip'$$),
    ('respect_quiet_hours', 'user',        $$NOT respect_quiet_hours$$),
    ('smart_sending',       'user',        $$NOT smart_sending$$),
    ('audience_tags',       'user',        $$'{vip}'$$),
    ('campaign_id',         'identity',    $$campaign_id + 1000$$),
    ('site_id',             'identity',    $$2$$),
    ('failure_reason',      'reason',      $$'trial_limit_reached'$$),
    ('duplicated_from',     'bookkeeping', $$1$$),
    ('created_at',          'bookkeeping', $$'2001-01-01 00:00+00'$$),
    ('activated_at',        'bookkeeping', $$'2001-01-01 00:00+00'$$),
    ('started_at',          'bookkeeping', $$'2001-01-01 00:00+00'$$),
    ('processed_at',        'bookkeeping', $$'2001-01-01 00:00+00'$$),
    ('finished_at',         'bookkeeping', $$'2001-01-01 00:00+00'$$),
    ('audience_cursor',     'bookkeeping', $$coalesce(audience_cursor, 0) + 1$$),
    ('audience_done',       'bookkeeping', $$NOT audience_done$$),
    ('audience_count',      'bookkeeping', $$audience_count + 1$$),
    ('audience_processed',  'bookkeeping', $$audience_processed + 1$$),
    ('trial_reserved',      'bookkeeping', $$trial_reserved + 1$$),
    ('trial_claimed',       'bookkeeping', $$trial_claimed + 1$$),
    ('withdrawal_open',     'bookkeeping', $$NOT withdrawal_open$$);

-- Every public and bookkeeping column of the table is in the list (a column
-- added later must be classified here too).
SELECT a.attname AS unclassified_column
  FROM pg_attribute a
 WHERE a.attrelid = 'campaign.campaigns'::regclass AND a.attnum > 0 AND NOT a.attisdropped
   AND a.attname NOT IN (SELECT col FROM edit UNION ALL SELECT 'status');

-- Each column changed alone (status unchanged), in each status.
CREATE TEMP TABLE edit_result AS
SELECT e.n, e.col, e.kind, s.status,
       pg_temp.state(format('UPDATE campaign.campaigns SET %I = %s WHERE campaign_id = %s',
                            e.col, e.new_value, s.campaign_id)) AS result
  FROM edit e CROSS JOIN subject s ORDER BY e.n, s.n;

SELECT col, kind,
       max(result) FILTER (WHERE status = 'draft')      AS draft,
       max(result) FILTER (WHERE status = 'scheduled')  AS scheduled,
       max(result) FILTER (WHERE status = 'processing') AS processing,
       max(result) FILTER (WHERE status = 'sending')    AS sending,
       max(result) FILTER (WHERE status = 'sent')       AS sent,
       max(result) FILTER (WHERE status = 'failed')     AS failed,
       max(result) FILTER (WHERE status = 'canceled')   AS canceled
  FROM edit_result GROUP BY n, col, kind ORDER BY n;

-- As designed: user columns change in draft only; identity, failure_reason
-- (without a move to failed) and bookkeeping never.
SELECT kind, count(*) AS attempts,
       count(*) FILTER (WHERE result = CASE WHEN kind = 'user' AND status = 'draft' THEN 'ok' ELSE '55000' END)
           AS as_designed
  FROM edit_result GROUP BY kind ORDER BY kind;

-- The draft took the user edits; the locked campaigns are as they were.
SELECT s.status, c.name, c.send_mode, c.late_policy, c.respect_quiet_hours, c.smart_sending, c.audience_tags
  FROM subject s JOIN campaign.campaigns c USING (campaign_id) ORDER BY s.n;

\pset tuples_only on
\pset format unaligned
SELECT campaign_id AS draft_id FROM subject WHERE status = 'draft' \gset
SELECT campaign_id AS scheduled_id FROM subject WHERE status = 'scheduled' \gset
SELECT campaign_id AS processing_id FROM subject WHERE status = 'processing' \gset
SELECT campaign_id AS sending_id FROM subject WHERE status = 'sending' \gset
SELECT campaign_id AS sent_id FROM subject WHERE status = 'sent' \gset
SELECT campaign_id AS failed_id FROM subject WHERE status = 'failed' \gset
SELECT campaign_id AS canceled_id FROM subject WHERE status = 'canceled' \gset

-- The whole errors: the hint says the way out, by status.
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET name = 'x' WHERE campaign_id = %s$$, :scheduled_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET send_at = send_at + interval '1 hour' WHERE campaign_id = %s$$, :processing_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET audience_tags = '{a}' WHERE campaign_id = %s$$, :sending_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET name = 'x' WHERE campaign_id = %s$$, :sent_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET smart_sending = false WHERE campaign_id = %s$$, :failed_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET name = 'x' WHERE campaign_id = %s$$, :canceled_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET site_id = 2 WHERE campaign_id = %s$$, :draft_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET campaign_id = 999 WHERE campaign_id = %s$$, :draft_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET activated_at = NULL WHERE campaign_id = %s$$, :scheduled_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET audience_done = true WHERE campaign_id = %s$$, :draft_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET trial_reserved = 7 WHERE campaign_id = %s$$, :sent_id));

-- An UPDATE that writes the values a row already has changes nothing and is
-- accepted, in any status.
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET name = name, send_at = send_at, activated_at = activated_at, site_id = site_id WHERE campaign_id = %s$$, :sent_id));

-- A user column changed together with a status change: allowed leaving draft
-- (the draft is editable), refused leaving any other status.
SELECT pg_temp.make_campaign('draft') AS d2 \gset
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'scheduled', name = 'renamed on activation' WHERE campaign_id = %s$$, :d2));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'draft', name = 'renamed on cancel' WHERE campaign_id = %s$$, :d2));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'canceled', name = 'renamed' WHERE campaign_id = %s$$, :processing_id));
-- ... and a bookkeeping column with a status change is refused too.
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'draft', activated_at = NULL WHERE campaign_id = %s$$, :d2));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'processing', started_at = '2001-01-01' WHERE campaign_id = %s$$, :d2));
SELECT status, name FROM campaign.campaigns WHERE campaign_id = :d2;

-- failure_reason: only with a move to failed (from scheduled, processing,
-- sending); never alone, never with another move, never once failed.
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET failure_reason = 'site_inactive' WHERE campaign_id = %s$$, :draft_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET failure_reason = 'site_inactive' WHERE campaign_id = %s$$, :scheduled_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'draft', failure_reason = 'site_inactive' WHERE campaign_id = %s$$, :scheduled_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'canceled', failure_reason = 'site_inactive' WHERE campaign_id = %s$$, :processing_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET failure_reason = 'no_subdomain' WHERE campaign_id = %s$$, :failed_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET failure_reason = NULL WHERE campaign_id = %s$$, :failed_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'failed', failure_reason = 'no_subdomain' WHERE campaign_id = %s$$, :sending_id));
SELECT status, failure_reason FROM campaign.campaigns WHERE campaign_id IN (:failed_id, :sending_id) ORDER BY campaign_id;

-- INSERT: a new campaign carries no bookkeeping and no failure_reason;
-- created_at may be given, and initial values (null, false, 0) are accepted.
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, activated_at) VALUES (1, '2030-01-01')$$);
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, finished_at) VALUES (1, '2030-01-01')$$);
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, audience_done) VALUES (1, true)$$);
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, audience_count) VALUES (1, 10)$$);
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, trial_reserved) VALUES (1, 5)$$);
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, trial_claimed) VALUES (1, 5)$$);
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, audience_cursor) VALUES (1, 5)$$);
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, duplicated_from) VALUES (1, 1)$$);
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, failure_reason) VALUES (1, 'site_inactive')$$);
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, name, created_at, audience_done, trial_reserved, activated_at) VALUES (1, 'initial values', '2029-12-31 00:00+00', false, 0, NULL)$$);
\pset tuples_only off
\pset format aligned
SELECT name, status, created_at, activated_at, audience_done, trial_reserved, duplicated_from, failure_reason
  FROM campaign.campaigns WHERE site_id = 1 AND campaign_id > :d2 ORDER BY campaign_id;

-- The lock holds for campaign_app just the same.
\pset tuples_only on
\pset format unaligned
SET campaign.site_id = 1;  -- campaign_app sees site 1 (row-level security)
SET ROLE campaign_app;
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET name = 'by app' WHERE campaign_id = %s$$, :draft_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET name = 'by app' WHERE campaign_id = %s$$, :scheduled_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET activated_at = NULL WHERE campaign_id = %s$$, :scheduled_id));
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, trial_reserved) VALUES (1, 5)$$);
RESET ROLE;
SELECT name FROM campaign.campaigns WHERE campaign_id IN (:draft_id, :scheduled_id) ORDER BY campaign_id;

--
-- Steps: insert, update and delete only while the campaign is a draft.
--
\pset tuples_only off
\pset format aligned
CREATE TEMP TABLE step_result AS
SELECT s.n, s.status,
       pg_temp.state(format($$INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (%s, 1, 'Follow-up')$$, s.campaign_id)) AS insert_step,
       pg_temp.state(format($$UPDATE campaign.campaign_steps SET body = 'Changed' WHERE campaign_id = %s AND step_no = 0$$, s.campaign_id)) AS update_body,
       pg_temp.state(format($$UPDATE campaign.campaign_steps SET delay = '1 day' WHERE campaign_id = %s AND step_no = 0$$, s.campaign_id)) AS update_delay,
       pg_temp.state(format($$UPDATE campaign.campaign_steps SET step_no = 5 WHERE campaign_id = %s AND step_no = 0$$, s.campaign_id)) AS renumber,
       pg_temp.state(format($$DELETE FROM campaign.campaign_steps WHERE campaign_id = %s$$, s.campaign_id)) AS delete_step
  FROM subject s ORDER BY s.n;
SELECT status, insert_step, update_body, update_delay, renumber, delete_step FROM step_result ORDER BY n;
SELECT count(*) AS statuses,
       count(*) FILTER (WHERE (status = 'draft') = (insert_step = 'ok')
                          AND (status = 'draft') = (update_body = 'ok')
                          AND (status = 'draft') = (update_delay = 'ok')
                          AND (status = 'draft') = (renumber = 'ok')
                          AND (status = 'draft') = (delete_step = 'ok')
                          AND (status = 'draft' OR 'ok' NOT IN (insert_step, update_body, update_delay, renumber, delete_step))
                          AND (status = 'draft' OR (insert_step, update_body, update_delay, renumber, delete_step) = ('55000', '55000', '55000', '55000', '55000'))
                     ) AS as_designed
  FROM step_result;

-- The steps of the locked campaigns are as they were; the draft's changed.
SELECT s.status, st.step_no, st.body, st.delay
  FROM subject s JOIN campaign.campaign_steps st USING (campaign_id) ORDER BY s.n, st.step_no;

\pset tuples_only on
\pset format unaligned
-- The whole errors for steps.
SELECT pg_temp.try(format($$INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (%s, 1, 'x')$$, :scheduled_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaign_steps SET body = 'x' WHERE campaign_id = %s$$, :processing_id));
SELECT pg_temp.try(format($$DELETE FROM campaign.campaign_steps WHERE campaign_id = %s$$, :sent_id));
-- Moving a step between campaigns: both must be drafts.
SELECT pg_temp.make_campaign('draft') AS d3 \gset
SELECT pg_temp.try(format($$UPDATE campaign.campaign_steps SET campaign_id = %s, step_no = 3 WHERE campaign_id = %s$$, :scheduled_id, :d3));
SELECT pg_temp.try(format($$UPDATE campaign.campaign_steps SET campaign_id = %s, step_no = 3 WHERE campaign_id = %s$$, :d3, :scheduled_id));
SELECT pg_temp.try(format($$UPDATE campaign.campaign_steps SET campaign_id = %s, step_no = 3 WHERE campaign_id = %s$$, :draft_id, :d3));
SELECT campaign_id = :draft_id AS moved_to_draft, step_no, body FROM campaign.campaign_steps WHERE campaign_id IN (:d3, :draft_id);
-- A step of an unknown campaign (or another site's) is not found (P0002).
SELECT pg_temp.try($$INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (424242, 0, 'x')$$);
-- The lock holds for campaign_app just the same.
SET campaign.site_id = 1;  -- campaign_app sees site 1 (row-level security)
SET ROLE campaign_app;
SELECT pg_temp.try(format($$INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (%s, 7, 'by app')$$, :d3));
SELECT pg_temp.try(format($$INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (%s, 7, 'by app')$$, :scheduled_id));
SELECT pg_temp.try(format($$DELETE FROM campaign.campaign_steps WHERE campaign_id = %s$$, :canceled_id));
RESET ROLE;
\pset tuples_only off
\pset format aligned
SELECT c.status, st.step_no, st.body
  FROM campaign.campaign_steps st JOIN campaign.campaigns c USING (campaign_id)
 WHERE st.campaign_id IN (:d3, :scheduled_id, :canceled_id) ORDER BY st.campaign_id, st.step_no;

-- A cancel back to draft unlocks the steps again; activation locks them.
SELECT (campaign.cancel(:scheduled_id)).status;
SELECT pg_temp.state(format($$UPDATE campaign.campaign_steps SET body = 'Edited after cancel' WHERE campaign_id = %s$$, :scheduled_id)) AS edit_after_cancel;
SELECT campaign.activate(:scheduled_id);
SELECT pg_temp.state(format($$UPDATE campaign.campaign_steps SET body = 'Edited after activation' WHERE campaign_id = %s$$, :scheduled_id)) AS edit_after_activation;
SELECT body FROM campaign.campaign_steps WHERE campaign_id = :scheduled_id;

DROP EXTENSION campaign CASCADE;
