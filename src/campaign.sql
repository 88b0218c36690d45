/*
 * campaign: install script (the one editable copy; the Makefile generates
 * campaign--<version>.sql from it).
 *
 * Owns the SQL surface that docs/reference.md documents: types, tables, triggers that bind
 * the C status machine to the tables, the public functions and the roles.
 * Every object is schema-qualified and every function pins its search_path,
 * except the send-time functions, which run no SQL (see their section).
 */
\echo Use "CREATE EXTENSION campaign" to load this file. \quit

-------------------------------------------------------------------------------
-- Roles (cluster-wide; created once, kept across DROP EXTENSION)
--
-- This script grants privileges to these three roles, and so to every role
-- that is a member of them or logs in as them. A role of the same name that
-- was there before (a login role, perhaps) must not receive them unnoticed:
-- a role is reused only when it bears the comment this script gives the roles
-- it creates (a later CREATE EXTENSION, after DROP EXTENSION, recognizes its
-- own) and is still a plain group role. Anything else is refused.
-------------------------------------------------------------------------------
DO $roles$
DECLARE
    mark CONSTANT text := 'campaign extension role: CREATE EXTENSION campaign grants its privileges to this role';
    role_name text;
    existing record;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['campaign_admin', 'campaign_app', 'campaign_dispatcher']
    LOOP
        SELECT r.rolcanlogin, r.rolsuper, r.rolbypassrls,
               pg_catalog.shobj_description(r.oid, 'pg_authid') AS comment
          INTO existing
          FROM pg_catalog.pg_roles r WHERE r.rolname = role_name;
        IF NOT FOUND THEN
            EXECUTE pg_catalog.format('CREATE ROLE %I NOLOGIN', role_name);
            EXECUTE pg_catalog.format('COMMENT ON ROLE %I IS %L', role_name, mark);
        ELSIF existing.comment IS DISTINCT FROM mark THEN
            RAISE EXCEPTION 'role "%" already exists and is not marked as the campaign extension''s', role_name
                USING ERRCODE = 'duplicate_object',
                      DETAIL = pg_catalog.format('CREATE EXTENSION campaign grants privileges to %I, and so to '
                                                 'every role that is a member of it or logs in as it.', role_name),
                      HINT = pg_catalog.format('Drop or rename the role; or, if it is meant to be the extension''s '
                                               'role, mark it with COMMENT ON ROLE %I IS %L and create the '
                                               'extension again.', role_name, mark);
        ELSIF existing.rolcanlogin OR existing.rolsuper OR existing.rolbypassrls THEN
            RAISE EXCEPTION 'role "%" cannot be the campaign extension''s role', role_name
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = pg_catalog.format('It %s. The extension''s roles are NOLOGIN group roles, granted to '
                                                 'login roles, and subject to row-level security.',
                                                 CASE WHEN existing.rolsuper THEN 'is a superuser'
                                                      WHEN existing.rolbypassrls THEN 'bypasses row-level security'
                                                      ELSE 'can log in' END),
                      HINT = pg_catalog.format('ALTER ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS, grant it to the '
                                               'login roles that need it, and create the extension again.',
                                               role_name);
        END IF;
    END LOOP;
END
$roles$;

-------------------------------------------------------------------------------
-- Types
-------------------------------------------------------------------------------
CREATE TYPE campaign.campaign_status AS ENUM
    ('draft', 'scheduled', 'processing', 'sending', 'sent', 'failed', 'canceled');
COMMENT ON TYPE campaign.campaign_status IS
    'status of a campaign: draft -> scheduled -> processing -> sending -> sent, or failed, or canceled; the triggers allow only the edges of docs/reference.md';

CREATE TYPE campaign.message_status AS ENUM
    ('pending', 'dispatching', 'sent', 'delivered', 'undelivered', 'skipped', 'canceled', 'failed');
COMMENT ON TYPE campaign.message_status IS
    'status of a message: pending (waiting for its send_at), dispatching (with a dispatcher, under a lease), sent, delivered or undelivered (carrier receipt), skipped (skip_reason), canceled (its campaign ended), failed (refused for good)';

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
    'true when the text is an E.164 number: a + and 7 to 15 digits, the first not 0; after +1 (North America) exactly 10 digits, area code and exchange starting with 2 to 9';

CREATE FUNCTION campaign.validate_site() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_validate_site';
COMMENT ON FUNCTION campaign.validate_site() IS
    'trigger on campaign.sites: refuses (22023) an unknown time zone, a bad country code, quiet hours with one edge null, a negative smart_sending_window, a message_retention under a day; stores the zone''s canonical spelling';

CREATE FUNCTION campaign.validate_subscriber() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_validate_subscriber';
COMMENT ON FUNCTION campaign.validate_subscriber() IS
    'trigger on campaign.subscribers: refuses (22023) a phone that is not E.164, an unknown time zone, a bad ISO 3166 region; stores the zone''s canonical spelling and stamps unsubscribed_at on every STOP';

CREATE FUNCTION campaign.validate_send_window() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_validate_send_window';
COMMENT ON FUNCTION campaign.validate_send_window() IS
    'trigger on campaign.send_windows: refuses (22023) a bad jurisdiction, a weekday outside 0-6, a window without allowed_start < allowed_end (both null: no sending that day)';

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
    created_at            timestamptz NOT NULL DEFAULT campaign.now(),
    -- added in 0.2.0: at the end, where ALTER TABLE ADD COLUMN puts them in
    -- an upgraded database, so that both have the same columns in one order
    message_retention     interval NOT NULL DEFAULT '90 days',
    frequency_cap         integer
                          CONSTRAINT sites_frequency_cap_check CHECK (frequency_cap >= 1),
    frequency_cap_period  interval
                          CONSTRAINT sites_frequency_cap_period_check
                          CHECK (frequency_cap_period > '0' AND frequency_cap_period <= '366 days'),
    CONSTRAINT sites_frequency_cap_pair_check CHECK ((frequency_cap IS NULL) = (frequency_cap_period IS NULL))
);
COMMENT ON TABLE campaign.sites IS 'stores that send SMS campaigns to their subscribers';
COMMENT ON COLUMN campaign.sites.subdomain IS
    'the store''s subdomain; a campaign of a site without one fails (no_subdomain)';
COMMENT ON COLUMN campaign.sites.plan IS
    'trial or paid; a trial site sends at most trial_message_limit messages in all';
COMMENT ON COLUMN campaign.sites.trial_message_limit IS
    'the allowance of a trial site; null: no allowance at all';
COMMENT ON COLUMN campaign.sites.trial_messages_used IS
    'messages of a trial site handed out by claim_messages so far';
COMMENT ON COLUMN campaign.sites.timezone IS
    'IANA zone, used for subscribers whose own zone and phone prefix say nothing';
COMMENT ON COLUMN campaign.sites.quiet_hours_start IS
    'start of the site''s quiet window (wall clock of each subscriber); both edges null or equal: none';
COMMENT ON COLUMN campaign.sites.quiet_hours_end IS
    'end of the site''s quiet window; 20:00-09:00 wraps midnight';
COMMENT ON COLUMN campaign.sites.smart_sending_window IS
    'a subscriber messaged less than this long ago gets no step 0 of a smart-sending campaign';
COMMENT ON COLUMN campaign.sites.message_retention IS
    'how long the messages of a finished campaign are kept at least; campaign.drop_expired_messages() drops them after';
COMMENT ON COLUMN campaign.sites.frequency_cap IS
    'the site''s own frequency cap: at most this many messages to a subscriber per frequency_cap_period (both null: none), besides the caps of campaign.frequency_caps';
COMMENT ON COLUMN campaign.sites.frequency_cap_period IS
    'the period of the site''s own frequency cap, a duration (a day counts 24 hours) up to 366 days';
COMMENT ON COLUMN campaign.sites.country IS
    'ISO 3166-1 code: the jurisdiction of subscribers whose region and phone prefix say nothing';

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
COMMENT ON COLUMN campaign.subscribers.timezone IS
    'IANA zone of the subscriber; null: the zones of the phone prefix, else the site''s';
COMMENT ON COLUMN campaign.subscribers.region IS
    'ISO 3166 jurisdiction of the subscriber (''US-FL''); null: the phone prefix''s, else the site''s country';
COMMENT ON COLUMN campaign.subscribers.status IS
    'subscribed or unsubscribed; leaving subscribed skips every pending message at once';
COMMENT ON COLUMN campaign.subscribers.last_message_at IS
    'when a message was last handed out to the subscriber (smart sending)';
COMMENT ON COLUMN campaign.subscribers.unsubscribed_at IS
    'when the subscriber last stopped; written by the validation trigger';

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
    'one message (step 0) and its follow-ups; the status machine (docs/reference.md, Statuses and transitions) is enforced by triggers';
COMMENT ON COLUMN campaign.campaigns.audience_cursor IS
    'keyset cursor of processing: the last subscriber_id processed';
COMMENT ON COLUMN campaign.campaigns.audience_done IS
    'every subscriber of the audience has been processed';
COMMENT ON COLUMN campaign.campaigns.trial_reserved IS
    'messages reserved against the trial allowance when processing started; cut to trial_claimed when the campaign ends';
COMMENT ON COLUMN campaign.campaigns.status IS
    'changes only along the status graph, by UPDATE or through activate, cancel and tick';
COMMENT ON COLUMN campaign.campaigns.send_mode IS
    'at_time: everyone at send_at; subscriber_local: everyone at local_send_at in their own zone';
COMMENT ON COLUMN campaign.campaigns.send_at IS
    'at_time: when to send; set by activate (a past time means now); subscriber_local: when processing starts';
COMMENT ON COLUMN campaign.campaigns.local_send_at IS
    'subscriber_local: the wall-clock time to send at in each subscriber''s zone';
COMMENT ON COLUMN campaign.campaigns.late_policy IS
    'subscriber_local, when the local time has passed at processing: next_day, send_now or skip';
COMMENT ON COLUMN campaign.campaigns.respect_quiet_hours IS
    'false: the site''s quiet hours do not apply (legal windows always do)';
COMMENT ON COLUMN campaign.campaigns.smart_sending IS
    'skip step 0 for subscribers messaged within the site''s smart_sending_window';
COMMENT ON COLUMN campaign.campaigns.audience_tags IS
    'null: every subscribed subscriber; else those whose tags overlap these';
COMMENT ON COLUMN campaign.campaigns.failure_reason IS
    'why the campaign failed: site_inactive, no_sms_subscription, no_subdomain, trial_limit_reached, or the user''s';
COMMENT ON COLUMN campaign.campaigns.duplicated_from IS
    'the campaign this draft was copied from by campaign.duplicate';
COMMENT ON COLUMN campaign.campaigns.audience_count IS
    'subscribers to process, counted when processing starts and settled to those processed when the scan ends';
COMMENT ON COLUMN campaign.campaigns.audience_processed IS
    'subscribers processed so far';
COMMENT ON COLUMN campaign.campaigns.trial_claimed IS
    'messages of this campaign handed out against the trial allowance';
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
COMMENT ON COLUMN campaign.campaign_steps.step_no IS
    '0 is the first message; follow-ups 1, 2, ... without gaps';
COMMENT ON COLUMN campaign.campaign_steps.delay IS
    'a follow-up is planned this long after the send time of the previous step';
COMMENT ON COLUMN campaign.campaign_steps.skip_if_event IS
    'a follow-up is skipped for a subscriber who recorded this event after step 0 was handed out to them';

CREATE SEQUENCE campaign.messages_message_id_seq;

CREATE TABLE campaign.messages (
    message_id            bigint NOT NULL DEFAULT nextval('campaign.messages_message_id_seq'),
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
    claim_id              bigint,
    capped_by             text
) PARTITION BY RANGE (campaign_id);
ALTER SEQUENCE campaign.messages_message_id_seq OWNED BY campaign.messages.message_id;
-- The message store (docs/message-store.md): campaign.messages is the record,
-- and its indexes cover only columns that never change after the insert, so
-- that the updates of the hot path (hand-out, acknowledgement, receipt) are
-- HOT: they write the new row version on the same page and insert into no
-- index. What is due lives in campaign.message_queue, what a dispatcher holds
-- in campaign.claims, and the aggregator's ids in campaign.provider_messages.
-- The record is partitioned by ranges of campaign ids, one partition per
-- range (campaign.messages_c<first>_<end>, fillfactor 70: room on each page
-- for those new versions), made when the range's first campaign is created;
-- retention drops a range whole (campaign.drop_expired_messages). Each
-- partition has the keys: primary key message_id, unique (campaign_id,
-- subscriber_id, step_no), which holds across partitions since a campaign's
-- messages are all in one, and an index on (site_id, subscriber_id). The
-- parent has none: its partitions are the user's data for pg_dump, which
-- restores a partition's indexes itself and fails when ATTACH PARTITION has
-- already made them from the parent's. message_id is drawn from one
-- sequence.
COMMENT ON COLUMN campaign.messages.jurisdiction IS
    'the legal-window jurisdiction used for this subscriber (ISO 3166), rechecked at hand-out';
COMMENT ON COLUMN campaign.messages.lease_expires_at IS
    'while dispatching: when the dispatcher''s lease runs out and the message returns to pending';
COMMENT ON COLUMN campaign.messages.capped_by IS
    'the frequency cap that last moved or skipped the message, in words (''US-FL allows 3 messages per 24 hours''); explain_send_time shows it';
COMMENT ON COLUMN campaign.messages.claim_id IS
    'the claim (campaign.claims) that last handed the message out';
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
COMMENT ON COLUMN campaign.messages.timezone IS
    'the subscriber''s zones used for the send time, joined by commas';
COMMENT ON COLUMN campaign.messages.planned_at IS
    'when the message was planned, before quiet hours and legal windows';
COMMENT ON COLUMN campaign.messages.send_at IS
    'the first allowed instant at or after planned_at; moved on by claim_messages when the window is closed at hand-out, set to retry_at by mark_failed; the subscriber''s later pending steps move to at least a step''s new send_at';
COMMENT ON COLUMN campaign.messages.skip_reason IS
    'why a message was skipped or canceled (docs/reference.md, Definitions)';
COMMENT ON COLUMN campaign.messages.attempts IS
    'times claim_messages handed the message out';
COMMENT ON COLUMN campaign.messages.dispatched_at IS
    'when claim_messages last handed the message out';
COMMENT ON COLUMN campaign.messages.provider_message_id IS
    'the aggregator''s id, given to mark_sent; record_delivery finds the message by it';
COMMENT ON COLUMN campaign.messages.error IS
    'the aggregator''s or carrier''s error, from mark_failed or record_delivery';

-- The queue: one narrow row per pending message, the only place a claim
-- looks for due messages. A row is born with its message (the trigger
-- messages_enqueue below) and leaves when the message stops being pending;
-- its row lock is what a claim holds while it decides the message.
CREATE TABLE campaign.message_queue (
    message_id     bigint PRIMARY KEY,
    site_id        bigint NOT NULL,
    campaign_id    bigint NOT NULL,
    subscriber_id  bigint NOT NULL,
    step_no        smallint NOT NULL,
    send_at        timestamptz
);
CREATE INDEX message_queue_due_idx ON campaign.message_queue (send_at);
-- Every claim deletes what it hands out: vacuum after a thousand dead rows,
-- not after a fifth of the table, as queue tables want.
ALTER TABLE campaign.message_queue SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
CREATE INDEX message_queue_campaign_idx ON campaign.message_queue (campaign_id);
COMMENT ON TABLE campaign.message_queue IS
    'the pending messages, narrow: what claim_messages scans; a row exists exactly while its message is pending';
COMMENT ON COLUMN campaign.message_queue.send_at IS
    'the message''s send_at, kept equal to it';

-- The leases: one row per claim, not per message.
CREATE TABLE campaign.claims (
    claim_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claimed_at        timestamptz NOT NULL,
    lease_expires_at  timestamptz NOT NULL,
    open_messages     integer NOT NULL,
    message_ids       bigint[] NOT NULL,
    campaign_ids      bigint[] NOT NULL
);
CREATE INDEX claims_lease_idx ON campaign.claims (lease_expires_at);
ALTER TABLE campaign.claims SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
COMMENT ON TABLE campaign.claims IS
    'one row per claim_messages call that handed messages out: the lease of the whole batch; deleted when every message of it is acknowledged or its lease has run out';
COMMENT ON COLUMN campaign.claims.open_messages IS
    'messages of the claim not yet acknowledged (mark_sent, mark_failed); at 0 the row is deleted';
COMMENT ON COLUMN campaign.claims.message_ids IS
    'the messages handed out; those still dispatching under this claim return to pending when the lease runs out';
COMMENT ON COLUMN campaign.claims.campaign_ids IS
    'the campaigns of those messages, each once: how tick knows a campaign still has messages with a dispatcher';

-- The aggregator's ids, for record_delivery: an index on
-- messages.provider_message_id would make every mark_sent a non-HOT update.
-- Partitioned like the record, with the same ranges, so that retention drops
-- both together.
CREATE TABLE campaign.provider_messages (
    provider_message_id  text NOT NULL,
    message_id           bigint NOT NULL,
    campaign_id          bigint NOT NULL,
    site_id              bigint NOT NULL
) PARTITION BY RANGE (campaign_id);
COMMENT ON TABLE campaign.provider_messages IS
    'the aggregator''s id of each sent message, written by mark_sent, read by record_delivery';

-- What campaign_progress shows of a campaign whose messages retention
-- dropped: the counts, taken just before the drop.
CREATE TABLE campaign.dropped_message_counts (
    campaign_id   bigint PRIMARY KEY,
    site_id       bigint NOT NULL,
    dropped_at    timestamptz NOT NULL,
    sent          bigint NOT NULL,
    delivered     bigint NOT NULL,
    undelivered   bigint NOT NULL,
    skipped       bigint NOT NULL,
    canceled      bigint NOT NULL,
    failed        bigint NOT NULL,
    skips         jsonb NOT NULL,
    latency_p50   interval,
    latency_p95   interval
);
COMMENT ON TABLE campaign.dropped_message_counts IS
    'the message counts of a finished campaign whose messages campaign.drop_expired_messages() dropped, for campaign_progress';

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
COMMENT ON COLUMN campaign.status_history.changed_by IS
    'the role the caller acted as (not the owner of a security-definer function)';
COMMENT ON COLUMN campaign.status_history.reason IS
    'the failure_reason of a move to failed';

-- What campaign.tick() could not do. Each phase of a tick runs every campaign
-- in a subtransaction: when one campaign's phase raises (a user's trigger, a
-- bad row), that campaign's work is rolled back and the error lands here,
-- while the tick goes on with the others. Written by tick alone; a row goes
-- away when the phase next succeeds for its campaign or no longer applies to
-- it (the campaign ended, was canceled back to draft, has no expired lease).
-- Not dumped: after a restore the next tick records again what still fails.
CREATE TABLE campaign.tick_errors (
    campaign_id      bigint NOT NULL,
    site_id          bigint NOT NULL,
    phase            text NOT NULL
                     CONSTRAINT tick_errors_phase_check
                     CHECK (phase IN ('expire_leases', 'start', 'process', 'finish', 'withdraw')),
    sqlstate         text NOT NULL,
    message          text NOT NULL,
    detail           text,
    hint             text,
    context          text,
    first_failed_at  timestamptz NOT NULL,
    last_failed_at   timestamptz NOT NULL,
    failures         bigint NOT NULL,
    PRIMARY KEY (campaign_id, phase)
);
COMMENT ON TABLE campaign.tick_errors IS
    'campaigns that campaign.tick() could not move on, by phase, with the last error; the other campaigns went on';
COMMENT ON COLUMN campaign.tick_errors.phase IS
    'expire_leases (returning messages whose lease ran out), start, process (a batch of the audience), finish (to sending or sent) or withdraw (canceling the messages a claim held when the campaign was canceled or failed)';
COMMENT ON COLUMN campaign.tick_errors.context IS
    'where the error was raised, e.g. the user trigger and its line';
COMMENT ON COLUMN campaign.tick_errors.failures IS
    'ticks in a row that failed this phase of this campaign, since first_failed_at';

-------------------------------------------------------------------------------
-- Reference tables (send_windows, phone_prefixes): backends cache them, and
-- every change of their rows invalidates the caches (reference_cache.c)
-------------------------------------------------------------------------------
CREATE FUNCTION campaign.reference_table_changed() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_reference_table_changed';
COMMENT ON FUNCTION campaign.reference_table_changed() IS
    'statement trigger on campaign.send_windows, campaign.phone_prefixes, campaign.closed_days and campaign.frequency_caps: makes every backend reload its cache of the table';

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
COMMENT ON COLUMN campaign.send_windows.jurisdiction IS
    'ISO 3166 country (''US'') or subdivision (''US-FL''); a subdivision''s rows apply together with its country''s';
COMMENT ON COLUMN campaign.send_windows.dow IS
    '0 Sunday .. 6 Saturday; null: every day without rows of its own';
COMMENT ON COLUMN campaign.send_windows.allowed_start IS
    'start of the allowed wall-clock window [allowed_start, allowed_end); both null: no sending that day';

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
COMMENT ON COLUMN campaign.phone_prefixes.prefix IS
    'E.164 digits without the +, such as ''1305''';
COMMENT ON COLUMN campaign.phone_prefixes.timezones IS
    'every zone of the prefix: a message waits until each of them allows it';

-- The shipped rows are generated (src/data/phone_prefixes.sql, appended to this
-- script by the Makefile).
CREATE TRIGGER phone_prefixes_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON campaign.phone_prefixes
    FOR EACH STATEMENT EXECUTE FUNCTION campaign.reference_table_changed();
ALTER TABLE campaign.phone_prefixes ENABLE ALWAYS TRIGGER phone_prefixes_changed;

COMMENT ON COLUMN campaign.send_windows.shipped IS
    'true while the row is as the extension ships it (pg_dump leaves it out, CREATE EXTENSION makes it); any edit makes the row the user''s';
COMMENT ON COLUMN campaign.phone_prefixes.shipped IS
    'true while the row is as the extension ships it (pg_dump leaves it out, CREATE EXTENSION makes it); any edit makes the row the user''s';

-- Shipped rows and dumps (C, src/shipped_rows.c): pg_dump leaves the shipped
-- rows out and a restore's CREATE EXTENSION makes them again, so a row that a
-- user writes becomes theirs (and replaces the shipped row of the same key,
-- which is how a restore brings an edited row back), and the removal of a
-- shipped row is recorded, dumped, and applied again on restore. ALWAYS: a
-- restore runs with session_replication_role = replica.
CREATE TABLE campaign.removed_shipped_rows (
    table_name   text NOT NULL
                 CONSTRAINT removed_shipped_rows_table_name_check CHECK (table_name IN ('send_windows', 'phone_prefixes', 'closed_days', 'frequency_caps')),
    key          text NOT NULL,
    removed_at   timestamptz NOT NULL DEFAULT campaign.now(),
    PRIMARY KEY (table_name, key)
);
COMMENT ON TABLE campaign.removed_shipped_rows IS
    'shipped rows of send_windows (by send_window_id), phone_prefixes (by prefix), closed_days (by closed_day_id) and frequency_caps (by frequency_cap_id) that were deleted: a restore deletes them again; to bring one back, insert it';

CREATE FUNCTION campaign.reference_row_write() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_reference_row_write';
COMMENT ON FUNCTION campaign.reference_row_write() IS
    'trigger on send_windows, phone_prefixes, closed_days and frequency_caps (BEFORE INSERT OR UPDATE, ALWAYS): a row written outside the extension''s scripts is the user''s (shipped = false, so pg_dump keeps it), and an inserted one replaces the shipped row with the same key';

CREATE FUNCTION campaign.shipped_row_removed() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_shipped_row_removed';
COMMENT ON FUNCTION campaign.shipped_row_removed() IS
    'trigger on send_windows, phone_prefixes, closed_days and frequency_caps (AFTER UPDATE OR DELETE, BEFORE TRUNCATE): records a shipped row that was deleted or re-keyed in campaign.removed_shipped_rows, so that a restore removes it again';

CREATE FUNCTION campaign.removed_shipped_row() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_removed_shipped_row';
COMMENT ON FUNCTION campaign.removed_shipped_row() IS
    'trigger on removed_shipped_rows (BEFORE INSERT, ALWAYS): deletes the shipped row the new record names, as a restore replays the user''s removals';

CREATE TRIGGER send_windows_user_rows
    BEFORE INSERT OR UPDATE ON campaign.send_windows
    FOR EACH ROW EXECUTE FUNCTION campaign.reference_row_write();
ALTER TABLE campaign.send_windows ENABLE ALWAYS TRIGGER send_windows_user_rows;
CREATE TRIGGER send_windows_shipped_removed
    AFTER UPDATE OR DELETE ON campaign.send_windows
    FOR EACH ROW EXECUTE FUNCTION campaign.shipped_row_removed();
CREATE TRIGGER send_windows_shipped_truncated
    BEFORE TRUNCATE ON campaign.send_windows
    FOR EACH STATEMENT EXECUTE FUNCTION campaign.shipped_row_removed();

CREATE TRIGGER phone_prefixes_user_rows
    BEFORE INSERT OR UPDATE ON campaign.phone_prefixes
    FOR EACH ROW EXECUTE FUNCTION campaign.reference_row_write();
ALTER TABLE campaign.phone_prefixes ENABLE ALWAYS TRIGGER phone_prefixes_user_rows;
CREATE TRIGGER phone_prefixes_shipped_removed
    AFTER UPDATE OR DELETE ON campaign.phone_prefixes
    FOR EACH ROW EXECUTE FUNCTION campaign.shipped_row_removed();
CREATE TRIGGER phone_prefixes_shipped_truncated
    BEFORE TRUNCATE ON campaign.phone_prefixes
    FOR EACH STATEMENT EXECUTE FUNCTION campaign.shipped_row_removed();

CREATE TRIGGER removed_shipped_rows_apply
    BEFORE INSERT ON campaign.removed_shipped_rows
    FOR EACH ROW EXECUTE FUNCTION campaign.removed_shipped_row();
ALTER TABLE campaign.removed_shipped_rows ENABLE ALWAYS TRIGGER removed_shipped_rows_apply;

-------------------------------------------------------------------------------
-- Closed days (docs/compliance.md): days on which a jurisdiction allows no
-- sending at all. Cached per backend like send_windows (reference_cache.c);
-- closed_days.c turns the rows into the closed dates of a year.
-------------------------------------------------------------------------------
CREATE FUNCTION campaign.validate_closed_day() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_validate_closed_day';
COMMENT ON FUNCTION campaign.validate_closed_day() IS
    'trigger on campaign.closed_days: refuses (22023, naming the field) a bad jurisdiction, an empty name, an unknown kind or observance, a field the kind needs that is null or one it does not use that is set, a month, day, nth, weekday or offset out of range, valid_from after valid_until';

CREATE TABLE campaign.closed_days (
    closed_day_id  integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    jurisdiction   text NOT NULL,
    name           text NOT NULL,
    kind           text NOT NULL
                   CONSTRAINT closed_days_kind_check
                   CHECK (kind IN ('fixed', 'nth_weekday', 'last_weekday', 'easter', 'date')),
    month          smallint CONSTRAINT closed_days_month_check CHECK (month BETWEEN 1 AND 12),
    day            smallint CONSTRAINT closed_days_day_check CHECK (day BETWEEN 1 AND 31),
    nth            smallint CONSTRAINT closed_days_nth_check CHECK (nth BETWEEN 1 AND 5),
    dow            smallint CONSTRAINT closed_days_dow_check CHECK (dow BETWEEN 0 AND 6),
    offset_days    integer CONSTRAINT closed_days_offset_days_check CHECK (offset_days BETWEEN -365 AND 365),
    on_date        date,
    observed       text NOT NULL DEFAULT 'none'
                   CONSTRAINT closed_days_observed_check
                   CHECK (observed IN ('none', 'nearest_weekday', 'next_monday')
                          AND (observed = 'none' OR kind = 'fixed')),
    valid_from     date,
    valid_until    date,
    source         text,
    shipped        boolean NOT NULL DEFAULT false,
    -- the fields of each kind, and no other (the trigger says which is wrong)
    CONSTRAINT closed_days_fields_check CHECK (CASE kind
        WHEN 'fixed' THEN month IS NOT NULL AND day IS NOT NULL AND nth IS NULL AND dow IS NULL
                          AND offset_days IS NULL AND on_date IS NULL
                          AND day <= (ARRAY[31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])[month]
        WHEN 'nth_weekday' THEN month IS NOT NULL AND day IS NULL AND nth IS NOT NULL AND dow IS NOT NULL
                          AND offset_days IS NULL AND on_date IS NULL
        WHEN 'last_weekday' THEN month IS NOT NULL AND day IS NULL AND nth IS NULL AND dow IS NOT NULL
                          AND offset_days IS NULL AND on_date IS NULL
        WHEN 'easter' THEN month IS NULL AND day IS NULL AND nth IS NULL AND dow IS NULL
                          AND offset_days IS NOT NULL AND on_date IS NULL
        WHEN 'date' THEN month IS NULL AND day IS NULL AND nth IS NULL AND dow IS NULL
                          AND offset_days IS NULL AND on_date IS NOT NULL
        END),
    CONSTRAINT closed_days_validity_check CHECK (valid_from <= valid_until)
);
CREATE INDEX closed_days_jurisdiction_idx ON campaign.closed_days (jurisdiction);
COMMENT ON TABLE campaign.closed_days IS
    'days on which a jurisdiction allows no sending at all (legal holidays, no-send days), in each of the subscriber''s zones by its local date; shipped rows are defaults to be checked with counsel (docs/compliance.md)';
COMMENT ON COLUMN campaign.closed_days.jurisdiction IS
    'ISO 3166 country (''FR'') or subdivision (''US-LA''); a subdivision''s rows apply together with its country''s';
COMMENT ON COLUMN campaign.closed_days.name IS
    'the day as people call it (''Mardi Gras''); explain_send_time names it';
COMMENT ON COLUMN campaign.closed_days.kind IS
    '''fixed'' (month, day), ''nth_weekday'' (nth dow of month), ''last_weekday'' (last dow of month), ''easter'' (offset_days from Western Easter Sunday) or ''date'' (on_date, one year)';
COMMENT ON COLUMN campaign.closed_days.month IS
    '1..12, for the kinds fixed, nth_weekday and last_weekday';
COMMENT ON COLUMN campaign.closed_days.day IS
    'day of the month, for kind fixed (Feb 29 closes only leap years)';
COMMENT ON COLUMN campaign.closed_days.nth IS
    '1..5, for kind nth_weekday (a fifth weekday that a month lacks closes nothing that year)';
COMMENT ON COLUMN campaign.closed_days.dow IS
    '0 Sunday .. 6 Saturday, for the kinds nth_weekday and last_weekday';
COMMENT ON COLUMN campaign.closed_days.offset_days IS
    'days from Western (Gregorian) Easter Sunday, -365..365, for kind easter (Mardi Gras -47, Good Friday -2)';
COMMENT ON COLUMN campaign.closed_days.on_date IS
    'the one date closed, for kind date (a day proclaimed for one year)';
COMMENT ON COLUMN campaign.closed_days.observed IS
    'for kind fixed: ''none''; ''nearest_weekday'' (on a Saturday the Friday before is closed too, on a Sunday the Monday after); ''next_monday'' (on a Saturday or Sunday the Monday after is closed too); an observed day may fall in the year before or after';
COMMENT ON COLUMN campaign.closed_days.valid_from IS
    'first date the row may close (null: unbounded); applies to observed days too';
COMMENT ON COLUMN campaign.closed_days.valid_until IS
    'last date the row may close (null: unbounded); applies to observed days too';
COMMENT ON COLUMN campaign.closed_days.source IS
    'where the rule comes from (statute, regulator), for audit';
COMMENT ON COLUMN campaign.closed_days.shipped IS
    'true while the row is as the extension ships it (pg_dump leaves it out, CREATE EXTENSION makes it); any edit makes the row the user''s';

CREATE TRIGGER closed_days_validate
    BEFORE INSERT OR UPDATE ON campaign.closed_days
    FOR EACH ROW EXECUTE FUNCTION campaign.validate_closed_day();

-- ALWAYS: rows applied by logical replication must reach the caches too.
CREATE TRIGGER closed_days_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON campaign.closed_days
    FOR EACH STATEMENT EXECUTE FUNCTION campaign.reference_table_changed();
ALTER TABLE campaign.closed_days ENABLE ALWAYS TRIGGER closed_days_changed;

CREATE TRIGGER closed_days_user_rows
    BEFORE INSERT OR UPDATE ON campaign.closed_days
    FOR EACH ROW EXECUTE FUNCTION campaign.reference_row_write();
ALTER TABLE campaign.closed_days ENABLE ALWAYS TRIGGER closed_days_user_rows;
CREATE TRIGGER closed_days_shipped_removed
    AFTER UPDATE OR DELETE ON campaign.closed_days
    FOR EACH ROW EXECUTE FUNCTION campaign.shipped_row_removed();
CREATE TRIGGER closed_days_shipped_truncated
    BEFORE TRUNCATE ON campaign.closed_days
    FOR EACH STATEMENT EXECUTE FUNCTION campaign.shipped_row_removed();

-- The closed days shipped: defaults to be checked with counsel (docs/compliance.md
-- says what is shipped, what is left out and why, and how to change them).
INSERT INTO campaign.closed_days (jurisdiction, name, kind, month, day, nth, dow, offset_days,
                                  on_date, observed, valid_from, source, shipped) VALUES
    ('US-LA', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, NULL, NULL, 'none', NULL, 'La. R.S. 1:55 (legal holidays); LPSC General Order R-29617 (no solicitation on legal holidays)', true),
    ('US-LA', 'Battle of New Orleans', 'fixed', 1, 8, NULL, NULL, NULL, NULL, 'none', NULL, 'La. R.S. 1:55 (legal holidays); LPSC General Order R-29617 (no solicitation on legal holidays)', true),
    ('US-LA', 'Martin Luther King Jr. Day', 'nth_weekday', 1, NULL, 3, 1, NULL, NULL, 'none', NULL, 'La. R.S. 1:55 (legal holidays); LPSC General Order R-29617 (no solicitation on legal holidays)', true),
    ('US-LA', 'Washington''s Birthday', 'nth_weekday', 2, NULL, 3, 1, NULL, NULL, 'none', NULL, 'La. R.S. 1:55 (legal holidays); LPSC General Order R-29617 (no solicitation on legal holidays)', true),
    ('US-LA', 'Mardi Gras', 'easter', NULL, NULL, NULL, NULL, -47, NULL, 'none', NULL, 'La. R.S. 1:55 (legal holidays); LPSC General Order R-29617 (no solicitation on legal holidays)', true),
    ('US-LA', 'Good Friday', 'easter', NULL, NULL, NULL, NULL, -2, NULL, 'none', NULL, 'La. R.S. 1:55 (legal holidays); LPSC General Order R-29617 (no solicitation on legal holidays)', true),
    ('US-LA', 'Memorial Day', 'last_weekday', 5, NULL, NULL, 1, NULL, NULL, 'none', NULL, 'La. R.S. 1:55 (legal holidays); LPSC General Order R-29617 (no solicitation on legal holidays)', true),
    ('US-LA', 'Independence Day', 'fixed', 7, 4, NULL, NULL, NULL, NULL, 'none', NULL, 'La. R.S. 1:55 (legal holidays); LPSC General Order R-29617 (no solicitation on legal holidays)', true),
    ('US-LA', 'Huey P. Long Day', 'fixed', 8, 30, NULL, NULL, NULL, NULL, 'none', NULL, 'La. R.S. 1:55 (legal holidays); LPSC General Order R-29617 (no solicitation on legal holidays)', true),
    ('US-LA', 'Labor Day', 'nth_weekday', 9, NULL, 1, 1, NULL, NULL, 'none', NULL, 'La. R.S. 1:55 (legal holidays); LPSC General Order R-29617 (no solicitation on legal holidays)', true),
    ('US-LA', 'Columbus Day', 'nth_weekday', 10, NULL, 2, 1, NULL, NULL, 'none', NULL, 'La. R.S. 1:55 (legal holidays); LPSC General Order R-29617 (no solicitation on legal holidays)', true),
    ('US-LA', 'All Saints'' Day', 'fixed', 11, 1, NULL, NULL, NULL, NULL, 'none', NULL, 'La. R.S. 1:55 (legal holidays); LPSC General Order R-29617 (no solicitation on legal holidays)', true),
    ('US-LA', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, NULL, NULL, 'none', NULL, 'La. R.S. 1:55 (legal holidays); LPSC General Order R-29617 (no solicitation on legal holidays)', true),
    ('US-LA', 'Thanksgiving Day', 'nth_weekday', 11, NULL, 4, 4, NULL, NULL, 'none', NULL, 'La. R.S. 1:55 (legal holidays); LPSC General Order R-29617 (no solicitation on legal holidays)', true),
    ('US-LA', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, NULL, NULL, 'none', NULL, 'La. R.S. 1:55 (legal holidays); LPSC General Order R-29617 (no solicitation on legal holidays)', true),
    ('US-RI', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, NULL, NULL, 'next_monday', NULL, 'R.I. Gen. Laws 5-61-3.6 (no solicitation on state or federal holidays); 25-1-1', true),
    ('US-RI', 'Martin Luther King Jr. Day', 'nth_weekday', 1, NULL, 3, 1, NULL, NULL, 'none', NULL, 'R.I. Gen. Laws 5-61-3.6 (no solicitation on state or federal holidays); 25-1-1', true),
    ('US-RI', 'Washington''s Birthday', 'nth_weekday', 2, NULL, 3, 1, NULL, NULL, 'none', NULL, 'R.I. Gen. Laws 5-61-3.6 (no solicitation on state or federal holidays); 25-1-1', true),
    ('US-RI', 'Rhode Island Independence Day', 'fixed', 5, 4, NULL, NULL, NULL, NULL, 'none', NULL, 'R.I. Gen. Laws 5-61-3.6 (no solicitation on state or federal holidays); 25-1-1', true),
    ('US-RI', 'Memorial Day', 'last_weekday', 5, NULL, NULL, 1, NULL, NULL, 'none', NULL, 'R.I. Gen. Laws 5-61-3.6 (no solicitation on state or federal holidays); 25-1-1', true),
    ('US-RI', 'Independence Day', 'fixed', 7, 4, NULL, NULL, NULL, NULL, 'next_monday', NULL, 'R.I. Gen. Laws 5-61-3.6 (no solicitation on state or federal holidays); 25-1-1', true),
    ('US-RI', 'Victory Day', 'nth_weekday', 8, NULL, 2, 1, NULL, NULL, 'none', NULL, 'R.I. Gen. Laws 5-61-3.6 (no solicitation on state or federal holidays); 25-1-1', true),
    ('US-RI', 'Labor Day', 'nth_weekday', 9, NULL, 1, 1, NULL, NULL, 'none', NULL, 'R.I. Gen. Laws 5-61-3.6 (no solicitation on state or federal holidays); 25-1-1', true),
    ('US-RI', 'Columbus Day / Indigenous Peoples'' Day', 'nth_weekday', 10, NULL, 2, 1, NULL, NULL, 'none', NULL, 'R.I. Gen. Laws 5-61-3.6 (no solicitation on state or federal holidays); 25-1-1', true),
    ('US-RI', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, NULL, NULL, 'next_monday', NULL, 'R.I. Gen. Laws 5-61-3.6 (no solicitation on state or federal holidays); 25-1-1', true),
    ('US-RI', 'Thanksgiving Day', 'nth_weekday', 11, NULL, 4, 4, NULL, NULL, 'none', NULL, 'R.I. Gen. Laws 5-61-3.6 (no solicitation on state or federal holidays); 25-1-1', true),
    ('US-RI', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, NULL, NULL, 'next_monday', NULL, 'R.I. Gen. Laws 5-61-3.6 (no solicitation on state or federal holidays); 25-1-1', true),
    ('US-UT', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, NULL, NULL, 'nearest_weekday', NULL, 'Utah Code 13-25a-103(3) (no solicitation on legal holidays); 63G-1-301', true),
    ('US-UT', 'Martin Luther King Jr. Day', 'nth_weekday', 1, NULL, 3, 1, NULL, NULL, 'none', NULL, 'Utah Code 13-25a-103(3) (no solicitation on legal holidays); 63G-1-301', true),
    ('US-UT', 'Washington and Lincoln Day', 'nth_weekday', 2, NULL, 3, 1, NULL, NULL, 'none', NULL, 'Utah Code 13-25a-103(3) (no solicitation on legal holidays); 63G-1-301', true),
    ('US-UT', 'Easter Sunday', 'easter', NULL, NULL, NULL, NULL, 0, NULL, 'none', '2025-01-01', 'Utah Code 13-25a-103(3) (no solicitation on legal holidays); 63G-1-301', true),
    ('US-UT', 'Memorial Day', 'last_weekday', 5, NULL, NULL, 1, NULL, NULL, 'none', NULL, 'Utah Code 13-25a-103(3) (no solicitation on legal holidays); 63G-1-301', true),
    ('US-UT', 'Juneteenth', 'fixed', 6, 19, NULL, NULL, NULL, NULL, 'nearest_weekday', NULL, 'Utah Code 13-25a-103(3) (no solicitation on legal holidays); 63G-1-301', true),
    ('US-UT', 'Independence Day', 'fixed', 7, 4, NULL, NULL, NULL, NULL, 'nearest_weekday', NULL, 'Utah Code 13-25a-103(3) (no solicitation on legal holidays); 63G-1-301', true),
    ('US-UT', 'Pioneer Day', 'fixed', 7, 24, NULL, NULL, NULL, NULL, 'nearest_weekday', NULL, 'Utah Code 13-25a-103(3) (no solicitation on legal holidays); 63G-1-301', true),
    ('US-UT', 'Labor Day', 'nth_weekday', 9, NULL, 1, 1, NULL, NULL, 'none', NULL, 'Utah Code 13-25a-103(3) (no solicitation on legal holidays); 63G-1-301', true),
    ('US-UT', 'Columbus Day', 'nth_weekday', 10, NULL, 2, 1, NULL, NULL, 'none', NULL, 'Utah Code 13-25a-103(3) (no solicitation on legal holidays); 63G-1-301', true),
    ('US-UT', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, NULL, NULL, 'nearest_weekday', NULL, 'Utah Code 13-25a-103(3) (no solicitation on legal holidays); 63G-1-301', true),
    ('US-UT', 'Thanksgiving Day', 'nth_weekday', 11, NULL, 4, 4, NULL, NULL, 'none', NULL, 'Utah Code 13-25a-103(3) (no solicitation on legal holidays); 63G-1-301', true),
    ('US-UT', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, NULL, NULL, 'nearest_weekday', NULL, 'Utah Code 13-25a-103(3) (no solicitation on legal holidays); 63G-1-301', true),
    ('US-PA', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, NULL, NULL, 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays)', true),
    ('US-PA', 'Martin Luther King Jr. Day', 'nth_weekday', 1, NULL, 3, 1, NULL, NULL, 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays)', true),
    ('US-PA', 'Presidents'' Day', 'nth_weekday', 2, NULL, 3, 1, NULL, NULL, 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays)', true),
    ('US-PA', 'Good Friday', 'easter', NULL, NULL, NULL, NULL, -2, NULL, 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays)', true),
    ('US-PA', 'Memorial Day', 'last_weekday', 5, NULL, NULL, 1, NULL, NULL, 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays)', true),
    ('US-PA', 'Flag Day', 'fixed', 6, 14, NULL, NULL, NULL, NULL, 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays)', true),
    ('US-PA', 'Independence Day', 'fixed', 7, 4, NULL, NULL, NULL, NULL, 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays)', true),
    ('US-PA', 'Labor Day', 'nth_weekday', 9, NULL, 1, 1, NULL, NULL, 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays)', true),
    ('US-PA', 'Columbus Day', 'nth_weekday', 10, NULL, 2, 1, NULL, NULL, 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays)', true),
    ('US-PA', 'Election Day', 'date', NULL, NULL, NULL, NULL, NULL, '2026-11-03', 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays); the Tuesday after the first Monday of November, one row a year', true),
    ('US-PA', 'Election Day', 'date', NULL, NULL, NULL, NULL, NULL, '2027-11-02', 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays); the Tuesday after the first Monday of November, one row a year', true),
    ('US-PA', 'Election Day', 'date', NULL, NULL, NULL, NULL, NULL, '2028-11-07', 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays); the Tuesday after the first Monday of November, one row a year', true),
    ('US-PA', 'Election Day', 'date', NULL, NULL, NULL, NULL, NULL, '2029-11-06', 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays); the Tuesday after the first Monday of November, one row a year', true),
    ('US-PA', 'Election Day', 'date', NULL, NULL, NULL, NULL, NULL, '2030-11-05', 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays); the Tuesday after the first Monday of November, one row a year', true),
    ('US-PA', 'Election Day', 'date', NULL, NULL, NULL, NULL, NULL, '2031-11-04', 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays); the Tuesday after the first Monday of November, one row a year', true),
    ('US-PA', 'Election Day', 'date', NULL, NULL, NULL, NULL, NULL, '2032-11-02', 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays); the Tuesday after the first Monday of November, one row a year', true),
    ('US-PA', 'Election Day', 'date', NULL, NULL, NULL, NULL, NULL, '2033-11-08', 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays); the Tuesday after the first Monday of November, one row a year', true),
    ('US-PA', 'Election Day', 'date', NULL, NULL, NULL, NULL, NULL, '2034-11-07', 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays); the Tuesday after the first Monday of November, one row a year', true),
    ('US-PA', 'Election Day', 'date', NULL, NULL, NULL, NULL, NULL, '2035-11-06', 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays); the Tuesday after the first Monday of November, one row a year', true),
    ('US-PA', 'Election Day', 'date', NULL, NULL, NULL, NULL, NULL, '2036-11-04', 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays); the Tuesday after the first Monday of November, one row a year', true),
    ('US-PA', 'Election Day', 'date', NULL, NULL, NULL, NULL, NULL, '2037-11-03', 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays); the Tuesday after the first Monday of November, one row a year', true),
    ('US-PA', 'Election Day', 'date', NULL, NULL, NULL, NULL, NULL, '2038-11-02', 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays); the Tuesday after the first Monday of November, one row a year', true),
    ('US-PA', 'Election Day', 'date', NULL, NULL, NULL, NULL, NULL, '2039-11-08', 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays); the Tuesday after the first Monday of November, one row a year', true),
    ('US-PA', 'Election Day', 'date', NULL, NULL, NULL, NULL, NULL, '2040-11-06', 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays); the Tuesday after the first Monday of November, one row a year', true),
    ('US-PA', 'Veterans Day', 'fixed', 11, 11, NULL, NULL, NULL, NULL, 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays)', true),
    ('US-PA', 'Thanksgiving Day', 'nth_weekday', 11, NULL, 4, 4, NULL, NULL, 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays)', true),
    ('US-PA', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, NULL, NULL, 'none', NULL, '73 P.S. 2245(a)(10) (no solicitation on legal holidays)', true),
    ('FR', 'New Year''s Day', 'fixed', 1, 1, NULL, NULL, NULL, NULL, 'none', NULL, 'Code du travail L3133-1 (jours feries); AF2M Business Messaging charter, 2024-09-01 (no business SMS on public holidays)', true),
    ('FR', 'Easter Monday', 'easter', NULL, NULL, NULL, NULL, 1, NULL, 'none', NULL, 'Code du travail L3133-1 (jours feries); AF2M Business Messaging charter, 2024-09-01 (no business SMS on public holidays)', true),
    ('FR', 'Labour Day', 'fixed', 5, 1, NULL, NULL, NULL, NULL, 'none', NULL, 'Code du travail L3133-1 (jours feries); AF2M Business Messaging charter, 2024-09-01 (no business SMS on public holidays)', true),
    ('FR', 'Victory in Europe Day', 'fixed', 5, 8, NULL, NULL, NULL, NULL, 'none', NULL, 'Code du travail L3133-1 (jours feries); AF2M Business Messaging charter, 2024-09-01 (no business SMS on public holidays)', true),
    ('FR', 'Ascension Day', 'easter', NULL, NULL, NULL, NULL, 39, NULL, 'none', NULL, 'Code du travail L3133-1 (jours feries); AF2M Business Messaging charter, 2024-09-01 (no business SMS on public holidays)', true),
    ('FR', 'Whit Monday', 'easter', NULL, NULL, NULL, NULL, 50, NULL, 'none', NULL, 'Code du travail L3133-1 (jours feries); AF2M Business Messaging charter, 2024-09-01 (no business SMS on public holidays)', true),
    ('FR', 'Bastille Day', 'fixed', 7, 14, NULL, NULL, NULL, NULL, 'none', NULL, 'Code du travail L3133-1 (jours feries); AF2M Business Messaging charter, 2024-09-01 (no business SMS on public holidays)', true),
    ('FR', 'Assumption Day', 'fixed', 8, 15, NULL, NULL, NULL, NULL, 'none', NULL, 'Code du travail L3133-1 (jours feries); AF2M Business Messaging charter, 2024-09-01 (no business SMS on public holidays)', true),
    ('FR', 'All Saints'' Day', 'fixed', 11, 1, NULL, NULL, NULL, NULL, 'none', NULL, 'Code du travail L3133-1 (jours feries); AF2M Business Messaging charter, 2024-09-01 (no business SMS on public holidays)', true),
    ('FR', 'Armistice Day', 'fixed', 11, 11, NULL, NULL, NULL, NULL, 'none', NULL, 'Code du travail L3133-1 (jours feries); AF2M Business Messaging charter, 2024-09-01 (no business SMS on public holidays)', true),
    ('FR', 'Christmas Day', 'fixed', 12, 25, NULL, NULL, NULL, NULL, 'none', NULL, 'Code du travail L3133-1 (jours feries); AF2M Business Messaging charter, 2024-09-01 (no business SMS on public holidays)', true),
    ('FR-57', 'Good Friday', 'easter', NULL, NULL, NULL, NULL, -2, NULL, 'none', NULL, 'Code du travail L3134-13 (Alsace-Moselle); AF2M Business Messaging charter, 2024-09-01', true),
    ('FR-57', 'St. Stephen''s Day', 'fixed', 12, 26, NULL, NULL, NULL, NULL, 'none', NULL, 'Code du travail L3134-13 (Alsace-Moselle); AF2M Business Messaging charter, 2024-09-01', true),
    ('FR-67', 'Good Friday', 'easter', NULL, NULL, NULL, NULL, -2, NULL, 'none', NULL, 'Code du travail L3134-13 (Alsace-Moselle); AF2M Business Messaging charter, 2024-09-01', true),
    ('FR-67', 'St. Stephen''s Day', 'fixed', 12, 26, NULL, NULL, NULL, NULL, 'none', NULL, 'Code du travail L3134-13 (Alsace-Moselle); AF2M Business Messaging charter, 2024-09-01', true),
    ('FR-68', 'Good Friday', 'easter', NULL, NULL, NULL, NULL, -2, NULL, 'none', NULL, 'Code du travail L3134-13 (Alsace-Moselle); AF2M Business Messaging charter, 2024-09-01', true),
    ('FR-68', 'St. Stephen''s Day', 'fixed', 12, 26, NULL, NULL, NULL, NULL, 'none', NULL, 'Code du travail L3134-13 (Alsace-Moselle); AF2M Business Messaging charter, 2024-09-01', true);

-- Windows that go with the closed days above (docs/compliance.md): France's
-- operators take business SMS Monday to Saturday 08:00-22:00; India's
-- promotional SMS 09:00-21:00; Rhode Island and Utah forbid Sundays (Rhode
-- Island with its own weekday hours).
INSERT INTO campaign.send_windows (jurisdiction, dow, allowed_start, allowed_end, source, shipped) VALUES
    ('FR',    0,    NULL,    NULL,    'AF2M Business Messaging charter, 2024-09-01 (Monday to Saturday only)', true),
    ('FR',    NULL, '08:00', '22:00', 'AF2M Business Messaging charter, 2024-09-01', true),
    ('IN',    NULL, '09:00', '21:00', 'TRAI Telecom Commercial Communications Customer Preference Regulations (promotional SMS 09:00-21:00)', true),
    ('US-RI', 0,    NULL,    NULL,    'R.I. Gen. Laws 5-61-3.6 (no Sundays)', true),
    ('US-RI', 1,    '09:00', '18:00', 'R.I. Gen. Laws 5-61-3.6', true),
    ('US-RI', 2,    '09:00', '18:00', 'R.I. Gen. Laws 5-61-3.6', true),
    ('US-RI', 3,    '09:00', '18:00', 'R.I. Gen. Laws 5-61-3.6', true),
    ('US-RI', 4,    '09:00', '18:00', 'R.I. Gen. Laws 5-61-3.6', true),
    ('US-RI', 5,    '09:00', '18:00', 'R.I. Gen. Laws 5-61-3.6', true),
    ('US-RI', 6,    '10:00', '17:00', 'R.I. Gen. Laws 5-61-3.6 (Saturday)', true),
    ('US-UT', 0,    NULL,    NULL,    'Utah Code 13-25a-103(3) (no Sundays)', true),
    ('US-UT', NULL, '08:00', '21:00', 'Utah Code 13-25a-103(3)', true);

-------------------------------------------------------------------------------
-- Frequency caps (docs/compliance.md): at most max_messages to a subscriber
-- per period, enforced at hand-out by claim_messages. Cached per backend like
-- send_windows (src/frequency_caps.c).
-------------------------------------------------------------------------------
CREATE FUNCTION campaign.validate_frequency_cap() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_validate_frequency_cap';
COMMENT ON FUNCTION campaign.validate_frequency_cap() IS
    'trigger on campaign.frequency_caps: refuses (22023, naming the field) a jurisdiction that is not an ISO 3166 code, a max_messages below 1, a period that is not longer than zero or is longer than 366 days';

CREATE TABLE campaign.frequency_caps (
    frequency_cap_id  integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    jurisdiction      text NOT NULL,
    max_messages      integer NOT NULL
                      CONSTRAINT frequency_caps_max_messages_check CHECK (max_messages >= 1),
    per               interval NOT NULL
                      CONSTRAINT frequency_caps_per_check CHECK (per > '0' AND per <= '366 days'),
    source            text,
    shipped           boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE campaign.frequency_caps IS
    'at most max_messages marketing messages to a subscriber per period, for the subscribers of a jurisdiction; enforced when claim_messages hands messages out; shipped rows are defaults to be checked with counsel (docs/compliance.md)';
COMMENT ON COLUMN campaign.frequency_caps.jurisdiction IS
    'ISO 3166 country (''US'') or subdivision (''US-FL''); a subdivision''s subscribers are capped by its rows and its country''s';
COMMENT ON COLUMN campaign.frequency_caps.max_messages IS
    'messages a subscriber may be handed out per period, at least 1';
COMMENT ON COLUMN campaign.frequency_caps.per IS
    'the period, a duration (a day counts 24 hours, a month 30 days) longer than zero and at most 366 days: the count at instant t is of the messages handed out in (t - per, t]';
COMMENT ON COLUMN campaign.frequency_caps.source IS
    'where the rule comes from (statute, regulator), for audit';
COMMENT ON COLUMN campaign.frequency_caps.shipped IS
    'true while the row is as the extension ships it (pg_dump leaves it out, CREATE EXTENSION makes it); any edit makes the row the user''s';

CREATE TRIGGER frequency_caps_validate
    BEFORE INSERT OR UPDATE ON campaign.frequency_caps
    FOR EACH ROW EXECUTE FUNCTION campaign.validate_frequency_cap();

-- ALWAYS: rows applied by logical replication must reach the caches too.
CREATE TRIGGER frequency_caps_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON campaign.frequency_caps
    FOR EACH STATEMENT EXECUTE FUNCTION campaign.reference_table_changed();
ALTER TABLE campaign.frequency_caps ENABLE ALWAYS TRIGGER frequency_caps_changed;

CREATE TRIGGER frequency_caps_user_rows
    BEFORE INSERT OR UPDATE ON campaign.frequency_caps
    FOR EACH ROW EXECUTE FUNCTION campaign.reference_row_write();
ALTER TABLE campaign.frequency_caps ENABLE ALWAYS TRIGGER frequency_caps_user_rows;
CREATE TRIGGER frequency_caps_shipped_removed
    AFTER UPDATE OR DELETE ON campaign.frequency_caps
    FOR EACH ROW EXECUTE FUNCTION campaign.shipped_row_removed();
CREATE TRIGGER frequency_caps_shipped_truncated
    BEFORE TRUNCATE ON campaign.frequency_caps
    FOR EACH STATEMENT EXECUTE FUNCTION campaign.shipped_row_removed();

-- The caps shipped: defaults to be checked with counsel (docs/compliance.md).
INSERT INTO campaign.frequency_caps (jurisdiction, max_messages, per, source, shipped) VALUES
    ('US-FL', 3, '24 hours', 'Fla. Stat. 501.616(6)(b) (Florida Telephone Solicitation Act, amended 2021): at most 3 commercial calls or texts to a person on the same subject in 24 hours', true),
    ('US-OK', 3, '24 hours', 'Okla. Stat. tit. 15, 775C (Telephone Solicitation Act of 2022): at most 3 commercial calls or texts to a person on the same subject in 24 hours', true),
    ('US-MD', 3, '24 hours', 'Md. Code, Com. Law 14-4501 ff. (Stop the Spam Calls Act of 2023): at most 3 commercial calls or texts to a person on the same subject in 24 hours', true);

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
COMMENT ON COLUMN campaign.subscriber_events.event IS
    'the name a step''s skip_if_event refers to, such as ''purchase''';

-------------------------------------------------------------------------------
-- The status machine (C): triggers on campaigns, steps and history
-------------------------------------------------------------------------------
-- Runs as the role that writes the row, because it decides from that role
-- who may write the bookkeeping columns (src/authority.c); it takes the
-- extension's rights itself for what the app role may not do (locking the
-- site row and counting the audience when a campaign starts).
CREATE FUNCTION campaign.campaigns_guard() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_campaigns_guard';
COMMENT ON FUNCTION campaign.campaigns_guard() IS
    'trigger on campaign.campaigns: the status graph, the edit lock, the guards of each transition (55000), and its bookkeeping; turns a start whose failure checks hold into failed';

-- SECURITY DEFINER: it appends to status_history and withdraws messages, which
-- the roles that may change a campaign's status cannot write themselves.
CREATE FUNCTION campaign.campaigns_record() RETURNS trigger
    LANGUAGE c SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_campaigns_record';
COMMENT ON FUNCTION campaign.campaigns_record() IS
    'trigger on campaign.campaigns after a status change: appends to status_history, withdraws the pending messages no other transaction holds on cancel or failure, notifies campaign_status';

CREATE FUNCTION campaign.steps_guard() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_steps_guard';
COMMENT ON FUNCTION campaign.steps_guard() IS
    'trigger on campaign.campaign_steps: steps change only while their campaign is a draft (55000); copies the campaign''s site_id';

CREATE FUNCTION campaign.history_guard() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_history_guard';
COMMENT ON FUNCTION campaign.history_guard() IS
    'trigger on campaign.status_history: refuses every UPDATE, DELETE and TRUNCATE (55000), the history is append-only';

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

-- SECURITY DEFINER: the queue and the aggregator's ids are the extension's
-- alone; whoever inserts a message (processing, a superuser) gives it its
-- queue row through this trigger. pg_dump writes each partition's rows
-- directly, which fires no trigger of the parent: the queue, the claims and
-- the aggregator's ids are dumped with the messages.
CREATE FUNCTION campaign.messages_enqueue() RETURNS trigger
    LANGUAGE c SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_messages_enqueue';
COMMENT ON FUNCTION campaign.messages_enqueue() IS
    'trigger on campaign.messages after INSERT, per statement: the pending messages get their row in message_queue, those with an aggregator''s id their row in provider_messages, those dispatching under no claim a claim of their lease';

CREATE TRIGGER messages_enqueue
    AFTER INSERT ON campaign.messages
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION campaign.messages_enqueue();

-- SECURITY DEFINER: the partitions of the message store are the extension's,
-- made for the campaign an application role creates.
CREATE FUNCTION campaign.campaigns_partition() RETURNS trigger
    LANGUAGE c SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_campaigns_partition';
COMMENT ON FUNCTION campaign.campaigns_partition() IS
    'trigger on campaign.campaigns after INSERT: the new campaign''s range of ids gets its partitions of messages and provider_messages when it has none';

CREATE TRIGGER campaigns_partition
    AFTER INSERT ON campaign.campaigns
    FOR EACH ROW EXECUTE FUNCTION campaign.campaigns_partition();

CREATE VIEW campaign.message_partitions AS
SELECT i.inhparent::regclass AS parent, c.oid::regclass AS partition,
       b[1]::bigint AS first_campaign_id, b[2]::bigint AS end_campaign_id
  FROM pg_catalog.pg_inherits i
  JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
 CROSS JOIN LATERAL pg_catalog.regexp_match(pg_catalog.pg_get_expr(c.relpartbound, c.oid),
                                            'FROM \(''?(-?\d+)''?\) TO \(''?(-?\d+)''?\)') AS b
 WHERE i.inhparent IN ('campaign.messages'::regclass, 'campaign.provider_messages'::regclass);
COMMENT ON VIEW campaign.message_partitions IS
    'the partitions of campaign.messages and campaign.provider_messages: each holds the messages of the campaigns with first_campaign_id <= campaign_id < end_campaign_id';

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
-- Runs once per subscriber of a subscriber_local campaign and runs no SQL
-- (AT TIME ZONE in C): no search_path pinned, like the send-time functions.
CREATE FUNCTION campaign.local_planned_at(local_send_at timestamp, zone text,
                                          late_policy text, processing_at timestamptz)
    RETURNS timestamptz
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_local_planned_at';
COMMENT ON FUNCTION campaign.local_planned_at(timestamp, text, text, timestamptz) IS
    'planned time of step 0 of a subscriber_local campaign in one zone, after the late policy; null: skip';

-- A follow-up's planned time: its step's delay after the previous step's
-- send time, counted in the subscriber's zone whatever the session's
-- TimeZone (src/planned_time.c). Runs no SQL: no search_path pinned, like
-- the send-time functions.
CREATE FUNCTION campaign.add_delay(instant timestamptz, delay interval, timezone text)
    RETURNS timestamptz
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_add_delay';
COMMENT ON FUNCTION campaign.add_delay(timestamptz, interval, text) IS
    'instant + delay as timestamptz + interval computes it with TimeZone set to timezone: months and days on its wall clock, hours as elapsed time';

-- What processing decides for a subscriber besides the send time, each rule
-- once, for processing's batch statements and explain_send_time's preview
-- alike (src/subscriber_rules.c). Run per subscriber and run no SQL: no
-- search_path pinned, like the send-time functions.
CREATE FUNCTION campaign.subscriber_timezones(timezone text, phone text, site_timezone text)
    RETURNS text[]
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_subscriber_timezones';
COMMENT ON FUNCTION campaign.subscriber_timezones(text, text, text) IS
    'the zones a subscriber''s messages must be allowed in: their own zone, else those of the phone''s prefix, else the site''s';

CREATE FUNCTION campaign.subscriber_jurisdiction(region text, phone text, site_country text)
    RETURNS text
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_subscriber_jurisdiction';
COMMENT ON FUNCTION campaign.subscriber_jurisdiction(text, text, text) IS
    'whose legal windows apply to a subscriber: their region, else the phone prefix''s, else the site''s country';

CREATE FUNCTION campaign.first_step_skip_reason(subscriber_status text, planned_at timestamptz,
                                                send_at timestamptz, smart_sending boolean,
                                                last_message_at timestamptz,
                                                smart_sending_window interval)
    RETURNS text
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_first_step_skip_reason';
COMMENT ON FUNCTION campaign.first_step_skip_reason(text, timestamptz, timestamptz, boolean, timestamptz, interval) IS
    'why step 0 is skipped, the first that holds of unsubscribed, local_time_passed, no_send_window, smart_sending; null: it goes at send_at';

CREATE FUNCTION campaign.follow_up_skip_reason(previous_skip_reason text, send_at timestamptz)
    RETURNS text
    LANGUAGE c IMMUTABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_follow_up_skip_reason';
COMMENT ON FUNCTION campaign.follow_up_skip_reason(text, timestamptz) IS
    'why a follow-up is skipped: the previous step''s reason, else no_send_window when send_at is null; null: it goes at send_at';

CREATE FUNCTION campaign.tick(batch_size integer DEFAULT 10000,
                              OUT campaigns_started integer,
                              OUT campaigns_failed integer,
                              OUT subscribers_processed bigint,
                              OUT campaigns_finished integer)
    LANGUAGE c VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_tick';
COMMENT ON FUNCTION campaign.tick(integer) IS
    'does the work that is due: returns expired leases, starts scheduled campaigns, processes up to batch_size subscribers, finishes campaigns, withdraws what claims left of canceled and failed campaigns';

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
COMMENT ON FUNCTION campaign.mark_sent(bigint, text) IS
    'the aggregator took a handed-out message: dispatching -> sent, with the provider''s id; idempotent';

CREATE FUNCTION campaign.mark_sent(message_ids bigint[], provider_message_ids text[] DEFAULT NULL)
    RETURNS void
    LANGUAGE c VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_mark_sent_batch';
COMMENT ON FUNCTION campaign.mark_sent(bigint[], text[]) IS
    'mark_sent for a whole batch in one round trip; provider ids one per message id, or null';

CREATE FUNCTION campaign.mark_failed(message_id bigint, error text, retry_at timestamptz DEFAULT NULL)
    RETURNS void
    LANGUAGE c VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_mark_failed';
COMMENT ON FUNCTION campaign.mark_failed(bigint, text, timestamptz) IS
    'the aggregator refused a handed-out message: back to pending at retry_at (windows still apply; later steps move to at least retry_at; canceled if its campaign ended), or failed for good when null (later steps skipped)';

CREATE FUNCTION campaign.record_delivery(provider_message_id text, delivered boolean, error text DEFAULT NULL)
    RETURNS void
    LANGUAGE c VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_record_delivery';
COMMENT ON FUNCTION campaign.record_delivery(text, boolean, text) IS
    'the carrier''s receipt for a provider message id: sent -> delivered or undelivered; a repeated receipt is accepted';

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
COMMENT ON FUNCTION campaign.subscribers_stop() IS
    'trigger on campaign.subscribers after a STOP or a DELETE: skips the subscriber''s pending messages (unsubscribed)';

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
COMMENT ON FUNCTION campaign.record_event(bigint, bigint, text, timestamptz) IS
    'records what a subscriber did (for skip_if_event); occurred_at defaults to campaign.now()';

-------------------------------------------------------------------------------
-- Views and explanations
-------------------------------------------------------------------------------
CREATE VIEW campaign.campaign_progress WITH (security_invoker = true) AS
SELECT c.campaign_id, c.site_id, c.name, c.status,
       c.audience_count AS audience,
       c.audience_processed AS processed,
       coalesce(m.pending, 0) AS pending,
       coalesce(m.dispatching, 0) AS dispatching,
       coalesce(d.sent, m.sent, 0) AS sent,
       coalesce(d.delivered, m.delivered, 0) AS delivered,
       coalesce(d.undelivered, m.undelivered, 0) AS undelivered,
       coalesce(d.skipped, m.skipped, 0) AS skipped,
       coalesce(d.canceled, m.canceled, 0) AS canceled,
       coalesce(d.failed, m.failed, 0) AS failed,
       coalesce(d.skips, k.skips, '{}'::jsonb) AS skips,
       CASE WHEN d.campaign_id IS NULL THEN m.latency_p50 ELSE d.latency_p50 END AS latency_p50,
       CASE WHEN d.campaign_id IS NULL THEN m.latency_p95 ELSE d.latency_p95 END AS latency_p95
  FROM campaign.campaigns c
  LEFT JOIN campaign.dropped_message_counts d ON d.campaign_id = c.campaign_id
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
    'one row per campaign: audience, processed, messages by status, skips by reason, hand-out latency (kept in dropped_message_counts once retention dropped the messages)';

-- Retention: the ranges of campaign ids whose campaigns have all ended and
-- passed their site's message_retention are dropped whole. Two passes, so
-- that the ACCESS EXCLUSIVE lock that dropping a partition takes on
-- campaign.messages is held for the drops alone, not for the counting.
-- lock_wait bounds the wait for that lock (dispatchers' transactions are
-- short): a range whose drop does not get it in time is left for the next
-- call. SECURITY DEFINER: the partitions are the extension's; granted to
-- campaign_admin only.
CREATE FUNCTION campaign.drop_expired_messages(lock_wait interval DEFAULT '2 seconds')
    RETURNS TABLE (first_campaign_id bigint, end_campaign_id bigint, campaigns bigint,
                   messages bigint, dropped boolean)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    range record;
    ranges bigint[] := '{}';
    partitions text[] := '{}';
    range_campaigns bigint[] := '{}';
    range_messages bigint[] := '{}';
    counted bigint;
    total bigint;
BEGIN
    IF lock_wait IS NULL OR lock_wait < interval '0' OR lock_wait > interval '1 hour' THEN
        RAISE EXCEPTION 'invalid lock_wait %', coalesce(lock_wait::text, 'null')
            USING ERRCODE = '22023',
                  DETAIL = 'The longest wait for the lock on campaign.messages, from 0 to 1 hour.';
    END IF;
    -- first pass: the expired ranges, and the counts campaign_progress keeps showing
    FOR range IN
        SELECT p.partition, p.first_campaign_id AS first, p.end_campaign_id AS "end",
               q.partition AS provider_partition
          FROM campaign.message_partitions p
          LEFT JOIN campaign.message_partitions q
            ON q.parent = 'campaign.provider_messages'::regclass
           AND q.first_campaign_id = p.first_campaign_id AND q.end_campaign_id = p.end_campaign_id
         WHERE p.parent = 'campaign.messages'::regclass
           AND EXISTS (SELECT FROM campaign.campaigns c
                        WHERE c.campaign_id >= p.first_campaign_id AND c.campaign_id < p.end_campaign_id
                          AND c.status IN ('sent', 'canceled', 'failed'))
           AND NOT EXISTS (
               SELECT FROM campaign.campaigns c JOIN campaign.sites s ON s.site_id = c.site_id
                WHERE c.campaign_id >= p.first_campaign_id AND c.campaign_id < p.end_campaign_id
                  AND (c.status IN ('scheduled', 'processing', 'sending') OR c.withdrawal_open
                       OR (c.status IN ('sent', 'canceled', 'failed')
                           AND coalesce(c.finished_at, campaign.now()) + s.message_retention > campaign.now())))
         ORDER BY p.first_campaign_id
    LOOP
        INSERT INTO campaign.dropped_message_counts
        SELECT x.campaign_id, min(x.site_id), campaign.now(),
               count(*) FILTER (WHERE x.status = 'sent'),
               count(*) FILTER (WHERE x.status = 'delivered'),
               count(*) FILTER (WHERE x.status = 'undelivered'),
               count(*) FILTER (WHERE x.status = 'skipped'),
               count(*) FILTER (WHERE x.status = 'canceled'),
               count(*) FILTER (WHERE x.status = 'failed'),
               coalesce((SELECT jsonb_object_agg(r.skip_reason, r.n)
                           FROM (SELECT y.skip_reason, count(*) AS n FROM campaign.messages y
                                  WHERE y.campaign_id = x.campaign_id AND y.skip_reason IS NOT NULL
                                  GROUP BY y.skip_reason) r), '{}'),
               percentile_cont(0.5) WITHIN GROUP (ORDER BY x.dispatched_at - x.send_at)
                   FILTER (WHERE x.dispatched_at IS NOT NULL),
               percentile_cont(0.95) WITHIN GROUP (ORDER BY x.dispatched_at - x.send_at)
                   FILTER (WHERE x.dispatched_at IS NOT NULL)
          FROM campaign.messages x
         WHERE x.campaign_id >= range.first AND x.campaign_id < range."end"
         GROUP BY x.campaign_id
        ON CONFLICT (campaign_id) DO NOTHING;
        SELECT count(DISTINCT x.campaign_id), count(*) INTO counted, total
          FROM campaign.messages x
         WHERE x.campaign_id >= range.first AND x.campaign_id < range."end";
        ranges := ranges || ARRAY[range.first, range."end"];
        partitions := partitions || ARRAY[range.partition::text, coalesce(range.provider_partition::text, '')];
        range_campaigns := range_campaigns || counted;
        range_messages := range_messages || total;
    END LOOP;

    -- second pass: the drops, under the lock they take, waiting at most
    -- lock_wait for it (0: not at all, NOWAIT; lock_timeout 0 would wait for ever)
    IF lock_wait > interval '0' THEN
        PERFORM set_config('lock_timeout', greatest(1, (extract(epoch FROM lock_wait) * 1000)::bigint)::text, true);
    END IF;
    FOR i IN 1 .. coalesce(array_length(range_campaigns, 1), 0) LOOP
        first_campaign_id := ranges[2 * i - 1];
        end_campaign_id := ranges[2 * i];
        campaigns := range_campaigns[i];
        messages := range_messages[i];
        BEGIN
            IF lock_wait = interval '0' THEN
                LOCK TABLE campaign.messages IN ACCESS EXCLUSIVE MODE NOWAIT;
            ELSE
                LOCK TABLE campaign.messages IN ACCESS EXCLUSIVE MODE;
            END IF;
            EXECUTE format('DROP TABLE %s', partitions[2 * i - 1]);
            IF partitions[2 * i] <> '' THEN
                EXECUTE format('DROP TABLE %s', partitions[2 * i]);
            END IF;
            dropped := true;
        EXCEPTION WHEN lock_not_available THEN
            DELETE FROM campaign.dropped_message_counts d
             WHERE d.campaign_id >= first_campaign_id AND d.campaign_id < end_campaign_id;
            dropped := false;
        END;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION campaign.drop_expired_messages(interval) IS
    'retention: drops the partitions of messages whose campaigns have all ended more than their site''s message_retention ago, keeping their counts in dropped_message_counts; waits at most lock_wait for the lock; run it in a transaction of its own';

CREATE FUNCTION campaign.describe_send_time(step_no smallint, send_mode text, local_send_at timestamp,
                                            late_policy text, zones text[], jurisdiction text,
                                            quiet_start time, quiet_end time,
                                            planned_at timestamptz, send_at timestamptz, skip_reason text,
                                            capped_by text)
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
            WHEN 'frequency_cap' THEN capped_by || ', and no time within 8 days of the planned time was allowed'
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
                 THEN coalesce(capped_by, campaign.send_time_reason(planned_at, zones, quiet_start, quiet_end, jurisdiction))
                      || ': moved to ' || to_char(send_at AT TIME ZONE zones[1], 'YYYY-MM-DD HH24:MI')
                      || ' ' || zones[1] END) END)
    $$;
COMMENT ON FUNCTION campaign.describe_send_time(smallint, text, timestamp, text, text[], text, time, time, timestamptz, timestamptz, text, text) IS
    'the words of explain_send_time for one message; capped_by names the frequency cap that moved or skipped it';

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

    -- its messages were dropped by retention: nothing is left to explain
    IF EXISTS (SELECT FROM campaign.dropped_message_counts d WHERE d.campaign_id = target.campaign_id) THEN
        RETURN;
    END IF;

    -- processed: what was decided, in words
    IF EXISTS (SELECT FROM campaign.messages m
                WHERE m.campaign_id = target.campaign_id AND m.subscriber_id = person.subscriber_id) THEN
        RETURN QUERY
            SELECT m.step_no, string_to_array(m.timezone, ','), m.jurisdiction, m.planned_at, m.send_at,
                   campaign.describe_send_time(m.step_no, target.send_mode, target.local_send_at,
                                               target.late_policy, string_to_array(m.timezone, ','),
                                               m.jurisdiction, quiet_start, quiet_end,
                                               m.planned_at, m.send_at, m.skip_reason, m.capped_by)
              FROM campaign.messages m
             WHERE m.campaign_id = target.campaign_id AND m.subscriber_id = person.subscriber_id
             ORDER BY m.step_no;
        RETURN;
    END IF;

    -- not processed yet: what processing would decide if it ran now, by the
    -- rules processing applies (src/subscriber_rules.c), in the same order
    zones := campaign.subscriber_timezones(person.timezone, person.phone, target.site_zone);
    region := campaign.subscriber_jurisdiction(person.region, person.phone, target.country);
    FOR step IN SELECT st.step_no, st.delay FROM campaign.campaign_steps st
                 WHERE st.campaign_id = target.campaign_id ORDER BY st.step_no LOOP
        IF step.step_no = 0 THEN
            planned := CASE WHEN target.send_mode = 'at_time' THEN coalesce(target.send_at, processing_at)
                            ELSE campaign.local_planned_at(target.local_send_at, zones[1], target.late_policy, processing_at) END;
            allowed := campaign.next_send_time(planned, zones, quiet_start, quiet_end, region);
            skip := campaign.first_step_skip_reason(person.status, planned, allowed, target.smart_sending,
                                                    person.last_message_at, target.smart_sending_window);
        ELSE
            planned := CASE WHEN skip IS NULL THEN campaign.add_delay(allowed, step.delay, zones[1]) END;
            allowed := campaign.next_send_time(planned, zones, quiet_start, quiet_end, region);
            skip := campaign.follow_up_skip_reason(skip, allowed);
        END IF;
        step_no := step.step_no;
        timezones := zones;
        jurisdiction := region;
        planned_at := planned;
        send_at := allowed;
        reason := 'preview: ' || campaign.describe_send_time(step.step_no, target.send_mode, target.local_send_at,
                                                             target.late_policy, zones, region, quiet_start,
                                                             quiet_end, planned, allowed, skip, NULL);
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION campaign.explain_send_time(bigint, bigint) IS
    'why each of the subscriber''s messages goes when it goes; before processing, a preview of what it would decide now';

-------------------------------------------------------------------------------
-- Many servers (docs/scale-out.md): the ids a shard generates carry its number
--
-- A deployment spreads sites over shards, each a database running this
-- extension, behind a proxy database (extension campaign_proxy). Every
-- campaign_id and message_id is (shard number << 48) + a counter, so that a
-- call naming only an id is routed to its shard without a lookup and ids never
-- collide across shards. A database never configured is shard 0: its ids
-- start at 1, as a single server's always did.
-------------------------------------------------------------------------------
CREATE TABLE campaign.shard_config (
    shard_no       integer NOT NULL
                   CONSTRAINT shard_config_shard_no_check CHECK (shard_no BETWEEN 0 AND 32767),
    configured_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
    single_row     boolean PRIMARY KEY DEFAULT true
                   CONSTRAINT shard_config_single_row_check CHECK (single_row)
);
COMMENT ON TABLE campaign.shard_config IS
    'the number of this shard, set by campaign.configure_shard(); no row: shard 0 (a single server)';
COMMENT ON COLUMN campaign.shard_config.shard_no IS
    'the high bits (id >> 48) of every campaign_id and message_id generated here';
COMMENT ON COLUMN campaign.shard_config.single_row IS
    'always true: the table holds one row at most';
SELECT pg_catalog.pg_extension_config_dump('campaign.shard_config', '');

CREATE FUNCTION campaign.shard_of(id bigint) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT (id >> 48)::integer $$;
COMMENT ON FUNCTION campaign.shard_of(bigint) IS
    'the shard that generated a campaign_id or message_id: its high bits (id >> 48)';

-- Superuser only: it moves the id sequences, which decides where every later
-- id of the database is routed. Refuses a range that ids already left behind,
-- so that two shards can never hand out the same id.
CREATE FUNCTION campaign.configure_shard(shard_no integer) RETURNS void
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    first_id bigint;
    last_id bigint;
    sequence_name text;
    used bigint;
BEGIN
    IF NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        RAISE EXCEPTION 'permission denied to configure the shard number'
            USING ERRCODE = '42501',
                  DETAIL = 'The shard number decides where every id generated here is routed.',
                  HINT = 'Run campaign.configure_shard() as a superuser.';
    END IF;
    IF shard_no IS NULL OR shard_no < 0 OR shard_no > 32767 THEN
        RAISE EXCEPTION 'invalid shard number %', coalesce(shard_no::text, 'null')
            USING ERRCODE = '22023',
                  DETAIL = 'A shard number is from 0 to 32767: the high bits of a 63-bit id.';
    END IF;
    first_id := (shard_no::bigint << 48) + 1;
    last_id := ((shard_no::bigint + 1) << 48) - 1;

    -- the highest id already taken, by either sequence or by a row written
    -- with its id (a restore, a copy), must lie in the shard's range
    FOREACH sequence_name IN ARRAY ARRAY['campaigns_campaign_id_seq', 'messages_message_id_seq'] LOOP
        SELECT greatest(s.last_value,
                        CASE sequence_name
                            WHEN 'campaigns_campaign_id_seq' THEN (SELECT max(c.campaign_id) FROM campaign.campaigns c)
                            ELSE (SELECT max(m.message_id) FROM campaign.messages m) END)
          INTO used
          FROM pg_catalog.pg_sequences s
         WHERE s.schemaname = 'campaign' AND s.sequencename = sequence_name;
        IF used IS NOT NULL AND (used < first_id OR used > last_id) THEN
            RAISE EXCEPTION 'cannot make this database shard %', shard_no
                USING ERRCODE = '55000',
                      DETAIL = pg_catalog.format('%s already generated id %s, which belongs to shard %s.',
                                                 sequence_name, used, used >> 48),
                      HINT = 'Configure a shard before it generates ids; a shard keeps its number for good.';
        END IF;
        IF used IS NULL THEN
            EXECUTE pg_catalog.format('ALTER SEQUENCE campaign.%I MINVALUE %s MAXVALUE %s START WITH %s RESTART WITH %s',
                                      sequence_name, first_id, last_id, first_id, first_id);
        ELSE
            EXECUTE pg_catalog.format('ALTER SEQUENCE campaign.%I MINVALUE %s MAXVALUE %s START WITH %s',
                                      sequence_name, first_id, last_id, first_id);
        END IF;
    END LOOP;

    INSERT INTO campaign.shard_config (shard_no) VALUES (configure_shard.shard_no)
        ON CONFLICT (single_row) DO UPDATE SET shard_no = EXCLUDED.shard_no, configured_at = EXCLUDED.configured_at;
END
$$;
COMMENT ON FUNCTION campaign.configure_shard(integer) IS
    'superuser: makes this database shard shard_no (0-32767): campaign and message ids are generated from shard_no << 48 on, and never past the shard''s range; refused (55000) once ids were generated in another shard''s range; idempotent, run it again after a restore';

-- Reference data is the same on every shard (docs/scale-out.md): the proxy
-- reads each shard's rows with reference_rows() to compare them, and sets
-- them everywhere with sync_reference_rows(). Both run as their caller: a
-- superuser or campaign_admin, who may write these tables anyway.
CREATE FUNCTION campaign.reference_rows(table_name text) RETURNS jsonb
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    target regclass;
    key_columns text;
    result jsonb;
BEGIN
    IF table_name IS NULL OR table_name NOT IN ('send_windows', 'closed_days', 'phone_prefixes', 'frequency_caps')
       OR pg_catalog.to_regclass('campaign.' || table_name) IS NULL THEN
        RAISE EXCEPTION 'invalid reference table %', coalesce(pg_catalog.quote_literal(table_name), 'null')
            USING ERRCODE = '22023',
                  DETAIL = 'The reference tables are send_windows, closed_days, phone_prefixes and frequency_caps.';
    END IF;
    target := pg_catalog.to_regclass('campaign.' || table_name);
    SELECT pg_catalog.string_agg(pg_catalog.format('t.%I', a.attname), ', ' ORDER BY k.ord)
      INTO key_columns
      FROM pg_catalog.pg_index i
     CROSS JOIN LATERAL pg_catalog.unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
     WHERE i.indrelid = target AND i.indisprimary;
    EXECUTE pg_catalog.format('SELECT coalesce(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(t) - ''shipped'' ORDER BY %s), ''[]'')'
                              ' FROM %s t', key_columns, target)
       INTO result;
    RETURN result;
END
$$;
COMMENT ON FUNCTION campaign.reference_rows(text) IS
    'the rows of a reference table (send_windows, closed_days, phone_prefixes, frequency_caps) as a jsonb array in key order, without the shipped flag: what the proxy compares across shards';

CREATE FUNCTION campaign.sync_reference_rows(table_name text, rows jsonb) RETURNS bigint
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    target regclass;
    keys text[];
    columns text[];
    deleted bigint;
    written bigint;
    identity record;
    refusal text;
BEGIN
    PERFORM campaign.reference_rows(table_name);   -- the same check of the name
    IF rows IS NULL OR pg_catalog.jsonb_typeof(rows) <> 'array'
       OR EXISTS (SELECT FROM pg_catalog.jsonb_array_elements(rows) r WHERE pg_catalog.jsonb_typeof(r) <> 'object') THEN
        RAISE EXCEPTION 'invalid reference rows'
            USING ERRCODE = '22023',
                  DETAIL = 'The rows are a jsonb array of objects, one per row, as campaign.reference_rows() returns them.';
    END IF;
    target := pg_catalog.to_regclass('campaign.' || table_name);
    SELECT pg_catalog.array_agg(pg_catalog.quote_ident(a.attname) ORDER BY k.ord)
      INTO keys
      FROM pg_catalog.pg_index i
     CROSS JOIN LATERAL pg_catalog.unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
     WHERE i.indrelid = target AND i.indisprimary;
    SELECT pg_catalog.array_agg(pg_catalog.quote_ident(a.attname) ORDER BY a.attnum)
      INTO columns
      FROM pg_catalog.pg_attribute a
     WHERE a.attrelid = target AND a.attnum > 0 AND NOT a.attisdropped AND a.attname <> 'shipped';

    -- the rows the set leaves out go (a shipped one is recorded as removed,
    -- as any delete of it is); the others are written where they differ, so
    -- that an unchanged shipped row stays shipped. A row the table refuses
    -- (a key or a column that may not be null, a check) is a bad value.
    BEGIN
        EXECUTE pg_catalog.format('DELETE FROM %s t WHERE NOT EXISTS (SELECT FROM pg_catalog.jsonb_populate_recordset(NULL::%s, $1) w'
                                  ' WHERE (%s) = (%s))', target, target,
                                  (SELECT pg_catalog.string_agg('w.' || k, ', ') FROM pg_catalog.unnest(keys) k),
                                  (SELECT pg_catalog.string_agg('t.' || k, ', ') FROM pg_catalog.unnest(keys) k))
            USING rows;
        GET DIAGNOSTICS deleted = ROW_COUNT;
        -- (an insert replaces the row of the same key: reference_row_write)
        EXECUTE pg_catalog.format('INSERT INTO %s AS t (%s) SELECT %s FROM pg_catalog.jsonb_populate_recordset(NULL::%s, $1) w'
                                  ' WHERE NOT EXISTS (SELECT FROM %s t WHERE (%s) = (%s) AND (%s) IS NOT DISTINCT FROM (%s))'
                                  ' ON CONFLICT (%s) DO UPDATE SET %s',
                                  target, pg_catalog.array_to_string(columns, ', '),
                                  (SELECT pg_catalog.string_agg('w.' || c, ', ') FROM pg_catalog.unnest(columns) c),
                                  target, target,
                                  (SELECT pg_catalog.string_agg('t.' || k, ', ') FROM pg_catalog.unnest(keys) k),
                                  (SELECT pg_catalog.string_agg('w.' || k, ', ') FROM pg_catalog.unnest(keys) k),
                                  (SELECT pg_catalog.string_agg('t.' || c, ', ') FROM pg_catalog.unnest(columns) c),
                                  (SELECT pg_catalog.string_agg('w.' || c, ', ') FROM pg_catalog.unnest(columns) c),
                                  pg_catalog.array_to_string(keys, ', '),
                                  (SELECT pg_catalog.string_agg(c || ' = EXCLUDED.' || c, ', ')
                                     FROM pg_catalog.unnest(columns) c WHERE c <> ALL (keys)))
            USING rows;
        GET DIAGNOSTICS written = ROW_COUNT;
    EXCEPTION WHEN integrity_constraint_violation THEN
        GET STACKED DIAGNOSTICS refusal = MESSAGE_TEXT;
        RAISE EXCEPTION 'invalid reference rows for campaign.%', table_name
            USING ERRCODE = '22023', DETAIL = refusal || '.';
    END;
    -- identity columns go on after the highest key written
    FOR identity IN
        SELECT a.attname FROM pg_catalog.pg_attribute a
         WHERE a.attrelid = target AND a.attidentity <> '' AND NOT a.attisdropped
    LOOP
        EXECUTE pg_catalog.format('SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence(%L, %L),'
                                  ' greatest((SELECT max(%I) FROM %s), 1))',
                                  target::text, identity.attname, identity.attname, target);
    END LOOP;
    RETURN deleted + written;
END
$$;
COMMENT ON FUNCTION campaign.sync_reference_rows(text, jsonb) IS
    'makes a reference table hold exactly the given rows (a jsonb array as campaign.reference_rows returns it): deletes the others, writes those that differ; returns the rows changed; idempotent';

-------------------------------------------------------------------------------
-- Tenants: row-level security by campaign.site_id for campaign_app
-------------------------------------------------------------------------------
DO $policies$
DECLARE
    table_name text;
BEGIN
    FOREACH table_name IN ARRAY ARRAY['sites', 'subscribers', 'campaigns', 'campaign_steps',
                                      'messages', 'status_history', 'subscriber_events', 'tick_errors',
                                      'dropped_message_counts']
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
-- pg_dump keeps user data (shipped reference rows are recreated by CREATE
-- EXTENSION; the user's edits and removals of them are dumped, see above)
-------------------------------------------------------------------------------
SELECT pg_catalog.pg_extension_config_dump('campaign.sites', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.subscribers', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.campaigns', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.campaigns_campaign_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.campaign_steps', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.messages_message_id_seq', '');
-- The partitions of messages and provider_messages are made at run time,
-- outside the extension: pg_dump dumps them, rows included, as the user's.
-- The queue and the leases go with them.
SELECT pg_catalog.pg_extension_config_dump('campaign.message_queue', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.claims', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.claims_claim_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.dropped_message_counts', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.status_history', '');
-- identity sequences too: restored rows keep their ids, and without the
-- sequence's position the next status change would reuse history_id 1
SELECT pg_catalog.pg_extension_config_dump('campaign.status_history_history_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.send_windows_send_window_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.subscriber_events', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.send_windows', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('campaign.phone_prefixes', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('campaign.closed_days', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('campaign.closed_days_closed_day_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.frequency_caps', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('campaign.frequency_caps_frequency_cap_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.removed_shipped_rows', '');

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
-- tick_errors says what tick saw: tick alone writes it
REVOKE INSERT, UPDATE, DELETE ON campaign.tick_errors FROM campaign_admin;
-- the shard number is campaign.configure_shard()'s alone
REVOKE INSERT, UPDATE, DELETE ON campaign.shard_config FROM campaign_admin;
-- the message store beside the record is the extension's bookkeeping
REVOKE INSERT, UPDATE, DELETE ON campaign.message_queue, campaign.claims,
    campaign.provider_messages, campaign.dropped_message_counts FROM campaign_admin;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA campaign TO campaign_admin;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA campaign TO campaign_admin;

-- ... but no role executes a trigger function. Firing a trigger does not
-- check EXECUTE, CREATE TRIGGER does: without it no role can attach one
-- (campaigns_record and subscribers_stop are SECURITY DEFINER) to a table of
-- its own. Each also refuses to fire on any table but its own (authority.c).
DO $trigger_functions$
DECLARE
    function_name name;
BEGIN
    FOR function_name IN
        SELECT p.proname FROM pg_catalog.pg_proc p
         WHERE p.pronamespace = 'campaign'::regnamespace
           AND p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype
    LOOP
        EXECUTE pg_catalog.format('REVOKE ALL ON FUNCTION campaign.%I() FROM PUBLIC, campaign_admin, '
                                  'campaign_app, campaign_dispatcher', function_name);
    END LOOP;
END
$trigger_functions$;

GRANT SELECT ON campaign.sites, campaign.send_windows, campaign.phone_prefixes, campaign.closed_days,
                campaign.frequency_caps TO campaign_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON campaign.subscribers, campaign.campaigns,
    campaign.campaign_steps, campaign.subscriber_events TO campaign_app;
GRANT SELECT ON campaign.messages, campaign.status_history, campaign.tick_errors,
    campaign.dropped_message_counts TO campaign_app;
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
    campaign.local_planned_at(timestamp, text, text, timestamptz), campaign.add_delay(timestamptz, interval, text),
    campaign.subscriber_timezones(text, text, text), campaign.subscriber_jurisdiction(text, text, text),
    campaign.first_step_skip_reason(text, timestamptz, timestamptz, boolean, timestamptz, interval),
    campaign.follow_up_skip_reason(text, timestamptz),
    campaign.describe_send_time(smallint, text, timestamp, text, text[], text, time, time,
                                timestamptz, timestamptz, text, text) TO campaign_app;

GRANT EXECUTE ON FUNCTION campaign.now(),
    campaign.claim_messages(integer, interval),
    campaign.mark_sent(bigint, text), campaign.mark_sent(bigint[], text[]),
    campaign.mark_failed(bigint, text, timestamptz),
    campaign.record_delivery(text, boolean, text) TO campaign_dispatcher;
