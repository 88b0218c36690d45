-- pgTAP: the rules of the status machine (docs/reference.md: Statuses and transitions, Functions, Errors) as
-- behaviour: the graph, the guards, the edit lock, delete rules, history,
-- activate/cancel/duplicate and bad input, each error with its SQLSTATE and
-- message.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS campaign;
SELECT plan(128);

SET LOCAL campaign.fake_now = '2030-01-15 12:00:00+00';
SET LOCAL TimeZone = 'UTC';

INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Shop', 'shop');
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone)
SELECT 1, g, '+1305555010' || g FROM generate_series(1, 3) g;

-- A campaign in the given status, reached along the graph. audience_done
-- (written only by campaign.tick(), a later issue) is set with the triggers
-- off (session_replication_role = replica, the restore path), so that
-- processing -> sending / sent can be tested now.
CREATE FUNCTION pg_temp.make_campaign(target campaign.campaign_status, site bigint DEFAULT 1)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    id bigint;
BEGIN
    INSERT INTO campaign.campaigns (site_id, name) VALUES (site, 'from ' || target)
        RETURNING campaign_id INTO id;
    INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (id, 0, 'Hello');
    IF target = 'draft' THEN RETURN id; END IF;
    PERFORM campaign.activate(id);
    IF target = 'scheduled' THEN RETURN id; END IF;
    IF target = 'failed' THEN
        UPDATE campaign.campaigns SET status = 'failed', failure_reason = 'site_inactive' WHERE campaign_id = id;
        RETURN id;
    END IF;
    UPDATE campaign.campaigns SET status = 'processing' WHERE campaign_id = id;
    PERFORM pg_catalog.set_config('session_replication_role', 'replica', true);
    UPDATE campaign.campaigns SET audience_done = true WHERE campaign_id = id;
    PERFORM pg_catalog.set_config('session_replication_role', 'origin', true);
    IF target = 'processing' THEN RETURN id; END IF;
    IF target = 'canceled' THEN PERFORM campaign.cancel(id); RETURN id; END IF;
    UPDATE campaign.campaigns SET status = 'sending' WHERE campaign_id = id;
    IF target = 'sending' THEN RETURN id; END IF;
    UPDATE campaign.campaigns SET status = 'sent' WHERE campaign_id = id;
    RETURN id;
END $$;

--
-- The graph: all 42 ordered pairs by direct UPDATE.
--
CREATE TEMP TABLE pair AS
SELECT f, t, (f, t) IN (('draft', 'scheduled'),
                        ('scheduled', 'draft'), ('scheduled', 'processing'), ('scheduled', 'failed'),
                        ('processing', 'sending'), ('processing', 'sent'), ('processing', 'failed'), ('processing', 'canceled'),
                        ('sending', 'sent'), ('sending', 'failed'), ('sending', 'canceled')) AS legal,
       NULL::bigint AS id
  FROM unnest(enum_range(NULL::campaign.campaign_status)) f,
       unnest(enum_range(NULL::campaign.campaign_status)) t
 WHERE f <> t;
UPDATE pair SET id = pg_temp.make_campaign(f);
SELECT CASE WHEN legal
    THEN lives_ok(format($$UPDATE campaign.campaigns SET status = %L, failure_reason = %L WHERE campaign_id = %s$$,
                         t, CASE WHEN t = 'failed' THEN 'site_inactive' END, id),
                  format('%s -> %s is legal', f, t))
    ELSE throws_ok(format($$UPDATE campaign.campaigns SET status = %L, failure_reason = %L WHERE campaign_id = %s$$,
                          t, CASE WHEN t = 'failed' THEN 'site_inactive' END, id),
                   '55000', format('campaign %s cannot move from %s to %s', id, f, t),
                   format('%s -> %s is refused', f, t))
    END
  FROM pair ORDER BY f, t;
SELECT is((SELECT count(*) FROM pair WHERE legal), 11::bigint, 'the graph has 11 edges');
SELECT is_empty($$SELECT p.f, p.t, c.status FROM pair p JOIN campaign.campaigns c ON c.campaign_id = p.id
                   WHERE c.status <> CASE WHEN p.legal THEN p.t ELSE p.f END$$,
                'each campaign is where its move left it');
SELECT is_empty($$SELECT p.f, p.t FROM pair p
                   WHERE p.legal <> EXISTS (SELECT FROM campaign.status_history h
                                             WHERE h.campaign_id = p.id AND h.from_status = p.f AND h.to_status = p.t)$$,
                'a legal move appends its history row, an illegal one none');

--
-- The graph through the functions.
--
SELECT results_eq(format('SELECT campaign.activate(%s)', pg_temp.make_campaign('draft')),
                  $$VALUES ('scheduled'::campaign.campaign_status)$$, 'activate: draft -> scheduled');
SELECT throws_ok(format('SELECT campaign.activate(%s)', id), '55000', format('campaign %s cannot be activated', id),
                 format('activate from %s is refused', s))
  FROM (SELECT s, pg_temp.make_campaign(s) AS id FROM unnest(enum_range(NULL::campaign.campaign_status)) s WHERE s <> 'draft') x;
SELECT results_eq(format('SELECT * FROM campaign.cancel(%s)', pg_temp.make_campaign('scheduled')),
                  $$VALUES ('draft'::campaign.campaign_status, 0::bigint)$$, 'cancel: scheduled -> draft, nothing halted');
SELECT results_eq(format('SELECT * FROM campaign.cancel(%s)', pg_temp.make_campaign('processing')),
                  $$VALUES ('canceled'::campaign.campaign_status, 0::bigint)$$, 'cancel: processing -> canceled');
SELECT results_eq(format('SELECT * FROM campaign.cancel(%s)', pg_temp.make_campaign('sending')),
                  $$VALUES ('canceled'::campaign.campaign_status, 0::bigint)$$, 'cancel: sending -> canceled');
SELECT throws_ok(format('SELECT campaign.cancel(%s)', id), '55000', format('campaign %s cannot be canceled: %s', id, why),
                 format('cancel from %s is refused', s))
  FROM (SELECT s, pg_temp.make_campaign(s::campaign.campaign_status) AS id, why
          FROM (VALUES ('draft', 'it is a draft and was never activated'),
                       ('sent', 'it was sent and delivery can no longer be prevented'),
                       ('failed', 'it failed and nothing remains to send'),
                       ('canceled', 'it is already canceled')) v(s, why)) x;

--
-- Guards.
--
SELECT pg_temp.make_campaign('scheduled') AS g1 \gset
UPDATE campaign.campaigns SET status = 'processing' WHERE campaign_id = :g1;
SELECT throws_ok(format($$UPDATE campaign.campaigns SET status = 'sending' WHERE campaign_id = %s$$, :g1), '55000',
                 format('campaign %s cannot move to sending before every subscriber is processed', :g1),
                 'processing -> sending needs every subscriber processed');
SELECT throws_ok(format($$UPDATE campaign.campaigns SET status = 'sent' WHERE campaign_id = %s$$, :g1), '55000',
                 format('campaign %s cannot move to sent before every subscriber is processed', :g1),
                 'processing -> sent needs every subscriber processed');
SELECT throws_ok(format($$UPDATE campaign.campaigns SET status = 'failed' WHERE campaign_id = %s$$, :g1), '55000',
                 format('campaign %s cannot move to failed without a failure_reason', :g1),
                 '-> failed needs a failure_reason');
SELECT pg_temp.make_campaign('sending') AS g2 \gset
INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no, status)
VALUES (1, :g2, 1, 0, 'pending'), (1, :g2, 2, 0, 'dispatching'), (1, :g2, 3, 0, 'sent');
SELECT throws_ok(format($$UPDATE campaign.campaigns SET status = 'sent' WHERE campaign_id = %s$$, :g2), '55000',
                 format('campaign %s cannot move to sent while messages remain', :g2),
                 '-> sent needs no pending or dispatching message');
SELECT results_eq(format('SELECT * FROM campaign.cancel(%s)', :g2),
                  $$VALUES ('canceled'::campaign.campaign_status, 1::bigint)$$, 'cancel halts and counts the pending message');
SELECT results_eq(format('SELECT subscriber_id, status::text, skip_reason FROM campaign.messages WHERE campaign_id = %s ORDER BY 1', :g2),
                  $$VALUES (1::bigint, 'canceled', 'campaign_canceled'), (2, 'dispatching', NULL), (3, 'sent', NULL)$$,
                  'cancel withdraws pending messages only');
SELECT pg_temp.make_campaign('processing') AS g3 \gset
INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no, status)
VALUES (1, :g3, 1, 0, 'pending'), (1, :g3, 2, 0, 'dispatching');
UPDATE campaign.campaigns SET status = 'failed', failure_reason = 'no_subdomain' WHERE campaign_id = :g3;
SELECT results_eq(format('SELECT subscriber_id, status::text, skip_reason FROM campaign.messages WHERE campaign_id = %s ORDER BY 1', :g3),
                  $$VALUES (1::bigint, 'canceled', 'campaign_failed'), (2, 'dispatching', NULL)$$,
                  '-> failed withdraws pending messages');
SELECT throws_ok($$INSERT INTO campaign.campaigns (site_id, status) VALUES (1, 'scheduled')$$, '55000',
                 'a campaign must be created as draft', 'a campaign is inserted only as draft');

-- Failure checks at start, in their order of precedence
INSERT INTO campaign.sites (site_id, subdomain, is_active, sms_enabled, plan, trial_message_limit) VALUES
    (10, NULL, false, false, 'trial', 0), (11, '', true, false, 'trial', 0),
    (12, ' ', true, true, 'trial', 0), (13, 's13', true, true, 'trial', 2), (14, 's14', true, true, 'trial', 3);
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone)
SELECT s, g, '+1212555010' || g FROM generate_series(10, 14) s, generate_series(1, 3) g;
CREATE TEMP TABLE start AS SELECT s::bigint AS site_id, pg_temp.make_campaign('scheduled', s) AS id FROM generate_series(10, 14) s;
UPDATE campaign.campaigns SET status = 'processing' WHERE campaign_id IN (SELECT id FROM start);
SELECT results_eq($$SELECT s.site_id, c.status::text, c.failure_reason FROM start s JOIN campaign.campaigns c ON c.campaign_id = s.id ORDER BY 1$$,
                  $$VALUES (10::bigint, 'failed', 'site_inactive'), (11, 'failed', 'no_sms_subscription'),
                           (12, 'failed', 'no_subdomain'), (13, 'failed', 'trial_limit_reached'), (14, 'processing', NULL)$$,
                  'a start that fails a check becomes failed with the first reason that holds');

--
-- Edit lock.
--
SELECT lives_ok(format($$UPDATE campaign.campaigns SET name = 'edited', send_at = '2031-01-01', audience_tags = '{a}' WHERE campaign_id = %s$$,
                       pg_temp.make_campaign('draft')), 'a draft is editable');
SELECT throws_ok(format($$UPDATE campaign.campaigns SET name = 'edited' WHERE campaign_id = %s$$, id), '55000',
                 format('campaign %s cannot be edited while %s', id, s), format('a %s campaign is locked', s))
  FROM (SELECT s, pg_temp.make_campaign(s) AS id FROM unnest(enum_range(NULL::campaign.campaign_status)) s WHERE s <> 'draft') x;
SELECT throws_ok(format($$UPDATE campaign.campaigns SET site_id = 10 WHERE campaign_id = %s$$, pg_temp.make_campaign('draft')), '55000',
                 NULL, 'site_id never changes');
SELECT throws_ok(format($$UPDATE campaign.campaigns SET failure_reason = 'x' WHERE campaign_id = %s$$, pg_temp.make_campaign('scheduled')),
                 '55000', NULL, 'failure_reason changes only with a move to failed');
SELECT throws_ok(format($$UPDATE campaign.campaigns SET activated_at = now() WHERE campaign_id = %s$$, pg_temp.make_campaign('draft')),
                 '55000', NULL, 'bookkeeping is not written by users, even in draft');
SELECT throws_ok($$INSERT INTO campaign.campaigns (site_id, trial_reserved) VALUES (1, 3)$$, '55000',
                 'column "trial_reserved" of campaign.campaigns is written by the extension', 'nor on INSERT');
SELECT lives_ok(format($$INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (%s, 1, 'Follow-up')$$,
                       pg_temp.make_campaign('draft')), 'steps of a draft are editable');
SELECT throws_ok(format($$INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (%s, 1, 'Follow-up')$$, id), '55000',
                 format('steps of campaign %s cannot change while it is %s', id, s), format('steps of a %s campaign are locked', s))
  FROM (SELECT s, pg_temp.make_campaign(s) AS id FROM unnest(enum_range(NULL::campaign.campaign_status)) s WHERE s <> 'draft') x;

--
-- Delete only drafts.
--
SELECT lives_ok(format('DELETE FROM campaign.campaigns WHERE campaign_id = %s', pg_temp.make_campaign('draft')), 'a draft can be deleted');
SELECT throws_ok(format('DELETE FROM campaign.campaigns WHERE campaign_id = %s', id), '55000',
                 format('campaign %s cannot be deleted while %s', id, s), format('a %s campaign cannot be deleted', s))
  FROM (SELECT s, pg_temp.make_campaign(s) AS id FROM unnest(enum_range(NULL::campaign.campaign_status)) s WHERE s <> 'draft') x;

--
-- History.
--
SELECT pg_temp.make_campaign('draft') AS h \gset
SELECT lives_ok(format('SELECT campaign.activate(%s)', :h), 'activate as the superuser');
SET campaign.site_id = 1;  -- campaign_app sees site 1 (row-level security)
SET LOCAL ROLE campaign_app;
SELECT lives_ok(format('SELECT campaign.cancel(%s)', :h), 'cancel as campaign_app');
SELECT lives_ok(format('SELECT campaign.activate(%s)', :h), 'activate as campaign_app');
RESET ROLE;
UPDATE campaign.campaigns SET status = 'processing' WHERE campaign_id = :h;
UPDATE campaign.campaigns SET status = 'failed', failure_reason = 'site_inactive' WHERE campaign_id = :h;
SELECT results_eq(format($$SELECT from_status::text, to_status::text, changed_by::text = current_user::text, changed_by::text COLLATE "default", reason, changed_at
                            FROM campaign.status_history WHERE campaign_id = %s ORDER BY history_id$$, :h),
                  format($$VALUES ('draft', 'scheduled', true, %L, NULL::text, '2030-01-15 12:00+00'::timestamptz),
                                  ('scheduled', 'draft', false, 'campaign_app', NULL, '2030-01-15 12:00+00'),
                                  ('draft', 'scheduled', false, 'campaign_app', NULL, '2030-01-15 12:00+00'),
                                  ('scheduled', 'processing', true, %L, NULL, '2030-01-15 12:00+00'),
                                  ('processing', 'failed', true, %L, 'site_inactive', '2030-01-15 12:00+00')$$,
                         current_user, current_user, current_user),
                  'history: one row per change, with the role acted as and the failure reason');
SELECT throws_ok('UPDATE campaign.status_history SET reason = NULL', '55000', 'campaign.status_history is append-only', 'history refuses UPDATE');
SELECT throws_ok('DELETE FROM campaign.status_history', '55000', 'campaign.status_history is append-only', 'history refuses DELETE');
SELECT throws_ok('TRUNCATE campaign.status_history', '55000', 'campaign.status_history is append-only', 'history refuses TRUNCATE');

--
-- activate: send time and refusals.
--
CREATE TEMP TABLE act (label text, col timestamptz, arg timestamptz, want timestamptz, id bigint);
INSERT INTO act VALUES
    ('argument', NULL, '2030-03-01 10:00+00', '2030-03-01 10:00+00'),
    ('column', '2030-02-01 10:00+00', NULL, '2030-02-01 10:00+00'),
    ('argument over column', '2030-02-01 10:00+00', '2030-03-01 10:00+00', '2030-03-01 10:00+00'),
    ('neither: now', NULL, NULL, '2030-01-15 12:00+00'),
    ('past means now', NULL, '2001-01-01 00:00+00', '2030-01-15 12:00+00');
UPDATE act SET id = pg_temp.make_campaign('draft');
UPDATE campaign.campaigns c SET send_at = a.col FROM act a WHERE a.id = c.campaign_id;
UPDATE act SET id = id WHERE campaign.activate(id, arg) = 'scheduled';
SELECT is(c.send_at, a.want, 'activate send_at: ' || a.label)
  FROM act a JOIN campaign.campaigns c ON c.campaign_id = a.id ORDER BY a.label;
SELECT pg_temp.make_campaign('draft') AS loc \gset
UPDATE campaign.campaigns SET send_mode = 'subscriber_local', local_send_at = '2030-03-10 09:00' WHERE campaign_id = :loc;
SELECT lives_ok(format('SELECT campaign.activate(%s)', :loc), 'activate a subscriber_local campaign');
SELECT is((SELECT send_at FROM campaign.campaigns WHERE campaign_id = :loc), '2030-03-09 19:00+00'::timestamptz,
          'subscriber_local starts at local_send_at - 14 hours (UTC)');
SELECT pg_temp.make_campaign('draft') AS noloc \gset
UPDATE campaign.campaigns SET send_mode = 'subscriber_local' WHERE campaign_id = :noloc;
SELECT throws_ok(format('SELECT campaign.activate(%s)', :noloc), '55000', format('campaign %s cannot be activated', :noloc),
                 'subscriber_local needs local_send_at');
INSERT INTO campaign.campaigns (site_id, name) VALUES (1, 'no step 0') RETURNING campaign_id AS nostep \gset
SELECT throws_ok(format('SELECT campaign.activate(%s)', :nostep), '55000', format('campaign %s cannot be activated', :nostep),
                 'no step 0: refused');
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (:nostep, 0, '  ');
SELECT throws_ok(format('SELECT campaign.activate(%s)', :nostep), '55000', format('campaign %s cannot be activated', :nostep),
                 'empty body: refused');
UPDATE campaign.campaign_steps SET body = 'Hello' WHERE campaign_id = :nostep;
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (:nostep, 2, 'Third');
SELECT throws_ok(format('SELECT campaign.activate(%s)', :nostep), '55000', format('campaign %s cannot be activated', :nostep),
                 'a gap in the steps: refused');
SELECT is((SELECT status::text FROM campaign.campaigns WHERE campaign_id = :nostep), 'draft', 'a refused activation leaves a draft');

--
-- duplicate.
--
SELECT pg_temp.make_campaign('sent') AS src \gset
SELECT campaign.duplicate(:src, 'again') AS cp \gset
SELECT results_eq(format($$SELECT status::text, name, duplicated_from, send_mode, smart_sending, activated_at
                            FROM campaign.campaigns WHERE campaign_id = %s$$, :cp),
                  format($$VALUES ('draft', 'again', %s::bigint, 'at_time', true, NULL::timestamptz)$$, :src),
                  'duplicate: a new draft linked to its source');
SELECT results_eq(format('SELECT step_no, body FROM campaign.campaign_steps WHERE campaign_id = %s', :cp),
                  $$VALUES (0::smallint, 'Hello')$$, 'duplicate copies the steps');

--
-- Bad input.
--
SELECT throws_ok(format('SELECT campaign.%s(NULL)', f), '22023', 'campaign_id must not be null', f || '(NULL) is 22023')
  FROM unnest(ARRAY['activate', 'cancel', 'duplicate']) f;
SELECT throws_ok(format('SELECT campaign.%s(424242)', f), 'P0002', 'campaign 424242 does not exist', f || '(unknown) is P0002')
  FROM unnest(ARRAY['activate', 'cancel', 'duplicate']) f;
SELECT throws_ok(format($$UPDATE campaign.campaigns SET status = %L WHERE campaign_id = %s$$, v, :src), '22P02',
                 format('invalid input value for enum campaign.campaign_status: "%s"', v), format('status %L is 22P02', v))
  FROM unnest(ARRAY['Draft', 'done']) v;
SELECT throws_ok($$INSERT INTO campaign.subscribers (site_id, subscriber_id, phone, timezone) VALUES (1, 50, '+13055550150', 'Mars/Base')$$,
                 '22023', 'invalid time zone "Mars/Base" in subscribers.timezone', 'bad zone is 22023');
SELECT throws_ok($$INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES (1, 50, '3055550150')$$,
                 '22023', 'invalid phone number "3055550150"', 'bad phone is 22023');
SELECT results_eq($$INSERT INTO campaign.sites (site_id, timezone) VALUES (50, 'europe/berlin') RETURNING timezone$$,
                  $$VALUES ('Europe/Berlin')$$, 'zones are stored in their canonical spelling');
SELECT throws_ok($$SET campaign.fake_now = 'garbage'$$, '22023', NULL, 'fake_now must be a timestamptz');
SET campaign.site_id = 1;  -- campaign_app sees site 1 (row-level security)
SET LOCAL ROLE campaign_app;
SELECT throws_ok($$SET campaign.fake_now = '2000-01-01'$$, '42501', 'permission denied to set parameter "campaign.fake_now"',
                 'ordinary roles cannot set fake_now');
RESET ROLE;
SELECT is(campaign.now(), '2030-01-15 12:00+00'::timestamptz, 'campaign.now() is fake_now');

SELECT * FROM finish();
ROLLBACK;
