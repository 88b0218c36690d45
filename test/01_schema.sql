-- pgTAP: the schema surface of docs/reference.md (Tables, Functions, Roles and tenants):
-- tables, public columns and their types, enums, functions and their
-- signatures, triggers, pg_dump registration, roles and privileges.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS campaign;
SELECT plan(217);

SELECT has_schema('campaign');
SELECT has_extension('campaign');

-- Tables
SELECT has_table('campaign', t, 'table campaign.' || t)
  FROM unnest(ARRAY['sites', 'subscribers', 'campaigns', 'campaign_steps', 'messages',
                    'status_history', 'send_windows', 'phone_prefixes', 'subscriber_events',
                    'tick_errors', 'closed_days']) t;

-- Public columns and their types (docs/reference.md, Tables)
CREATE TEMP TABLE public_column (tab text, col text, typ text);
INSERT INTO public_column VALUES
    ('sites', 'site_id', 'bigint'), ('sites', 'name', 'text'), ('sites', 'subdomain', 'text'),
    ('sites', 'is_active', 'boolean'), ('sites', 'sms_enabled', 'boolean'), ('sites', 'plan', 'text'),
    ('sites', 'trial_message_limit', 'integer'), ('sites', 'trial_messages_used', 'integer'),
    ('sites', 'timezone', 'text'), ('sites', 'quiet_hours_start', 'time without time zone'),
    ('sites', 'quiet_hours_end', 'time without time zone'), ('sites', 'smart_sending_window', 'interval'),
    ('sites', 'country', 'text'),
    ('subscribers', 'site_id', 'bigint'), ('subscribers', 'subscriber_id', 'bigint'),
    ('subscribers', 'phone', 'text'), ('subscribers', 'timezone', 'text'), ('subscribers', 'region', 'text'),
    ('subscribers', 'tags', 'text[]'), ('subscribers', 'status', 'text'),
    ('subscribers', 'last_message_at', 'timestamp with time zone'),
    ('campaigns', 'campaign_id', 'bigint'), ('campaigns', 'site_id', 'bigint'), ('campaigns', 'name', 'text'),
    ('campaigns', 'status', 'campaign.campaign_status'), ('campaigns', 'send_mode', 'text'),
    ('campaigns', 'send_at', 'timestamp with time zone'), ('campaigns', 'local_send_at', 'timestamp without time zone'),
    ('campaigns', 'late_policy', 'text'), ('campaigns', 'respect_quiet_hours', 'boolean'),
    ('campaigns', 'smart_sending', 'boolean'), ('campaigns', 'audience_tags', 'text[]'),
    ('campaigns', 'failure_reason', 'text'), ('campaigns', 'duplicated_from', 'bigint'),
    ('campaigns', 'created_at', 'timestamp with time zone'), ('campaigns', 'activated_at', 'timestamp with time zone'),
    ('campaigns', 'started_at', 'timestamp with time zone'), ('campaigns', 'processed_at', 'timestamp with time zone'),
    ('campaigns', 'finished_at', 'timestamp with time zone'),
    ('campaign_steps', 'campaign_id', 'bigint'), ('campaign_steps', 'step_no', 'smallint'),
    ('campaign_steps', 'body', 'text'), ('campaign_steps', 'delay', 'interval'), ('campaign_steps', 'skip_if_event', 'text'),
    ('messages', 'message_id', 'bigint'), ('messages', 'site_id', 'bigint'), ('messages', 'campaign_id', 'bigint'),
    ('messages', 'subscriber_id', 'bigint'), ('messages', 'step_no', 'smallint'),
    ('messages', 'status', 'campaign.message_status'), ('messages', 'timezone', 'text'),
    ('messages', 'planned_at', 'timestamp with time zone'), ('messages', 'send_at', 'timestamp with time zone'),
    ('messages', 'skip_reason', 'text'), ('messages', 'attempts', 'integer'),
    ('messages', 'dispatched_at', 'timestamp with time zone'), ('messages', 'provider_message_id', 'text'),
    ('messages', 'delivered_at', 'timestamp with time zone'), ('messages', 'error', 'text'),
    ('status_history', 'campaign_id', 'bigint'), ('status_history', 'from_status', 'campaign.campaign_status'),
    ('status_history', 'to_status', 'campaign.campaign_status'), ('status_history', 'changed_at', 'timestamp with time zone'),
    ('status_history', 'reason', 'text'),
    ('send_windows', 'jurisdiction', 'text'), ('send_windows', 'dow', 'smallint'),
    ('send_windows', 'allowed_start', 'time without time zone'), ('send_windows', 'allowed_end', 'time without time zone'),
    ('send_windows', 'source', 'text'),
    ('phone_prefixes', 'prefix', 'text'), ('phone_prefixes', 'timezones', 'text[]'), ('phone_prefixes', 'region', 'text'),
    ('closed_days', 'jurisdiction', 'text'), ('closed_days', 'name', 'text'), ('closed_days', 'kind', 'text'),
    ('closed_days', 'month', 'smallint'), ('closed_days', 'day', 'smallint'), ('closed_days', 'nth', 'smallint'),
    ('closed_days', 'dow', 'smallint'), ('closed_days', 'offset_days', 'integer'), ('closed_days', 'on_date', 'date'),
    ('closed_days', 'observed', 'text'), ('closed_days', 'valid_from', 'date'), ('closed_days', 'valid_until', 'date'),
    ('closed_days', 'source', 'text'),
    ('subscriber_events', 'site_id', 'bigint'), ('subscriber_events', 'subscriber_id', 'bigint'),
    ('subscriber_events', 'event', 'text'), ('subscriber_events', 'occurred_at', 'timestamp with time zone');
SELECT col_type_is('campaign', tab, col, typ, format('campaign.%s.%s is %s', tab, col, typ))
  FROM public_column ORDER BY tab, col;
-- changed_by is a role (its type is the implementation's choice)
SELECT has_column('campaign', 'status_history', 'changed_by', 'campaign.status_history.changed_by');

-- Keys and constraints
SELECT col_is_pk('campaign', 'sites', 'site_id', 'sites: primary key site_id');
SELECT col_is_pk('campaign', 'subscribers', ARRAY['site_id', 'subscriber_id'], 'subscribers: primary key (site_id, subscriber_id)');
SELECT col_is_pk('campaign', 'campaigns', 'campaign_id', 'campaigns: primary key campaign_id');
SELECT col_is_pk('campaign', 'campaign_steps', ARRAY['campaign_id', 'step_no'], 'campaign_steps: primary key (campaign_id, step_no)');
-- messages: unique (campaign_id, subscriber_id, step_no) is a key of each
-- partition, and holds across them because the table is partitioned by
-- campaign (sql/34_retention.sql tries a duplicate)
SELECT is(pg_catalog.pg_get_partkeydef('campaign.messages'::regclass), 'RANGE (campaign_id)',
          'messages: partitioned by campaign_id, each partition unique (campaign_id, subscriber_id, step_no)');
SELECT col_not_null('campaign', 'campaign_steps', 'body', 'campaign_steps.body is not null');
SELECT col_not_null('campaign', 'campaigns', 'status', 'campaigns.status is not null');
-- "Every table that holds a site's data carries site_id" (section 2)
SELECT has_column('campaign', t, 'site_id', t || ' carries site_id')
  FROM unnest(ARRAY['sites', 'subscribers', 'campaigns', 'campaign_steps', 'messages',
                    'status_history', 'subscriber_events']) t;

-- Defaults, as a new row shows them
SELECT results_eq(
    $$INSERT INTO campaign.sites (site_id) VALUES (910001)
      RETURNING is_active, sms_enabled, plan, trial_messages_used, timezone,
                quiet_hours_start, quiet_hours_end, smart_sending_window, country$$,
    $$VALUES (true, true, 'paid', 0, 'America/New_York', '20:00'::time, '09:00'::time, '8 hours'::interval, 'US')$$,
    'sites defaults');
SELECT results_eq(
    $$INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES (910001, 1, '+13055550101')
      RETURNING tags, status$$,
    $$VALUES ('{}'::text[], 'subscribed')$$,
    'subscribers defaults');
SELECT results_eq(
    $$INSERT INTO campaign.campaigns (site_id) VALUES (910001)
      RETURNING status, send_mode, late_policy, respect_quiet_hours, smart_sending, audience_tags IS NULL$$,
    $$VALUES ('draft'::campaign.campaign_status, 'at_time', 'next_day', true, true, true)$$,
    'campaigns defaults');
SELECT results_eq(
    $$INSERT INTO campaign.campaign_steps (campaign_id, step_no, body)
      SELECT campaign_id, 0, 'x' FROM campaign.campaigns WHERE site_id = 910001 RETURNING delay$$,
    $$VALUES ('0'::interval)$$,
    'campaign_steps defaults');

-- Enums
SELECT enum_has_labels('campaign', 'campaign_status',
    ARRAY['draft', 'scheduled', 'processing', 'sending', 'sent', 'failed', 'canceled'], 'campaign_status labels, in order');
SELECT enum_has_labels('campaign', 'message_status',
    ARRAY['pending', 'dispatching', 'sent', 'delivered', 'undelivered', 'skipped', 'canceled', 'failed'], 'message_status labels, in order');

-- Functions: names, argument types, argument names and defaults, results
SELECT has_function('campaign', 'activate', ARRAY['bigint', 'timestamp with time zone']);
SELECT has_function('campaign', 'cancel', ARRAY['bigint']);
SELECT has_function('campaign', 'duplicate', ARRAY['bigint', 'text']);
SELECT has_function('campaign', 'now', ARRAY[]::text[]);
SELECT function_returns('campaign', 'activate', ARRAY['bigint', 'timestamp with time zone'], 'campaign.campaign_status');
SELECT function_returns('campaign', 'cancel', ARRAY['bigint'], 'record');
SELECT function_returns('campaign', 'duplicate', ARRAY['bigint', 'text'], 'bigint');
SELECT function_returns('campaign', 'now', ARRAY[]::text[], 'timestamp with time zone');
SELECT is(pg_get_function_arguments('campaign.activate(bigint, timestamptz)'::regprocedure),
          'campaign_id bigint, send_at timestamp with time zone DEFAULT NULL::timestamp with time zone',
          'activate(campaign_id bigint, send_at timestamptz default null)');
SELECT is(pg_get_function_arguments('campaign.cancel(bigint)'::regprocedure),
          'campaign_id bigint, OUT status campaign.campaign_status, OUT messages_halted bigint',
          'cancel(campaign_id bigint, out status campaign_status, out messages_halted bigint)');
SELECT is(pg_get_function_arguments('campaign.duplicate(bigint, text)'::regprocedure),
          'campaign_id bigint, name text DEFAULT NULL::text',
          'duplicate(campaign_id bigint, name text default null)');
-- every function of the extension pins its search_path, except the send-time
-- functions called once per message: C code that runs only schema-qualified
-- SQL into its caches, where a SET clause would cost every call a GUC save and
-- restore (see the comment in src/campaign.sql)
SELECT is_empty(
    $$SELECT p.oid::regprocedure::text FROM pg_proc p
       WHERE p.pronamespace = 'campaign'::regnamespace
         AND p.proname NOT IN ('next_send_time', 'send_time_reason', 'phone_timezones', 'phone_region',
                                 'local_planned_at', 'add_delay', 'subscriber_timezones', 'subscriber_jurisdiction',
                                 'first_step_skip_reason', 'follow_up_skip_reason')
         AND NOT EXISTS (SELECT FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%')$$,
    'every function in schema campaign sets search_path, but the per-message send-time functions');
SELECT is_empty(
    $$SELECT p.oid::regprocedure::text FROM pg_proc p
       WHERE p.pronamespace = 'campaign'::regnamespace
         AND p.proname IN ('next_send_time', 'send_time_reason', 'phone_timezones', 'phone_region',
                           'local_planned_at', 'add_delay', 'subscriber_timezones', 'subscriber_jurisdiction',
                           'first_step_skip_reason', 'follow_up_skip_reason')
         AND (p.prolang <> (SELECT oid FROM pg_language WHERE lanname = 'c') OR p.prosecdef)$$,
    'the send-time functions without a pinned search_path are C and not SECURITY DEFINER');
SELECT volatility_is('campaign', 'now', ARRAY[]::text[], 'stable', 'campaign.now() is stable');
SELECT volatility_is('campaign', 'activate', ARRAY['bigint', 'timestamp with time zone'], 'volatile');

-- Every object explains itself (docs/reference.md): \df+ campaign.*, \dt+,
-- \dv+ and \dT+ show a comment for each function, table, view and type of
-- the schema. Each assertion lists the offenders, so a failure names them.
SELECT is_empty(
    $$SELECT p.oid::regprocedure::text FROM pg_proc p
       WHERE p.pronamespace = 'campaign'::regnamespace
         AND obj_description(p.oid, 'pg_proc') IS NULL
       ORDER BY 1$$,
    'every function of schema campaign has a comment');
SELECT is_empty(
    $$SELECT c.oid::regclass::text FROM pg_class c
       WHERE c.relnamespace = 'campaign'::regnamespace AND c.relkind IN ('r', 'p')
         AND obj_description(c.oid, 'pg_class') IS NULL
       ORDER BY 1$$,
    'every table of schema campaign has a comment');
SELECT is_empty(
    $$SELECT c.oid::regclass::text FROM pg_class c
       WHERE c.relnamespace = 'campaign'::regnamespace AND c.relkind IN ('v', 'm')
         AND obj_description(c.oid, 'pg_class') IS NULL
       ORDER BY 1$$,
    'every view of schema campaign has a comment');
-- types of their own: not the row types of tables and views, not array types
SELECT is_empty(
    $$SELECT t.oid::regtype::text FROM pg_type t
       WHERE t.typnamespace = 'campaign'::regnamespace
         AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
         AND NOT EXISTS (SELECT FROM pg_type e WHERE e.typarray = t.oid)
         AND obj_description(t.oid, 'pg_type') IS NULL
       ORDER BY 1$$,
    'every type of schema campaign has a comment');
-- the comments cite the repository's own documentation, nothing outside it
SELECT is_empty(
    $$SELECT o.object || ': ' || o.description
        FROM (SELECT p.oid::regprocedure::text AS object, obj_description(p.oid, 'pg_proc') AS description
                FROM pg_proc p WHERE p.pronamespace = 'campaign'::regnamespace
              UNION ALL
              SELECT c.oid::regclass::text || coalesce('.' || a.attname, ''), d.description
                FROM pg_description d
                JOIN pg_class c ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid
                LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid AND d.objsubid > 0
               WHERE c.relnamespace = 'campaign'::regnamespace
              UNION ALL
              SELECT t.oid::regtype::text, obj_description(t.oid, 'pg_type')
                FROM pg_type t WHERE t.typnamespace = 'campaign'::regnamespace) o
       WHERE o.description ~* '(design\.md|\.\./shared)'
       ORDER BY 1$$,
    'no comment in schema campaign cites a file outside the repository');

-- Triggers
SELECT has_trigger('campaign', 'campaigns', 'campaigns_guard', 'trigger campaigns_guard on campaign.campaigns');
SELECT has_trigger('campaign', 'campaigns', 'campaigns_record', 'trigger campaigns_record on campaign.campaigns');
SELECT has_trigger('campaign', 'campaign_steps', 'steps_guard', 'trigger steps_guard on campaign.campaign_steps');
SELECT has_trigger('campaign', 'status_history', 'status_history_append_only', 'trigger status_history_append_only on campaign.status_history');
SELECT has_trigger('campaign', 'status_history', 'status_history_no_truncate', 'trigger status_history_no_truncate on campaign.status_history');
SELECT has_trigger('campaign', 'sites', 'sites_validate', 'trigger sites_validate on campaign.sites');
SELECT has_trigger('campaign', 'subscribers', 'subscribers_validate', 'trigger subscribers_validate on campaign.subscribers');
SELECT has_trigger('campaign', 'closed_days', 'closed_days_validate', 'trigger closed_days_validate on campaign.closed_days');
SELECT trigger_is('campaign', 'campaigns', 'campaigns_guard', 'campaign', 'campaigns_guard');
SELECT trigger_is('campaign', 'campaign_steps', 'steps_guard', 'campaign', 'steps_guard');
SELECT trigger_is('campaign', 'status_history', 'status_history_append_only', 'campaign', 'history_guard');

-- pg_dump keeps the user data: the tables are registered as configuration
-- (the messages and the aggregator's ids live in partitions made at run
-- time, outside the extension, which pg_dump dumps as any table: see
-- sql/34_retention.sql)
SELECT set_has(
    $$SELECT unnest(extconfig)::regclass::text FROM pg_extension WHERE extname = 'campaign'$$,
    $$VALUES ('campaign.sites'), ('campaign.subscribers'), ('campaign.campaigns'), ('campaign.campaign_steps'),
             ('campaign.message_queue'), ('campaign.claims'), ('campaign.dropped_message_counts'),
             ('campaign.status_history'), ('campaign.subscriber_events'),
             ('campaign.send_windows'), ('campaign.phone_prefixes'), ('campaign.closed_days')$$,
    'user tables are registered with pg_extension_config_dump');

-- Roles: the three exist and cannot log in
SELECT has_role(r) FROM unnest(ARRAY['campaign_admin', 'campaign_app', 'campaign_dispatcher']) r;
SELECT hasnt_user(r, r || ' is NOLOGIN') FROM unnest(ARRAY['campaign_admin', 'campaign_app', 'campaign_dispatcher']) r;
SELECT isnt_superuser(r) FROM unnest(ARRAY['campaign_admin', 'campaign_app', 'campaign_dispatcher']) r;

-- PUBLIC: nothing on the tables, no EXECUTE on the data functions
SELECT is_empty(
    $$SELECT c.relname FROM pg_class c
       WHERE c.relnamespace = 'campaign'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'S')
         AND (has_table_privilege('public', c.oid, 'SELECT') OR has_table_privilege('public', c.oid, 'INSERT')
              OR has_table_privilege('public', c.oid, 'UPDATE') OR has_table_privilege('public', c.oid, 'DELETE')
              OR has_table_privilege('public', c.oid, 'TRUNCATE') OR has_table_privilege('public', c.oid, 'REFERENCES')
              OR has_table_privilege('public', c.oid, 'TRIGGER'))$$,
    'PUBLIC has no privilege on any table, view or sequence of schema campaign');
SELECT is_empty(
    $$SELECT p.oid::regprocedure::text FROM pg_proc p
       WHERE p.pronamespace = 'campaign'::regnamespace
         AND has_function_privilege('public', p.oid, 'EXECUTE')$$,
    'PUBLIC may execute no function of schema campaign');
SELECT ok(NOT has_schema_privilege('public', 'campaign', 'CREATE'), 'PUBLIC cannot create in schema campaign');

-- campaign_app: its sites' subscribers, campaigns, steps and events; reads
-- sites, messages, history and reference tables; activate, cancel, duplicate
SELECT table_privs_are('campaign', t, 'campaign_app', ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
                       'campaign_app may read and write campaign.' || t)
  FROM unnest(ARRAY['subscribers', 'campaigns', 'campaign_steps', 'subscriber_events']) t;
SELECT table_privs_are('campaign', t, 'campaign_app', ARRAY['SELECT'], 'campaign_app may only read campaign.' || t)
  FROM unnest(ARRAY['sites', 'messages', 'status_history', 'send_windows', 'phone_prefixes',
                    'closed_days', 'tick_errors']) t;
SELECT function_privs_are('campaign', 'activate', ARRAY['bigint', 'timestamp with time zone'], 'campaign_app', ARRAY['EXECUTE']);
SELECT function_privs_are('campaign', 'cancel', ARRAY['bigint'], 'campaign_app', ARRAY['EXECUTE']);
SELECT function_privs_are('campaign', 'duplicate', ARRAY['bigint', 'text'], 'campaign_app', ARRAY['EXECUTE']);
SELECT function_privs_are('campaign', 'campaigns_guard', ARRAY[]::text[], 'campaign_app', ARRAY[]::text[],
                          'campaign_app may not call the trigger functions');

-- campaign_dispatcher: nothing on campaigns, steps, subscribers, history; no
-- activate, cancel or duplicate
SELECT table_privs_are('campaign', t, 'campaign_dispatcher', ARRAY[]::text[], 'campaign_dispatcher has no privilege on campaign.' || t)
  FROM unnest(ARRAY['sites', 'subscribers', 'campaigns', 'campaign_steps', 'status_history', 'subscriber_events',
                    'tick_errors']) t;
SELECT function_privs_are('campaign', 'activate', ARRAY['bigint', 'timestamp with time zone'], 'campaign_dispatcher', ARRAY[]::text[]);
SELECT function_privs_are('campaign', 'cancel', ARRAY['bigint'], 'campaign_dispatcher', ARRAY[]::text[]);
SELECT function_privs_are('campaign', 'duplicate', ARRAY['bigint', 'text'], 'campaign_dispatcher', ARRAY[]::text[]);

-- campaign_admin: everything
-- campaign_admin reads and writes every row, but gets no TRUNCATE, REFERENCES or
-- TRIGGER (a trigger of its own would run with the extension owner's rights on
-- SECURITY DEFINER paths), and status_history is read-only even for it.
SELECT table_privs_are('campaign', t, 'campaign_admin',
                       ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
                       'campaign_admin reads and writes campaign.' || t)
  FROM unnest(ARRAY['sites', 'subscribers', 'campaigns', 'campaign_steps', 'messages',
                    'send_windows', 'phone_prefixes', 'closed_days', 'subscriber_events']) t;
SELECT table_privs_are('campaign', 'status_history', 'campaign_admin', ARRAY['SELECT'],
                       'campaign_admin only reads campaign.status_history');
SELECT table_privs_are('campaign', 'tick_errors', 'campaign_admin', ARRAY['SELECT'],
                       'campaign_admin only reads campaign.tick_errors (tick writes it)');
SELECT function_privs_are('campaign', 'cancel', ARRAY['bigint'], 'campaign_admin', ARRAY['EXECUTE']);

-- The same privileges as behaviour
SET LOCAL campaign.site_id = 910001;  -- campaign_app sees its site only (row-level security)
SET LOCAL ROLE campaign_app;
SELECT lives_ok($$INSERT INTO campaign.campaigns (site_id, name) VALUES (910001, 'by app')$$, 'campaign_app can create a campaign');
SELECT lives_ok($$INSERT INTO campaign.campaign_steps (campaign_id, step_no, body)
                  SELECT campaign_id, 0, 'Hi' FROM campaign.campaigns WHERE name = 'by app'$$, 'campaign_app can add a step');
SELECT lives_ok($$SELECT campaign.activate(campaign_id) FROM campaign.campaigns WHERE name = 'by app'$$, 'campaign_app can activate');
SELECT lives_ok($$SELECT campaign.cancel(campaign_id) FROM campaign.campaigns WHERE name = 'by app'$$, 'campaign_app can cancel');
SELECT lives_ok($$SELECT campaign.duplicate(campaign_id) FROM campaign.campaigns WHERE name = 'by app'$$, 'campaign_app can duplicate');
SELECT throws_ok($$UPDATE campaign.sites SET name = 'x'$$, '42501', 'permission denied for table sites', 'campaign_app cannot change sites');
SELECT throws_ok($$INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no) VALUES (1, 1, 1, 0)$$,
                 '42501', 'permission denied for table messages', 'campaign_app cannot write messages');
SELECT throws_ok($$DELETE FROM campaign.status_history$$, '42501', 'permission denied for table status_history',
                 'campaign_app cannot delete history');
RESET ROLE;
SET LOCAL ROLE campaign_dispatcher;
SELECT throws_ok($$SELECT * FROM campaign.campaigns$$, '42501', 'permission denied for table campaigns',
                 'campaign_dispatcher cannot read campaigns');
SELECT throws_ok($$SELECT campaign.cancel(1)$$, '42501', 'permission denied for function cancel',
                 'campaign_dispatcher cannot cancel');
SELECT throws_ok($$SELECT campaign.activate(1)$$, '42501', 'permission denied for function activate',
                 'campaign_dispatcher cannot activate');
RESET ROLE;
CREATE ROLE campaign_tap_nobody NOLOGIN;
SET LOCAL ROLE campaign_tap_nobody;
SELECT throws_ok($$SELECT * FROM campaign.campaigns$$, '42501', NULL, 'a role without grants cannot read campaigns');
SELECT throws_ok($$SELECT campaign.duplicate(1)$$, '42501', NULL, 'a role without grants cannot duplicate');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
