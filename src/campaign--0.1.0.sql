/*
 * campaign 0.1.0: the install script of the first release, kept so that
 * CREATE EXTENSION campaign VERSION '0.1.0' works, as contrib modules keep
 * their older base scripts (ALTER EXTENSION campaign UPDATE then follows
 * src/campaign--0.1.0--<version>.sql).
 *
 * Generated at git tag v0.1.0 as its Makefile generated it (src/campaign.sql,
 * then src/data/phone_prefixes.sql) and never edited since, but for this
 * header and three mentions of a document that is not part of the
 * repository, which now cite docs/reference.md (two comments and the comment
 * on table campaign.campaigns).
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
    'one message (step 0) and its follow-ups; the status machine of docs/reference.md, Statuses and transitions, is enforced by triggers';
COMMENT ON COLUMN campaign.campaigns.audience_cursor IS
    'keyset cursor of processing: the last subscriber_id processed';
COMMENT ON COLUMN campaign.campaigns.audience_done IS
    'every subscriber of the audience has been processed';
COMMENT ON COLUMN campaign.campaigns.trial_reserved IS
    'messages reserved against the trial allowance when processing started; cut to trial_claimed when the campaign ends';

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
    campaign_id           bigint NOT NULL REFERENCES campaign.campaigns ON DELETE CASCADE,
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
-- Send-time engine (C): docs/reference.md, Definitions
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
CREATE FUNCTION campaign.local_planned_at(local_send_at timestamp, zone text,
                                          late_policy text, processing_at timestamptz)
    RETURNS timestamptz
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT CASE
        WHEN (local_send_at AT TIME ZONE zone) >= processing_at THEN local_send_at AT TIME ZONE zone
        WHEN late_policy = 'send_now' THEN processing_at
        WHEN late_policy = 'skip' THEN NULL
        -- next_day: whole days of wall-clock time until it is not late
        ELSE (SELECT min((local_send_at + days * interval '1 day') AT TIME ZONE zone)
                FROM generate_series(
                       ceil(extract(epoch FROM (processing_at AT TIME ZONE zone) - local_send_at) / 86400)::integer,
                       ceil(extract(epoch FROM (processing_at AT TIME ZONE zone) - local_send_at) / 86400)::integer + 1
                     ) AS days
               WHERE ((local_send_at + days * interval '1 day') AT TIME ZONE zone) >= processing_at)
    END
    $$;
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
-- Privileges: nothing to PUBLIC; the three roles get what docs/reference.md, Roles and tenants, says
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
-- campaign.phone_prefixes as shipped: generated by scripts/gen-phone-prefixes
-- from libphonenumber 8.12.57 (Debian python3-phonenumbers). Do not edit by hand.
INSERT INTO campaign.phone_prefixes (prefix, timezones, region, shipped) VALUES
    ('1201', '{America/New_York}', 'US', true),
    ('1202', '{America/New_York}', 'US-DC', true),
    ('1203', '{America/New_York}', 'US-CT', true),
    ('1204', '{America/Winnipeg}', 'CA-MB', true),
    ('1205', '{America/Chicago}', 'US-AL', true),
    ('1206', '{America/Los_Angeles}', 'US-WA', true),
    ('1207', '{America/New_York}', 'US-ME', true),
    ('1208', '{America/Boise,America/Denver,America/Los_Angeles}', 'US-ID', true),
    ('12082', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208201', '{America/Denver}', 'US-ID', true),
    ('1208215', '{America/Los_Angeles}', 'US-ID', true),
    ('1208221', '{America/Denver}', 'US-ID', true),
    ('1208226', '{America/Denver}', 'US-ID', true),
    ('1208227', '{America/Denver}', 'US-ID', true),
    ('1208228', '{America/Denver}', 'US-ID', true),
    ('120823', '{America/Denver}', 'US-ID', true),
    ('1208241', '{America/Denver}', 'US-ID', true),
    ('1208242', '{America/Denver}', 'US-ID', true),
    ('1208245', '{America/Los_Angeles}', 'US-ID', true),
    ('1208249', '{America/Denver}', 'US-ID', true),
    ('1208250', '{America/Denver}', 'US-ID', true),
    ('1208251', '{America/Denver}', 'US-ID', true),
    ('1208253', '{America/Denver}', 'US-ID', true),
    ('1208254', '{America/Denver}', 'US-ID', true),
    ('1208255', '{America/Los_Angeles}', 'US-ID', true),
    ('1208258', '{America/Denver}', 'US-ID', true),
    ('1208262', '{America/Los_Angeles}', 'US-ID', true),
    ('1208263', '{America/Los_Angeles}', 'US-ID', true),
    ('1208265', '{America/Los_Angeles}', 'US-ID', true),
    ('1208267', '{America/Los_Angeles}', 'US-ID', true),
    ('1208278', '{America/Denver}', 'US-ID', true),
    ('120828', '{America/Denver}', 'US-ID', true),
    ('1208290', '{America/Los_Angeles}', 'US-ID', true),
    ('1208292', '{America/Los_Angeles}', 'US-ID', true),
    ('1208297', '{America/Denver}', 'US-ID', true),
    ('12083', '{America/Denver}', 'US-ID', true),
    ('120830', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208304', '{America/Los_Angeles}', 'US-ID', true),
    ('1208305', '{America/Los_Angeles}', 'US-ID', true),
    ('120831', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208320', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208325', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208328', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208329', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208330', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208332', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208335', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208341', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208347', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208348', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208349', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208355', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208358', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208361', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208363', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208364', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208368', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208369', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208370', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208372', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208374', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208379', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208380', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208386', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208387', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208393', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208394', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208395', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208396', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208399', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208400', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208401', '{America/Denver}', 'US-ID', true),
    ('1208402', '{America/Denver}', 'US-ID', true),
    ('1208403', '{America/Denver}', 'US-ID', true),
    ('1208404', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208405', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208406', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208407', '{America/Denver}', 'US-ID', true),
    ('1208408', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208409', '{America/Denver}', 'US-ID', true),
    ('120841', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208412', '{America/Denver}', 'US-ID', true),
    ('1208414', '{America/Denver}', 'US-ID', true),
    ('1208419', '{America/Denver}', 'US-ID', true),
    ('120842', '{America/Denver}', 'US-ID', true),
    ('1208421', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208427', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208428', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208430', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208431', '{America/Denver}', 'US-ID', true),
    ('1208432', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208433', '{America/Denver}', 'US-ID', true),
    ('1208434', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208435', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208436', '{America/Denver}', 'US-ID', true),
    ('1208437', '{America/Los_Angeles}', 'US-ID', true),
    ('1208438', '{America/Denver}', 'US-ID', true),
    ('1208439', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208440', '{America/Denver}', 'US-ID', true),
    ('1208441', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208442', '{America/Denver}', 'US-ID', true),
    ('1208443', '{America/Los_Angeles}', 'US-ID', true),
    ('1208444', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208445', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208446', '{America/Los_Angeles}', 'US-ID', true),
    ('1208447', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208448', '{America/Los_Angeles}', 'US-ID', true),
    ('1208449', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208450', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208451', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208452', '{America/Denver}', 'US-ID', true),
    ('1208453', '{America/Denver}', 'US-ID', true),
    ('1208454', '{America/Denver}', 'US-ID', true),
    ('1208455', '{America/Denver}', 'US-ID', true),
    ('1208456', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208457', '{America/Los_Angeles}', 'US-ID', true),
    ('1208458', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208459', '{America/Denver}', 'US-ID', true),
    ('120846', '{America/Denver}', 'US-ID', true),
    ('1208460', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208464', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208469', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208470', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208471', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208472', '{America/Denver}', 'US-ID', true),
    ('1208473', '{America/Denver}', 'US-ID', true),
    ('1208474', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208475', '{America/Denver}', 'US-ID', true),
    ('1208476', '{America/Los_Angeles}', 'US-ID', true),
    ('1208477', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208478', '{America/Denver}', 'US-ID', true),
    ('1208479', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('120848', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208484', '{America/Denver}', 'US-ID', true),
    ('1208489', '{America/Denver}', 'US-ID', true),
    ('120849', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208495', '{America/Denver}', 'US-ID', true),
    ('12085', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208505', '{America/Denver}', 'US-ID', true),
    ('1208514', '{America/Denver}', 'US-ID', true),
    ('1208515', '{America/Denver}', 'US-ID', true),
    ('120852', '{America/Denver}', 'US-ID', true),
    ('1208535', '{America/Denver}', 'US-ID', true),
    ('1208536', '{America/Denver}', 'US-ID', true),
    ('1208538', '{America/Denver}', 'US-ID', true),
    ('1208539', '{America/Denver}', 'US-ID', true),
    ('1208542', '{America/Denver}', 'US-ID', true),
    ('1208543', '{America/Denver}', 'US-ID', true),
    ('1208546', '{America/Denver}', 'US-ID', true),
    ('1208547', '{America/Denver}', 'US-ID', true),
    ('1208549', '{America/Denver}', 'US-ID', true),
    ('1208552', '{America/Denver}', 'US-ID', true),
    ('1208556', '{America/Los_Angeles}', 'US-ID', true),
    ('1208557', '{America/Denver}', 'US-ID', true),
    ('1208558', '{America/Denver}', 'US-ID', true),
    ('1208559', '{America/Denver}', 'US-ID', true),
    ('1208562', '{America/Denver}', 'US-ID', true),
    ('1208569', '{America/Denver}', 'US-ID', true),
    ('1208570', '{America/Denver}', 'US-ID', true),
    ('1208571', '{America/Denver}', 'US-ID', true),
    ('1208573', '{America/Denver}', 'US-ID', true),
    ('1208577', '{America/Denver}', 'US-ID', true),
    ('1208578', '{America/Denver}', 'US-ID', true),
    ('1208585', '{America/Denver}', 'US-ID', true),
    ('1208587', '{America/Denver}', 'US-ID', true),
    ('1208588', '{America/Denver}', 'US-ID', true),
    ('1208589', '{America/Denver}', 'US-ID', true),
    ('1208595', '{America/Denver}', 'US-ID', true),
    ('1208596', '{America/Los_Angeles}', 'US-ID', true),
    ('12086', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208602', '{America/Denver}', 'US-ID', true),
    ('1208608', '{America/Denver}', 'US-ID', true),
    ('1208610', '{America/Los_Angeles}', 'US-ID', true),
    ('1208622', '{America/Denver}', 'US-ID', true),
    ('1208623', '{America/Los_Angeles}', 'US-ID', true),
    ('1208624', '{America/Denver}', 'US-ID', true),
    ('1208625', '{America/Los_Angeles}', 'US-ID', true),
    ('1208628', '{America/Denver}', 'US-ID', true),
    ('1208629', '{America/Denver}', 'US-ID', true),
    ('1208631', '{America/Denver}', 'US-ID', true),
    ('1208634', '{America/Denver}', 'US-ID', true),
    ('1208637', '{America/Denver}', 'US-ID', true),
    ('1208639', '{America/Denver}', 'US-ID', true),
    ('1208640', '{America/Los_Angeles}', 'US-ID', true),
    ('1208642', '{America/Denver}', 'US-ID', true),
    ('1208651', '{America/Los_Angeles}', 'US-ID', true),
    ('1208652', '{America/Denver}', 'US-ID', true),
    ('1208656', '{America/Denver}', 'US-ID', true),
    ('1208658', '{America/Denver}', 'US-ID', true),
    ('1208659', '{America/Los_Angeles}', 'US-ID', true),
    ('120866', '{America/Los_Angeles}', 'US-ID', true),
    ('1208672', '{America/Denver}', 'US-ID', true),
    ('1208676', '{America/Los_Angeles}', 'US-ID', true),
    ('1208677', '{America/Denver}', 'US-ID', true),
    ('1208678', '{America/Denver}', 'US-ID', true),
    ('1208681', '{America/Denver}', 'US-ID', true),
    ('1208682', '{America/Los_Angeles}', 'US-ID', true),
    ('1208683', '{America/Los_Angeles}', 'US-ID', true),
    ('1208684', '{America/Denver}', 'US-ID', true),
    ('1208686', '{America/Los_Angeles}', 'US-ID', true),
    ('1208687', '{America/Los_Angeles}', 'US-ID', true),
    ('1208691', '{America/Los_Angeles}', 'US-ID', true),
    ('1208695', '{America/Denver}', 'US-ID', true),
    ('1208697', '{America/Denver}', 'US-ID', true),
    ('1208699', '{America/Los_Angeles}', 'US-ID', true),
    ('1208700', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208701', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208702', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208703', '{America/Denver}', 'US-ID', true),
    ('1208704', '{America/Los_Angeles}', 'US-ID', true),
    ('1208705', '{America/Denver}', 'US-ID', true),
    ('1208706', '{America/Denver}', 'US-ID', true),
    ('1208707', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208708', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208709', '{America/Denver}', 'US-ID', true),
    ('120871', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208713', '{America/Denver}', 'US-ID', true),
    ('1208716', '{America/Denver}', 'US-ID', true),
    ('120872', '{America/Denver}', 'US-ID', true),
    ('1208721', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208723', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208728', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208729', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('120873', '{America/Denver}', 'US-ID', true),
    ('1208730', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208738', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208739', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('120874', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208743', '{America/Los_Angeles}', 'US-ID', true),
    ('1208745', '{America/Denver}', 'US-ID', true),
    ('1208746', '{America/Los_Angeles}', 'US-ID', true),
    ('120875', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208755', '{America/Los_Angeles}', 'US-ID', true),
    ('1208756', '{America/Denver}', 'US-ID', true),
    ('1208760', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208761', '{America/Denver}', 'US-ID', true),
    ('1208762', '{America/Los_Angeles}', 'US-ID', true),
    ('1208763', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208764', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208765', '{America/Los_Angeles}', 'US-ID', true),
    ('1208766', '{America/Denver}', 'US-ID', true),
    ('1208767', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208768', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208769', '{America/Los_Angeles}', 'US-ID', true),
    ('120877', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208772', '{America/Los_Angeles}', 'US-ID', true),
    ('1208773', '{America/Los_Angeles}', 'US-ID', true),
    ('1208777', '{America/Los_Angeles}', 'US-ID', true),
    ('1208780', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208781', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208782', '{America/Denver}', 'US-ID', true),
    ('1208783', '{America/Los_Angeles}', 'US-ID', true),
    ('1208784', '{America/Los_Angeles}', 'US-ID', true),
    ('1208785', '{America/Denver}', 'US-ID', true),
    ('1208786', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208787', '{America/Denver}', 'US-ID', true),
    ('1208788', '{America/Denver}', 'US-ID', true),
    ('1208789', '{America/Denver}', 'US-ID', true),
    ('120879', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208791', '{America/Los_Angeles}', 'US-ID', true),
    ('1208794', '{America/Denver}', 'US-ID', true),
    ('1208798', '{America/Los_Angeles}', 'US-ID', true),
    ('1208799', '{America/Los_Angeles}', 'US-ID', true),
    ('120880', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('120881', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208814', '{America/Denver}', 'US-ID', true),
    ('1208818', '{America/Los_Angeles}', 'US-ID', true),
    ('1208819', '{America/Los_Angeles}', 'US-ID', true),
    ('120882', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('120883', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208830', '{America/Denver}', 'US-ID', true),
    ('1208835', '{America/Los_Angeles}', 'US-ID', true),
    ('1208837', '{America/Denver}', 'US-ID', true),
    ('120884', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208841', '{America/Denver}', 'US-ID', true),
    ('1208843', '{America/Los_Angeles}', 'US-ID', true),
    ('1208846', '{America/Denver}', 'US-ID', true),
    ('1208847', '{America/Denver}', 'US-ID', true),
    ('120885', '{America/Denver}', 'US-ID', true),
    ('1208851', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208856', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208857', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208858', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('120886', '{America/Denver}', 'US-ID', true),
    ('1208862', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208864', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208865', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208868', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208870', '{America/Denver}', 'US-ID', true),
    ('1208871', '{America/Denver}', 'US-ID', true),
    ('1208872', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208873', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208874', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208875', '{America/Los_Angeles}', 'US-ID', true),
    ('1208876', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208877', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208878', '{America/Denver}', 'US-ID', true),
    ('1208879', '{America/Denver}', 'US-ID', true),
    ('120888', '{America/Denver}', 'US-ID', true),
    ('1208882', '{America/Los_Angeles}', 'US-ID', true),
    ('1208883', '{America/Los_Angeles}', 'US-ID', true),
    ('1208885', '{America/Los_Angeles}', 'US-ID', true),
    ('1208889', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('120889', '{America/Denver}', 'US-ID', true),
    ('1208892', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208893', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208894', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208897', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('12089', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1208901', '{America/Denver}', 'US-ID', true),
    ('1208904', '{America/Denver}', 'US-ID', true),
    ('1208906', '{America/Denver}', 'US-ID', true),
    ('1208908', '{America/Denver}', 'US-ID', true),
    ('1208917', '{America/Denver}', 'US-ID', true),
    ('1208918', '{America/Denver}', 'US-ID', true),
    ('1208921', '{America/Denver}', 'US-ID', true),
    ('1208922', '{America/Denver}', 'US-ID', true),
    ('1208926', '{America/Los_Angeles}', 'US-ID', true),
    ('1208928', '{America/Denver}', 'US-ID', true),
    ('1208934', '{America/Denver}', 'US-ID', true),
    ('1208935', '{America/Los_Angeles}', 'US-ID', true),
    ('1208936', '{America/Denver}', 'US-ID', true),
    ('1208938', '{America/Denver}', 'US-ID', true),
    ('1208939', '{America/Denver}', 'US-ID', true),
    ('1208941', '{America/Denver}', 'US-ID', true),
    ('1208944', '{America/Denver}', 'US-ID', true),
    ('1208946', '{America/Los_Angeles}', 'US-ID', true),
    ('1208947', '{America/Denver}', 'US-ID', true),
    ('1208949', '{America/Denver}', 'US-ID', true),
    ('1208954', '{America/Denver}', 'US-ID', true),
    ('1208955', '{America/Denver}', 'US-ID', true),
    ('1208962', '{America/Los_Angeles}', 'US-ID', true),
    ('1208964', '{America/Los_Angeles}', 'US-ID', true),
    ('1208983', '{America/Los_Angeles}', 'US-ID', true),
    ('1208989', '{America/Denver}', 'US-ID', true),
    ('1208991', '{America/Denver}', 'US-ID', true),
    ('1208994', '{America/Denver}', 'US-ID', true),
    ('1208995', '{America/Denver}', 'US-ID', true),
    ('1208996', '{America/Denver}', 'US-ID', true),
    ('1209', '{America/Los_Angeles}', 'US-CA', true),
    ('1210', '{America/Chicago}', 'US-TX', true),
    ('1212', '{America/New_York}', 'US-NY', true),
    ('1213', '{America/Los_Angeles}', 'US-CA', true),
    ('1214', '{America/Chicago}', 'US-TX', true),
    ('1215', '{America/New_York}', 'US-PA', true),
    ('1216', '{America/New_York}', 'US-OH', true),
    ('1217', '{America/Chicago}', 'US-IL', true),
    ('1218', '{America/Chicago}', 'US-MN', true),
    ('1219', '{America/New_York}', 'US-IN', true),
    ('1219226', '{America/Chicago}', 'US-IN', true),
    ('1219227', '{America/Chicago}', 'US-IN', true),
    ('1219242', '{America/Chicago}', 'US-IN', true),
    ('1219261', '{America/Chicago}', 'US-IN', true),
    ('1219263', '{America/Chicago}', 'US-IN', true),
    ('1219285', '{America/Chicago}', 'US-IN', true),
    ('1219286', '{America/Chicago}', 'US-IN', true),
    ('1219299', '{America/Chicago}', 'US-IN', true),
    ('1219322', '{America/Chicago}', 'US-IN', true),
    ('1219324', '{America/Chicago}', 'US-IN', true),
    ('1219325', '{America/Chicago}', 'US-IN', true),
    ('1219326', '{America/Chicago}', 'US-IN', true),
    ('1219345', '{America/Chicago}', 'US-IN', true),
    ('1219362', '{America/Chicago}', 'US-IN', true),
    ('1219365', '{America/Chicago}', 'US-IN', true),
    ('1219369', '{America/Chicago}', 'US-IN', true),
    ('1219374', '{America/Chicago}', 'US-IN', true),
    ('1219392', '{America/Chicago}', 'US-IN', true),
    ('1219393', '{America/Chicago}', 'US-IN', true),
    ('1219395', '{America/Chicago}', 'US-IN', true),
    ('1219397', '{America/Chicago}', 'US-IN', true),
    ('1219398', '{America/Chicago}', 'US-IN', true),
    ('1219427', '{America/Chicago}', 'US-IN', true),
    ('1219440', '{America/Chicago}', 'US-IN', true),
    ('1219462', '{America/Chicago}', 'US-IN', true),
    ('1219464', '{America/Chicago}', 'US-IN', true),
    ('1219465', '{America/Chicago}', 'US-IN', true),
    ('1219472', '{America/Chicago}', 'US-IN', true),
    ('1219473', '{America/Chicago}', 'US-IN', true),
    ('1219474', '{America/Chicago}', 'US-IN', true),
    ('1219476', '{America/Chicago}', 'US-IN', true),
    ('1219477', '{America/Chicago}', 'US-IN', true),
    ('1219513', '{America/Chicago}', 'US-IN', true),
    ('1219531', '{America/Chicago}', 'US-IN', true),
    ('1219548', '{America/Chicago}', 'US-IN', true),
    ('1219558', '{America/Chicago}', 'US-IN', true),
    ('1219595', '{America/Chicago}', 'US-IN', true),
    ('1219659', '{America/Chicago}', 'US-IN', true),
    ('1219661', '{America/Chicago}', 'US-IN', true),
    ('1219662', '{America/Chicago}', 'US-IN', true),
    ('1219663', '{America/Chicago}', 'US-IN', true),
    ('1219690', '{America/Chicago}', 'US-IN', true),
    ('1219696', '{America/Chicago}', 'US-IN', true),
    ('1219707', '{America/Chicago}', 'US-IN', true),
    ('1219728', '{America/Chicago}', 'US-IN', true),
    ('1219733', '{America/Chicago}', 'US-IN', true),
    ('1219736', '{America/Chicago}', 'US-IN', true),
    ('1219738', '{America/Chicago}', 'US-IN', true),
    ('1219755', '{America/Chicago}', 'US-IN', true),
    ('1219756', '{America/Chicago}', 'US-IN', true),
    ('1219757', '{America/Chicago}', 'US-IN', true),
    ('1219759', '{America/Chicago}', 'US-IN', true),
    ('1219762', '{America/Chicago}', 'US-IN', true),
    ('1219763', '{America/Chicago}', 'US-IN', true),
    ('1219764', '{America/Chicago}', 'US-IN', true),
    ('1219766', '{America/Chicago}', 'US-IN', true),
    ('1219769', '{America/Chicago}', 'US-IN', true),
    ('1219778', '{America/Chicago}', 'US-IN', true),
    ('1219779', '{America/Chicago}', 'US-IN', true),
    ('1219785', '{America/Chicago}', 'US-IN', true),
    ('1219787', '{America/Chicago}', 'US-IN', true),
    ('1219791', '{America/Chicago}', 'US-IN', true),
    ('1219803', '{America/Chicago}', 'US-IN', true),
    ('1219836', '{America/Chicago}', 'US-IN', true),
    ('1219838', '{America/Chicago}', 'US-IN', true),
    ('1219844', '{America/Chicago}', 'US-IN', true),
    ('1219845', '{America/Chicago}', 'US-IN', true),
    ('1219852', '{America/Chicago}', 'US-IN', true),
    ('1219853', '{America/Chicago}', 'US-IN', true),
    ('1219864', '{America/Chicago}', 'US-IN', true),
    ('1219865', '{America/Chicago}', 'US-IN', true),
    ('1219866', '{America/Chicago}', 'US-IN', true),
    ('1219872', '{America/Chicago}', 'US-IN', true),
    ('1219873', '{America/Chicago}', 'US-IN', true),
    ('1219874', '{America/Chicago}', 'US-IN', true),
    ('1219878', '{America/Chicago}', 'US-IN', true),
    ('1219879', '{America/Chicago}', 'US-IN', true),
    ('121988', '{America/Chicago}', 'US-IN', true),
    ('121992', '{America/Chicago}', 'US-IN', true),
    ('121993', '{America/Chicago}', 'US-IN', true),
    ('121994', '{America/Chicago}', 'US-IN', true),
    ('1219956', '{America/Chicago}', 'US-IN', true),
    ('1219962', '{America/Chicago}', 'US-IN', true),
    ('1219963', '{America/Chicago}', 'US-IN', true),
    ('1219972', '{America/Chicago}', 'US-IN', true),
    ('1219977', '{America/Chicago}', 'US-IN', true),
    ('1219980', '{America/Chicago}', 'US-IN', true),
    ('1219983', '{America/Chicago}', 'US-IN', true),
    ('1219987', '{America/Chicago}', 'US-IN', true),
    ('1219989', '{America/Chicago}', 'US-IN', true),
    ('1219996', '{America/Chicago}', 'US-IN', true),
    ('1220', '{America/New_York}', 'US-OH', true),
    ('1223', '{America/New_York}', 'US-PA', true),
    ('1224', '{America/Chicago}', 'US-IL', true),
    ('1225', '{America/Chicago}', 'US-LA', true),
    ('1226', '{America/Toronto}', 'CA-ON', true),
    ('1228', '{America/Chicago}', 'US-MS', true),
    ('1229', '{America/New_York}', 'US-GA', true),
    ('1231', '{America/New_York}', 'US-MI', true),
    ('1234', '{America/New_York}', 'US-OH', true),
    ('1236', '{America/Vancouver}', 'CA-BC', true),
    ('1239', '{America/New_York}', 'US-FL', true),
    ('1240', '{America/New_York}', 'US-MD', true),
    ('1242', '{America/Nassau}', 'BS', true),
    ('1246', '{America/Barbados}', 'BB', true),
    ('1248', '{America/New_York}', 'US-MI', true),
    ('1249', '{America/Toronto}', 'CA-ON', true),
    ('1250', '{America/Vancouver}', 'CA-BC', true),
    ('1250242', '{America/Edmonton}', 'CA-BC', true),
    ('1250261', '{America/Edmonton}', 'CA-BC', true),
    ('1250262', '{America/Edmonton}', 'CA-BC', true),
    ('1250263', '{America/Edmonton}', 'CA-BC', true),
    ('1250341', '{America/Edmonton}', 'CA-BC', true),
    ('1250342', '{America/Edmonton}', 'CA-BC', true),
    ('1250344', '{America/Edmonton}', 'CA-BC', true),
    ('1250347', '{America/Edmonton}', 'CA-BC', true),
    ('1250417', '{America/Edmonton}', 'CA-BC', true),
    ('1250423', '{America/Edmonton}', 'CA-BC', true),
    ('1250425', '{America/Edmonton}', 'CA-BC', true),
    ('1250426', '{America/Edmonton}', 'CA-BC', true),
    ('1250427', '{America/Edmonton}', 'CA-BC', true),
    ('1250428', '{America/Edmonton}', 'CA-BC', true),
    ('1250489', '{America/Edmonton}', 'CA-BC', true),
    ('1250719', '{America/Edmonton}', 'CA-BC', true),
    ('1250774', '{America/Edmonton}', 'CA-BC', true),
    ('1250782', '{America/Edmonton}', 'CA-BC', true),
    ('1250784', '{America/Edmonton}', 'CA-BC', true),
    ('1250785', '{America/Edmonton}', 'CA-BC', true),
    ('1250787', '{America/Edmonton}', 'CA-BC', true),
    ('1250788', '{America/Edmonton}', 'CA-BC', true),
    ('1251', '{America/Chicago}', 'US-AL', true),
    ('1252', '{America/New_York}', 'US-NC', true),
    ('1253', '{America/Los_Angeles}', 'US-WA', true),
    ('1254', '{America/Chicago}', 'US-TX', true),
    ('1256', '{America/Chicago}', 'US-AL', true),
    ('1260', '{America/New_York}', 'US-IN', true),
    ('1262', '{America/Chicago}', 'US-WI', true),
    ('1263', '{America/Toronto}', 'CA-QC', true),
    ('1264', '{America/Anguilla}', 'AI', true),
    ('1267', '{America/New_York}', 'US-PA', true),
    ('1268', '{America/Antigua}', 'AG', true),
    ('1269', '{America/New_York}', 'US-MI', true),
    ('1270', '{America/New_York}', 'US-KY', true),
    ('1270202', '{America/Chicago}', 'US-KY', true),
    ('1270230', '{America/Chicago}', 'US-KY', true),
    ('1270236', '{America/Chicago}', 'US-KY', true),
    ('1270237', '{America/Chicago}', 'US-KY', true),
    ('1270240', '{America/Chicago}', 'US-KY', true),
    ('1270242', '{America/Chicago}', 'US-KY', true),
    ('1270247', '{America/Chicago}', 'US-KY', true),
    ('1270251', '{America/Chicago}', 'US-KY', true),
    ('1270259', '{America/Chicago}', 'US-KY', true),
    ('1270265', '{America/Chicago}', 'US-KY', true),
    ('1270273', '{America/Chicago}', 'US-KY', true),
    ('1270274', '{America/Chicago}', 'US-KY', true),
    ('1270282', '{America/Chicago}', 'US-KY', true),
    ('1270298', '{America/Chicago}', 'US-KY', true),
    ('1270333', '{America/Chicago}', 'US-KY', true),
    ('1270335', '{America/Chicago}', 'US-KY', true),
    ('1270338', '{America/Chicago}', 'US-KY', true),
    ('1270343', '{America/Chicago}', 'US-KY', true),
    ('1270354', '{America/Chicago}', 'US-KY', true),
    ('1270362', '{America/Chicago}', 'US-KY', true),
    ('1270365', '{America/Chicago}', 'US-KY', true),
    ('1270384', '{America/Chicago}', 'US-KY', true),
    ('1270388', '{America/Chicago}', 'US-KY', true),
    ('1270389', '{America/Chicago}', 'US-KY', true),
    ('1270393', '{America/Chicago}', 'US-KY', true),
    ('1270395', '{America/Chicago}', 'US-KY', true),
    ('1270415', '{America/Chicago}', 'US-KY', true),
    ('1270432', '{America/Chicago}', 'US-KY', true),
    ('1270439', '{America/Chicago}', 'US-KY', true),
    ('1270441', '{America/Chicago}', 'US-KY', true),
    ('1270442', '{America/Chicago}', 'US-KY', true),
    ('1270443', '{America/Chicago}', 'US-KY', true),
    ('1270444', '{America/Chicago}', 'US-KY', true),
    ('1270462', '{America/Chicago}', 'US-KY', true),
    ('1270472', '{America/Chicago}', 'US-KY', true),
    ('1270483', '{America/Chicago}', 'US-KY', true),
    ('1270487', '{America/Chicago}', 'US-KY', true),
    ('1270495', '{America/Chicago}', 'US-KY', true),
    ('1270522', '{America/Chicago}', 'US-KY', true),
    ('1270524', '{America/Chicago}', 'US-KY', true),
    ('1270526', '{America/Chicago}', 'US-KY', true),
    ('1270527', '{America/Chicago}', 'US-KY', true),
    ('1270528', '{America/Chicago}', 'US-KY', true),
    ('1270534', '{America/Chicago}', 'US-KY', true),
    ('1270535', '{America/Chicago}', 'US-KY', true),
    ('1270538', '{America/Chicago}', 'US-KY', true),
    ('1270542', '{America/Chicago}', 'US-KY', true),
    ('1270547', '{America/Chicago}', 'US-KY', true),
    ('1270554', '{America/Chicago}', 'US-KY', true),
    ('1270563', '{America/Chicago}', 'US-KY', true),
    ('1270575', '{America/Chicago}', 'US-KY', true),
    ('1270586', '{America/Chicago}', 'US-KY', true),
    ('1270597', '{America/Chicago}', 'US-KY', true),
    ('1270598', '{America/Chicago}', 'US-KY', true),
    ('1270618', '{America/Chicago}', 'US-KY', true),
    ('1270622', '{America/Chicago}', 'US-KY', true),
    ('1270628', '{America/Chicago}', 'US-KY', true),
    ('1270629', '{America/Chicago}', 'US-KY', true),
    ('1270639', '{America/Chicago}', 'US-KY', true),
    ('1270640', '{America/Chicago}', 'US-KY', true),
    ('1270646', '{America/Chicago}', 'US-KY', true),
    ('1270651', '{America/Chicago}', 'US-KY', true),
    ('1270653', '{America/Chicago}', 'US-KY', true),
    ('1270659', '{America/Chicago}', 'US-KY', true),
    ('1270665', '{America/Chicago}', 'US-KY', true),
    ('1270667', '{America/Chicago}', 'US-KY', true),
    ('1270678', '{America/Chicago}', 'US-KY', true),
    ('127068', '{America/Chicago}', 'US-KY', true),
    ('1270691', '{America/Chicago}', 'US-KY', true),
    ('1270707', '{America/Chicago}', 'US-KY', true),
    ('1270725', '{America/Chicago}', 'US-KY', true),
    ('1270726', '{America/Chicago}', 'US-KY', true),
    ('1270745', '{America/Chicago}', 'US-KY', true),
    ('1270746', '{America/Chicago}', 'US-KY', true),
    ('1270753', '{America/Chicago}', 'US-KY', true),
    ('1270754', '{America/Chicago}', 'US-KY', true),
    ('1270755', '{America/Chicago}', 'US-KY', true),
    ('1270756', '{America/Chicago}', 'US-KY', true),
    ('1270759', '{America/Chicago}', 'US-KY', true),
    ('1270761', '{America/Chicago}', 'US-KY', true),
    ('1270762', '{America/Chicago}', 'US-KY', true),
    ('1270767', '{America/Chicago}', 'US-KY', true),
    ('1270773', '{America/Chicago}', 'US-KY', true),
    ('1270780', '{America/Chicago}', 'US-KY', true),
    ('1270781', '{America/Chicago}', 'US-KY', true),
    ('1270782', '{America/Chicago}', 'US-KY', true),
    ('1270783', '{America/Chicago}', 'US-KY', true),
    ('1270786', '{America/Chicago}', 'US-KY', true),
    ('1270792', '{America/Chicago}', 'US-KY', true),
    ('1270793', '{America/Chicago}', 'US-KY', true),
    ('1270796', '{America/Chicago}', 'US-KY', true),
    ('1270797', '{America/Chicago}', 'US-KY', true),
    ('1270798', '{America/Chicago}', 'US-KY', true),
    ('1270821', '{America/Chicago}', 'US-KY', true),
    ('1270824', '{America/Chicago}', 'US-KY', true),
    ('1270825', '{America/Chicago}', 'US-KY', true),
    ('1270826', '{America/Chicago}', 'US-KY', true),
    ('1270827', '{America/Chicago}', 'US-KY', true),
    ('1270830', '{America/Chicago}', 'US-KY', true),
    ('1270831', '{America/Chicago}', 'US-KY', true),
    ('1270842', '{America/Chicago}', 'US-KY', true),
    ('1270843', '{America/Chicago}', 'US-KY', true),
    ('1270846', '{America/Chicago}', 'US-KY', true),
    ('1270852', '{America/Chicago}', 'US-KY', true),
    ('1270864', '{America/Chicago}', 'US-KY', true),
    ('1270866', '{America/Chicago}', 'US-KY', true),
    ('1270879', '{America/Chicago}', 'US-KY', true),
    ('1270881', '{America/Chicago}', 'US-KY', true),
    ('1270885', '{America/Chicago}', 'US-KY', true),
    ('1270886', '{America/Chicago}', 'US-KY', true),
    ('1270887', '{America/Chicago}', 'US-KY', true),
    ('1270889', '{America/Chicago}', 'US-KY', true),
    ('1270898', '{America/Chicago}', 'US-KY', true),
    ('1270901', '{America/Chicago}', 'US-KY', true),
    ('1270904', '{America/Chicago}', 'US-KY', true),
    ('1270924', '{America/Chicago}', 'US-KY', true),
    ('1270926', '{America/Chicago}', 'US-KY', true),
    ('1270927', '{America/Chicago}', 'US-KY', true),
    ('1270928', '{America/Chicago}', 'US-KY', true),
    ('1270929', '{America/Chicago}', 'US-KY', true),
    ('1270932', '{America/Chicago}', 'US-KY', true),
    ('1270965', '{America/Chicago}', 'US-KY', true),
    ('1270988', '{America/Chicago}', 'US-KY', true),
    ('1272', '{America/New_York}', 'US-PA', true),
    ('1276', '{America/New_York}', 'US-VA', true),
    ('1279', '{America/Los_Angeles}', 'US-CA', true),
    ('1281', '{America/Chicago}', 'US-TX', true),
    ('1283', '{America/New_York}', 'US-OH', true),
    ('1284', '{America/Tortola}', 'VG', true),
    ('1289', '{America/Toronto}', 'CA-ON', true),
    ('1301', '{America/New_York}', 'US-MD', true),
    ('1302', '{America/New_York}', 'US-DE', true),
    ('1303', '{America/Denver}', 'US-CO', true),
    ('1304', '{America/New_York}', 'US-WV', true),
    ('1305', '{America/New_York}', 'US-FL', true),
    ('1306', '{America/Regina}', 'CA-SK', true),
    ('1307', '{America/Denver}', 'US-WY', true),
    ('1308', '{America/Chicago}', 'US-NE', true),
    ('1308235', '{America/Denver}', 'US-NE', true),
    ('130824', '{America/Denver}', 'US-NE', true),
    ('1308254', '{America/Denver}', 'US-NE', true),
    ('1308262', '{America/Denver}', 'US-NE', true),
    ('1308282', '{America/Denver}', 'US-NE', true),
    ('1308284', '{America/Denver}', 'US-NE', true),
    ('1308327', '{America/Denver}', 'US-NE', true),
    ('1308352', '{America/Denver}', 'US-NE', true),
    ('1308394', '{America/Denver}', 'US-NE', true),
    ('1308423', '{America/Denver}', 'US-NE', true),
    ('1308432', '{America/Denver}', 'US-NE', true),
    ('1308436', '{America/Denver}', 'US-NE', true),
    ('1308546', '{America/Denver}', 'US-NE', true),
    ('1308623', '{America/Denver}', 'US-NE', true),
    ('1308630', '{America/Denver}', 'US-NE', true),
    ('1308632', '{America/Denver}', 'US-NE', true),
    ('1308633', '{America/Denver}', 'US-NE', true),
    ('1308635', '{America/Denver}', 'US-NE', true),
    ('1308665', '{America/Denver}', 'US-NE', true),
    ('1308762', '{America/Denver}', 'US-NE', true),
    ('1308772', '{America/Denver}', 'US-NE', true),
    ('1308874', '{America/Denver}', 'US-NE', true),
    ('1308882', '{America/Denver}', 'US-NE', true),
    ('1309', '{America/Chicago}', 'US-IL', true),
    ('1310', '{America/Los_Angeles}', 'US-CA', true),
    ('13102', '{America/Los_Angeles}', 'US-CA', true),
    ('13103', '{America/Los_Angeles}', 'US-CA', true),
    ('13104', '{America/Los_Angeles}', 'US-CA', true),
    ('13105', '{America/Los_Angeles}', 'US-CA', true),
    ('13106', '{America/Los_Angeles}', 'US-CA', true),
    ('13107', '{America/Los_Angeles}', 'US-CA', true),
    ('13108', '{America/Los_Angeles}', 'US-CA', true),
    ('13109', '{America/Los_Angeles}', 'US-CA', true),
    ('1312', '{America/Chicago}', 'US-IL', true),
    ('1313', '{America/New_York}', 'US-MI', true),
    ('1314', '{America/Chicago}', 'US-MO', true),
    ('1315', '{America/New_York}', 'US-NY', true),
    ('1316', '{America/Chicago}', 'US-KS', true),
    ('1317', '{America/New_York}', 'US-IN', true),
    ('1318', '{America/Chicago}', 'US-LA', true),
    ('1319', '{America/Chicago}', 'US-IA', true),
    ('1320', '{America/Chicago}', 'US-MN', true),
    ('1321', '{America/New_York}', 'US-FL', true),
    ('1323', '{America/Los_Angeles}', 'US-CA', true),
    ('1325', '{America/Chicago}', 'US-TX', true),
    ('1326', '{America/New_York}', 'US-OH', true),
    ('1330', '{America/New_York}', 'US-OH', true),
    ('1331', '{America/Chicago}', 'US-IL', true),
    ('1332', '{America/New_York}', 'US-NY', true),
    ('1334', '{America/Chicago}', 'US-AL', true),
    ('1336', '{America/New_York}', 'US-NC', true),
    ('1337', '{America/Chicago}', 'US-LA', true),
    ('1339', '{America/New_York}', 'US-MA', true),
    ('1340', '{America/St_Thomas}', 'US-VI', true),
    ('1341', '{America/Los_Angeles}', 'US-CA', true),
    ('1343', '{America/Toronto}', 'CA-ON', true),
    ('1345', '{America/Cayman}', 'KY', true),
    ('1346', '{America/Chicago}', 'US-TX', true),
    ('1347', '{America/New_York}', 'US-NY', true),
    ('1351', '{America/New_York}', 'US-MA', true),
    ('1352', '{America/New_York}', 'US-FL', true),
    ('1360', '{America/Los_Angeles}', 'US-WA', true),
    ('1361', '{America/Chicago}', 'US-TX', true),
    ('1364', '{America/New_York}', 'US-KY', true),
    ('1365', '{America/Toronto}', 'CA-ON', true),
    ('1367', '{America/Toronto}', 'CA-QC', true),
    ('1368', '{America/Edmonton}', 'CA-AB', true),
    ('1380', '{America/New_York}', 'US-OH', true),
    ('1385', '{America/Denver}', 'US-UT', true),
    ('1386', '{America/New_York}', 'US-FL', true),
    ('1401', '{America/New_York}', 'US-RI', true),
    ('1402', '{America/Chicago}', 'US-NE', true),
    ('1403', '{America/Edmonton}', 'CA-AB', true),
    ('1404', '{America/New_York}', 'US-GA', true),
    ('1405', '{America/Chicago}', 'US-OK', true),
    ('1406', '{America/Denver}', 'US-MT', true),
    ('1407', '{America/New_York}', 'US-FL', true),
    ('1408', '{America/Los_Angeles}', 'US-CA', true),
    ('1409', '{America/Chicago}', 'US-TX', true),
    ('1410', '{America/New_York}', 'US-MD', true),
    ('1412', '{America/New_York}', 'US-PA', true),
    ('1413', '{America/New_York}', 'US-MA', true),
    ('1414', '{America/Chicago}', 'US-WI', true),
    ('1415', '{America/Los_Angeles}', 'US-CA', true),
    ('1416', '{America/Toronto}', 'CA-ON', true),
    ('1417', '{America/Chicago}', 'US-MO', true),
    ('1418', '{America/Toronto}', 'CA-QC', true),
    ('1418937', '{America/Halifax}', 'CA-QC', true),
    ('1418986', '{America/Halifax}', 'CA-QC', true),
    ('1419', '{America/New_York}', 'US-OH', true),
    ('1423', '{America/Chicago}', 'US-TN', true),
    ('1423202', '{America/New_York}', 'US-TN', true),
    ('1423209', '{America/New_York}', 'US-TN', true),
    ('1423217', '{America/New_York}', 'US-TN', true),
    ('1423218', '{America/New_York}', 'US-TN', true),
    ('1423224', '{America/New_York}', 'US-TN', true),
    ('142323', '{America/New_York}', 'US-TN', true),
    ('1423245', '{America/New_York}', 'US-TN', true),
    ('1423246', '{America/New_York}', 'US-TN', true),
    ('1423247', '{America/New_York}', 'US-TN', true),
    ('1423253', '{America/New_York}', 'US-TN', true),
    ('1423254', '{America/New_York}', 'US-TN', true),
    ('1423257', '{America/New_York}', 'US-TN', true),
    ('1423262', '{America/New_York}', 'US-TN', true),
    ('1423263', '{America/New_York}', 'US-TN', true),
    ('1423265', '{America/New_York}', 'US-TN', true),
    ('1423266', '{America/New_York}', 'US-TN', true),
    ('1423267', '{America/New_York}', 'US-TN', true),
    ('1423272', '{America/New_York}', 'US-TN', true),
    ('1423278', '{America/New_York}', 'US-TN', true),
    ('1423279', '{America/New_York}', 'US-TN', true),
    ('1423282', '{America/New_York}', 'US-TN', true),
    ('1423283', '{America/New_York}', 'US-TN', true),
    ('1423286', '{America/New_York}', 'US-TN', true),
    ('1423288', '{America/New_York}', 'US-TN', true),
    ('1423296', '{America/New_York}', 'US-TN', true),
    ('1423305', '{America/New_York}', 'US-TN', true),
    ('1423307', '{America/New_York}', 'US-TN', true),
    ('1423317', '{America/New_York}', 'US-TN', true),
    ('1423318', '{America/New_York}', 'US-TN', true),
    ('1423323', '{America/New_York}', 'US-TN', true),
    ('1423328', '{America/New_York}', 'US-TN', true),
    ('142333', '{America/New_York}', 'US-TN', true),
    ('1423343', '{America/New_York}', 'US-TN', true),
    ('1423344', '{America/New_York}', 'US-TN', true),
    ('1423345', '{America/New_York}', 'US-TN', true),
    ('1423346', '{America/New_York}', 'US-TN', true),
    ('1423349', '{America/New_York}', 'US-TN', true),
    ('1423357', '{America/New_York}', 'US-TN', true),
    ('1423365', '{America/New_York}', 'US-TN', true),
    ('1423378', '{America/New_York}', 'US-TN', true),
    ('1423391', '{America/New_York}', 'US-TN', true),
    ('1423392', '{America/New_York}', 'US-TN', true),
    ('1423396', '{America/New_York}', 'US-TN', true),
    ('1423402', '{America/New_York}', 'US-TN', true),
    ('1423421', '{America/New_York}', 'US-TN', true),
    ('1423422', '{America/New_York}', 'US-TN', true),
    ('1423424', '{America/New_York}', 'US-TN', true),
    ('1423425', '{America/New_York}', 'US-TN', true),
    ('1423431', '{America/New_York}', 'US-TN', true),
    ('1423434', '{America/New_York}', 'US-TN', true),
    ('1423439', '{America/New_York}', 'US-TN', true),
    ('1423442', '{America/New_York}', 'US-TN', true),
    ('1423443', '{America/New_York}', 'US-TN', true),
    ('1423451', '{America/New_York}', 'US-TN', true),
    ('1423453', '{America/New_York}', 'US-TN', true),
    ('1423467', '{America/New_York}', 'US-TN', true),
    ('1423468', '{America/New_York}', 'US-TN', true),
    ('142347', '{America/New_York}', 'US-TN', true),
    ('1423485', '{America/New_York}', 'US-TN', true),
    ('1423487', '{America/New_York}', 'US-TN', true),
    ('142349', '{America/New_York}', 'US-TN', true),
    ('1423503', '{America/New_York}', 'US-TN', true),
    ('1423507', '{America/New_York}', 'US-TN', true),
    ('1423508', '{America/New_York}', 'US-TN', true),
    ('1423510', '{America/New_York}', 'US-TN', true),
    ('1423521', '{America/New_York}', 'US-TN', true),
    ('1423525', '{America/New_York}', 'US-TN', true),
    ('1423531', '{America/New_York}', 'US-TN', true),
    ('1423538', '{America/New_York}', 'US-TN', true),
    ('1423542', '{America/New_York}', 'US-TN', true),
    ('1423543', '{America/New_York}', 'US-TN', true),
    ('1423547', '{America/New_York}', 'US-TN', true),
    ('1423553', '{America/New_York}', 'US-TN', true),
    ('1423559', '{America/New_York}', 'US-TN', true),
    ('1423562', '{America/New_York}', 'US-TN', true),
    ('1423566', '{America/New_York}', 'US-TN', true),
    ('1423569', '{America/New_York}', 'US-TN', true),
    ('1423570', '{America/New_York}', 'US-TN', true),
    ('1423573', '{America/New_York}', 'US-TN', true),
    ('1423578', '{America/New_York}', 'US-TN', true),
    ('1423581', '{America/New_York}', 'US-TN', true),
    ('1423585', '{America/New_York}', 'US-TN', true),
    ('1423586', '{America/New_York}', 'US-TN', true),
    ('1423587', '{America/New_York}', 'US-TN', true),
    ('1423595', '{America/New_York}', 'US-TN', true),
    ('1423602', '{America/New_York}', 'US-TN', true),
    ('1423610', '{America/New_York}', 'US-TN', true),
    ('1423613', '{America/New_York}', 'US-TN', true),
    ('1423614', '{America/New_York}', 'US-TN', true),
    ('142362', '{America/New_York}', 'US-TN', true),
    ('1423631', '{America/New_York}', 'US-TN', true),
    ('1423634', '{America/New_York}', 'US-TN', true),
    ('1423636', '{America/New_York}', 'US-TN', true),
    ('1423638', '{America/New_York}', 'US-TN', true),
    ('1423639', '{America/New_York}', 'US-TN', true),
    ('1423643', '{America/New_York}', 'US-TN', true),
    ('1423648', '{America/New_York}', 'US-TN', true),
    ('1423652', '{America/New_York}', 'US-TN', true),
    ('1423663', '{America/New_York}', 'US-TN', true),
    ('1423664', '{America/New_York}', 'US-TN', true),
    ('1423667', '{America/New_York}', 'US-TN', true),
    ('1423697', '{America/New_York}', 'US-TN', true),
    ('1423698', '{America/New_York}', 'US-TN', true),
    ('1423702', '{America/New_York}', 'US-TN', true),
    ('1423708', '{America/New_York}', 'US-TN', true),
    ('1423710', '{America/New_York}', 'US-TN', true),
    ('1423722', '{America/New_York}', 'US-TN', true),
    ('1423725', '{America/New_York}', 'US-TN', true),
    ('1423727', '{America/New_York}', 'US-TN', true),
    ('1423728', '{America/New_York}', 'US-TN', true),
    ('1423733', '{America/New_York}', 'US-TN', true),
    ('1423735', '{America/New_York}', 'US-TN', true),
    ('1423743', '{America/New_York}', 'US-TN', true),
    ('1423744', '{America/New_York}', 'US-TN', true),
    ('1423745', '{America/New_York}', 'US-TN', true),
    ('1423746', '{America/New_York}', 'US-TN', true),
    ('1423752', '{America/New_York}', 'US-TN', true),
    ('1423753', '{America/New_York}', 'US-TN', true),
    ('1423756', '{America/New_York}', 'US-TN', true),
    ('1423757', '{America/New_York}', 'US-TN', true),
    ('1423760', '{America/New_York}', 'US-TN', true),
    ('1423764', '{America/New_York}', 'US-TN', true),
    ('1423765', '{America/New_York}', 'US-TN', true),
    ('1423768', '{America/New_York}', 'US-TN', true),
    ('1423772', '{America/New_York}', 'US-TN', true),
    ('1423775', '{America/New_York}', 'US-TN', true),
    ('1423778', '{America/New_York}', 'US-TN', true),
    ('1423784', '{America/New_York}', 'US-TN', true),
    ('1423787', '{America/New_York}', 'US-TN', true),
    ('1423788', '{America/New_York}', 'US-TN', true),
    ('1423790', '{America/New_York}', 'US-TN', true),
    ('1423794', '{America/New_York}', 'US-TN', true),
    ('1423798', '{America/New_York}', 'US-TN', true),
    ('1423800', '{America/New_York}', 'US-TN', true),
    ('1423802', '{America/New_York}', 'US-TN', true),
    ('1423803', '{America/New_York}', 'US-TN', true),
    ('1423805', '{America/New_York}', 'US-TN', true),
    ('1423821', '{America/New_York}', 'US-TN', true),
    ('1423822', '{America/New_York}', 'US-TN', true),
    ('1423825', '{America/New_York}', 'US-TN', true),
    ('1423826', '{America/New_York}', 'US-TN', true),
    ('1423839', '{America/New_York}', 'US-TN', true),
    ('1423842', '{America/New_York}', 'US-TN', true),
    ('1423843', '{America/New_York}', 'US-TN', true),
    ('1423844', '{America/New_York}', 'US-TN', true),
    ('1423847', '{America/New_York}', 'US-TN', true),
    ('1423854', '{America/New_York}', 'US-TN', true),
    ('1423855', '{America/New_York}', 'US-TN', true),
    ('1423857', '{America/New_York}', 'US-TN', true),
    ('1423867', '{America/New_York}', 'US-TN', true),
    ('1423869', '{America/New_York}', 'US-TN', true),
    ('1423870', '{America/New_York}', 'US-TN', true),
    ('1423875', '{America/New_York}', 'US-TN', true),
    ('1423876', '{America/New_York}', 'US-TN', true),
    ('1423877', '{America/New_York}', 'US-TN', true),
    ('1423878', '{America/New_York}', 'US-TN', true),
    ('1423884', '{America/New_York}', 'US-TN', true),
    ('1423886', '{America/New_York}', 'US-TN', true),
    ('1423892', '{America/New_York}', 'US-TN', true),
    ('1423893', '{America/New_York}', 'US-TN', true),
    ('1423894', '{America/New_York}', 'US-TN', true),
    ('1423899', '{America/New_York}', 'US-TN', true),
    ('1423907', '{America/New_York}', 'US-TN', true),
    ('1423913', '{America/New_York}', 'US-TN', true),
    ('1423915', '{America/New_York}', 'US-TN', true),
    ('1423921', '{America/New_York}', 'US-TN', true),
    ('1423926', '{America/New_York}', 'US-TN', true),
    ('1423928', '{America/New_York}', 'US-TN', true),
    ('1423929', '{America/New_York}', 'US-TN', true),
    ('1423933', '{America/New_York}', 'US-TN', true),
    ('1423952', '{America/New_York}', 'US-TN', true),
    ('1423954', '{America/New_York}', 'US-TN', true),
    ('1423968', '{America/New_York}', 'US-TN', true),
    ('1423975', '{America/New_York}', 'US-TN', true),
    ('1423979', '{America/New_York}', 'US-TN', true),
    ('1423989', '{America/New_York}', 'US-TN', true),
    ('1424', '{America/Los_Angeles}', 'US-CA', true),
    ('1425', '{America/Los_Angeles}', 'US-WA', true),
    ('1430', '{America/Chicago}', 'US-TX', true),
    ('1431', '{America/Winnipeg}', 'CA-MB', true),
    ('1432', '{America/Chicago}', 'US-TX', true),
    ('1434', '{America/New_York}', 'US-VA', true),
    ('1435', '{America/Denver}', 'US-UT', true),
    ('1437', '{America/Winnipeg}', 'CA-ON', true),
    ('1438', '{America/Toronto}', 'CA-QC', true),
    ('1440', '{America/New_York}', 'US-OH', true),
    ('1441', '{Atlantic/Bermuda}', 'BM', true),
    ('1442', '{America/Los_Angeles}', 'US-CA', true),
    ('1443', '{America/New_York}', 'US-MD', true),
    ('1445', '{America/New_York}', NULL, true),
    ('1447', '{America/Chicago}', 'US-IL', true),
    ('1448', '{America/New_York}', 'US-FL', true),
    ('1450', '{America/Toronto}', 'CA-QC', true),
    ('1458', '{America/Los_Angeles}', 'US-OR', true),
    ('1463', '{America/New_York}', 'US-IN', true),
    ('1464', '{America/Chicago}', 'US-IL', true),
    ('1468', '{America/Toronto}', 'CA-QC', true),
    ('1469', '{America/Chicago}', 'US-TX', true),
    ('1470', '{America/New_York}', 'US-GA', true),
    ('1473', '{America/Grenada}', 'GD', true),
    ('1474', '{America/Winnipeg}', 'CA-SK', true),
    ('1475', '{America/New_York}', 'US-CT', true),
    ('1478', '{America/New_York}', 'US-GA', true),
    ('1479', '{America/Chicago}', 'US-AR', true),
    ('1480', '{America/Denver,America/Phoenix}', 'US-AZ', true),
    ('1484', '{America/New_York}', 'US-PA', true),
    ('1501', '{America/Chicago}', 'US-AR', true),
    ('1502', '{America/New_York}', 'US-KY', true),
    ('1503', '{America/Los_Angeles}', 'US-OR', true),
    ('1504', '{America/Chicago}', 'US-LA', true),
    ('1505', '{America/Denver}', 'US-NM', true),
    ('1506', '{America/Halifax}', 'CA-NB', true),
    ('1507', '{America/Chicago}', 'US-MN', true),
    ('1508', '{America/New_York}', 'US-MA', true),
    ('1509', '{America/Los_Angeles}', 'US-WA', true),
    ('1510', '{America/Los_Angeles}', 'US-CA', true),
    ('1512', '{America/Chicago}', 'US-TX', true),
    ('1513', '{America/New_York}', 'US-OH', true),
    ('1514', '{America/Toronto}', 'CA-QC', true),
    ('1515', '{America/Chicago}', 'US-IA', true),
    ('1516', '{America/New_York}', 'US-NY', true),
    ('1517', '{America/New_York}', 'US-MI', true),
    ('1518', '{America/New_York}', 'US-NY', true),
    ('1519', '{America/Toronto}', 'CA-ON', true),
    ('1520', '{America/Denver,America/Phoenix}', 'US-AZ', true),
    ('1530', '{America/Los_Angeles}', 'US-CA', true),
    ('1531', '{America/Chicago}', 'US-NE', true),
    ('1534', '{America/Chicago}', 'US-WI', true),
    ('1539', '{America/Chicago}', 'US-OK', true),
    ('1540', '{America/New_York}', 'US-VA', true),
    ('1541', '{America/Los_Angeles}', 'US-OR', true),
    ('1541372', '{America/Denver}', 'US-OR', true),
    ('1541473', '{America/Denver}', 'US-OR', true),
    ('1541881', '{America/Denver}', 'US-OR', true),
    ('1541889', '{America/Denver}', 'US-OR', true),
    ('1548', '{America/Toronto}', 'CA-ON', true),
    ('1551', '{America/New_York}', 'US-NJ', true),
    ('1559', '{America/Los_Angeles}', 'US-CA', true),
    ('1561', '{America/New_York}', 'US-FL', true),
    ('1562', '{America/Los_Angeles}', 'US-CA', true),
    ('1563', '{America/Chicago}', 'US-IA', true),
    ('1564', '{America/Los_Angeles}', 'US-WA', true),
    ('1567', '{America/New_York}', 'US-OH', true),
    ('1570', '{America/New_York}', 'US-PA', true),
    ('1571', '{America/New_York}', 'US-VA', true),
    ('1572', '{America/Chicago}', 'US-OK', true),
    ('1573', '{America/Chicago}', 'US-MO', true),
    ('1574', '{America/New_York}', 'US-IN', true),
    ('1574772', '{America/Chicago}', 'US-IN', true),
    ('1574896', '{America/Chicago}', 'US-IN', true),
    ('1575', '{America/Denver}', 'US-NM', true),
    ('1579', '{America/Toronto}', 'CA-QC', true),
    ('1580', '{America/Chicago}', 'US-OK', true),
    ('1581', '{America/Toronto}', 'CA-QC', true),
    ('1582', '{America/New_York}', 'US-PA', true),
    ('1584', '{America/Winnipeg}', 'CA-MB', true),
    ('1585', '{America/New_York}', 'US-NY', true),
    ('1586', '{America/New_York}', 'US-MI', true),
    ('1587', '{America/Edmonton}', 'CA-AB', true),
    ('1601', '{America/Chicago}', 'US-MS', true),
    ('1602', '{America/Denver,America/Phoenix}', 'US-AZ', true),
    ('1603', '{America/New_York}', 'US-NH', true),
    ('1604', '{America/Vancouver}', 'CA-BC', true),
    ('1605', '{America/Denver,America/North_Dakota/Center}', 'US-SD', true),
    ('1605201', '{America/Chicago}', 'US-SD', true),
    ('1605209', '{America/Denver}', 'US-SD', true),
    ('1605217', '{America/Chicago}', 'US-SD', true),
    ('1605221', '{America/Chicago}', 'US-SD', true),
    ('1605223', '{America/Denver}', 'US-SD', true),
    ('1605224', '{America/Chicago}', 'US-SD', true),
    ('1605225', '{America/Chicago}', 'US-SD', true),
    ('1605226', '{America/Chicago}', 'US-SD', true),
    ('1605229', '{America/Chicago}', 'US-SD', true),
    ('1605232', '{America/Chicago}', 'US-SD', true),
    ('1605234', '{America/Chicago}', 'US-SD', true),
    ('1605255', '{America/Denver}', 'US-SD', true),
    ('1605256', '{America/Chicago}', 'US-SD', true),
    ('1605260', '{America/Chicago}', 'US-SD', true),
    ('1605261', '{America/Chicago}', 'US-SD', true),
    ('1605262', '{America/Chicago}', 'US-SD', true),
    ('1605271', '{America/Chicago}', 'US-SD', true),
    ('1605274', '{America/Chicago}', 'US-SD', true),
    ('1605275', '{America/Chicago}', 'US-SD', true),
    ('1605279', '{America/Denver}', 'US-SD', true),
    ('1605284', '{America/Chicago}', 'US-SD', true),
    ('1605297', '{America/Chicago}', 'US-SD', true),
    ('1605310', '{America/Chicago}', 'US-SD', true),
    ('1605312', '{America/Chicago}', 'US-SD', true),
    ('1605321', '{America/Chicago}', 'US-SD', true),
    ('1605322', '{America/Chicago}', 'US-SD', true),
    ('1605323', '{America/Chicago}', 'US-SD', true),
    ('1605328', '{America/Chicago}', 'US-SD', true),
    ('160533', '{America/Chicago}', 'US-SD', true),
    ('1605341', '{America/Denver}', 'US-SD', true),
    ('1605342', '{America/Denver}', 'US-SD', true),
    ('1605343', '{America/Denver}', 'US-SD', true),
    ('1605345', '{America/Chicago}', 'US-SD', true),
    ('1605347', '{America/Denver}', 'US-SD', true),
    ('1605348', '{America/Denver}', 'US-SD', true),
    ('160535', '{America/Chicago}', 'US-SD', true),
    ('1605355', '{America/Denver}', 'US-SD', true),
    ('160536', '{America/Chicago}', 'US-SD', true),
    ('1605370', '{America/Chicago}', 'US-SD', true),
    ('1605371', '{America/Chicago}', 'US-SD', true),
    ('1605373', '{America/Chicago}', 'US-SD', true),
    ('1605374', '{America/Denver}', 'US-SD', true),
    ('1605376', '{America/Chicago}', 'US-SD', true),
    ('1605381', '{America/Denver}', 'US-SD', true),
    ('1605384', '{America/Chicago}', 'US-SD', true),
    ('1605387', '{America/Chicago}', 'US-SD', true),
    ('1605388', '{America/Denver}', 'US-SD', true),
    ('1605390', '{America/Denver}', 'US-SD', true),
    ('1605391', '{America/Denver}', 'US-SD', true),
    ('1605393', '{America/Denver}', 'US-SD', true),
    ('1605394', '{America/Denver}', 'US-SD', true),
    ('1605397', '{America/Chicago}', 'US-SD', true),
    ('1605399', '{America/Denver}', 'US-SD', true),
    ('1605415', '{America/Denver}', 'US-SD', true),
    ('1605425', '{America/Chicago}', 'US-SD', true),
    ('1605426', '{America/Chicago}', 'US-SD', true),
    ('1605428', '{America/Chicago}', 'US-SD', true),
    ('1605430', '{America/Denver}', 'US-SD', true),
    ('1605431', '{America/Denver}', 'US-SD', true),
    ('1605432', '{America/Chicago}', 'US-SD', true),
    ('1605448', '{America/Chicago}', 'US-SD', true),
    ('1605455', '{America/Denver}', 'US-SD', true),
    ('1605472', '{America/Chicago}', 'US-SD', true),
    ('1605484', '{America/Denver}', 'US-SD', true),
    ('1605487', '{America/Chicago}', 'US-SD', true),
    ('1605498', '{America/Chicago}', 'US-SD', true),
    ('1605528', '{America/Chicago}', 'US-SD', true),
    ('1605532', '{America/Chicago}', 'US-SD', true),
    ('1605539', '{America/Chicago}', 'US-SD', true),
    ('1605543', '{America/Chicago}', 'US-SD', true),
    ('1605553', '{America/Chicago}', 'US-SD', true),
    ('1605574', '{America/Denver}', 'US-SD', true),
    ('1605578', '{America/Denver}', 'US-SD', true),
    ('1605582', '{America/Chicago}', 'US-SD', true),
    ('1605584', '{America/Denver}', 'US-SD', true),
    ('1605589', '{America/Chicago}', 'US-SD', true),
    ('1605593', '{America/Denver}', 'US-SD', true),
    ('1605594', '{America/Chicago}', 'US-SD', true),
    ('1605598', '{America/Chicago}', 'US-SD', true),
    ('1605610', '{America/Chicago}', 'US-SD', true),
    ('1605622', '{America/Chicago}', 'US-SD', true),
    ('1605624', '{America/Chicago}', 'US-SD', true),
    ('1605626', '{America/Chicago}', 'US-SD', true),
    ('1605627', '{America/Chicago}', 'US-SD', true),
    ('1605641', '{America/Denver}', 'US-SD', true),
    ('1605642', '{America/Denver}', 'US-SD', true),
    ('1605644', '{America/Denver}', 'US-SD', true),
    ('1605647', '{America/Chicago}', 'US-SD', true),
    ('1605649', '{America/Chicago}', 'US-SD', true),
    ('1605665', '{America/Chicago}', 'US-SD', true),
    ('1605666', '{America/Denver}', 'US-SD', true),
    ('1605668', '{America/Chicago}', 'US-SD', true),
    ('1605669', '{America/Chicago}', 'US-SD', true),
    ('1605673', '{America/Denver}', 'US-SD', true),
    ('1605677', '{America/Chicago}', 'US-SD', true),
    ('1605685', '{America/Denver}', 'US-SD', true),
    ('160569', '{America/Chicago}', 'US-SD', true),
    ('1605716', '{America/Denver}', 'US-SD', true),
    ('1605717', '{America/Denver}', 'US-SD', true),
    ('1605718', '{America/Denver}', 'US-SD', true),
    ('1605719', '{America/Denver}', 'US-SD', true),
    ('1605720', '{America/Denver}', 'US-SD', true),
    ('1605721', '{America/Denver}', 'US-SD', true),
    ('1605722', '{America/Denver}', 'US-SD', true),
    ('1605723', '{America/Denver}', 'US-SD', true),
    ('1605724', '{America/Chicago}', 'US-SD', true),
    ('1605725', '{America/Chicago}', 'US-SD', true),
    ('1605728', '{America/Chicago}', 'US-SD', true),
    ('1605734', '{America/Chicago}', 'US-SD', true),
    ('1605743', '{America/Chicago}', 'US-SD', true),
    ('1605745', '{America/Denver}', 'US-SD', true),
    ('1605747', '{America/Chicago}', 'US-SD', true),
    ('1605753', '{America/Chicago}', 'US-SD', true),
    ('1605755', '{America/Denver}', 'US-SD', true),
    ('1605759', '{America/Chicago}', 'US-SD', true),
    ('1605763', '{America/Chicago}', 'US-SD', true),
    ('1605765', '{America/Chicago}', 'US-SD', true),
    ('1605772', '{America/Chicago}', 'US-SD', true),
    ('1605773', '{America/Chicago}', 'US-SD', true),
    ('1605775', '{America/Chicago}', 'US-SD', true),
    ('1605778', '{America/Chicago}', 'US-SD', true),
    ('1605787', '{America/Denver}', 'US-SD', true),
    ('1605791', '{America/Denver}', 'US-SD', true),
    ('1605796', '{America/Chicago}', 'US-SD', true),
    ('1605823', '{America/Denver}', 'US-SD', true),
    ('1605835', '{America/Chicago}', 'US-SD', true),
    ('1605837', '{America/Denver}', 'US-SD', true),
    ('1605842', '{America/Chicago}', 'US-SD', true),
    ('1605845', '{America/Chicago}', 'US-SD', true),
    ('1605852', '{America/Chicago}', 'US-SD', true),
    ('1605853', '{America/Chicago}', 'US-SD', true),
    ('1605854', '{America/Chicago}', 'US-SD', true),
    ('1605856', '{America/Chicago}', 'US-SD', true),
    ('1605859', '{America/Denver}', 'US-SD', true),
    ('1605867', '{America/Denver}', 'US-SD', true),
    ('1605874', '{America/Chicago}', 'US-SD', true),
    ('1605878', '{America/Chicago}', 'US-SD', true),
    ('1605881', '{America/Chicago}', 'US-SD', true),
    ('1605882', '{America/Chicago}', 'US-SD', true),
    ('1605886', '{America/Chicago}', 'US-SD', true),
    ('1605892', '{America/Denver}', 'US-SD', true),
    ('1605923', '{America/Denver}', 'US-SD', true),
    ('1605925', '{America/Chicago}', 'US-SD', true),
    ('1605928', '{America/Chicago}', 'US-SD', true),
    ('1605929', '{America/Chicago}', 'US-SD', true),
    ('1605940', '{America/Chicago}', 'US-SD', true),
    ('1605941', '{America/Chicago}', 'US-SD', true),
    ('1605945', '{America/Chicago}', 'US-SD', true),
    ('1605946', '{America/Chicago}', 'US-SD', true),
    ('1605951', '{America/Chicago}', 'US-SD', true),
    ('1605964', '{America/Denver}', 'US-SD', true),
    ('1605977', '{America/Chicago}', 'US-SD', true),
    ('1605983', '{America/Chicago}', 'US-SD', true),
    ('1605987', '{America/Chicago}', 'US-SD', true),
    ('1605988', '{America/Chicago}', 'US-SD', true),
    ('1605990', '{America/Chicago}', 'US-SD', true),
    ('1605995', '{America/Chicago}', 'US-SD', true),
    ('1605996', '{America/Chicago}', 'US-SD', true),
    ('1605997', '{America/Chicago}', 'US-SD', true),
    ('1606', '{America/New_York}', 'US-KY', true),
    ('1606387', '{America/Chicago}', 'US-KY', true),
    ('1607', '{America/New_York}', 'US-NY', true),
    ('1608', '{America/Chicago}', 'US-WI', true),
    ('1609', '{America/New_York}', 'US-NJ', true),
    ('1610', '{America/New_York}', 'US-PA', true),
    ('1612', '{America/Chicago}', 'US-MN', true),
    ('1613', '{America/Toronto}', 'CA-ON', true),
    ('1614', '{America/New_York}', 'US-OH', true),
    ('1615', '{America/Chicago}', 'US-TN', true),
    ('1616', '{America/New_York}', 'US-MI', true),
    ('1617', '{America/New_York}', 'US-MA', true),
    ('1618', '{America/Chicago}', 'US-IL', true),
    ('1619', '{America/Los_Angeles}', 'US-CA', true),
    ('1620', '{America/Chicago}', 'US-KS', true),
    ('1620376', '{America/Denver}', 'US-KS', true),
    ('1620384', '{America/Denver}', 'US-KS', true),
    ('1623', '{America/Phoenix}', 'US-AZ', true),
    ('1626', '{America/Los_Angeles}', 'US-CA', true),
    ('1628', '{America/Los_Angeles}', 'US-CA', true),
    ('1629', '{America/Chicago}', 'US-TN', true),
    ('1630', '{America/Chicago}', 'US-IL', true),
    ('1631', '{America/New_York}', 'US-NY', true),
    ('1636', '{America/Chicago}', 'US-MO', true),
    ('1639', '{America/Regina}', 'CA-SK', true),
    ('1640', '{America/New_York}', 'US-NJ', true),
    ('1641', '{America/Chicago}', 'US-IA', true),
    ('1646', '{America/New_York}', 'US-NY', true),
    ('1647', '{America/Toronto}', 'CA-ON', true),
    ('1649', '{America/Grand_Turk}', 'TC', true),
    ('1650', '{America/Los_Angeles}', 'US-CA', true),
    ('1651', '{America/Chicago}', 'US-MN', true),
    ('1656', '{America/New_York}', 'US-FL', true),
    ('1657', '{America/Los_Angeles}', 'US-CA', true),
    ('1658', '{America/Jamaica}', 'JM', true),
    ('1659', '{America/Chicago}', 'US-AL', true),
    ('1660', '{America/Chicago}', 'US-MO', true),
    ('1661', '{America/Los_Angeles}', 'US-CA', true),
    ('1662', '{America/Chicago}', 'US-MS', true),
    ('1664', '{America/Montserrat}', 'MS', true),
    ('1667', '{America/New_York}', 'US-MD', true),
    ('1669', '{America/Los_Angeles}', 'US-CA', true),
    ('1670', '{Pacific/Saipan}', 'US-MP', true),
    ('1671', '{Pacific/Guam}', 'US-GU', true),
    ('1672', '{America/Vancouver}', 'CA-BC', true),
    ('1678', '{America/New_York}', 'US-GA', true),
    ('1680', '{America/New_York}', 'US-NY', true),
    ('1681', '{America/New_York}', 'US-WV', true),
    ('1682', '{America/Chicago}', 'US-TX', true),
    ('1684', '{Pacific/Pago_Pago}', 'US-AS', true),
    ('1689', '{America/Chicago}', 'US-FL', true),
    ('1701', '{America/Denver,America/North_Dakota/Center}', 'US-ND', true),
    ('1701200', '{America/Chicago}', 'US-ND', true),
    ('1701205', '{America/Chicago}', 'US-ND', true),
    ('1701212', '{America/Chicago}', 'US-ND', true),
    ('1701214', '{America/Chicago}', 'US-ND', true),
    ('170122', '{America/Chicago}', 'US-ND', true),
    ('1701225', '{America/Denver}', 'US-ND', true),
    ('1701227', '{America/Denver}', 'US-ND', true),
    ('170123', '{America/Chicago}', 'US-ND', true),
    ('1701241', '{America/Chicago}', 'US-ND', true),
    ('1701242', '{America/Chicago}', 'US-ND', true),
    ('170125', '{America/Chicago}', 'US-ND', true),
    ('1701261', '{America/Chicago}', 'US-ND', true),
    ('1701265', '{America/Chicago}', 'US-ND', true),
    ('1701271', '{America/Chicago}', 'US-ND', true),
    ('1701277', '{America/Chicago}', 'US-ND', true),
    ('1701280', '{America/Chicago}', 'US-ND', true),
    ('1701281', '{America/Chicago}', 'US-ND', true),
    ('1701282', '{America/Chicago}', 'US-ND', true),
    ('1701284', '{America/Chicago}', 'US-ND', true),
    ('1701288', '{America/Chicago}', 'US-ND', true),
    ('1701290', '{America/Denver}', 'US-ND', true),
    ('1701293', '{America/Chicago}', 'US-ND', true),
    ('1701297', '{America/Chicago}', 'US-ND', true),
    ('1701298', '{America/Chicago}', 'US-ND', true),
    ('1701306', '{America/Chicago}', 'US-ND', true),
    ('1701323', '{America/Chicago}', 'US-ND', true),
    ('1701324', '{America/Chicago}', 'US-ND', true),
    ('1701328', '{America/Chicago}', 'US-ND', true),
    ('1701343', '{America/Chicago}', 'US-ND', true),
    ('1701347', '{America/Chicago}', 'US-ND', true),
    ('1701349', '{America/Chicago}', 'US-ND', true),
    ('1701352', '{America/Chicago}', 'US-ND', true),
    ('1701355', '{America/Chicago}', 'US-ND', true),
    ('1701356', '{America/Chicago}', 'US-ND', true),
    ('1701361', '{America/Chicago}', 'US-ND', true),
    ('1701364', '{America/Chicago}', 'US-ND', true),
    ('1701365', '{America/Chicago}', 'US-ND', true),
    ('1701367', '{America/Chicago}', 'US-ND', true),
    ('1701371', '{America/Chicago}', 'US-ND', true),
    ('1701373', '{America/Chicago}', 'US-ND', true),
    ('1701385', '{America/Chicago}', 'US-ND', true),
    ('1701388', '{America/Chicago}', 'US-ND', true),
    ('1701390', '{America/Chicago}', 'US-ND', true),
    ('1701391', '{America/Chicago}', 'US-ND', true),
    ('1701400', '{America/Chicago}', 'US-ND', true),
    ('1701425', '{America/Chicago}', 'US-ND', true),
    ('1701426', '{America/Chicago}', 'US-ND', true),
    ('1701428', '{America/Chicago}', 'US-ND', true),
    ('1701437', '{America/Chicago}', 'US-ND', true),
    ('1701444', '{America/Chicago}', 'US-ND', true),
    ('1701446', '{America/Chicago}', 'US-ND', true),
    ('1701448', '{America/Chicago}', 'US-ND', true),
    ('1701452', '{America/Chicago}', 'US-ND', true),
    ('1701454', '{America/Chicago}', 'US-ND', true),
    ('1701456', '{America/Denver}', 'US-ND', true),
    ('1701462', '{America/Chicago}', 'US-ND', true),
    ('1701463', '{America/Chicago}', 'US-ND', true),
    ('1701471', '{America/Chicago}', 'US-ND', true),
    ('1701476', '{America/Chicago}', 'US-ND', true),
    ('1701477', '{America/Chicago}', 'US-ND', true),
    ('1701478', '{America/Chicago}', 'US-ND', true),
    ('1701483', '{America/Denver}', 'US-ND', true),
    ('1701492', '{America/Chicago}', 'US-ND', true),
    ('1701499', '{America/Chicago}', 'US-ND', true),
    ('1701523', '{America/Denver}', 'US-ND', true),
    ('1701527', '{America/Chicago}', 'US-ND', true),
    ('1701530', '{America/Chicago}', 'US-ND', true),
    ('1701532', '{America/Chicago}', 'US-ND', true),
    ('1701540', '{America/Chicago}', 'US-ND', true),
    ('1701549', '{America/Chicago}', 'US-ND', true),
    ('1701566', '{America/Chicago}', 'US-ND', true),
    ('1701567', '{America/Denver}', 'US-ND', true),
    ('1701572', '{America/Chicago}', 'US-ND', true),
    ('1701575', '{America/Denver}', 'US-ND', true),
    ('1701577', '{America/Chicago}', 'US-ND', true),
    ('1701584', '{America/Denver}', 'US-ND', true),
    ('1701595', '{America/Chicago}', 'US-ND', true),
    ('1701609', '{America/Chicago}', 'US-ND', true),
    ('1701623', '{America/Denver}', 'US-ND', true),
    ('1701627', '{America/Chicago}', 'US-ND', true),
    ('1701628', '{America/Chicago}', 'US-ND', true),
    ('1701636', '{America/Chicago}', 'US-ND', true),
    ('1701642', '{America/Chicago}', 'US-ND', true),
    ('1701652', '{America/Chicago}', 'US-ND', true),
    ('1701662', '{America/Chicago}', 'US-ND', true),
    ('1701663', '{America/Chicago}', 'US-ND', true),
    ('1701664', '{America/Chicago}', 'US-ND', true),
    ('1701667', '{America/Chicago}', 'US-ND', true),
    ('1701683', '{America/Chicago}', 'US-ND', true),
    ('1701724', '{America/Chicago}', 'US-ND', true),
    ('1701730', '{America/Chicago}', 'US-ND', true),
    ('1701738', '{America/Chicago}', 'US-ND', true),
    ('1701739', '{America/Chicago}', 'US-ND', true),
    ('1701742', '{America/Chicago}', 'US-ND', true),
    ('1701746', '{America/Chicago}', 'US-ND', true),
    ('1701748', '{America/Chicago}', 'US-ND', true),
    ('1701751', '{America/Chicago}', 'US-ND', true),
    ('1701754', '{America/Chicago}', 'US-ND', true),
    ('1701756', '{America/Chicago}', 'US-ND', true),
    ('1701757', '{America/Chicago}', 'US-ND', true),
    ('1701764', '{America/Denver}', 'US-ND', true),
    ('1701766', '{America/Chicago}', 'US-ND', true),
    ('1701772', '{America/Chicago}', 'US-ND', true),
    ('1701774', '{America/Chicago}', 'US-ND', true),
    ('1701775', '{America/Chicago}', 'US-ND', true),
    ('1701776', '{America/Chicago}', 'US-ND', true),
    ('1701777', '{America/Chicago}', 'US-ND', true),
    ('1701780', '{America/Chicago}', 'US-ND', true),
    ('1701786', '{America/Chicago}', 'US-ND', true),
    ('1701787', '{America/Chicago}', 'US-ND', true),
    ('1701788', '{America/Chicago}', 'US-ND', true),
    ('1701793', '{America/Chicago}', 'US-ND', true),
    ('1701795', '{America/Chicago}', 'US-ND', true),
    ('1701797', '{America/Chicago}', 'US-ND', true),
    ('1701799', '{America/Chicago}', 'US-ND', true),
    ('1701824', '{America/Denver}', 'US-ND', true),
    ('1701833', '{America/Chicago}', 'US-ND', true),
    ('1701837', '{America/Chicago}', 'US-ND', true),
    ('1701838', '{America/Chicago}', 'US-ND', true),
    ('1701839', '{America/Chicago}', 'US-ND', true),
    ('1701842', '{America/Chicago}', 'US-ND', true),
    ('1701843', '{America/Chicago}', 'US-ND', true),
    ('1701845', '{America/Chicago}', 'US-ND', true),
    ('1701852', '{America/Chicago}', 'US-ND', true),
    ('1701854', '{America/Chicago}', 'US-ND', true),
    ('1701857', '{America/Chicago}', 'US-ND', true),
    ('1701858', '{America/Chicago}', 'US-ND', true),
    ('1701866', '{America/Chicago}', 'US-ND', true),
    ('1701872', '{America/Denver}', 'US-ND', true),
    ('1701873', '{America/Chicago}', 'US-ND', true),
    ('1701883', '{America/Chicago}', 'US-ND', true),
    ('1701893', '{America/Chicago}', 'US-ND', true),
    ('1701947', '{America/Chicago}', 'US-ND', true),
    ('1701952', '{America/Chicago}', 'US-ND', true),
    ('1701965', '{America/Chicago}', 'US-ND', true),
    ('1701968', '{America/Chicago}', 'US-ND', true),
    ('1702', '{America/Los_Angeles}', 'US-NV', true),
    ('1703', '{America/New_York}', 'US-VA', true),
    ('1704', '{America/New_York}', 'US-NC', true),
    ('1705', '{America/Toronto}', 'CA-ON', true),
    ('1706', '{America/New_York}', 'US-GA', true),
    ('1707', '{America/Los_Angeles}', 'US-CA', true),
    ('1708', '{America/Chicago}', 'US-IL', true),
    ('1709', '{America/Puerto_Rico,America/St_Johns}', 'CA-NL', true),
    ('1709227', '{America/St_Johns}', 'CA-NL', true),
    ('1709229', '{America/St_Johns}', 'CA-NL', true),
    ('1709237', '{America/St_Johns}', 'CA-NL', true),
    ('1709256', '{America/St_Johns}', 'CA-NL', true),
    ('1709257', '{America/St_Johns}', 'CA-NL', true),
    ('1709279', '{America/St_Johns}', 'CA-NL', true),
    ('1709282', '{America/Halifax}', 'CA-NL', true),
    ('1709364', '{America/St_Johns}', 'CA-NL', true),
    ('1709368', '{America/St_Johns}', 'CA-NL', true),
    ('1709437', '{America/St_Johns}', 'CA-NL', true),
    ('1709454', '{America/St_Johns}', 'CA-NL', true),
    ('1709458', '{America/St_Johns}', 'CA-NL', true),
    ('1709466', '{America/St_Johns}', 'CA-NL', true),
    ('1709468', '{America/St_Johns}', 'CA-NL', true),
    ('1709489', '{America/St_Johns}', 'CA-NL', true),
    ('1709533', '{America/St_Johns}', 'CA-NL', true),
    ('1709535', '{America/St_Johns}', 'CA-NL', true),
    ('1709576', '{America/St_Johns}', 'CA-NL', true),
    ('1709579', '{America/St_Johns}', 'CA-NL', true),
    ('1709596', '{America/St_Johns}', 'CA-NL', true),
    ('1709634', '{America/St_Johns}', 'CA-NL', true),
    ('1709635', '{America/St_Johns}', 'CA-NL', true),
    ('1709637', '{America/St_Johns}', 'CA-NL', true),
    ('1709639', '{America/St_Johns}', 'CA-NL', true),
    ('1709643', '{America/St_Johns}', 'CA-NL', true),
    ('1709651', '{America/St_Johns}', 'CA-NL', true),
    ('1709673', '{America/St_Johns}', 'CA-NL', true),
    ('1709682', '{America/St_Johns}', 'CA-NL', true),
    ('1709685', '{America/St_Johns}', 'CA-NL', true),
    ('1709687', '{America/St_Johns}', 'CA-NL', true),
    ('1709695', '{America/St_Johns}', 'CA-NL', true),
    ('1709722', '{America/St_Johns}', 'CA-NL', true),
    ('1709726', '{America/St_Johns}', 'CA-NL', true),
    ('1709729', '{America/St_Johns}', 'CA-NL', true),
    ('1709738', '{America/St_Johns}', 'CA-NL', true),
    ('1709739', '{America/St_Johns}', 'CA-NL', true),
    ('1709745', '{America/St_Johns}', 'CA-NL', true),
    ('1709747', '{America/St_Johns}', 'CA-NL', true),
    ('1709753', '{America/St_Johns}', 'CA-NL', true),
    ('1709754', '{America/St_Johns}', 'CA-NL', true),
    ('1709757', '{America/St_Johns}', 'CA-NL', true),
    ('1709758', '{America/St_Johns}', 'CA-NL', true),
    ('1709759', '{America/St_Johns}', 'CA-NL', true),
    ('1709782', '{America/St_Johns}', 'CA-NL', true),
    ('1709786', '{America/St_Johns}', 'CA-NL', true),
    ('1709832', '{America/St_Johns}', 'CA-NL', true),
    ('1709834', '{America/St_Johns}', 'CA-NL', true),
    ('1709884', '{America/St_Johns}', 'CA-NL', true),
    ('1709895', '{America/St_Johns}', 'CA-NL', true),
    ('1709896', '{America/Halifax}', 'CA-NL', true),
    ('1709944', '{America/Halifax}', 'CA-NL', true),
    ('1712', '{America/Chicago}', 'US-IA', true),
    ('1713', '{America/Chicago}', 'US-TX', true),
    ('1714', '{America/Los_Angeles}', 'US-CA', true),
    ('1715', '{America/Chicago}', 'US-WI', true),
    ('1716', '{America/New_York}', 'US-NY', true),
    ('1717', '{America/New_York}', 'US-PA', true),
    ('1718', '{America/New_York}', 'US-NY', true),
    ('1719', '{America/Denver}', 'US-CO', true),
    ('1720', '{America/Denver}', 'US-CO', true),
    ('1721', '{America/Lower_Princes}', 'SX', true),
    ('1724', '{America/New_York}', 'US-PA', true),
    ('1725', '{America/Los_Angeles}', 'US-NV', true),
    ('1726', '{America/Chicago}', 'US-TX', true),
    ('1727', '{America/New_York}', 'US-FL', true),
    ('1731', '{America/Chicago}', 'US-TN', true),
    ('1732', '{America/New_York}', 'US-NJ', true),
    ('1734', '{America/New_York}', 'US-MI', true),
    ('1737', '{America/Chicago}', 'US-TX', true),
    ('1740', '{America/New_York}', 'US-OH', true),
    ('1742', '{America/Toronto}', 'CA-ON', true),
    ('1743', '{America/New_York}', 'US-NC', true),
    ('1747', '{America/Los_Angeles}', 'US-CA', true),
    ('1753', '{America/Toronto}', 'CA-ON', true),
    ('1754', '{America/New_York}', 'US-FL', true),
    ('1757', '{America/New_York}', 'US-VA', true),
    ('1758', '{America/St_Lucia}', 'LC', true),
    ('1760', '{America/Los_Angeles}', 'US-CA', true),
    ('1762', '{America/New_York}', 'US-GA', true),
    ('1763', '{America/Chicago}', 'US-MN', true),
    ('1765', '{America/New_York}', 'US-IN', true),
    ('1767', '{America/Dominica}', 'DM', true),
    ('1769', '{America/Chicago}', 'US-MS', true),
    ('1770', '{America/New_York}', 'US-GA', true),
    ('1771', '{America/New_York}', 'US-DC', true),
    ('1772', '{America/New_York}', 'US-FL', true),
    ('1773', '{America/Chicago}', 'US-IL', true),
    ('1774', '{America/New_York}', 'US-MA', true),
    ('1775', '{America/Boise,America/Los_Angeles}', 'US-NV', true),
    ('1775200', '{America/Los_Angeles}', 'US-NV', true),
    ('1775230', '{America/Los_Angeles}', 'US-NV', true),
    ('1775232', '{America/Los_Angeles}', 'US-NV', true),
    ('1775233', '{America/Los_Angeles}', 'US-NV', true),
    ('1775237', '{America/Los_Angeles}', 'US-NV', true),
    ('1775240', '{America/Los_Angeles}', 'US-NV', true),
    ('1775246', '{America/Los_Angeles}', 'US-NV', true),
    ('1775250', '{America/Los_Angeles}', 'US-NV', true),
    ('1775265', '{America/Los_Angeles}', 'US-NV', true),
    ('1775267', '{America/Los_Angeles}', 'US-NV', true),
    ('1775273', '{America/Los_Angeles}', 'US-NV', true),
    ('1775284', '{America/Los_Angeles}', 'US-NV', true),
    ('1775287', '{America/Los_Angeles}', 'US-NV', true),
    ('1775289', '{America/Los_Angeles}', 'US-NV', true),
    ('1775298', '{America/Los_Angeles}', 'US-NV', true),
    ('1775313', '{America/Los_Angeles}', 'US-NV', true),
    ('177532', '{America/Los_Angeles}', 'US-NV', true),
    ('177533', '{America/Los_Angeles}', 'US-NV', true),
    ('1775345', '{America/Los_Angeles}', 'US-NV', true),
    ('1775348', '{America/Los_Angeles}', 'US-NV', true),
    ('177535', '{America/Los_Angeles}', 'US-NV', true),
    ('1775360', '{America/Los_Angeles}', 'US-NV', true),
    ('1775376', '{America/Los_Angeles}', 'US-NV', true),
    ('1775384', '{America/Los_Angeles}', 'US-NV', true),
    ('1775391', '{America/Los_Angeles}', 'US-NV', true),
    ('1775392', '{America/Los_Angeles}', 'US-NV', true),
    ('1775423', '{America/Los_Angeles}', 'US-NV', true),
    ('1775424', '{America/Los_Angeles}', 'US-NV', true),
    ('1775425', '{America/Los_Angeles}', 'US-NV', true),
    ('1775428', '{America/Los_Angeles}', 'US-NV', true),
    ('1775432', '{America/Los_Angeles}', 'US-NV', true),
    ('1775445', '{America/Los_Angeles}', 'US-NV', true),
    ('1775450', '{America/Los_Angeles}', 'US-NV', true),
    ('1775453', '{America/Los_Angeles}', 'US-NV', true),
    ('1775461', '{America/Los_Angeles}', 'US-NV', true),
    ('1775463', '{America/Los_Angeles}', 'US-NV', true),
    ('1775470', '{America/Los_Angeles}', 'US-NV', true),
    ('1775473', '{America/Los_Angeles}', 'US-NV', true),
    ('1775482', '{America/Los_Angeles}', 'US-NV', true),
    ('1775525', '{America/Los_Angeles}', 'US-NV', true),
    ('1775537', '{America/Los_Angeles}', 'US-NV', true),
    ('1775544', '{America/Los_Angeles}', 'US-NV', true),
    ('1775575', '{America/Los_Angeles}', 'US-NV', true),
    ('1775577', '{America/Los_Angeles}', 'US-NV', true),
    ('1775586', '{America/Los_Angeles}', 'US-NV', true),
    ('1775588', '{America/Los_Angeles}', 'US-NV', true),
    ('1775622', '{America/Los_Angeles}', 'US-NV', true),
    ('1775623', '{America/Los_Angeles}', 'US-NV', true),
    ('1775624', '{America/Los_Angeles}', 'US-NV', true),
    ('1775625', '{America/Los_Angeles}', 'US-NV', true),
    ('1775626', '{America/Los_Angeles}', 'US-NV', true),
    ('1775635', '{America/Los_Angeles}', 'US-NV', true),
    ('1775636', '{America/Los_Angeles}', 'US-NV', true),
    ('1775657', '{America/Los_Angeles}', 'US-NV', true),
    ('1775664', '{America/Denver}', 'US-NV', true),
    ('1775673', '{America/Los_Angeles}', 'US-NV', true),
    ('1775674', '{America/Los_Angeles}', 'US-NV', true),
    ('1775677', '{America/Los_Angeles}', 'US-NV', true),
    ('1775684', '{America/Los_Angeles}', 'US-NV', true),
    ('1775686', '{America/Los_Angeles}', 'US-NV', true),
    ('1775687', '{America/Los_Angeles}', 'US-NV', true),
    ('1775688', '{America/Los_Angeles}', 'US-NV', true),
    ('1775689', '{America/Los_Angeles}', 'US-NV', true),
    ('1775720', '{America/Los_Angeles}', 'US-NV', true),
    ('1775721', '{America/Los_Angeles}', 'US-NV', true),
    ('1775722', '{America/Los_Angeles}', 'US-NV', true),
    ('1775726', '{America/Los_Angeles}', 'US-NV', true),
    ('1775727', '{America/Los_Angeles}', 'US-NV', true),
    ('1775737', '{America/Los_Angeles}', 'US-NV', true),
    ('1775738', '{America/Los_Angeles}', 'US-NV', true),
    ('1775742', '{America/Los_Angeles}', 'US-NV', true),
    ('1775746', '{America/Los_Angeles}', 'US-NV', true),
    ('1775747', '{America/Los_Angeles}', 'US-NV', true),
    ('1775750', '{America/Los_Angeles}', 'US-NV', true),
    ('1775751', '{America/Los_Angeles}', 'US-NV', true),
    ('1775752', '{America/Los_Angeles}', 'US-NV', true),
    ('1775753', '{America/Los_Angeles}', 'US-NV', true),
    ('1775762', '{America/Los_Angeles}', 'US-NV', true),
    ('1775770', '{America/Los_Angeles}', 'US-NV', true),
    ('1775771', '{America/Los_Angeles}', 'US-NV', true),
    ('1775772', '{America/Los_Angeles}', 'US-NV', true),
    ('1775777', '{America/Los_Angeles}', 'US-NV', true),
    ('1775778', '{America/Los_Angeles}', 'US-NV', true),
    ('1775782', '{America/Los_Angeles}', 'US-NV', true),
    ('1775783', '{America/Los_Angeles}', 'US-NV', true),
    ('1775784', '{America/Los_Angeles}', 'US-NV', true),
    ('1775786', '{America/Los_Angeles}', 'US-NV', true),
    ('1775787', '{America/Los_Angeles}', 'US-NV', true),
    ('1775800', '{America/Los_Angeles}', 'US-NV', true),
    ('177582', '{America/Los_Angeles}', 'US-NV', true),
    ('1775830', '{America/Los_Angeles}', 'US-NV', true),
    ('1775831', '{America/Los_Angeles}', 'US-NV', true),
    ('1775832', '{America/Los_Angeles}', 'US-NV', true),
    ('1775833', '{America/Los_Angeles}', 'US-NV', true),
    ('1775835', '{America/Los_Angeles}', 'US-NV', true),
    ('1775841', '{America/Los_Angeles}', 'US-NV', true),
    ('1775843', '{America/Los_Angeles}', 'US-NV', true),
    ('1775847', '{America/Los_Angeles}', 'US-NV', true),
    ('1775849', '{America/Los_Angeles}', 'US-NV', true),
    ('177585', '{America/Los_Angeles}', 'US-NV', true),
    ('1775867', '{America/Los_Angeles}', 'US-NV', true),
    ('1775870', '{America/Los_Angeles}', 'US-NV', true),
    ('177588', '{America/Los_Angeles}', 'US-NV', true),
    ('1775945', '{America/Los_Angeles}', 'US-NV', true),
    ('1775971', '{America/Los_Angeles}', 'US-NV', true),
    ('1775972', '{America/Los_Angeles}', 'US-NV', true),
    ('1775982', '{America/Los_Angeles}', 'US-NV', true),
    ('1778', '{America/Vancouver}', 'CA-BC', true),
    ('1779', '{America/Chicago}', 'US-IL', true),
    ('1780', '{America/Edmonton}', 'CA-AB', true),
    ('1781', '{America/New_York}', 'US-MA', true),
    ('1782', '{America/Halifax}', 'CA', true),
    ('1784', '{America/St_Vincent}', 'VC', true),
    ('1785', '{America/Chicago}', 'US-KS', true),
    ('1785852', '{America/Denver}', 'US-KS', true),
    ('1785890', '{America/Denver}', 'US-KS', true),
    ('1785899', '{America/Denver}', 'US-KS', true),
    ('1786', '{America/New_York}', 'US-FL', true),
    ('1787', '{America/Puerto_Rico}', 'US-PR', true),
    ('1801', '{America/Denver}', 'US-UT', true),
    ('1802', '{America/New_York}', 'US-VT', true),
    ('1803', '{America/New_York}', 'US-SC', true),
    ('1804', '{America/New_York}', 'US-VA', true),
    ('1805', '{America/Los_Angeles}', 'US-CA', true),
    ('1806', '{America/Chicago}', 'US-TX', true),
    ('1807', '{America/Toronto}', 'CA-ON', true),
    ('1807223', '{America/Winnipeg}', 'CA-ON', true),
    ('1807274', '{America/Winnipeg}', 'CA-ON', true),
    ('1807467', '{America/Winnipeg}', 'CA-ON', true),
    ('1807468', '{America/Winnipeg}', 'CA-ON', true),
    ('1807482', '{America/Winnipeg}', 'CA-ON', true),
    ('1807548', '{America/Winnipeg}', 'CA-ON', true),
    ('1807727', '{America/Winnipeg}', 'CA-ON', true),
    ('1807737', '{America/Winnipeg}', 'CA-ON', true),
    ('1807934', '{America/Winnipeg}', 'CA-ON', true),
    ('1808', '{Pacific/Honolulu}', 'US-HI', true),
    ('1809', '{America/Santo_Domingo}', 'DO', true),
    ('1810', '{America/New_York}', 'US-MI', true),
    ('1812', '{America/New_York}', 'US-IN', true),
    ('1812385', '{America/Chicago}', 'US-IN', true),
    ('1812386', '{America/Chicago}', 'US-IN', true),
    ('1812401', '{America/Chicago}', 'US-IN', true),
    ('1812402', '{America/Chicago}', 'US-IN', true),
    ('181242', '{America/Chicago}', 'US-IN', true),
    ('1812435', '{America/Chicago}', 'US-IN', true),
    ('1812437', '{America/Chicago}', 'US-IN', true),
    ('1812450', '{America/Chicago}', 'US-IN', true),
    ('1812464', '{America/Chicago}', 'US-IN', true),
    ('181247', '{America/Chicago}', 'US-IN', true),
    ('1812485', '{America/Chicago}', 'US-IN', true),
    ('1812490', '{America/Chicago}', 'US-IN', true),
    ('1812491', '{America/Chicago}', 'US-IN', true),
    ('1812547', '{America/Chicago}', 'US-IN', true),
    ('1812618', '{America/Chicago}', 'US-IN', true),
    ('1812649', '{America/Chicago}', 'US-IN', true),
    ('1812682', '{America/Chicago}', 'US-IN', true),
    ('1812749', '{America/Chicago}', 'US-IN', true),
    ('1812753', '{America/Chicago}', 'US-IN', true),
    ('1812768', '{America/Chicago}', 'US-IN', true),
    ('1812838', '{America/Chicago}', 'US-IN', true),
    ('1812842', '{America/Chicago}', 'US-IN', true),
    ('1812853', '{America/Chicago}', 'US-IN', true),
    ('1812858', '{America/Chicago}', 'US-IN', true),
    ('1812867', '{America/Chicago}', 'US-IN', true),
    ('1812874', '{America/Chicago}', 'US-IN', true),
    ('1812897', '{America/Chicago}', 'US-IN', true),
    ('1812925', '{America/Chicago}', 'US-IN', true),
    ('1812937', '{America/Chicago}', 'US-IN', true),
    ('1812962', '{America/Chicago}', 'US-IN', true),
    ('1812963', '{America/Chicago}', 'US-IN', true),
    ('1812985', '{America/Chicago}', 'US-IN', true),
    ('1813', '{America/New_York}', 'US-FL', true),
    ('1814', '{America/New_York}', 'US-PA', true),
    ('1815', '{America/Chicago}', 'US-IL', true),
    ('1816', '{America/Chicago}', 'US-MO', true),
    ('1817', '{America/Chicago}', 'US-TX', true),
    ('1818', '{America/Los_Angeles}', 'US-CA', true),
    ('1819', '{America/Toronto}', 'CA-QC', true),
    ('1820', '{America/Los_Angeles}', 'US-CA', true),
    ('1825', '{America/Edmonton}', 'CA-AB', true),
    ('1826', '{America/New_York}', 'US-VA', true),
    ('1828', '{America/New_York}', 'US-NC', true),
    ('1829', '{America/Santo_Domingo}', 'DO', true),
    ('1830', '{America/Chicago}', 'US-TX', true),
    ('1831', '{America/Los_Angeles}', 'US-CA', true),
    ('1832', '{America/Chicago}', 'US-TX', true),
    ('1838', '{America/New_York}', 'US-NY', true),
    ('1839', '{America/New_York}', 'US-SC', true),
    ('1840', '{America/Los_Angeles}', 'US-CA', true),
    ('1843', '{America/New_York}', 'US-SC', true),
    ('1845', '{America/New_York}', 'US-NY', true),
    ('1847', '{America/Chicago}', 'US-IL', true),
    ('1848', '{America/New_York}', 'US-NJ', true),
    ('1849', '{America/Santo_Domingo}', 'DO', true),
    ('1850', '{America/New_York}', 'US-FL', true),
    ('1850200', '{America/Chicago}', 'US-FL', true),
    ('1850206', '{America/Chicago}', 'US-FL', true),
    ('1850208', '{America/Chicago}', 'US-FL', true),
    ('1850213', '{America/Chicago}', 'US-FL', true),
    ('1850215', '{America/Chicago}', 'US-FL', true),
    ('1850217', '{America/Chicago}', 'US-FL', true),
    ('1850218', '{America/Chicago}', 'US-FL', true),
    ('1850221', '{America/Chicago}', 'US-FL', true),
    ('1850225', '{America/Chicago}', 'US-FL', true),
    ('1850226', '{America/Chicago}', 'US-FL', true),
    ('1850227', '{America/Chicago}', 'US-FL', true),
    ('1850229', '{America/Chicago}', 'US-FL', true),
    ('185023', '{America/Chicago}', 'US-FL', true),
    ('1850240', '{America/Chicago}', 'US-FL', true),
    ('1850243', '{America/Chicago}', 'US-FL', true),
    ('1850244', '{America/Chicago}', 'US-FL', true),
    ('1850248', '{America/Chicago}', 'US-FL', true),
    ('1850249', '{America/Chicago}', 'US-FL', true),
    ('1850250', '{America/Chicago}', 'US-FL', true),
    ('1850256', '{America/Chicago}', 'US-FL', true),
    ('1850258', '{America/Chicago}', 'US-FL', true),
    ('1850259', '{America/Chicago}', 'US-FL', true),
    ('1850261', '{America/Chicago}', 'US-FL', true),
    ('1850263', '{America/Chicago}', 'US-FL', true),
    ('1850265', '{America/Chicago}', 'US-FL', true),
    ('1850267', '{America/Chicago}', 'US-FL', true),
    ('1850269', '{America/Chicago}', 'US-FL', true),
    ('1850271', '{America/Chicago}', 'US-FL', true),
    ('1850276', '{America/Chicago}', 'US-FL', true),
    ('1850279', '{America/Chicago}', 'US-FL', true),
    ('1850291', '{America/Chicago}', 'US-FL', true),
    ('1850292', '{America/Chicago}', 'US-FL', true),
    ('1850301', '{America/Chicago}', 'US-FL', true),
    ('1850306', '{America/Chicago}', 'US-FL', true),
    ('1850314', '{America/Chicago}', 'US-FL', true),
    ('1850315', '{America/Chicago}', 'US-FL', true),
    ('1850319', '{America/Chicago}', 'US-FL', true),
    ('1850324', '{America/Chicago}', 'US-FL', true),
    ('1850327', '{America/Chicago}', 'US-FL', true),
    ('1850332', '{America/Chicago}', 'US-FL', true),
    ('1850341', '{America/Chicago}', 'US-FL', true),
    ('1850361', '{America/Chicago}', 'US-FL', true),
    ('1850362', '{America/Chicago}', 'US-FL', true),
    ('1850368', '{America/Chicago}', 'US-FL', true),
    ('1850376', '{America/Chicago}', 'US-FL', true),
    ('1850377', '{America/Chicago}', 'US-FL', true),
    ('1850380', '{America/Chicago}', 'US-FL', true),
    ('1850384', '{America/Chicago}', 'US-FL', true),
    ('1850387', '{America/Chicago}', 'US-FL', true),
    ('1850393', '{America/Chicago}', 'US-FL', true),
    ('1850396', '{America/Chicago}', 'US-FL', true),
    ('1850398', '{America/Chicago}', 'US-FL', true),
    ('1850416', '{America/Chicago}', 'US-FL', true),
    ('1850417', '{America/Chicago}', 'US-FL', true),
    ('1850420', '{America/Chicago}', 'US-FL', true),
    ('1850423', '{America/Chicago}', 'US-FL', true),
    ('1850424', '{America/Chicago}', 'US-FL', true),
    ('1850429', '{America/Chicago}', 'US-FL', true),
    ('185043', '{America/Chicago}', 'US-FL', true),
    ('1850444', '{America/Chicago}', 'US-FL', true),
    ('185045', '{America/Chicago}', 'US-FL', true),
    ('1850460', '{America/Chicago}', 'US-FL', true),
    ('1850462', '{America/Chicago}', 'US-FL', true),
    ('1850466', '{America/Chicago}', 'US-FL', true),
    ('1850469', '{America/Chicago}', 'US-FL', true),
    ('185047', '{America/Chicago}', 'US-FL', true),
    ('1850481', '{America/Chicago}', 'US-FL', true),
    ('1850482', '{America/Chicago}', 'US-FL', true),
    ('1850484', '{America/Chicago}', 'US-FL', true),
    ('1850492', '{America/Chicago}', 'US-FL', true),
    ('1850494', '{America/Chicago}', 'US-FL', true),
    ('1850496', '{America/Chicago}', 'US-FL', true),
    ('1850497', '{America/Chicago}', 'US-FL', true),
    ('1850499', '{America/Chicago}', 'US-FL', true),
    ('1850501', '{America/Chicago}', 'US-FL', true),
    ('1850502', '{America/Chicago}', 'US-FL', true),
    ('1850505', '{America/Chicago}', 'US-FL', true),
    ('1850516', '{America/Chicago}', 'US-FL', true),
    ('1850522', '{America/Chicago}', 'US-FL', true),
    ('1850525', '{America/Chicago}', 'US-FL', true),
    ('1850526', '{America/Chicago}', 'US-FL', true),
    ('1850527', '{America/Chicago}', 'US-FL', true),
    ('1850529', '{America/Chicago}', 'US-FL', true),
    ('1850535', '{America/Chicago}', 'US-FL', true),
    ('1850537', '{America/Chicago}', 'US-FL', true),
    ('1850543', '{America/Chicago}', 'US-FL', true),
    ('1850547', '{America/Chicago}', 'US-FL', true),
    ('1850572', '{America/Chicago}', 'US-FL', true),
    ('1850581', '{America/Chicago}', 'US-FL', true),
    ('1850585', '{America/Chicago}', 'US-FL', true),
    ('1850586', '{America/Chicago}', 'US-FL', true),
    ('1850587', '{America/Chicago}', 'US-FL', true),
    ('1850588', '{America/Chicago}', 'US-FL', true),
    ('1850592', '{America/Chicago}', 'US-FL', true),
    ('1850593', '{America/Chicago}', 'US-FL', true),
    ('1850595', '{America/Chicago}', 'US-FL', true),
    ('1850596', '{America/Chicago}', 'US-FL', true),
    ('1850607', '{America/Chicago}', 'US-FL', true),
    ('1850622', '{America/Chicago}', 'US-FL', true),
    ('1850623', '{America/Chicago}', 'US-FL', true),
    ('1850624', '{America/Chicago}', 'US-FL', true),
    ('1850626', '{America/Chicago}', 'US-FL', true),
    ('1850637', '{America/Chicago}', 'US-FL', true),
    ('1850638', '{America/Chicago}', 'US-FL', true),
    ('1850639', '{America/Chicago}', 'US-FL', true),
    ('1850640', '{America/Chicago}', 'US-FL', true),
    ('1850650', '{America/Chicago}', 'US-FL', true),
    ('1850651', '{America/Chicago}', 'US-FL', true),
    ('1850654', '{America/Chicago}', 'US-FL', true),
    ('1850659', '{America/Chicago}', 'US-FL', true),
    ('1850664', '{America/Chicago}', 'US-FL', true),
    ('1850674', '{America/Chicago}', 'US-FL', true),
    ('1850675', '{America/Chicago}', 'US-FL', true),
    ('1850677', '{America/Chicago}', 'US-FL', true),
    ('1850678', '{America/Chicago}', 'US-FL', true),
    ('185068', '{America/Chicago}', 'US-FL', true),
    ('1850696', '{America/Chicago}', 'US-FL', true),
    ('1850699', '{America/Chicago}', 'US-FL', true),
    ('1850708', '{America/Chicago}', 'US-FL', true),
    ('1850712', '{America/Chicago}', 'US-FL', true),
    ('1850722', '{America/Chicago}', 'US-FL', true),
    ('1850723', '{America/Chicago}', 'US-FL', true),
    ('1850729', '{America/Chicago}', 'US-FL', true),
    ('1850733', '{America/Chicago}', 'US-FL', true),
    ('1850747', '{America/Chicago}', 'US-FL', true),
    ('1850748', '{America/Chicago}', 'US-FL', true),
    ('1850763', '{America/Chicago}', 'US-FL', true),
    ('1850769', '{America/Chicago}', 'US-FL', true),
    ('1850784', '{America/Chicago}', 'US-FL', true),
    ('1850785', '{America/Chicago}', 'US-FL', true),
    ('1850791', '{America/Chicago}', 'US-FL', true),
    ('1850796', '{America/Chicago}', 'US-FL', true),
    ('1850797', '{America/Chicago}', 'US-FL', true),
    ('1850814', '{America/Chicago}', 'US-FL', true),
    ('1850819', '{America/Chicago}', 'US-FL', true),
    ('1850830', '{America/Chicago}', 'US-FL', true),
    ('1850832', '{America/Chicago}', 'US-FL', true),
    ('1850833', '{America/Chicago}', 'US-FL', true),
    ('1850835', '{America/Chicago}', 'US-FL', true),
    ('1850837', '{America/Chicago}', 'US-FL', true),
    ('1850855', '{America/Chicago}', 'US-FL', true),
    ('1850857', '{America/Chicago}', 'US-FL', true),
    ('185086', '{America/Chicago}', 'US-FL', true),
    ('1850871', '{America/Chicago}', 'US-FL', true),
    ('1850872', '{America/Chicago}', 'US-FL', true),
    ('1850874', '{America/Chicago}', 'US-FL', true),
    ('1850883', '{America/Chicago}', 'US-FL', true),
    ('1850890', '{America/Chicago}', 'US-FL', true),
    ('1850892', '{America/Chicago}', 'US-FL', true),
    ('1850897', '{America/Chicago}', 'US-FL', true),
    ('1850898', '{America/Chicago}', 'US-FL', true),
    ('1850912', '{America/Chicago}', 'US-FL', true),
    ('1850913', '{America/Chicago}', 'US-FL', true),
    ('1850914', '{America/Chicago}', 'US-FL', true),
    ('1850916', '{America/Chicago}', 'US-FL', true),
    ('1850932', '{America/Chicago}', 'US-FL', true),
    ('1850934', '{America/Chicago}', 'US-FL', true),
    ('1850936', '{America/Chicago}', 'US-FL', true),
    ('1850937', '{America/Chicago}', 'US-FL', true),
    ('1850939', '{America/Chicago}', 'US-FL', true),
    ('1850941', '{America/Chicago}', 'US-FL', true),
    ('1850944', '{America/Chicago}', 'US-FL', true),
    ('1850951', '{America/Chicago}', 'US-FL', true),
    ('1850968', '{America/Chicago}', 'US-FL', true),
    ('1850969', '{America/Chicago}', 'US-FL', true),
    ('1850972', '{America/Chicago}', 'US-FL', true),
    ('1850974', '{America/Chicago}', 'US-FL', true),
    ('1850981', '{America/Chicago}', 'US-FL', true),
    ('1850982', '{America/Chicago}', 'US-FL', true),
    ('1850983', '{America/Chicago}', 'US-FL', true),
    ('1850994', '{America/Chicago}', 'US-FL', true),
    ('1850995', '{America/Chicago}', 'US-FL', true),
    ('1854', '{America/New_York}', 'US-SC', true),
    ('1856', '{America/New_York}', 'US-NJ', true),
    ('1857', '{America/New_York}', 'US-MA', true),
    ('1858', '{America/Los_Angeles}', 'US-CA', true),
    ('1859', '{America/New_York}', 'US-KY', true),
    ('1860', '{America/New_York}', 'US-CT', true),
    ('1862', '{America/New_York}', 'US-NJ', true),
    ('1863', '{America/New_York}', 'US-FL', true),
    ('1864', '{America/New_York}', 'US-SC', true),
    ('1865', '{America/New_York}', 'US-TN', true),
    ('1867', '{America/Fort_Nelson}', 'CA', true),
    ('1867334', '{America/Vancouver}', 'CA', true),
    ('1867393', '{America/Vancouver}', 'CA', true),
    ('1867456', '{America/Vancouver}', 'CA', true),
    ('1867536', '{America/Vancouver}', 'CA', true),
    ('1867587', '{America/Edmonton}', 'CA', true),
    ('1867633', '{America/Vancouver}', 'CA', true),
    ('1867645', '{America/Winnipeg}', 'CA', true),
    ('1867667', '{America/Vancouver}', 'CA', true),
    ('1867668', '{America/Vancouver}', 'CA', true),
    ('1867669', '{America/Edmonton}', 'CA', true),
    ('1867695', '{America/Edmonton}', 'CA', true),
    ('1867777', '{America/Edmonton}', 'CA', true),
    ('1867872', '{America/Edmonton}', 'CA', true),
    ('1867873', '{America/Edmonton}', 'CA', true),
    ('1867874', '{America/Edmonton}', 'CA', true),
    ('1867920', '{America/Edmonton}', 'CA', true),
    ('1867979', '{America/Toronto}', 'CA', true),
    ('1867983', '{America/Edmonton}', 'CA', true),
    ('1867993', '{America/Vancouver}', 'CA', true),
    ('1868', '{America/Port_of_Spain}', 'TT', true),
    ('1869', '{America/St_Kitts}', 'KN', true),
    ('1870', '{America/Chicago}', 'US-AR', true),
    ('1872', '{America/Chicago}', 'US-IL', true),
    ('1873', '{America/Toronto}', 'CA-QC', true),
    ('1876', '{America/Jamaica}', 'JM', true),
    ('1878', '{America/New_York}', 'US-PA', true),
    ('1901', '{America/Chicago}', 'US-TN', true),
    ('1902', '{America/Halifax}', 'CA', true),
    ('1903', '{America/Chicago}', 'US-TX', true),
    ('1904', '{America/New_York}', 'US-FL', true),
    ('1905', '{America/Toronto}', 'CA-ON', true),
    ('1906', '{America/New_York}', 'US-MI', true),
    ('1906265', '{America/Chicago}', 'US-MI', true),
    ('1906563', '{America/Chicago}', 'US-MI', true),
    ('1906663', '{America/Chicago}', 'US-MI', true),
    ('1906753', '{America/Chicago}', 'US-MI', true),
    ('1906774', '{America/Chicago}', 'US-MI', true),
    ('1906776', '{America/Chicago}', 'US-MI', true),
    ('1906779', '{America/Chicago}', 'US-MI', true),
    ('1906828', '{America/Chicago}', 'US-MI', true),
    ('1906863', '{America/Chicago}', 'US-MI', true),
    ('1906864', '{America/Chicago}', 'US-MI', true),
    ('1906875', '{America/Chicago}', 'US-MI', true),
    ('1906932', '{America/Chicago}', 'US-MI', true),
    ('1907', '{America/Adak,America/Anchorage}', 'US-AK', true),
    ('1907209', '{America/Juneau}', 'US-AK', true),
    ('1907212', '{America/Juneau}', 'US-AK', true),
    ('190722', '{America/Juneau}', 'US-AK', true),
    ('1907230', '{America/Juneau}', 'US-AK', true),
    ('1907232', '{America/Juneau}', 'US-AK', true),
    ('1907235', '{America/Juneau}', 'US-AK', true),
    ('190724', '{America/Juneau}', 'US-AK', true),
    ('1907250', '{America/Juneau}', 'US-AK', true),
    ('1907252', '{America/Juneau}', 'US-AK', true),
    ('1907257', '{America/Juneau}', 'US-AK', true),
    ('1907258', '{America/Juneau}', 'US-AK', true),
    ('1907260', '{America/Juneau}', 'US-AK', true),
    ('1907262', '{America/Juneau}', 'US-AK', true),
    ('1907264', '{America/Juneau}', 'US-AK', true),
    ('1907269', '{America/Juneau}', 'US-AK', true),
    ('190727', '{America/Juneau}', 'US-AK', true),
    ('1907283', '{America/Juneau}', 'US-AK', true),
    ('1907299', '{America/Juneau}', 'US-AK', true),
    ('1907301', '{America/Juneau}', 'US-AK', true),
    ('1907306', '{America/Juneau}', 'US-AK', true),
    ('1907317', '{America/Juneau}', 'US-AK', true),
    ('190733', '{America/Juneau}', 'US-AK', true),
    ('1907343', '{America/Juneau}', 'US-AK', true),
    ('1907344', '{America/Juneau}', 'US-AK', true),
    ('1907345', '{America/Juneau}', 'US-AK', true),
    ('1907346', '{America/Juneau}', 'US-AK', true),
    ('1907349', '{America/Juneau}', 'US-AK', true),
    ('1907350', '{America/Juneau}', 'US-AK', true),
    ('1907351', '{America/Juneau}', 'US-AK', true),
    ('1907352', '{America/Juneau}', 'US-AK', true),
    ('1907357', '{America/Juneau}', 'US-AK', true),
    ('1907360', '{America/Juneau}', 'US-AK', true),
    ('1907373', '{America/Juneau}', 'US-AK', true),
    ('1907374', '{America/Juneau}', 'US-AK', true),
    ('1907375', '{America/Juneau}', 'US-AK', true),
    ('1907376', '{America/Juneau}', 'US-AK', true),
    ('1907378', '{America/Juneau}', 'US-AK', true),
    ('1907388', '{America/Juneau}', 'US-AK', true),
    ('1907424', '{America/Juneau}', 'US-AK', true),
    ('1907442', '{America/Juneau}', 'US-AK', true),
    ('1907443', '{America/Juneau}', 'US-AK', true),
    ('190745', '{America/Juneau}', 'US-AK', true),
    ('1907463', '{America/Juneau}', 'US-AK', true),
    ('1907465', '{America/Juneau}', 'US-AK', true),
    ('1907474', '{America/Juneau}', 'US-AK', true),
    ('1907479', '{America/Juneau}', 'US-AK', true),
    ('1907486', '{America/Juneau}', 'US-AK', true),
    ('1907487', '{America/Juneau}', 'US-AK', true),
    ('1907488', '{America/Juneau}', 'US-AK', true),
    ('1907490', '{America/Juneau}', 'US-AK', true),
    ('1907495', '{America/Juneau}', 'US-AK', true),
    ('1907522', '{America/Juneau}', 'US-AK', true),
    ('1907523', '{America/Juneau}', 'US-AK', true),
    ('1907543', '{America/Juneau}', 'US-AK', true),
    ('1907561', '{America/Juneau}', 'US-AK', true),
    ('1907562', '{America/Juneau}', 'US-AK', true),
    ('1907563', '{America/Juneau}', 'US-AK', true),
    ('1907567', '{America/Juneau}', 'US-AK', true),
    ('1907569', '{America/Juneau}', 'US-AK', true),
    ('1907580', '{America/Juneau}', 'US-AK', true),
    ('1907581', '{Pacific/Honolulu}', 'US-AK', true),
    ('1907586', '{America/Juneau}', 'US-AK', true),
    ('1907622', '{America/Juneau}', 'US-AK', true),
    ('1907631', '{America/Juneau}', 'US-AK', true),
    ('1907644', '{America/Juneau}', 'US-AK', true),
    ('1907646', '{America/Juneau}', 'US-AK', true),
    ('1907677', '{America/Juneau}', 'US-AK', true),
    ('1907683', '{America/Juneau}', 'US-AK', true),
    ('1907688', '{America/Juneau}', 'US-AK', true),
    ('1907694', '{America/Juneau}', 'US-AK', true),
    ('1907696', '{America/Juneau}', 'US-AK', true),
    ('1907714', '{America/Juneau}', 'US-AK', true),
    ('1907723', '{America/Juneau}', 'US-AK', true),
    ('1907727', '{America/Juneau}', 'US-AK', true),
    ('1907729', '{America/Juneau}', 'US-AK', true),
    ('1907733', '{America/Juneau}', 'US-AK', true),
    ('1907742', '{America/Juneau}', 'US-AK', true),
    ('1907743', '{America/Juneau}', 'US-AK', true),
    ('1907745', '{America/Juneau}', 'US-AK', true),
    ('1907746', '{America/Juneau}', 'US-AK', true),
    ('1907747', '{America/Juneau}', 'US-AK', true),
    ('1907766', '{America/Juneau}', 'US-AK', true),
    ('1907770', '{America/Juneau}', 'US-AK', true),
    ('1907772', '{America/Juneau}', 'US-AK', true),
    ('1907776', '{America/Juneau}', 'US-AK', true),
    ('1907780', '{America/Juneau}', 'US-AK', true),
    ('1907783', '{America/Juneau}', 'US-AK', true),
    ('1907786', '{America/Juneau}', 'US-AK', true),
    ('1907789', '{America/Juneau}', 'US-AK', true),
    ('1907790', '{America/Juneau}', 'US-AK', true),
    ('1907822', '{America/Juneau}', 'US-AK', true),
    ('1907826', '{America/Juneau}', 'US-AK', true),
    ('1907830', '{America/Juneau}', 'US-AK', true),
    ('1907835', '{America/Juneau}', 'US-AK', true),
    ('1907841', '{America/Juneau}', 'US-AK', true),
    ('1907842', '{America/Juneau}', 'US-AK', true),
    ('1907852', '{America/Juneau}', 'US-AK', true),
    ('1907868', '{America/Juneau}', 'US-AK', true),
    ('1907874', '{America/Juneau}', 'US-AK', true),
    ('1907883', '{America/Juneau}', 'US-AK', true),
    ('1907892', '{America/Juneau}', 'US-AK', true),
    ('1907895', '{America/Juneau}', 'US-AK', true),
    ('1907929', '{America/Juneau}', 'US-AK', true),
    ('1907966', '{America/Juneau}', 'US-AK', true),
    ('1907983', '{America/Juneau}', 'US-AK', true),
    ('1908', '{America/New_York}', 'US-NJ', true),
    ('1909', '{America/Los_Angeles}', 'US-CA', true),
    ('1910', '{America/New_York}', 'US-NC', true),
    ('1912', '{America/New_York}', 'US-GA', true),
    ('1913', '{America/Chicago}', 'US-KS', true),
    ('1914', '{America/New_York}', 'US-NY', true),
    ('1915', '{America/Denver}', 'US-TX', true),
    ('1916', '{America/Los_Angeles}', 'US-CA', true),
    ('1917', '{America/New_York}', 'US-NY', true),
    ('1918', '{America/Chicago}', 'US-OK', true),
    ('1919', '{America/New_York}', 'US-NC', true),
    ('1920', '{America/Chicago}', 'US-WI', true),
    ('1925', '{America/Los_Angeles}', 'US-CA', true),
    ('1928', '{America/Denver,America/Phoenix}', 'US-AZ', true),
    ('1929', '{America/New_York}', 'US-NY', true),
    ('1930', '{America/New_York}', 'US-IN', true),
    ('1931', '{America/Chicago}', 'US-TN', true),
    ('1934', '{America/New_York}', 'US-NY', true),
    ('1936', '{America/Chicago}', 'US-TX', true),
    ('1937', '{America/New_York}', 'US-OH', true),
    ('1938', '{America/Chicago}', 'US-AL', true),
    ('1939', '{America/Puerto_Rico}', 'US-PR', true),
    ('1940', '{America/Chicago}', 'US-TX', true),
    ('1941', '{America/New_York}', 'US-FL', true),
    ('1943', '{America/New_York}', 'US-GA', true),
    ('1945', '{America/Chicago}', 'US-TX', true),
    ('1947', '{America/New_York}', 'US-MI', true),
    ('1948', '{America/New_York}', 'US-VA', true),
    ('1949', '{America/Los_Angeles}', 'US-CA', true),
    ('1951', '{America/Los_Angeles}', 'US-CA', true),
    ('1952', '{America/Chicago}', 'US-MN', true),
    ('1954', '{America/New_York}', 'US-FL', true),
    ('1956', '{America/Chicago}', 'US-TX', true),
    ('1959', '{America/New_York}', 'US-CT', true),
    ('1970', '{America/Denver}', 'US-CO', true),
    ('1971', '{America/Los_Angeles}', 'US-OR', true),
    ('1972', '{America/Chicago}', 'US-TX', true),
    ('1973', '{America/New_York}', 'US-NJ', true),
    ('1978', '{America/New_York}', 'US-MA', true),
    ('1979', '{America/Chicago}', 'US-TX', true),
    ('1980', '{America/New_York}', 'US-NC', true),
    ('1984', '{America/New_York}', 'US-NC', true),
    ('1985', '{America/Chicago}', 'US-LA', true),
    ('1986', '{America/Boise,America/Los_Angeles}', 'US-ID', true),
    ('1989', '{America/New_York}', 'US-MI', true),
    ('20', '{Africa/Cairo}', 'EG', true),
    ('211', '{Africa/Juba}', 'SS', true),
    ('213', '{Africa/Algiers}', 'DZ', true),
    ('216', '{Africa/Tunis}', 'TN', true),
    ('218', '{Africa/Tripoli}', 'LY', true),
    ('220', '{Africa/Banjul}', 'GM', true),
    ('221', '{Africa/Dakar}', 'SN', true),
    ('222', '{Africa/Nouakchott}', 'MR', true),
    ('223', '{Africa/Bamako}', 'ML', true),
    ('224', '{Africa/Conakry}', 'GN', true),
    ('225', '{Africa/Abidjan}', 'CI', true),
    ('226', '{Africa/Ouagadougou}', 'BF', true),
    ('227', '{Africa/Niamey}', 'NE', true),
    ('228', '{Africa/Lome}', 'TG', true),
    ('229', '{Africa/Porto-Novo}', 'BJ', true),
    ('230', '{Indian/Mauritius}', 'MU', true),
    ('231', '{Africa/Monrovia}', 'LR', true),
    ('232', '{Africa/Freetown}', 'SL', true),
    ('233', '{Africa/Accra}', 'GH', true),
    ('234', '{Africa/Lagos}', 'NG', true),
    ('235', '{Africa/Ndjamena}', 'TD', true),
    ('236', '{Africa/Bangui}', 'CF', true),
    ('237', '{Africa/Douala}', 'CM', true),
    ('238', '{Atlantic/Cape_Verde}', 'CV', true),
    ('239', '{Africa/Sao_Tome}', 'ST', true),
    ('240', '{Africa/Malabo}', 'GQ', true),
    ('241', '{Africa/Libreville}', 'GA', true),
    ('242', '{Africa/Brazzaville}', 'CG', true),
    ('244', '{Africa/Luanda}', 'AO', true),
    ('245', '{Africa/Bissau}', 'GW', true),
    ('246', '{Indian/Chagos}', 'IO', true),
    ('247', '{Atlantic/St_Helena}', 'AC', true),
    ('248', '{Indian/Mahe}', 'SC', true),
    ('249', '{Africa/Khartoum}', 'SD', true),
    ('250', '{Africa/Kigali}', 'RW', true),
    ('251', '{Africa/Addis_Ababa}', 'ET', true),
    ('252', '{Africa/Mogadishu}', 'SO', true),
    ('253', '{Africa/Djibouti}', 'DJ', true),
    ('254', '{Africa/Nairobi}', 'KE', true),
    ('255', '{Africa/Dar_es_Salaam}', 'TZ', true),
    ('256', '{Africa/Kampala}', 'UG', true),
    ('257', '{Africa/Bujumbura}', 'BI', true),
    ('258', '{Africa/Maputo}', 'MZ', true),
    ('260', '{Africa/Lusaka}', 'ZM', true),
    ('261', '{Indian/Antananarivo}', 'MG', true),
    ('263', '{Africa/Harare}', 'ZW', true),
    ('264', '{Africa/Windhoek}', 'NA', true),
    ('265', '{Africa/Blantyre}', 'MW', true),
    ('266', '{Africa/Maseru}', 'LS', true),
    ('267', '{Africa/Gaborone}', 'BW', true),
    ('268', '{Africa/Mbabane}', 'SZ', true),
    ('269', '{Indian/Comoro}', 'KM', true),
    ('27', '{Africa/Johannesburg}', 'ZA', true),
    ('291', '{Africa/Asmara}', 'ER', true),
    ('297', '{America/Aruba}', 'AW', true),
    ('298', '{Atlantic/Faroe}', 'FO', true),
    ('30', '{Europe/Athens}', 'GR', true),
    ('31', '{Europe/Amsterdam}', 'NL', true),
    ('32', '{Europe/Brussels}', 'BE', true),
    ('33', '{Europe/Paris}', 'FR', true),
    ('350', '{Europe/Gibraltar}', 'GI', true),
    ('352', '{Europe/Luxembourg}', 'LU', true),
    ('353', '{Europe/Dublin}', 'IE', true),
    ('354', '{Atlantic/Reykjavik}', 'IS', true),
    ('355', '{Europe/Tirane}', 'AL', true),
    ('356', '{Europe/Malta}', 'MT', true),
    ('357', '{Asia/Nicosia}', 'CY', true),
    ('359', '{Europe/Sofia}', 'BG', true),
    ('36', '{Europe/Budapest}', 'HU', true),
    ('370', '{Europe/Vilnius}', 'LT', true),
    ('371', '{Europe/Riga}', 'LV', true),
    ('372', '{Europe/Tallinn}', 'EE', true),
    ('373', '{Europe/Chisinau}', 'MD', true),
    ('374', '{Asia/Yerevan}', 'AM', true),
    ('375', '{Europe/Minsk}', 'BY', true),
    ('376', '{Europe/Andorra}', 'AD', true),
    ('377', '{Europe/Monaco}', 'MC', true),
    ('378', '{Europe/San_Marino}', 'SM', true),
    ('380', '{Europe/Kyiv}', 'UA', true),
    ('381', '{Europe/Belgrade}', 'RS', true),
    ('382', '{Europe/Podgorica}', 'ME', true),
    ('383', '{Europe/Belgrade}', 'XK', true),
    ('385', '{Europe/Zagreb}', 'HR', true),
    ('386', '{Europe/Ljubljana}', 'SI', true),
    ('387', '{Europe/Sarajevo}', 'BA', true),
    ('389', '{Europe/Skopje}', 'MK', true),
    ('40', '{Europe/Bucharest}', 'RO', true),
    ('41', '{Europe/Zurich}', 'CH', true),
    ('420', '{Europe/Prague}', 'CZ', true),
    ('421', '{Europe/Bratislava}', 'SK', true),
    ('423', '{Europe/Vaduz}', 'LI', true),
    ('43', '{Europe/Vienna}', 'AT', true),
    ('45', '{Europe/Copenhagen}', 'DK', true),
    ('46', '{Europe/Stockholm}', 'SE', true),
    ('48', '{Europe/Warsaw}', 'PL', true),
    ('49', '{Europe/Berlin}', 'DE', true),
    ('500', '{Atlantic/Stanley}', 'FK', true),
    ('501', '{America/Belize}', 'BZ', true),
    ('502', '{America/Guatemala}', 'GT', true),
    ('503', '{America/El_Salvador}', 'SV', true),
    ('504', '{America/Tegucigalpa}', 'HN', true),
    ('505', '{America/Managua}', 'NI', true),
    ('506', '{America/Costa_Rica}', 'CR', true),
    ('507', '{America/Panama}', 'PA', true),
    ('508', '{America/Miquelon}', 'PM', true),
    ('509', '{America/Port-au-Prince}', 'HT', true),
    ('51', '{America/Lima}', 'PE', true),
    ('53', '{America/Havana}', 'CU', true),
    ('54', '{America/Buenos_Aires}', 'AR', true),
    ('57', '{America/Bogota}', 'CO', true),
    ('58', '{America/Caracas}', 'VE', true),
    ('591', '{America/La_Paz}', 'BO', true),
    ('592', '{America/Guyana}', 'GY', true),
    ('594', '{America/Cayenne}', 'GF', true),
    ('595', '{America/Asuncion}', 'PY', true),
    ('596', '{America/Martinique}', 'MQ', true),
    ('597', '{America/Paramaribo}', 'SR', true),
    ('598', '{America/Montevideo}', 'UY', true),
    ('60', '{Asia/Kuching}', 'MY', true),
    ('63', '{Asia/Manila}', 'PH', true),
    ('65', '{Asia/Singapore}', 'SG', true),
    ('66', '{Asia/Bangkok}', 'TH', true),
    ('670', '{Asia/Dili}', 'TL', true),
    ('672', '{Pacific/Norfolk}', 'NF', true),
    ('673', '{Asia/Brunei}', 'BN', true),
    ('674', '{Pacific/Nauru}', 'NR', true),
    ('675', '{Pacific/Port_Moresby}', 'PG', true),
    ('676', '{Pacific/Tongatapu}', 'TO', true),
    ('677', '{Pacific/Guadalcanal}', 'SB', true),
    ('678', '{Pacific/Efate}', 'VU', true),
    ('679', '{Pacific/Fiji}', 'FJ', true),
    ('680', '{Pacific/Palau}', 'PW', true),
    ('681', '{Pacific/Wallis}', 'WF', true),
    ('682', '{Pacific/Rarotonga}', 'CK', true),
    ('683', '{Pacific/Niue}', 'NU', true),
    ('685', '{Pacific/Apia}', 'WS', true),
    ('687', '{Pacific/Noumea}', 'NC', true),
    ('688', '{Pacific/Funafuti}', 'TV', true),
    ('690', '{Pacific/Fakaofo}', 'TK', true),
    ('692', '{Pacific/Majuro}', 'MH', true),
    ('81', '{Asia/Tokyo}', 'JP', true),
    ('82', '{Asia/Seoul}', 'KR', true),
    ('84', '{Asia/Ho_Chi_Minh}', 'VN', true),
    ('850', '{Asia/Pyongyang}', 'KP', true),
    ('852', '{Asia/Hong_Kong}', 'HK', true),
    ('853', '{Asia/Macau}', 'MO', true),
    ('855', '{Asia/Phnom_Penh}', 'KH', true),
    ('856', '{Asia/Vientiane}', 'LA', true),
    ('86', '{Asia/Shanghai}', 'CN', true),
    ('880', '{Asia/Dhaka}', 'BD', true),
    ('886', '{Asia/Taipei}', 'TW', true),
    ('90', '{Europe/Istanbul}', 'TR', true),
    ('91', '{Asia/Kolkata}', 'IN', true),
    ('92', '{Asia/Karachi}', 'PK', true),
    ('93', '{Asia/Kabul}', 'AF', true),
    ('94', '{Asia/Colombo}', 'LK', true),
    ('95', '{Asia/Yangon}', 'MM', true),
    ('960', '{Indian/Maldives}', 'MV', true),
    ('961', '{Asia/Beirut}', 'LB', true),
    ('962', '{Asia/Amman}', 'JO', true),
    ('963', '{Asia/Damascus}', 'SY', true),
    ('964', '{Asia/Baghdad}', 'IQ', true),
    ('965', '{Asia/Kuwait}', 'KW', true),
    ('966', '{Asia/Riyadh}', 'SA', true),
    ('967', '{Asia/Aden}', 'YE', true),
    ('968', '{Asia/Muscat}', 'OM', true),
    ('971', '{Asia/Dubai}', 'AE', true),
    ('972', '{Asia/Jerusalem}', 'IL', true),
    ('973', '{Asia/Bahrain}', 'BH', true),
    ('974', '{Asia/Qatar}', 'QA', true),
    ('975', '{Asia/Thimphu}', 'BT', true),
    ('977', '{Asia/Kathmandu}', 'NP', true),
    ('98', '{Asia/Tehran}', 'IR', true),
    ('992', '{Asia/Dushanbe}', 'TJ', true),
    ('993', '{Asia/Ashgabat}', 'TM', true),
    ('994', '{Asia/Baku}', 'AZ', true),
    ('995', '{Asia/Tbilisi}', 'GE', true),
    ('996', '{Asia/Bishkek}', 'KG', true),
    ('998', '{Asia/Tashkent}', 'UZ', true);
