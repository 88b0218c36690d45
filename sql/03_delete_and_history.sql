SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 03_delete_and_history (docs/reference.md: Statuses and transitions, Roles and tenants):
--   - a campaign is deleted only as draft (55000 otherwise);
--   - every status change appends one row to campaign.status_history: from,
--     to, changed_at (campaign.now()), changed_by (the role the caller acted
--     as, also through SET ROLE and security-definer functions) and reason
--     (the failure_reason on a move to failed);
--   - status_history is append-only: UPDATE, DELETE and TRUNCATE are 55000;
--   - every status change sends pg_notify('campaign_status', json) with the
--     history_id of its row and nothing else, delivered at commit: any role
--     that can connect may LISTEN, and the row itself is behind row-level
--     security.
--
\i sql/include/helpers.psql

INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Shop', 'shop');

--
-- Delete rules.
--
CREATE TEMP TABLE subject AS
SELECT s AS status, n, pg_temp.make_campaign(s) AS campaign_id
  FROM unnest(enum_range(NULL::campaign.campaign_status)) WITH ORDINALITY u(s, n) ORDER BY n;
CREATE TEMP TABLE delete_result AS
SELECT s.n, s.status, s.campaign_id,
       pg_temp.state(format('DELETE FROM campaign.campaigns WHERE campaign_id = %s', s.campaign_id)) AS result
  FROM subject s ORDER BY s.n;
SELECT d.status, d.result,
       EXISTS (SELECT FROM campaign.campaigns c WHERE c.campaign_id = d.campaign_id) AS still_there,
       (SELECT count(*) FROM campaign.campaign_steps st WHERE st.campaign_id = d.campaign_id) AS steps_left
  FROM delete_result d ORDER BY d.n;

\pset tuples_only on
\pset format unaligned
SELECT campaign_id AS scheduled_id FROM subject WHERE status = 'scheduled' \gset
SELECT campaign_id AS processing_id FROM subject WHERE status = 'processing' \gset
SELECT campaign_id AS sending_id FROM subject WHERE status = 'sending' \gset
SELECT campaign_id AS sent_id FROM subject WHERE status = 'sent' \gset
SELECT campaign_id AS failed_id FROM subject WHERE status = 'failed' \gset
SELECT campaign_id AS canceled_id FROM subject WHERE status = 'canceled' \gset
-- The whole errors: the hint says the way out, by status.
SELECT pg_temp.try(format('DELETE FROM campaign.campaigns WHERE campaign_id = %s', :scheduled_id));
SELECT pg_temp.try(format('DELETE FROM campaign.campaigns WHERE campaign_id = %s', :processing_id));
SELECT pg_temp.try(format('DELETE FROM campaign.campaigns WHERE campaign_id = %s', :sending_id));
SELECT pg_temp.try(format('DELETE FROM campaign.campaigns WHERE campaign_id = %s', :sent_id));
SELECT pg_temp.try(format('DELETE FROM campaign.campaigns WHERE campaign_id = %s', :failed_id));
SELECT pg_temp.try(format('DELETE FROM campaign.campaigns WHERE campaign_id = %s', :canceled_id));
-- A DELETE of many rows is all or nothing.
SELECT pg_temp.make_campaign('draft') AS d1 \gset
SELECT pg_temp.try(format('DELETE FROM campaign.campaigns WHERE campaign_id IN (%s, %s)', :d1, :sent_id));
SELECT count(*) AS kept FROM campaign.campaigns WHERE campaign_id IN (:d1, :sent_id);
-- A scheduled campaign canceled back to draft can be deleted.
SELECT (campaign.cancel(:scheduled_id)).status;
SELECT pg_temp.try(format('DELETE FROM campaign.campaigns WHERE campaign_id = %s', :scheduled_id));
-- campaign_app: the same rules.
SET campaign.site_id = 1;  -- campaign_app sees site 1 (row-level security)
SET ROLE campaign_app;
SELECT pg_temp.try(format('DELETE FROM campaign.campaigns WHERE campaign_id = %s', :processing_id));
SELECT pg_temp.try(format('DELETE FROM campaign.campaigns WHERE campaign_id = %s', :d1));
RESET ROLE;
SELECT count(*) AS left_of_deleted FROM campaign.campaigns WHERE campaign_id IN (:scheduled_id, :d1);
-- The history of a deleted draft stays (it is append-only).
SELECT from_status, to_status FROM campaign.status_history WHERE campaign_id = :scheduled_id ORDER BY history_id;

--
-- History contents after a walk, with the role acted as and the time of the
-- campaign clock at each step.
--
-- A security-definer function of the application, owned by the superuser,
-- through which campaign_app cancels: changed_by is still campaign_app.
CREATE FUNCTION public.app_cancel(id bigint) RETURNS campaign.campaign_status
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog
    AS $$ SELECT (campaign.cancel(id)).status $$;
REVOKE ALL ON FUNCTION public.app_cancel(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.app_cancel(bigint) TO campaign_app;

SELECT pg_temp.make_campaign('draft') AS w \gset
SET campaign.fake_now = '2030-02-01 09:00:00+00';
SELECT campaign.activate(:w);                                       -- superuser
SET campaign.fake_now = '2030-02-01 09:05:00+00';
SET campaign.site_id = 1;  -- campaign_app sees site 1 (row-level security)
SET ROLE campaign_app;
SELECT (campaign.cancel(:w)).status;                                -- campaign_app, via function
UPDATE campaign.campaigns SET name = 'edited by the app' WHERE campaign_id = :w;
RESET ROLE;
SET campaign.fake_now = '2030-02-01 09:10:00+00';
SET campaign.site_id = 1;  -- campaign_app sees site 1 (row-level security)
SET ROLE campaign_app;
SELECT campaign.activate(:w, '2030-02-01 10:00+00');                -- campaign_app
SELECT public.app_cancel(:w);                                       -- campaign_app, via a definer function
UPDATE campaign.campaigns SET status = 'scheduled' WHERE campaign_id = :w;   -- campaign_app, direct UPDATE
RESET ROLE;
SET campaign.fake_now = '2030-02-01 10:00:00+00';
UPDATE campaign.campaigns SET status = 'processing' WHERE campaign_id = :w;  -- superuser, direct
SET campaign.fake_now = '2030-02-01 10:30:00+00';
SET campaign.site_id = 1;  -- campaign_app sees site 1 (row-level security)
SET ROLE campaign_app;
UPDATE campaign.campaigns SET status = 'failed', failure_reason = 'no_sms_subscription' WHERE campaign_id = :w;
RESET ROLE;
\pset tuples_only off
\pset format aligned
SELECT from_status, to_status, changed_at,
       CASE WHEN changed_by = session_user THEN '(superuser)' ELSE changed_by::text END AS changed_by,
       reason
  FROM campaign.status_history WHERE campaign_id = :w ORDER BY history_id;
-- campaign_app could read it too.
SET campaign.site_id = 1;  -- campaign_app sees site 1 (row-level security)
SET ROLE campaign_app;
SELECT count(*) AS history_rows_seen_by_app FROM campaign.status_history WHERE campaign_id = :w;
RESET ROLE;

-- A failed start records its failure_reason; a cancel records no reason; a
-- campaign's rows carry its site; the history agrees with the final status.
INSERT INTO campaign.sites (site_id, name, subdomain, is_active) VALUES (2, 'Closed shop', 'closed', false);
SELECT pg_temp.make_campaign('scheduled', 2) AS f2 \gset
UPDATE campaign.campaigns SET status = 'processing' WHERE campaign_id = :f2;
SELECT pg_temp.make_campaign('canceled') AS c2 \gset
SELECT h.campaign_id = :f2 AS is_f2, h.site_id, h.from_status, h.to_status, h.reason
  FROM campaign.status_history h WHERE h.campaign_id IN (:f2, :c2) ORDER BY h.history_id;
-- For every campaign of this file, the last history row leads to its status,
-- and each row starts where the previous one ended.
SELECT count(*) AS campaigns,
       count(*) FILTER (WHERE last.to_status = c.status) AS history_ends_in_status
  FROM campaign.campaigns c
  JOIN LATERAL (SELECT h.to_status FROM campaign.status_history h
                 WHERE h.campaign_id = c.campaign_id ORDER BY h.history_id DESC LIMIT 1) last ON true;
SELECT count(*) AS broken_links
  FROM (SELECT from_status, lag(to_status) OVER (PARTITION BY campaign_id ORDER BY history_id) AS previous
          FROM campaign.status_history) h
 WHERE h.previous IS NOT NULL AND h.previous <> h.from_status;
SELECT count(*) AS first_rows_not_from_draft
  FROM (SELECT DISTINCT ON (campaign_id) from_status
          FROM campaign.status_history ORDER BY campaign_id, history_id) h
 WHERE h.from_status <> 'draft';

--
-- status_history is append-only.
--
\pset tuples_only on
\pset format unaligned
SELECT pg_temp.try(format($$UPDATE campaign.status_history SET reason = 'rewritten' WHERE campaign_id = %s$$, :w));
SELECT pg_temp.try(format($$DELETE FROM campaign.status_history WHERE campaign_id = %s$$, :w));
SELECT pg_temp.try('TRUNCATE campaign.status_history');
SELECT pg_temp.try('DELETE FROM campaign.status_history');
-- campaign_app may read it, and may not write it at all (no privilege: 42501).
SET campaign.site_id = 1;  -- campaign_app sees site 1 (row-level security)
SET ROLE campaign_app;
SELECT pg_temp.try(format($$UPDATE campaign.status_history SET reason = 'rewritten' WHERE campaign_id = %s$$, :w));
SELECT pg_temp.try(format($$DELETE FROM campaign.status_history WHERE campaign_id = %s$$, :w));
SELECT pg_temp.try('TRUNCATE campaign.status_history');
SELECT pg_temp.try(format($$INSERT INTO campaign.status_history (campaign_id, site_id, from_status, to_status, changed_at, changed_by) VALUES (%s, 1, 'failed', 'draft', now(), 'forged')$$, :w));
RESET ROLE;
-- Nothing changed.
SELECT count(*) || ' rows, ' || count(*) FILTER (WHERE reason = 'rewritten') || ' rewritten, '
       || count(*) FILTER (WHERE changed_by = 'forged') || ' forged'
  FROM campaign.status_history WHERE campaign_id = :w;

--
-- pg_notify('campaign_status'): LISTEN in this session. psql prints each
-- notification, after the transaction that sent it commits, to its query
-- output; it is captured with \o and read back with the PID masked (psql
-- prints the sending backend's PID, which changes from run to run).
--
\pset tuples_only on
\pset format unaligned
SELECT '/tmp/campaign_regress_notify_' || pg_backend_pid() || '.txt' AS notify_file \gset
\setenv CAMPAIGN_NOTIFY_FILE :notify_file
SELECT pg_temp.make_campaign('draft') AS n1 \gset
SELECT pg_temp.make_campaign('draft', 2) AS n2 \gset
SELECT :n1 AS n1, :n2 AS n2;
LISTEN campaign_status;
\o :notify_file
BEGIN;
SELECT campaign.activate(:n1);
SELECT campaign.activate(:n2);
SELECT '-- still in the transaction: nothing delivered yet';
COMMIT;
SELECT '-- committed';
BEGIN;
SELECT (campaign.cancel(:n1)).status;
ROLLBACK;
SELECT '-- rolled back: nothing';
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'sent' WHERE campaign_id = %s$$, :n1));
SELECT '-- refused: nothing';
UPDATE campaign.campaigns SET status = 'processing' WHERE campaign_id IN (:n1, :n2);
SELECT '-- n2 became failed (site inactive) instead of processing';
UPDATE campaign.campaigns SET name = 'no status change' WHERE campaign_id = (SELECT pg_temp.make_campaign('draft'));
SELECT '-- an edit without a status change: nothing';
SELECT (campaign.cancel(:n1)).status;
\o
UNLISTEN campaign_status;
-- (the server reads the file psql wrote: make it readable whatever the umask)
\! chmod 644 "$CAMPAIGN_NOTIFY_FILE"
SELECT regexp_replace(pg_read_file(:'notify_file'), 'PID [0-9]+', 'PID <pid>', 'g');
-- Each payload names the history row of its change: the superuser reads
-- every one; campaign_app of site 1 those of n1 only, nothing of site 2's n2.
CREATE TEMP TABLE notified AS
SELECT m[1]::bigint AS history_id
  FROM regexp_matches(pg_read_file(:'notify_file'), 'payload "\{"history_id": ([0-9]+)\}"', 'g') AS m;
GRANT SELECT ON notified TO PUBLIC;
SELECT string_agg(format('%s %s>%s', h.campaign_id, h.from_status, h.to_status), ', ' ORDER BY h.history_id)
  FROM notified n JOIN campaign.status_history h USING (history_id);
SET ROLE campaign_app;
SET campaign.site_id = '1';
SELECT count(*) || ' notified, ' || count(h.history_id) || ' readable: '
       || string_agg(format('%s %s>%s', h.campaign_id, h.from_status, h.to_status), ', '
                     ORDER BY h.history_id) FILTER (WHERE h.history_id IS NOT NULL)
  FROM notified n LEFT JOIN campaign.status_history h USING (history_id);
RESET campaign.site_id;
RESET ROLE;
\! rm -f "$CAMPAIGN_NOTIFY_FILE"

DROP FUNCTION public.app_cancel(bigint);
DROP EXTENSION campaign CASCADE;
