/*
 * campaign: install script (the one editable copy; the Makefile generates
 * campaign--<version>.sql from it).
 *
 * Owns the SQL surface of ../shared/DESIGN.md: types, tables, triggers that bind
 * the C status machine to the tables, the public functions and the roles.
 * Every object is schema-qualified and every function pins its search_path,
 * except the send-time functions, which run no SQL (see their section).
 */
\echo Use "CREATE EXTENSION campaign" to load this file. \quit

-------------------------------------------------------------------------------
-- Roles (cluster-wide; created once, kept across DROP EXTENSION)
-------------------------------------------------------------------------------
DO $roles$
DECLARE
    role_name text;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['campaign_admin', 'campaign_app', 'campaign_dispatcher']
    LOOP
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = role_name) THEN
            EXECUTE pg_catalog.format('CREATE ROLE %I NOLOGIN', role_name);
        END IF;
    END LOOP;
END
$roles$;

-------------------------------------------------------------------------------
-- Types
-------------------------------------------------------------------------------
CREATE TYPE campaign.campaign_status AS ENUM
    ('draft', 'scheduled', 'processing', 'sending', 'sent', 'failed', 'canceled');

CREATE TYPE campaign.message_status AS ENUM
    ('pending', 'dispatching', 'sent', 'delivered', 'undelivered', 'skipped', 'canceled', 'failed');

-------------------------------------------------------------------------------
-- The clock: one "now" for every function, overridable by campaign.fake_now
-------------------------------------------------------------------------------
CREATE FUNCTION campaign.now() RETURNS timestamptz
    LANGUAGE c STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_now';
COMMENT ON FUNCTION campaign.now() IS
    'the instant every campaign function calls now: campaign.fake_now when set, else the transaction start';

-------------------------------------------------------------------------------
-- Validation (C): time zones against PostgreSQL's zone data, E.164 phones
-------------------------------------------------------------------------------
CREATE FUNCTION campaign.is_valid_timezone(name text) RETURNS boolean
    LANGUAGE c STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_is_valid_timezone';
COMMENT ON FUNCTION campaign.is_valid_timezone(text) IS
    'true when the name is an IANA zone of PostgreSQL''s time zone data (not a POSIX TZ string)';

CREATE FUNCTION campaign.is_valid_phone(phone text) RETURNS boolean
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_is_valid_phone';
COMMENT ON FUNCTION campaign.is_valid_phone(text) IS
    'true when the text is an E.164 number (+ and 7 to 15 digits; NANP numbers: +1 and a valid 10-digit number)';

CREATE FUNCTION campaign.validate_site() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_validate_site';

CREATE FUNCTION campaign.validate_subscriber() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_validate_subscriber';

CREATE FUNCTION campaign.validate_send_window() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_validate_send_window';

-------------------------------------------------------------------------------
-- Tables
-------------------------------------------------------------------------------
CREATE TABLE campaign.sites (
    site_id               bigint PRIMARY KEY,
    name                  text,
    subdomain             text,
    is_active             boolean NOT NULL DEFAULT true,
    sms_enabled           boolean NOT NULL DEFAULT true,
    plan                  text NOT NULL DEFAULT 'paid'
                          CONSTRAINT sites_plan_check CHECK (plan IN ('trial', 'paid')),
    trial_message_limit   integer
                          CONSTRAINT sites_trial_message_limit_check CHECK (trial_message_limit >= 0),
    trial_messages_used   integer NOT NULL DEFAULT 0
                          CONSTRAINT sites_trial_messages_used_check CHECK (trial_messages_used >= 0),
    timezone              text NOT NULL DEFAULT 'America/New_York',
    quiet_hours_start     time DEFAULT '20:00',
    quiet_hours_end       time DEFAULT '09:00',
    smart_sending_window  interval NOT NULL DEFAULT '8 hours',
    country               text NOT NULL DEFAULT 'US',
    created_at            timestamptz NOT NULL DEFAULT campaign.now()
);
COMMENT ON TABLE campaign.sites IS 'stores that send SMS campaigns to their subscribers';

CREATE TRIGGER sites_validate
    BEFORE INSERT OR UPDATE ON campaign.sites
    FOR EACH ROW EXECUTE FUNCTION campaign.validate_site();

CREATE TABLE campaign.subscribers (
    site_id          bigint NOT NULL REFERENCES campaign.sites ON DELETE CASCADE,
    subscriber_id    bigint NOT NULL,
    phone            text NOT NULL,
    timezone         text,
    region           text,
    tags             text[] NOT NULL DEFAULT '{}',
    status           text NOT NULL DEFAULT 'subscribed'
                     CONSTRAINT subscribers_status_check CHECK (status IN ('subscribed', 'unsubscribed')),
    last_message_at  timestamptz,
    created_at       timestamptz NOT NULL DEFAULT campaign.now(),
    unsubscribed_at  timestamptz,
    PRIMARY KEY (site_id, subscriber_id)
);
COMMENT ON TABLE campaign.subscribers IS 'a site''s SMS subscribers; phone in E.164';
COMMENT ON COLUMN campaign.subscribers.created_at IS
    'when the subscriber joined: a campaign''s audience is the subscribers that existed when it started processing';

CREATE TRIGGER subscribers_validate
    BEFORE INSERT OR UPDATE ON campaign.subscribers
    FOR EACH ROW EXECUTE FUNCTION campaign.validate_subscriber();

CREATE SEQUENCE campaign.campaigns_campaign_id_seq;

CREATE TABLE campaign.campaigns (
    campaign_id          bigint PRIMARY KEY DEFAULT nextval('campaign.campaigns_campaign_id_seq'),
    site_id              bigint NOT NULL REFERENCES campaign.sites,
    name                 text,
    status               campaign.campaign_status NOT NULL DEFAULT 'draft',
    send_mode            text NOT NULL DEFAULT 'at_time'
                         CONSTRAINT campaigns_send_mode_check CHECK (send_mode IN ('at_time', 'subscriber_local')),
    send_at              timestamptz,
    local_send_at        timestamp,
    late_policy          text NOT NULL DEFAULT 'next_day'
                         CONSTRAINT campaigns_late_policy_check CHECK (late_policy IN ('next_day', 'send_now', 'skip')),
    respect_quiet_hours  boolean NOT NULL DEFAULT true,
    smart_sending        boolean NOT NULL DEFAULT true,
    audience_tags        text[],
    failure_reason       text,
    duplicated_from      bigint,
    created_at           timestamptz NOT NULL DEFAULT campaign.now(),
    activated_at         timestamptz,
    started_at           timestamptz,
    processed_at         timestamptz,
    finished_at          timestamptz,
    -- bookkeeping of processing (written by the extension alone)
    audience_cursor      bigint,
    audience_done        boolean NOT NULL DEFAULT false,
    audience_count       bigint NOT NULL DEFAULT 0,
    audience_processed   bigint NOT NULL DEFAULT 0,
    trial_reserved       bigint NOT NULL DEFAULT 0,
    trial_claimed        bigint NOT NULL DEFAULT 0
);
ALTER SEQUENCE campaign.campaigns_campaign_id_seq OWNED BY campaign.campaigns.campaign_id;
CREATE INDEX campaigns_site_status_idx ON campaign.campaigns (site_id, status);
CREATE INDEX campaigns_active_idx ON campaign.campaigns (status)
    WHERE status IN ('scheduled', 'processing', 'sending');
COMMENT ON TABLE campaign.campaigns IS
    'one message (step 0) and its follow-ups; the status machine of DESIGN.md section 1 is enforced by triggers';
COMMENT ON COLUMN campaign.campaigns.audience_cursor IS
    'keyset cursor of processing: the last subscriber_id processed';
COMMENT ON COLUMN campaign.campaigns.audience_done IS
    'every subscriber of the audience has been processed';
COMMENT ON COLUMN campaign.campaigns.trial_reserved IS
    'messages reserved against the trial allowance when processing started; cut to trial_claimed when the campaign ends';

CREATE TABLE campaign.campaign_steps (
    campaign_id     bigint NOT NULL REFERENCES campaign.campaigns ON DELETE CASCADE,
    step_no         smallint NOT NULL CONSTRAINT campaign_steps_step_no_check CHECK (step_no >= 0),
    body            text NOT NULL,
    delay           interval NOT NULL DEFAULT '0',
    skip_if_event   text,
    PRIMARY KEY (campaign_id, step_no)
);
COMMENT ON TABLE campaign.campaign_steps IS 'the messages of a campaign: step 0 and its follow-ups';

CREATE SEQUENCE campaign.messages_message_id_seq;

CREATE TABLE campaign.messages (
    message_id            bigint PRIMARY KEY DEFAULT nextval('campaign.messages_message_id_seq'),
    site_id               bigint NOT NULL,
    campaign_id           bigint NOT NULL REFERENCES campaign.campaigns ON DELETE CASCADE,
    subscriber_id         bigint NOT NULL,
    step_no               smallint NOT NULL,
    status                campaign.message_status NOT NULL DEFAULT 'pending',
    timezone              text,
    planned_at            timestamptz,
    send_at               timestamptz,
    skip_reason           text,
    attempts              integer NOT NULL DEFAULT 0,
    dispatched_at         timestamptz,
    lease_expires_at      timestamptz,
    provider_message_id   text,
    delivered_at          timestamptz,
    error                 text,
    CONSTRAINT messages_once_per_step UNIQUE (campaign_id, subscriber_id, step_no)
);
ALTER SEQUENCE campaign.messages_message_id_seq OWNED BY campaign.messages.message_id;
CREATE INDEX messages_due_idx ON campaign.messages (send_at) WHERE status = 'pending';
CREATE INDEX messages_campaign_status_idx ON campaign.messages (campaign_id, status);
CREATE INDEX messages_subscriber_idx ON campaign.messages (site_id, subscriber_id)
    WHERE status IN ('pending', 'dispatching');
CREATE INDEX messages_lease_idx ON campaign.messages (lease_expires_at) WHERE status = 'dispatching';
CREATE INDEX messages_provider_idx ON campaign.messages (provider_message_id)
    WHERE provider_message_id IS NOT NULL;
COMMENT ON TABLE campaign.messages IS
    'one row per subscriber and step: the dispatch queue and the record of what happened';

CREATE TABLE campaign.status_history (
    history_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id   bigint NOT NULL,
    site_id       bigint NOT NULL,
    from_status   campaign.campaign_status,
    to_status     campaign.campaign_status NOT NULL,
    changed_at    timestamptz NOT NULL,
    changed_by    name NOT NULL,
    reason        text
);
CREATE INDEX status_history_campaign_idx ON campaign.status_history (campaign_id, history_id);
COMMENT ON TABLE campaign.status_history IS 'every status change of every campaign; append-only';

-------------------------------------------------------------------------------
-- Reference tables (send_windows, phone_prefixes): backends cache them, and
-- every change of their rows invalidates the caches (reference_cache.c)
-------------------------------------------------------------------------------
CREATE FUNCTION campaign.reference_table_changed() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_reference_table_changed';

CREATE TABLE campaign.send_windows (
    send_window_id   integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    jurisdiction     text NOT NULL,
    dow              smallint,
    allowed_start    time,
    allowed_end      time,
    source           text,
    shipped          boolean NOT NULL DEFAULT false
);
CREATE INDEX send_windows_jurisdiction_idx ON campaign.send_windows (jurisdiction);
COMMENT ON TABLE campaign.send_windows IS
    'legal sending windows by jurisdiction and weekday; shipped rows are defaults to be checked with counsel';

CREATE TRIGGER send_windows_validate
    BEFORE INSERT OR UPDATE ON campaign.send_windows
    FOR EACH ROW EXECUTE FUNCTION campaign.validate_send_window();

-- ALWAYS: rows applied by logical replication must reach the caches too.
CREATE TRIGGER send_windows_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON campaign.send_windows
    FOR EACH STATEMENT EXECUTE FUNCTION campaign.reference_table_changed();
ALTER TABLE campaign.send_windows ENABLE ALWAYS TRIGGER send_windows_changed;

-- The legal windows shipped: defaults to be checked with counsel (docs/send-time.md
-- says how to change them). dow: 0 Sunday .. 6 Saturday, null every day; a null
-- pair: no sending that day.
INSERT INTO campaign.send_windows (jurisdiction, dow, allowed_start, allowed_end, source, shipped) VALUES
    ('US',    NULL, '08:00', '21:00', '47 CFR 64.1200(c)(1)', true),
    ('US-FL', NULL, '08:00', '20:00', 'Fla. Stat. 501.616(6)(a)', true),
    ('US-OK', NULL, '08:00', '20:00', 'Oklahoma Telephone Solicitation Act of 2022', true),
    ('US-MD', NULL, '08:00', '20:00', 'Maryland Stop the Spam Calls Act, 2024', true),
    ('US-WA', NULL, '08:00', '20:00', 'RCW 19.158.040(2)', true),
    ('US-TX', 0,    '12:00', '21:00', 'Tex. Bus. & Com. Code 301.051 (Sunday)', true),
    ('US-TX', 1,    '09:00', '21:00', 'Tex. Bus. & Com. Code 301.051', true),
    ('US-TX', 2,    '09:00', '21:00', 'Tex. Bus. & Com. Code 301.051', true),
    ('US-TX', 3,    '09:00', '21:00', 'Tex. Bus. & Com. Code 301.051', true),
    ('US-TX', 4,    '09:00', '21:00', 'Tex. Bus. & Com. Code 301.051', true),
    ('US-TX', 5,    '09:00', '21:00', 'Tex. Bus. & Com. Code 301.051', true),
    ('US-TX', 6,    '09:00', '21:00', 'Tex. Bus. & Com. Code 301.051', true),
    ('US-LA', 0,    NULL,    NULL,    'Louisiana Telephone Solicitation Relief Act, La. R.S. 45:844.11 et seq. (no sending on Sunday)', true),
    ('US-LA', 1,    '08:00', '20:00', 'Louisiana Telephone Solicitation Relief Act, La. R.S. 45:844.11 et seq.', true),
    ('US-LA', 2,    '08:00', '20:00', 'Louisiana Telephone Solicitation Relief Act, La. R.S. 45:844.11 et seq.', true),
    ('US-LA', 3,    '08:00', '20:00', 'Louisiana Telephone Solicitation Relief Act, La. R.S. 45:844.11 et seq.', true),
    ('US-LA', 4,    '08:00', '20:00', 'Louisiana Telephone Solicitation Relief Act, La. R.S. 45:844.11 et seq.', true),
    ('US-LA', 5,    '08:00', '20:00', 'Louisiana Telephone Solicitation Relief Act, La. R.S. 45:844.11 et seq.', true),
    ('US-LA', 6,    '08:00', '20:00', 'Louisiana Telephone Solicitation Relief Act, La. R.S. 45:844.11 et seq.', true);

CREATE TABLE campaign.phone_prefixes (
    prefix      text PRIMARY KEY CONSTRAINT phone_prefixes_prefix_check CHECK (prefix ~ '^[0-9]{1,15}$'),
    timezones   text[],
    region      text,
    shipped     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE campaign.phone_prefixes IS
    'E.164 digit prefixes to time zones and ISO 3166 regions; longest prefix wins';

-- The shipped rows are generated (src/data/phone_prefixes.sql, appended to this
-- script by the Makefile).
CREATE TRIGGER phone_prefixes_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON campaign.phone_prefixes
    FOR EACH STATEMENT EXECUTE FUNCTION campaign.reference_table_changed();
ALTER TABLE campaign.phone_prefixes ENABLE ALWAYS TRIGGER phone_prefixes_changed;

CREATE TABLE campaign.subscriber_events (
    site_id         bigint NOT NULL,
    subscriber_id   bigint NOT NULL,
    event           text NOT NULL,
    occurred_at     timestamptz NOT NULL,
    FOREIGN KEY (site_id, subscriber_id) REFERENCES campaign.subscribers ON DELETE CASCADE
);
CREATE INDEX subscriber_events_lookup_idx
    ON campaign.subscriber_events (site_id, subscriber_id, event, occurred_at);
COMMENT ON TABLE campaign.subscriber_events IS 'what subscribers did (for skip_if_event of follow-ups)';

-------------------------------------------------------------------------------
-- The status machine (C): triggers on campaigns, steps and history
-------------------------------------------------------------------------------
-- SECURITY DEFINER: starting a campaign locks its site row and counts its
-- audience to reserve trial messages, which the app role may not lock or see.
CREATE FUNCTION campaign.campaigns_guard() RETURNS trigger
    LANGUAGE c SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_campaigns_guard';

-- SECURITY DEFINER: it appends to status_history and withdraws messages, which
-- the roles that may change a campaign's status cannot write themselves.
CREATE FUNCTION campaign.campaigns_record() RETURNS trigger
    LANGUAGE c SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_campaigns_record';

CREATE FUNCTION campaign.steps_guard() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_steps_guard';

CREATE FUNCTION campaign.history_guard() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_history_guard';

CREATE TRIGGER campaigns_guard
    BEFORE INSERT OR UPDATE OR DELETE ON campaign.campaigns
    FOR EACH ROW EXECUTE FUNCTION campaign.campaigns_guard();

CREATE TRIGGER campaigns_record
    AFTER UPDATE OF status ON campaign.campaigns
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION campaign.campaigns_record();

CREATE TRIGGER steps_guard
    BEFORE INSERT OR UPDATE OR DELETE ON campaign.campaign_steps
    FOR EACH ROW EXECUTE FUNCTION campaign.steps_guard();

CREATE TRIGGER status_history_append_only
    BEFORE UPDATE OR DELETE ON campaign.status_history
    FOR EACH ROW EXECUTE FUNCTION campaign.history_guard();

CREATE TRIGGER status_history_no_truncate
    BEFORE TRUNCATE ON campaign.status_history
    FOR EACH STATEMENT EXECUTE FUNCTION campaign.history_guard();

-------------------------------------------------------------------------------
-- Lifecycle functions (C)
-------------------------------------------------------------------------------
CREATE FUNCTION campaign.activate(campaign_id bigint, send_at timestamptz DEFAULT NULL)
    RETURNS campaign.campaign_status
    LANGUAGE c VOLATILE
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_activate';
COMMENT ON FUNCTION campaign.activate(bigint, timestamptz) IS
    'draft -> scheduled; at_time campaigns send at coalesce(send_at argument, send_at column, now)';

CREATE FUNCTION campaign.cancel(campaign_id bigint,
                                OUT status campaign.campaign_status,
                                OUT messages_halted bigint)
    LANGUAGE c VOLATILE
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_cancel';
COMMENT ON FUNCTION campaign.cancel(bigint) IS
    'scheduled -> draft; processing or sending -> canceled, halting every pending message';

CREATE FUNCTION campaign.duplicate(campaign_id bigint, name text DEFAULT NULL)
    RETURNS bigint
    LANGUAGE c VOLATILE
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_duplicate';
COMMENT ON FUNCTION campaign.duplicate(bigint, text) IS
    'a new draft with the same settings and steps, duplicated_from set; allowed from any status';

-------------------------------------------------------------------------------
-- Send-time engine (C): DESIGN.md section 4
--
-- These functions pin no search_path, unlike the rest: they run no SQL (they
-- read send_windows and phone_prefixes by schema-qualified name into backend
-- caches), so search_path cannot change what they do, while a SET clause
-- would cost every call a GUC save and restore through fmgr_security_definer.
-- They run once per message, and bench/send_time.sh measured that cost at five
-- times the function itself (561 ms against 107 ms per million calls; see
-- docs/send-time.md).
-------------------------------------------------------------------------------
CREATE FUNCTION campaign.next_send_time(planned timestamptz, timezone text,
                                        quiet_start time, quiet_end time,
                                        jurisdiction text DEFAULT NULL)
    RETURNS timestamptz
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_next_send_time';
COMMENT ON FUNCTION campaign.next_send_time(timestamptz, text, time, time, text) IS
    'the earliest instant >= planned outside the quiet window and inside the legal window of the jurisdiction in the zone; null when none within 192 hours';

CREATE FUNCTION campaign.next_send_time(planned timestamptz, timezones text[],
                                        quiet_start time, quiet_end time,
                                        jurisdiction text DEFAULT NULL)
    RETURNS timestamptz
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_next_send_time_zones';
COMMENT ON FUNCTION campaign.next_send_time(timestamptz, text[], time, time, text) IS
    'the earliest instant >= planned allowed in every zone of the list; null when none within 192 hours';

CREATE FUNCTION campaign.send_time_reason(planned timestamptz, timezones text[],
                                          quiet_start time, quiet_end time,
                                          jurisdiction text DEFAULT NULL)
    RETURNS text
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_send_time_reason';
COMMENT ON FUNCTION campaign.send_time_reason(timestamptz, text[], time, time, text) IS
    'internal (explain_send_time): null when planned is allowed, else the rules that hold it back, in words';

CREATE FUNCTION campaign.phone_timezones(phone text) RETURNS text[]
    LANGUAGE c STABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_phone_timezones';
COMMENT ON FUNCTION campaign.phone_timezones(text) IS
    'the time zones of the longest prefix of an E.164 number in campaign.phone_prefixes; null when unknown';

CREATE FUNCTION campaign.phone_region(phone text) RETURNS text
    LANGUAGE c STABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_phone_region';
COMMENT ON FUNCTION campaign.phone_region(text) IS
    'the ISO 3166 region of the longest prefix of an E.164 number in campaign.phone_prefixes; null when unknown';

-------------------------------------------------------------------------------
-- pg_dump keeps user data (shipped reference rows are recreated by CREATE EXTENSION)
-------------------------------------------------------------------------------
SELECT pg_catalog.pg_extension_config_dump('campaign.sites', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.subscribers', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.campaigns', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.campaigns_campaign_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.campaign_steps', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.messages', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.messages_message_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.status_history', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.subscriber_events', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.send_windows', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('campaign.phone_prefixes', 'WHERE NOT shipped');

-------------------------------------------------------------------------------
-- Privileges: nothing to PUBLIC; the three roles get what DESIGN.md section 6 says
-------------------------------------------------------------------------------
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA campaign FROM PUBLIC;
GRANT USAGE ON SCHEMA campaign TO campaign_admin, campaign_app, campaign_dispatcher;

GRANT ALL ON ALL TABLES IN SCHEMA campaign TO campaign_admin;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA campaign TO campaign_admin;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA campaign TO campaign_admin;

GRANT SELECT ON campaign.sites, campaign.send_windows, campaign.phone_prefixes TO campaign_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON campaign.subscribers, campaign.campaigns,
    campaign.campaign_steps, campaign.subscriber_events TO campaign_app;
GRANT SELECT ON campaign.messages, campaign.status_history TO campaign_app;
GRANT USAGE, SELECT ON campaign.campaigns_campaign_id_seq TO campaign_app;
GRANT EXECUTE ON FUNCTION campaign.now(), campaign.activate(bigint, timestamptz),
    campaign.cancel(bigint), campaign.duplicate(bigint, text),
    campaign.is_valid_timezone(text), campaign.is_valid_phone(text) TO campaign_app;
GRANT EXECUTE ON FUNCTION campaign.next_send_time(timestamptz, text, time, time, text),
    campaign.next_send_time(timestamptz, text[], time, time, text),
    campaign.phone_timezones(text), campaign.phone_region(text) TO campaign_app;

GRANT EXECUTE ON FUNCTION campaign.now() TO campaign_dispatcher;
