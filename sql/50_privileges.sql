SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 50_privileges: roles and tenants (docs/reference.md, Roles and tenants; README "Security").
--
-- Every role acts on the same data: campaign_app with campaign.site_id set to
-- its site and with it empty, campaign_dispatcher, campaign_admin, and a fresh
-- login role that holds nothing but what PUBLIC holds. Each attempt runs in a
-- subtransaction that is rolled back, so that the matrix shows, for every
-- role, what each statement would do from the same starting point: "ok N" (it
-- ran and touched or returned N rows) or the SQLSTATE of its refusal. Then the
-- paths that matter get their full messages: another site's campaign is "not
-- found" exactly like a missing one, status_history.changed_by names the role
-- acted as, the clock cannot be moved by an ordinary role, and
-- campaign_admin cannot borrow the superuser rights of the extension's
-- SECURITY DEFINER functions.
--
\i sql/include/helpers.psql

-- Login roles of this test (roles are cluster-wide: start from none).
DROP ROLE IF EXISTS regress_campaign_nobody, regress_campaign_clerk, regress_campaign_mallory;
CREATE ROLE regress_campaign_nobody LOGIN;
CREATE ROLE regress_campaign_clerk LOGIN IN ROLE campaign_app;
CREATE ROLE regress_campaign_mallory LOGIN IN ROLE campaign_admin;

-- Two sites with the same subscriber ids, so that a wrong site shows.
INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Mine', 'mine'), (2, 'Theirs', 'theirs');
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES
    (1, 1, '+13055550101'), (1, 2, '+13055550102'), (1, 3, '+13055550103'),
    (2, 1, '+13055550201'), (2, 2, '+13055550202');
SELECT pg_temp.make_campaign('draft', 1) AS d1, pg_temp.make_campaign('scheduled', 1) AS s1,
       pg_temp.make_campaign('processing', 1) AS p1,
       pg_temp.make_campaign('draft', 2) AS d2, pg_temp.make_campaign('scheduled', 2) AS s2,
       pg_temp.make_campaign('processing', 2) AS p2 \gset
-- A message with a dispatcher and one pending, in each processing campaign.
INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no, status, send_at,
                               attempts, dispatched_at, lease_expires_at) VALUES
    (1, :p1, 1, 0, 'dispatching', '2030-01-15 11:00+00', 1, '2030-01-15 11:00+00', '2030-01-15 13:00+00'),
    (1, :p1, 2, 0, 'pending', '2030-01-15 13:00+00', 0, NULL, NULL),
    (2, :p2, 1, 0, 'dispatching', '2030-01-15 11:00+00', 1, '2030-01-15 11:00+00', '2030-01-15 13:00+00'),
    (2, :p2, 2, 0, 'pending', '2030-01-15 13:00+00', 0, NULL, NULL);
SELECT message_id AS m1 FROM campaign.messages WHERE site_id = 1 AND status = 'dispatching' \gset
SELECT message_id AS m2 FROM campaign.messages WHERE site_id = 2 AND status = 'dispatching' \gset
INSERT INTO campaign.subscriber_events VALUES (1, 1, 'purchase', '2030-01-15 10:00+00'),
                                              (2, 1, 'purchase', '2030-01-15 10:00+00');

-- What there is, per site, as the superuser sees it.
SELECT s.site_id,
       (SELECT count(*) FROM campaign.subscribers x WHERE x.site_id = s.site_id) AS subscribers,
       (SELECT count(*) FROM campaign.campaigns x WHERE x.site_id = s.site_id) AS campaigns,
       (SELECT count(*) FROM campaign.campaign_steps x WHERE x.site_id = s.site_id) AS steps,
       (SELECT count(*) FROM campaign.messages x WHERE x.site_id = s.site_id) AS messages,
       (SELECT count(*) FROM campaign.status_history x WHERE x.site_id = s.site_id) AS history,
       (SELECT count(*) FROM campaign.subscriber_events x WHERE x.site_id = s.site_id) AS events
  FROM campaign.sites s ORDER BY s.site_id;

--
-- The matrix.
--
-- attempt(cmd): run cmd, report "ok <rows>" or its SQLSTATE, and roll it back
-- in every case (the success is turned into an error that the handler catches).
CREATE FUNCTION pg_temp.attempt(cmd text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    st text; msg text; n bigint;
BEGIN
    BEGIN
        EXECUTE cmd;
        GET DIAGNOSTICS n = ROW_COUNT;
        RAISE EXCEPTION USING ERRCODE = 'ZZ000', MESSAGE = n::text;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
        RETURN CASE WHEN st = 'ZZ000' THEN 'ok ' || msg ELSE st END;
    END;
END $$;

CREATE TEMP TABLE probe (id serial, label text, cmd text);
CREATE TEMP TABLE outcome (actor text, id integer, result text);
GRANT SELECT ON probe TO PUBLIC;
GRANT INSERT ON outcome TO PUBLIC;

INSERT INTO probe (label, cmd) VALUES
    -- reads (site 1 has 3 subscribers, 3 campaigns, 2 messages, ...; site 2 fewer)
    ('read sites',                  'SELECT * FROM campaign.sites'),
    ('read subscribers',            'SELECT * FROM campaign.subscribers'),
    ('read campaigns',              'SELECT * FROM campaign.campaigns'),
    ('read campaign_steps',         'SELECT * FROM campaign.campaign_steps'),
    ('read messages',               'SELECT * FROM campaign.messages'),
    ('read status_history',         'SELECT * FROM campaign.status_history'),
    ('read subscriber_events',      'SELECT * FROM campaign.subscriber_events'),
    ('read campaign_progress',      'SELECT * FROM campaign.campaign_progress'),
    ('count send_windows',          'SELECT count(*) FROM campaign.send_windows'),
    ('count phone_prefixes',        'SELECT count(*) FROM campaign.phone_prefixes'),
    ('nextval campaign ids',        $$SELECT nextval('campaign.campaigns_campaign_id_seq')$$),
    ('setval campaign ids',         $$SELECT setval('campaign.campaigns_campaign_id_seq', 1)$$),
    -- subscribers
    ('insert subscriber, site 1',   $$INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES (1, 10, '+13055550110')$$),
    ('insert subscriber, site 2',   $$INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES (2, 10, '+13055550210')$$),
    ('update subscribers, site 1',  $$UPDATE campaign.subscribers SET tags = '{vip}' WHERE site_id = 1$$),
    ('update subscribers, site 2',  $$UPDATE campaign.subscribers SET tags = '{vip}' WHERE site_id = 2$$),
    ('move subscriber to site 2',   $$UPDATE campaign.subscribers SET site_id = 2 WHERE site_id = 1 AND subscriber_id = 3$$),
    ('delete subscriber, site 1',   'DELETE FROM campaign.subscribers WHERE site_id = 1 AND subscriber_id = 3'),
    ('delete subscriber, site 2',   'DELETE FROM campaign.subscribers WHERE site_id = 2 AND subscriber_id = 2'),
    -- campaigns and steps
    ('insert campaign, site 1',     $$INSERT INTO campaign.campaigns (site_id, name) VALUES (1, 'new')$$),
    ('insert campaign, site 2',     $$INSERT INTO campaign.campaigns (site_id, name) VALUES (2, 'new')$$),
    ('rename draft, site 1',        format($$UPDATE campaign.campaigns SET name = 'renamed' WHERE campaign_id = %s$$, :d1)),
    ('rename draft, site 2',        format($$UPDATE campaign.campaigns SET name = 'renamed' WHERE campaign_id = %s$$, :d2)),
    ('delete draft, site 1',        format('DELETE FROM campaign.campaigns WHERE campaign_id = %s', :d1)),
    ('delete draft, site 2',        format('DELETE FROM campaign.campaigns WHERE campaign_id = %s', :d2)),
    ('insert step, site 1',         format($$INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (%s, 1, 'more')$$, :d1)),
    ('insert step, site 2',         format($$INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (%s, 1, 'more')$$, :d2)),
    ('update steps, site 2',        format($$UPDATE campaign.campaign_steps SET body = 'x' WHERE campaign_id = %s$$, :d2)),
    -- events, messages, history
    ('insert event, site 1',        $$INSERT INTO campaign.subscriber_events VALUES (1, 2, 'click', '2030-01-15 11:00+00')$$),
    ('insert event, site 2',        $$INSERT INTO campaign.subscriber_events VALUES (2, 2, 'click', '2030-01-15 11:00+00')$$),
    ('insert message',              format($$INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no) VALUES (1, %s, 3, 0)$$, :p1)),
    ('update messages',             $$UPDATE campaign.messages SET status = 'sent'$$),
    ('delete messages',             'DELETE FROM campaign.messages'),
    ('insert status_history',       format($$INSERT INTO campaign.status_history (campaign_id, site_id, to_status, changed_at, changed_by) VALUES (%s, 1, 'sent', now(), 'x')$$, :p1)),
    -- sites and reference data
    ('update site 1',               $$UPDATE campaign.sites SET plan = 'paid' WHERE site_id = 1$$),
    ('insert site',                 $$INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (3, 'New', 'new')$$),
    ('insert send_window',          $$INSERT INTO campaign.send_windows (jurisdiction, allowed_start, allowed_end) VALUES ('US-ZZ', '09:00', '17:00')$$),
    ('insert phone_prefix',         $$INSERT INTO campaign.phone_prefixes (prefix, timezones, region) VALUES ('99999', '{UTC}', 'ZZ')$$),
    -- what bypasses the triggers or runs code of one's own
    ('truncate messages',           'TRUNCATE campaign.messages'),
    ('truncate campaigns',          'TRUNCATE campaign.campaigns CASCADE'),
    ('create trigger on messages',  'CREATE TRIGGER regress_probe BEFORE UPDATE ON campaign.messages FOR EACH ROW EXECUTE FUNCTION pg_catalog.suppress_redundant_updates_trigger()'),
    ('create trigger on history',   'CREATE TRIGGER regress_probe AFTER INSERT ON campaign.status_history FOR EACH ROW EXECUTE FUNCTION pg_catalog.suppress_redundant_updates_trigger()'),
    ('disable a trigger',           'ALTER TABLE campaign.campaigns DISABLE TRIGGER campaigns_guard'),
    ('set the clock',               $$SET campaign.fake_now = '2030-06-01 12:00+00'$$),
    ('replica role (no triggers)',  'SET session_replication_role = replica'),
    -- the application's functions
    ('activate, site 1',            format('SELECT campaign.activate(%s)', :d1)),
    ('activate, site 2',            format('SELECT campaign.activate(%s)', :d2)),
    ('cancel scheduled, site 1',    format('SELECT * FROM campaign.cancel(%s)', :s1)),
    ('cancel scheduled, site 2',    format('SELECT * FROM campaign.cancel(%s)', :s2)),
    ('cancel processing, site 1',   format('SELECT * FROM campaign.cancel(%s)', :p1)),
    ('cancel processing, site 2',   format('SELECT * FROM campaign.cancel(%s)', :p2)),
    ('duplicate, site 1',           format('SELECT campaign.duplicate(%s)', :p1)),
    ('duplicate, site 2',           format('SELECT campaign.duplicate(%s)', :p2)),
    ('unsubscribe, site 1',         'SELECT campaign.unsubscribe(1, 1)'),
    ('unsubscribe, site 2',         'SELECT campaign.unsubscribe(2, 1)'),
    ('record_event, site 1',        $$SELECT campaign.record_event(1, 1, 'purchase')$$),
    ('record_event, site 2',        $$SELECT campaign.record_event(2, 1, 'purchase')$$),
    ('explain_send_time, site 2',   format('SELECT * FROM campaign.explain_send_time(%s, 1)', :p2)),
    ('campaign.now()',              'SELECT campaign.now()'),
    ('is_valid_phone',              $$SELECT campaign.is_valid_phone('+13055550123')$$),
    -- the dispatcher's and the scheduler's functions
    ('mark_sent, site 1',           format($$SELECT campaign.mark_sent(%s, 'SM1')$$, :m1)),
    ('mark_sent, site 2',           format($$SELECT campaign.mark_sent(%s, 'SM2')$$, :m2)),
    ('mark_sent (batch)',           format($$SELECT campaign.mark_sent(ARRAY[%s, %s], NULL)$$, :m1, :m2)),
    ('mark_failed',                 format($$SELECT campaign.mark_failed(%s, 'carrier timeout')$$, :m1)),
    ('record_delivery (unknown)',   $$SELECT campaign.record_delivery('SM-unknown', true)$$),
    ('tick',                        'SELECT * FROM campaign.tick(10)');

-- Run every probe as one actor.
CREATE FUNCTION pg_temp.run_probes(actor text) RETURNS void LANGUAGE sql AS $$
    INSERT INTO outcome SELECT actor, p.id, pg_temp.attempt(p.cmd) FROM probe p ORDER BY p.id
$$;

SET ROLE campaign_app;
SET campaign.site_id = '1';
SELECT pg_temp.run_probes('app, site 1');
SET campaign.site_id = '';
SELECT pg_temp.run_probes('app, no site');
RESET campaign.site_id;
SET ROLE campaign_dispatcher;
SELECT pg_temp.run_probes('dispatcher');
SET ROLE campaign_admin;
SELECT pg_temp.run_probes('admin');
SET ROLE regress_campaign_nobody;
SELECT pg_temp.run_probes('public');
RESET ROLE;

SELECT p.label,
       max(o.result) FILTER (WHERE o.actor = 'app, site 1') AS "app, site 1",
       max(o.result) FILTER (WHERE o.actor = 'app, no site') AS "app, no site",
       max(o.result) FILTER (WHERE o.actor = 'dispatcher') AS dispatcher,
       max(o.result) FILTER (WHERE o.actor = 'admin') AS admin,
       max(o.result) FILTER (WHERE o.actor = 'public') AS public
  FROM probe p JOIN outcome o USING (id)
 GROUP BY p.id, p.label ORDER BY p.id;

-- Nothing of the matrix stayed.
SELECT count(*) AS campaigns, count(*) FILTER (WHERE status = 'draft') AS drafts
  FROM campaign.campaigns;

--
-- Tenants, with the messages.
--
\pset tuples_only on
\pset format unaligned
SET ROLE campaign_app;
SET campaign.site_id = '1';
-- Another site's campaign is "not found", word for word like a missing one.
SELECT pg_temp.try(format('SELECT * FROM campaign.cancel(%s)', :s2));
SELECT pg_temp.try('SELECT * FROM campaign.cancel(999999)');
SELECT pg_temp.try(format('SELECT campaign.activate(%s)', :d2));
SELECT pg_temp.try(format('SELECT campaign.duplicate(%s)', :p2));
SELECT pg_temp.try(format('SELECT * FROM campaign.explain_send_time(%s, 1)', :p2));
SELECT pg_temp.try('SELECT campaign.unsubscribe(2, 1)');
SELECT pg_temp.try('SELECT campaign.unsubscribe(1, 999)');
SELECT pg_temp.try($$SELECT campaign.record_event(2, 1, 'purchase')$$);
SELECT pg_temp.try(format($$INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (%s, 1, 'x')$$, :d2));
-- Writing a row of another site is refused by the policy.
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, name) VALUES (2, 'new')$$);
SELECT pg_temp.try($$UPDATE campaign.subscribers SET site_id = 2 WHERE site_id = 1 AND subscriber_id = 3$$);
-- The progress view shows this site's campaigns only.
SELECT string_agg(format('%s:%s:%s', site_id, status, pending), ' ' ORDER BY campaign_id)
  FROM campaign.campaign_progress;
-- From a connection pool: SET LOCAL for one transaction, then back.
BEGIN;
SET LOCAL campaign.site_id = '2';
SELECT 'in the transaction: ' || string_agg(DISTINCT site_id::text, ',') FROM campaign.campaigns;
COMMIT;
SELECT 'after it: ' || string_agg(DISTINCT site_id::text, ',') FROM campaign.campaigns;
-- The setting is a site_id or empty, nothing else.
SELECT pg_temp.try($$SET campaign.site_id = 'abc'$$);
SELECT pg_temp.try($$SET campaign.site_id = '1 OR true'$$);
SELECT pg_temp.try($$SET campaign.site_id = '99999999999999999999'$$);
SELECT current_setting('campaign.site_id');
-- Empty: nothing at all.
SET campaign.site_id = '';
SELECT (SELECT count(*) FROM campaign.sites) + (SELECT count(*) FROM campaign.subscribers)
       + (SELECT count(*) FROM campaign.campaigns) + (SELECT count(*) FROM campaign.campaign_progress)
       AS rows_seen_without_a_site;
SELECT pg_temp.try(format('SELECT * FROM campaign.cancel(%s)', :s1));
RESET campaign.site_id;
RESET ROLE;

--
-- status_history.changed_by: the role the caller acted as, not the owner of
-- the SECURITY DEFINER trigger that writes the row.
--
SET ROLE campaign_app;
SET campaign.site_id = '1';
SELECT status FROM campaign.cancel(:s1);
RESET ROLE;
SET SESSION AUTHORIZATION regress_campaign_clerk;  -- a login role, member of campaign_app
SET campaign.site_id = '1';
SELECT campaign.activate(:s1);
RESET campaign.site_id;
RESET SESSION AUTHORIZATION;
SET ROLE campaign_admin;
UPDATE campaign.campaigns SET status = 'failed', failure_reason = 'site_inactive' WHERE campaign_id = :s2;
RESET ROLE;
SELECT format('%s %s>%s by %s', campaign_id, from_status, to_status, changed_by)
  FROM campaign.status_history WHERE campaign_id IN (:s1, :s2) ORDER BY history_id;

--
-- The clock: campaign.fake_now is superuser-only.
--
SET ROLE campaign_admin;
SELECT pg_temp.try($$SET campaign.fake_now = '2030-06-01 12:00+00'$$);
SELECT pg_temp.try($$SELECT set_config('campaign.fake_now', '', false)$$);
RESET ROLE;
SELECT campaign.now();

--
-- campaign_admin cannot become superuser through code of its own run by the
-- extension's SECURITY DEFINER functions (a trigger of its own on a table
-- they write would run as their owner).
--
SET SESSION AUTHORIZATION regress_campaign_mallory;
CREATE FUNCTION pg_temp.escalate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    ALTER ROLE regress_campaign_mallory SUPERUSER;
    RETURN NULL;
END $$;
SELECT pg_temp.try('CREATE TRIGGER regress_escalate AFTER INSERT ON campaign.status_history FOR EACH ROW EXECUTE FUNCTION pg_temp.escalate()');
SELECT pg_temp.try(format('SELECT campaign.activate(%s)', :d1));
RESET SESSION AUTHORIZATION;
SELECT rolname, rolsuper FROM pg_roles WHERE rolname = 'regress_campaign_mallory';
DROP FUNCTION pg_temp.escalate();
SELECT count(*) AS foreign_triggers FROM pg_trigger
 WHERE tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'campaign'::regnamespace)
   AND tgname LIKE 'regress%';

--
-- A new session of an ordinary role: a value of campaign.fake_now set before
-- the library is loaded (a placeholder) is dropped when the library defines
-- the setting, so the clock stays real.
--
\c
SET client_min_messages = error;
SET SESSION AUTHORIZATION regress_campaign_clerk;
SET campaign.fake_now = '2000-01-01 00:00+00';
SELECT campaign.now() > '2020-01-01' AS clock_is_real, current_setting('campaign.fake_now') = '' AS setting_dropped;
RESET SESSION AUTHORIZATION;
\pset tuples_only off
\pset format aligned

DROP EXTENSION campaign CASCADE;
DROP ROLE regress_campaign_nobody, regress_campaign_clerk, regress_campaign_mallory;
