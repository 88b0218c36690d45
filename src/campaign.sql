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

-- Only the columns it checks: every hand-out writes last_message_at, and a
-- trigger call per hand-out would be a tenth of what a claim costs.
CREATE TRIGGER subscribers_validate
    BEFORE INSERT OR UPDATE OF phone, timezone, region, status ON campaign.subscribers
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
    trial_claimed        bigint NOT NULL DEFAULT 0,
    withdrawal_open      boolean NOT NULL DEFAULT false
);
ALTER SEQUENCE campaign.campaigns_campaign_id_seq OWNED BY campaign.campaigns.campaign_id;
CREATE INDEX campaigns_site_status_idx ON campaign.campaigns (site_id, status);
CREATE INDEX campaigns_active_idx ON campaign.campaigns (status)
    WHERE status IN ('scheduled', 'processing', 'sending');
CREATE INDEX campaigns_withdrawal_open_idx ON campaign.campaigns (campaign_id)
    WHERE withdrawal_open;
COMMENT ON TABLE campaign.campaigns IS
    'one message (step 0) and its follow-ups; the status machine of DESIGN.md section 1 is enforced by triggers';
COMMENT ON COLUMN campaign.campaigns.audience_cursor IS
    'keyset cursor of processing: the last subscriber_id processed';
COMMENT ON COLUMN campaign.campaigns.audience_done IS
    'every subscriber of the audience has been processed';
COMMENT ON COLUMN campaign.campaigns.trial_reserved IS
    'messages reserved against the trial allowance when processing started; cut to trial_claimed when the campaign ends';
COMMENT ON COLUMN campaign.campaigns.withdrawal_open IS
    'canceled or failed, and some of its messages may still be pending: campaign.tick() withdraws them and clears this';

CREATE TABLE campaign.campaign_steps (
    campaign_id     bigint NOT NULL REFERENCES campaign.campaigns ON DELETE CASCADE,
    site_id         bigint NOT NULL,
    step_no         smallint NOT NULL CONSTRAINT campaign_steps_step_no_check CHECK (step_no >= 0),
    body            text NOT NULL,
    delay           interval NOT NULL DEFAULT '0',
    skip_if_event   text,
    PRIMARY KEY (campaign_id, step_no)
);
COMMENT ON TABLE campaign.campaign_steps IS 'the messages of a campaign: step 0 and its follow-ups';
COMMENT ON COLUMN campaign.campaign_steps.site_id IS
    'the campaign''s site, copied by the steps trigger (every table of site data carries site_id)';

CREATE SEQUENCE campaign.messages_message_id_seq;

CREATE TABLE campaign.messages (
    message_id            bigint PRIMARY KEY DEFAULT nextval('campaign.messages_message_id_seq'),
    site_id               bigint NOT NULL,
    campaign_id           bigint NOT NULL,
    subscriber_id         bigint NOT NULL,
    step_no               smallint NOT NULL,
    status                campaign.message_status NOT NULL DEFAULT 'pending',
    timezone              text,
    jurisdiction          text,
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
COMMENT ON COLUMN campaign.messages.jurisdiction IS
    'the legal-window jurisdiction used for this subscriber (ISO 3166), rechecked at hand-out';
COMMENT ON COLUMN campaign.messages.lease_expires_at IS
    'while dispatching: when the dispatcher''s lease runs out and the message returns to pending';
COMMENT ON TABLE campaign.messages IS
    'one row per subscriber and step: the dispatch queue and the record of what happened';
-- No foreign key to campaigns, on purpose. Only the extension writes messages
-- (processing inserts them while it holds the campaign's row lock), and a
-- campaign that has messages can never be deleted: only drafts are, and a
-- campaign gets messages only once it is processing. A foreign key would add
-- nothing to that, and its check, one query per inserted row, was 40% of the
-- time processing takes (see the README's performance section).
COMMENT ON COLUMN campaign.messages.campaign_id IS
    'the campaign; no foreign key: messages are written by the extension alone, and a campaign with messages cannot be deleted';

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
    'scheduled -> draft; processing or sending -> canceled, halting every pending message; messages_halted: those it withdrew (a message a concurrent claim holds is left to that claim, then to tick)';

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
-- Processing and dispatch (C): tick, claim, acknowledgements, events
-------------------------------------------------------------------------------
-- Runs once per subscriber of a subscriber_local campaign and runs no SQL
-- (AT TIME ZONE in C): no search_path pinned, like the send-time functions.
CREATE FUNCTION campaign.local_planned_at(local_send_at timestamp, zone text,
                                          late_policy text, processing_at timestamptz)
    RETURNS timestamptz
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_local_planned_at';
COMMENT ON FUNCTION campaign.local_planned_at(timestamp, text, text, timestamptz) IS
    'planned time of step 0 of a subscriber_local campaign in one zone, after the late policy; null: skip';

CREATE FUNCTION campaign.tick(batch_size integer DEFAULT 10000,
                              OUT campaigns_started integer,
                              OUT campaigns_failed integer,
                              OUT subscribers_processed bigint,
                              OUT campaigns_finished integer)
    LANGUAGE c VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_tick';
COMMENT ON FUNCTION campaign.tick(integer) IS
    'does the work that is due: starts scheduled campaigns, processes up to batch_size subscribers, finishes campaigns';

CREATE FUNCTION campaign.claim_messages(max_messages integer DEFAULT 100,
                                        lease interval DEFAULT '30 seconds')
    RETURNS TABLE (message_id bigint, campaign_id bigint, site_id bigint,
                   subscriber_id bigint, phone text, body text, send_at timestamptz)
    LANGUAGE c VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_claim_messages';
COMMENT ON FUNCTION campaign.claim_messages(integer, interval) IS
    'hands due pending messages to one dispatcher each, after checking every rule at this instant';

CREATE FUNCTION campaign.mark_sent(message_id bigint, provider_message_id text DEFAULT NULL)
    RETURNS void
    LANGUAGE c VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_mark_sent';

CREATE FUNCTION campaign.mark_sent(message_ids bigint[], provider_message_ids text[] DEFAULT NULL)
    RETURNS void
    LANGUAGE c VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_mark_sent_batch';

CREATE FUNCTION campaign.mark_failed(message_id bigint, error text, retry_at timestamptz DEFAULT NULL)
    RETURNS void
    LANGUAGE c VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_mark_failed';

CREATE FUNCTION campaign.record_delivery(provider_message_id text, delivered boolean, error text DEFAULT NULL)
    RETURNS void
    LANGUAGE c VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_record_delivery';

CREATE FUNCTION campaign.unsubscribe(site_id bigint, subscriber_id bigint)
    RETURNS void
    LANGUAGE c VOLATILE
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_unsubscribe';
COMMENT ON FUNCTION campaign.unsubscribe(bigint, bigint) IS
    'the STOP keyword: the subscriber is unsubscribed and their pending messages are skipped at once';

-- SECURITY DEFINER: skips the subscriber's pending messages, which the app
-- role that unsubscribes them cannot write. Fires for unsubscribe() and for a
-- direct UPDATE or DELETE alike.
CREATE FUNCTION campaign.subscribers_stop() RETURNS trigger
    LANGUAGE c SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_subscribers_stop';

CREATE TRIGGER subscribers_unsubscribed
    AFTER UPDATE OF status ON campaign.subscribers
    FOR EACH ROW WHEN (OLD.status = 'subscribed' AND NEW.status <> 'subscribed')
    EXECUTE FUNCTION campaign.subscribers_stop();

CREATE TRIGGER subscribers_deleted
    AFTER DELETE ON campaign.subscribers
    FOR EACH ROW EXECUTE FUNCTION campaign.subscribers_stop();

CREATE FUNCTION campaign.record_event(site_id bigint, subscriber_id bigint, event text,
                                      occurred_at timestamptz DEFAULT NULL)
    RETURNS void
    LANGUAGE c VOLATILE
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_record_event';

-------------------------------------------------------------------------------
-- Views and explanations
-------------------------------------------------------------------------------
CREATE VIEW campaign.campaign_progress WITH (security_invoker = true) AS
SELECT c.campaign_id, c.site_id, c.name, c.status,
       c.audience_count AS audience,
       c.audience_processed AS processed,
       coalesce(m.pending, 0) AS pending,
       coalesce(m.dispatching, 0) AS dispatching,
       coalesce(m.sent, 0) AS sent,
       coalesce(m.delivered, 0) AS delivered,
       coalesce(m.undelivered, 0) AS undelivered,
       coalesce(m.skipped, 0) AS skipped,
       coalesce(m.canceled, 0) AS canceled,
       coalesce(m.failed, 0) AS failed,
       coalesce(k.skips, '{}'::jsonb) AS skips,
       m.latency_p50,
       m.latency_p95
  FROM campaign.campaigns c
  LEFT JOIN LATERAL (
       SELECT count(*) FILTER (WHERE x.status = 'pending') AS pending,
              count(*) FILTER (WHERE x.status = 'dispatching') AS dispatching,
              count(*) FILTER (WHERE x.status = 'sent') AS sent,
              count(*) FILTER (WHERE x.status = 'delivered') AS delivered,
              count(*) FILTER (WHERE x.status = 'undelivered') AS undelivered,
              count(*) FILTER (WHERE x.status = 'skipped') AS skipped,
              count(*) FILTER (WHERE x.status = 'canceled') AS canceled,
              count(*) FILTER (WHERE x.status = 'failed') AS failed,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY x.dispatched_at - x.send_at)
                  FILTER (WHERE x.dispatched_at IS NOT NULL) AS latency_p50,
              percentile_cont(0.95) WITHIN GROUP (ORDER BY x.dispatched_at - x.send_at)
                  FILTER (WHERE x.dispatched_at IS NOT NULL) AS latency_p95
         FROM campaign.messages x
        WHERE x.campaign_id = c.campaign_id) m ON true
  LEFT JOIN LATERAL (
       SELECT jsonb_object_agg(r.skip_reason, r.n) AS skips
         FROM (SELECT y.skip_reason, count(*) AS n
                 FROM campaign.messages y
                WHERE y.campaign_id = c.campaign_id AND y.skip_reason IS NOT NULL
                GROUP BY y.skip_reason) r) k ON true;
COMMENT ON VIEW campaign.campaign_progress IS
    'one row per campaign: audience, processed, messages by status, skips by reason, hand-out latency';

CREATE FUNCTION campaign.describe_send_time(step_no smallint, send_mode text, local_send_at timestamp,
                                            late_policy text, zones text[], jurisdiction text,
                                            quiet_start time, quiet_end time,
                                            planned_at timestamptz, send_at timestamptz, skip_reason text)
    RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT concat_ws('; ',
        CASE WHEN skip_reason IS NOT NULL THEN 'skipped: ' || CASE skip_reason
            WHEN 'smart_sending' THEN 'a message reached the subscriber within the site''s smart-sending window'
            WHEN 'unsubscribed' THEN 'the subscriber texted STOP'
            WHEN 'local_time_passed' THEN 'local time had passed and the late policy is skip'
            WHEN 'no_send_window' THEN 'no allowed sending time within 8 days'
            WHEN 'event_occurred' THEN 'the subscriber recorded the event this step skips on'
            WHEN 'campaign_canceled' THEN 'the campaign was canceled'
            WHEN 'campaign_failed' THEN 'the campaign failed'
            WHEN 'previous_step_failed' THEN 'the previous step failed'
            ELSE skip_reason END END,
        CASE WHEN planned_at IS NOT NULL THEN concat_ws('; ',
            CASE WHEN step_no = 0 AND send_mode = 'subscriber_local'
                      AND planned_at > (local_send_at AT TIME ZONE zones[1])
                 THEN 'local time ' || to_char(local_send_at, 'HH24:MI') || ' had passed in ' || zones[1] || ', '
                      || CASE late_policy WHEN 'next_day' THEN 'next day' ELSE 'sent at processing' END
                 WHEN step_no = 0 AND send_mode = 'subscriber_local'
                 THEN 'at ' || to_char(local_send_at, 'HH24:MI') || ' local time in ' || zones[1]
                 WHEN step_no = 0 THEN 'at the campaign''s send time'
                 ELSE 'after the previous step and its delay' END,
            CASE WHEN send_at > planned_at
                 THEN campaign.send_time_reason(planned_at, zones, quiet_start, quiet_end, jurisdiction)
                      || ': moved to ' || to_char(send_at AT TIME ZONE zones[1], 'YYYY-MM-DD HH24:MI')
                      || ' ' || zones[1] END) END)
    $$;
COMMENT ON FUNCTION campaign.describe_send_time(smallint, text, timestamp, text, text[], text, time, time, timestamptz, timestamptz, text) IS
    'the words of explain_send_time for one message';

CREATE FUNCTION campaign.explain_send_time(campaign_id bigint, subscriber_id bigint)
    RETURNS TABLE (step_no smallint, timezones text[], jurisdiction text,
                   planned_at timestamptz, send_at timestamptz, reason text)
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    target record;
    person record;
    step record;
    zones text[];
    region text;
    quiet_start time;
    quiet_end time;
    processing_at timestamptz := campaign.now();
    planned timestamptz;
    allowed timestamptz;
    skip text;
BEGIN
    IF explain_send_time.campaign_id IS NULL OR explain_send_time.subscriber_id IS NULL THEN
        RAISE EXCEPTION 'campaign_id and subscriber_id must not be null' USING ERRCODE = '22023';
    END IF;
    SELECT c.*, s.timezone AS site_zone, s.country, s.smart_sending_window,
           s.quiet_hours_start, s.quiet_hours_end
      INTO target
      FROM campaign.campaigns c JOIN campaign.sites s ON s.site_id = c.site_id
     WHERE c.campaign_id = explain_send_time.campaign_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'campaign % does not exist', explain_send_time.campaign_id USING ERRCODE = 'P0002';
    END IF;
    SELECT * INTO person FROM campaign.subscribers s
     WHERE s.site_id = target.site_id AND s.subscriber_id = explain_send_time.subscriber_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'subscriber % of site % does not exist', explain_send_time.subscriber_id, target.site_id
            USING ERRCODE = 'P0002';
    END IF;
    IF target.respect_quiet_hours THEN
        quiet_start := target.quiet_hours_start;
        quiet_end := target.quiet_hours_end;
    END IF;

    -- processed: what was decided, in words
    IF EXISTS (SELECT FROM campaign.messages m
                WHERE m.campaign_id = target.campaign_id AND m.subscriber_id = person.subscriber_id) THEN
        RETURN QUERY
            SELECT m.step_no, string_to_array(m.timezone, ','), m.jurisdiction, m.planned_at, m.send_at,
                   campaign.describe_send_time(m.step_no, target.send_mode, target.local_send_at,
                                               target.late_policy, string_to_array(m.timezone, ','),
                                               m.jurisdiction, quiet_start, quiet_end,
                                               m.planned_at, m.send_at, m.skip_reason)
              FROM campaign.messages m
             WHERE m.campaign_id = target.campaign_id AND m.subscriber_id = person.subscriber_id
             ORDER BY m.step_no;
        RETURN;
    END IF;

    -- not processed yet: what processing would decide if it ran now
    zones := coalesce(CASE WHEN person.timezone IS NOT NULL THEN ARRAY[person.timezone] END,
                      campaign.phone_timezones(person.phone), ARRAY[target.site_zone]);
    region := coalesce(person.region, campaign.phone_region(person.phone), target.country);
    FOR step IN SELECT st.step_no, st.delay FROM campaign.campaign_steps st
                 WHERE st.campaign_id = target.campaign_id ORDER BY st.step_no LOOP
        IF step.step_no = 0 THEN
            planned := CASE WHEN target.send_mode = 'at_time' THEN greatest(coalesce(target.send_at, processing_at), processing_at)
                            ELSE campaign.local_planned_at(target.local_send_at, zones[1], target.late_policy, processing_at) END;
            allowed := campaign.next_send_time(planned, zones, quiet_start, quiet_end, region);
            skip := CASE WHEN planned IS NULL THEN 'local_time_passed'
                         WHEN allowed IS NULL THEN 'no_send_window'
                         WHEN target.smart_sending AND person.status = 'subscribed'
                              AND person.last_message_at > allowed - target.smart_sending_window THEN 'smart_sending'
                         WHEN person.status <> 'subscribed' THEN 'unsubscribed' END;
        ELSIF skip IS NULL THEN
            planned := allowed + step.delay;
            allowed := campaign.next_send_time(planned, zones, quiet_start, quiet_end, region);
            IF allowed IS NULL THEN
                skip := 'no_send_window';
            END IF;
        ELSE
            planned := NULL;
            allowed := NULL;
        END IF;
        step_no := step.step_no;
        timezones := zones;
        jurisdiction := region;
        planned_at := planned;
        send_at := allowed;
        reason := 'preview: ' || campaign.describe_send_time(step.step_no, target.send_mode, target.local_send_at,
                                                             target.late_policy, zones, region, quiet_start,
                                                             quiet_end, planned, allowed, skip);
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION campaign.explain_send_time(bigint, bigint) IS
    'why each of the subscriber''s messages goes when it goes; before processing, a preview of what it would decide now';

-------------------------------------------------------------------------------
-- Tenants: row-level security by campaign.site_id for campaign_app
-------------------------------------------------------------------------------
DO $policies$
DECLARE
    table_name text;
BEGIN
    FOREACH table_name IN ARRAY ARRAY['sites', 'subscribers', 'campaigns', 'campaign_steps',
                                      'messages', 'status_history', 'subscriber_events']
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE campaign.%I ENABLE ROW LEVEL SECURITY', table_name);
        EXECUTE pg_catalog.format(
            'CREATE POLICY site_isolation ON campaign.%I TO campaign_app'
            ' USING (site_id = NULLIF(pg_catalog.current_setting(''campaign.site_id'', true), '''')::bigint)'
            ' WITH CHECK (site_id = NULLIF(pg_catalog.current_setting(''campaign.site_id'', true), '''')::bigint)',
            table_name);
        EXECUTE pg_catalog.format(
            'CREATE POLICY all_sites ON campaign.%I TO campaign_admin USING (true) WITH CHECK (true)',
            table_name);
    END LOOP;
END
$policies$;

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
-- identity sequences too: restored rows keep their ids, and without the
-- sequence's position the next status change would reuse history_id 1
SELECT pg_catalog.pg_extension_config_dump('campaign.status_history_history_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.send_windows_send_window_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.subscriber_events', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.send_windows', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('campaign.phone_prefixes', 'WHERE NOT shipped');

-------------------------------------------------------------------------------
-- Privileges: nothing to PUBLIC; the three roles get what DESIGN.md section 6 says
-------------------------------------------------------------------------------
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA campaign FROM PUBLIC;
GRANT USAGE ON SCHEMA campaign TO campaign_admin, campaign_app, campaign_dispatcher;

-- campaign_admin reads and writes every row, but gets no TRIGGER, TRUNCATE or
-- REFERENCES: a trigger of its own on a table that the SECURITY DEFINER
-- functions write would run as their owner (a superuser), and TRUNCATE skips
-- the row triggers that keep the rules. status_history is written by the
-- status trigger alone.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA campaign TO campaign_admin;
REVOKE INSERT, UPDATE, DELETE ON campaign.status_history FROM campaign_admin;
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

GRANT SELECT ON campaign.campaign_progress TO campaign_app;
GRANT EXECUTE ON FUNCTION campaign.unsubscribe(bigint, bigint),
    campaign.record_event(bigint, bigint, text, timestamptz),
    campaign.explain_send_time(bigint, bigint) TO campaign_app;
-- explain_send_time runs as its caller (row-level security applies) and calls these
GRANT EXECUTE ON FUNCTION campaign.send_time_reason(timestamptz, text[], time, time, text),
    campaign.local_planned_at(timestamp, text, text, timestamptz),
    campaign.describe_send_time(smallint, text, timestamp, text, text[], text, time, time,
                                timestamptz, timestamptz, text) TO campaign_app;

GRANT EXECUTE ON FUNCTION campaign.now(),
    campaign.claim_messages(integer, interval),
    campaign.mark_sent(bigint, text), campaign.mark_sent(bigint[], text[]),
    campaign.mark_failed(bigint, text, timestamptz),
    campaign.record_delivery(text, boolean, text) TO campaign_dispatcher;
