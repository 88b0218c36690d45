/*
 * campaign 0.1.0 -> 0.2.0: ALTER EXTENSION campaign UPDATE of a database
 * with live data.
 *
 * Ends with the objects a fresh CREATE EXTENSION campaign of 0.2.0 makes
 * (scripts/tests.d/upgrade compares the two, object by object and by
 * pg_dump), and keeps every row: campaigns in every status, their history,
 * and messages pending, dispatching or done. What changed is listed in
 * docs/changelog.md. The one rewrite is campaign.messages, which 0.2.0
 * partitions by ranges of campaign ids (docs/message-store.md): its rows are
 * copied into the new table, whose insert trigger gives the pending ones
 * their queue row, the dispatching ones a claim with their lease and the
 * sent ones their aggregator's id, as it does for any insert.
 *
 * Run it right after installing the 0.2.0 library: until then the 0.1.0
 * objects call a library that expects 0.2.0's (README, "Upgrade"). It takes
 * an ACCESS EXCLUSIVE lock on campaign.messages for the copy, so dispatchers
 * and tick wait for it.
 */
\echo Use "ALTER EXTENSION campaign UPDATE TO '0.2.0'" to load this file. \quit

-------------------------------------------------------------------------------
-- Roles: 0.2.0's CREATE EXTENSION reuses a role only when it bears this
-- mark. The roles 0.1.0 created get it, so that CREATE EXTENSION in another
-- database of the cluster, or after DROP EXTENSION, accepts them; a role
-- that is no longer a plain group role is left unmarked and will be refused.
-------------------------------------------------------------------------------
DO $roles$
DECLARE
    mark CONSTANT text := 'campaign extension role: CREATE EXTENSION campaign grants its privileges to this role';
    role_name text;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['campaign_admin', 'campaign_app', 'campaign_dispatcher']
    LOOP
        IF EXISTS (SELECT FROM pg_catalog.pg_roles r
                    WHERE r.rolname = role_name
                      AND NOT (r.rolcanlogin OR r.rolsuper OR r.rolbypassrls)
                      AND pg_catalog.shobj_description(r.oid, 'pg_authid') IS NULL) THEN
            EXECUTE pg_catalog.format('COMMENT ON ROLE %I IS %L', role_name, mark);
        END IF;
    END LOOP;
END
$roles$;

-------------------------------------------------------------------------------
-- Functions: every function of 0.2.0, new or changed. CREATE OR REPLACE
-- keeps the privileges of those 0.1.0 had (the grants below add the rest).
-------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION campaign.now() RETURNS timestamptz
    LANGUAGE c STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_now';

CREATE OR REPLACE FUNCTION campaign.is_valid_timezone(name text) RETURNS boolean
    LANGUAGE c STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_is_valid_timezone';

CREATE OR REPLACE FUNCTION campaign.is_valid_phone(phone text) RETURNS boolean
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_is_valid_phone';

CREATE OR REPLACE FUNCTION campaign.validate_site() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_validate_site';

CREATE OR REPLACE FUNCTION campaign.validate_subscriber() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_validate_subscriber';

CREATE OR REPLACE FUNCTION campaign.validate_send_window() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_validate_send_window';

CREATE OR REPLACE FUNCTION campaign.reference_table_changed() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_reference_table_changed';

CREATE OR REPLACE FUNCTION campaign.reference_row_write() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_reference_row_write';

CREATE OR REPLACE FUNCTION campaign.shipped_row_removed() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_shipped_row_removed';

CREATE OR REPLACE FUNCTION campaign.removed_shipped_row() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_removed_shipped_row';

CREATE OR REPLACE FUNCTION campaign.validate_closed_day() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_validate_closed_day';

CREATE FUNCTION campaign.validate_frequency_cap() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_validate_frequency_cap';

CREATE OR REPLACE FUNCTION campaign.campaigns_guard() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_campaigns_guard';

CREATE OR REPLACE FUNCTION campaign.campaigns_record() RETURNS trigger
    LANGUAGE c SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_campaigns_record';

CREATE OR REPLACE FUNCTION campaign.steps_guard() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_steps_guard';

CREATE OR REPLACE FUNCTION campaign.history_guard() RETURNS trigger
    LANGUAGE c
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_history_guard';

CREATE OR REPLACE FUNCTION campaign.messages_enqueue() RETURNS trigger
    LANGUAGE c SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_messages_enqueue';

CREATE OR REPLACE FUNCTION campaign.campaigns_partition() RETURNS trigger
    LANGUAGE c SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_campaigns_partition';

CREATE OR REPLACE FUNCTION campaign.activate(campaign_id bigint, send_at timestamptz DEFAULT NULL)
    RETURNS campaign.campaign_status
    LANGUAGE c VOLATILE
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_activate';

CREATE OR REPLACE FUNCTION campaign.cancel(campaign_id bigint,
                                OUT status campaign.campaign_status,
                                OUT messages_halted bigint)
    LANGUAGE c VOLATILE
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_cancel';

CREATE OR REPLACE FUNCTION campaign.duplicate(campaign_id bigint, name text DEFAULT NULL)
    RETURNS bigint
    LANGUAGE c VOLATILE
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_duplicate';

CREATE OR REPLACE FUNCTION campaign.next_send_time(planned timestamptz, timezone text,
                                        quiet_start time, quiet_end time,
                                        jurisdiction text DEFAULT NULL)
    RETURNS timestamptz
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_next_send_time';

CREATE OR REPLACE FUNCTION campaign.next_send_time(planned timestamptz, timezones text[],
                                        quiet_start time, quiet_end time,
                                        jurisdiction text DEFAULT NULL)
    RETURNS timestamptz
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_next_send_time_zones';

CREATE OR REPLACE FUNCTION campaign.send_time_reason(planned timestamptz, timezones text[],
                                          quiet_start time, quiet_end time,
                                          jurisdiction text DEFAULT NULL)
    RETURNS text
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_send_time_reason';

CREATE OR REPLACE FUNCTION campaign.phone_timezones(phone text) RETURNS text[]
    LANGUAGE c STABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_phone_timezones';

CREATE OR REPLACE FUNCTION campaign.phone_region(phone text) RETURNS text
    LANGUAGE c STABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_phone_region';

CREATE OR REPLACE FUNCTION campaign.local_planned_at(local_send_at timestamp, zone text,
                                          late_policy text, processing_at timestamptz)
    RETURNS timestamptz
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_local_planned_at';

CREATE FUNCTION campaign.add_delay(instant timestamptz, delay interval, timezone text)
    RETURNS timestamptz
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_add_delay';

CREATE OR REPLACE FUNCTION campaign.subscriber_timezones(timezone text, phone text, site_timezone text)
    RETURNS text[]
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_subscriber_timezones';

CREATE OR REPLACE FUNCTION campaign.subscriber_jurisdiction(region text, phone text, site_country text)
    RETURNS text
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_subscriber_jurisdiction';

CREATE OR REPLACE FUNCTION campaign.first_step_skip_reason(subscriber_status text, planned_at timestamptz,
                                                send_at timestamptz, smart_sending boolean,
                                                last_message_at timestamptz,
                                                smart_sending_window interval)
    RETURNS text
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_first_step_skip_reason';

CREATE OR REPLACE FUNCTION campaign.follow_up_skip_reason(previous_skip_reason text, send_at timestamptz)
    RETURNS text
    LANGUAGE c IMMUTABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'campaign_follow_up_skip_reason';

CREATE OR REPLACE FUNCTION campaign.tick(batch_size integer DEFAULT 10000,
                              OUT campaigns_started integer,
                              OUT campaigns_failed integer,
                              OUT subscribers_processed bigint,
                              OUT campaigns_finished integer)
    LANGUAGE c VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_tick';

CREATE OR REPLACE FUNCTION campaign.claim_messages(max_messages integer DEFAULT 100,
                                        lease interval DEFAULT '30 seconds')
    RETURNS TABLE (message_id bigint, campaign_id bigint, site_id bigint,
                   subscriber_id bigint, phone text, body text, send_at timestamptz)
    LANGUAGE c VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_claim_messages';

CREATE OR REPLACE FUNCTION campaign.mark_sent(message_id bigint, provider_message_id text DEFAULT NULL)
    RETURNS void
    LANGUAGE c VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_mark_sent';

CREATE OR REPLACE FUNCTION campaign.mark_sent(message_ids bigint[], provider_message_ids text[] DEFAULT NULL)
    RETURNS void
    LANGUAGE c VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_mark_sent_batch';

CREATE OR REPLACE FUNCTION campaign.mark_failed(message_id bigint, error text, retry_at timestamptz DEFAULT NULL)
    RETURNS void
    LANGUAGE c VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_mark_failed';

CREATE OR REPLACE FUNCTION campaign.record_delivery(provider_message_id text, delivered boolean, error text DEFAULT NULL)
    RETURNS void
    LANGUAGE c VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_record_delivery';

CREATE OR REPLACE FUNCTION campaign.unsubscribe(site_id bigint, subscriber_id bigint)
    RETURNS void
    LANGUAGE c VOLATILE
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_unsubscribe';

CREATE OR REPLACE FUNCTION campaign.subscribers_stop() RETURNS trigger
    LANGUAGE c SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_subscribers_stop';

CREATE OR REPLACE FUNCTION campaign.record_event(site_id bigint, subscriber_id bigint, event text,
                                      occurred_at timestamptz DEFAULT NULL)
    RETURNS void
    LANGUAGE c VOLATILE
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'campaign_record_event';

CREATE OR REPLACE FUNCTION campaign.drop_expired_messages(lock_wait interval DEFAULT '2 seconds')
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

-- 0.2.0 passes the frequency cap that moved a message
DROP FUNCTION campaign.describe_send_time(smallint, text, timestamp, text, text[], text, time, time,
                                          timestamptz, timestamptz, text);
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

CREATE OR REPLACE FUNCTION campaign.explain_send_time(campaign_id bigint, subscriber_id bigint)
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

-------------------------------------------------------------------------------
-- New columns, indexes and triggers of the tables 0.1.0 had. A column added
-- with a constant default rewrites no row.
-------------------------------------------------------------------------------
ALTER TABLE campaign.sites ADD COLUMN message_retention interval NOT NULL DEFAULT '90 days';
ALTER TABLE campaign.sites
    ADD COLUMN frequency_cap integer
        CONSTRAINT sites_frequency_cap_check CHECK (frequency_cap >= 1),
    ADD COLUMN frequency_cap_period interval
        CONSTRAINT sites_frequency_cap_period_check
        CHECK (frequency_cap_period > '0' AND frequency_cap_period <= '366 days'),
    ADD CONSTRAINT sites_frequency_cap_pair_check CHECK ((frequency_cap IS NULL) = (frequency_cap_period IS NULL));

-- 0.2.0 fires the subscriber check only for the columns it checks
DROP TRIGGER subscribers_validate ON campaign.subscribers;
CREATE TRIGGER subscribers_validate
    BEFORE INSERT OR UPDATE OF phone, timezone, region, status ON campaign.subscribers
    FOR EACH ROW EXECUTE FUNCTION campaign.validate_subscriber();

-- 0.1.0's cancel and failure withdrew every pending message at once: no
-- campaign has a withdrawal left open
ALTER TABLE campaign.campaigns ADD COLUMN withdrawal_open boolean NOT NULL DEFAULT false;
CREATE INDEX campaigns_withdrawal_open_idx ON campaign.campaigns (campaign_id)
    WHERE withdrawal_open;

-------------------------------------------------------------------------------
-- The message store. The 0.1.0 table is renamed out of the way, the
-- partitioned record and the relations beside it are made, every range of
-- the existing campaigns gets its partitions, the rows are copied through
-- the new table's insert trigger, and the old table is dropped (with its
-- indexes, its foreign key to campaigns and its policies).
-------------------------------------------------------------------------------
ALTER TABLE campaign.messages RENAME TO messages_0_1_0;
-- the sequence goes on with the new table: message ids are kept and go on
ALTER SEQUENCE campaign.messages_message_id_seq OWNED BY NONE;

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

CREATE TABLE campaign.message_queue (
    message_id     bigint PRIMARY KEY,
    site_id        bigint NOT NULL,
    campaign_id    bigint NOT NULL,
    subscriber_id  bigint NOT NULL,
    step_no        smallint NOT NULL,
    send_at        timestamptz
);
CREATE INDEX message_queue_due_idx ON campaign.message_queue (send_at);
ALTER TABLE campaign.message_queue SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
CREATE INDEX message_queue_campaign_idx ON campaign.message_queue (campaign_id);

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

CREATE TABLE campaign.provider_messages (
    provider_message_id  text NOT NULL,
    message_id           bigint NOT NULL,
    campaign_id          bigint NOT NULL,
    site_id              bigint NOT NULL
) PARTITION BY RANGE (campaign_id);

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

CREATE TRIGGER messages_enqueue
    AFTER INSERT ON campaign.messages
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION campaign.messages_enqueue();

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

-- The ranges of the existing campaigns: a range starts at a campaign and
-- holds the campaigns created within seven days of it (about a week, as the
-- ranges 0.2.0 makes for new campaigns), the last one ends after the newest
-- campaign; new campaigns get their ranges from campaigns_partition. Each
-- partition is made as src/message_store.c makes it, and is then taken out
-- of the extension: partitions are the user's data, which pg_dump dumps
-- with their rows (an extension's own tables are not dumped).
DO $partitions$
DECLARE
    existing record;
    range_first bigint;
    range_first_created timestamptz;
    range_last bigint;
    bounds bigint[] := '{}';
    partition_name text;
BEGIN
    FOR existing IN SELECT c.campaign_id, c.created_at FROM campaign.campaigns c ORDER BY c.campaign_id
    LOOP
        IF range_first IS NULL THEN
            range_first := existing.campaign_id;
            range_first_created := existing.created_at;
        ELSIF existing.created_at >= range_first_created + interval '7 days' THEN
            bounds := bounds || ARRAY[range_first, existing.campaign_id];
            range_first := existing.campaign_id;
            range_first_created := existing.created_at;
        END IF;
        range_last := existing.campaign_id;
    END LOOP;
    IF range_first IS NOT NULL THEN
        bounds := bounds || ARRAY[range_first, range_last + 1];
    END IF;

    FOR i IN 1 .. coalesce(pg_catalog.array_length(bounds, 1), 0) / 2
    LOOP
        partition_name := pg_catalog.format('messages_c%s_%s', bounds[2 * i - 1], bounds[2 * i]);
        EXECUTE pg_catalog.format('CREATE TABLE campaign.%I (LIKE campaign.messages INCLUDING DEFAULTS INCLUDING CONSTRAINTS,'
                                  ' PRIMARY KEY (message_id), UNIQUE (campaign_id, subscriber_id, step_no))'
                                  ' WITH (fillfactor = 70)', partition_name);
        EXECUTE pg_catalog.format('CREATE INDEX ON campaign.%I (site_id, subscriber_id)', partition_name);
        EXECUTE pg_catalog.format('ALTER TABLE campaign.messages ATTACH PARTITION campaign.%I FOR VALUES FROM (%s) TO (%s)',
                                  partition_name, bounds[2 * i - 1], bounds[2 * i]);
        EXECUTE pg_catalog.format('COMMENT ON TABLE campaign.%I IS %L', partition_name,
                                  pg_catalog.format('the rows of campaign.messages for the campaigns from %s to %s; dropped whole by retention',
                                                    bounds[2 * i - 1], bounds[2 * i] - 1));
        EXECUTE pg_catalog.format('ALTER EXTENSION campaign DROP TABLE campaign.%I', partition_name);

        partition_name := pg_catalog.format('provider_messages_c%s_%s', bounds[2 * i - 1], bounds[2 * i]);
        EXECUTE pg_catalog.format('CREATE TABLE campaign.%I (LIKE campaign.provider_messages INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                                  partition_name);
        EXECUTE pg_catalog.format('CREATE INDEX ON campaign.%I (provider_message_id)', partition_name);
        EXECUTE pg_catalog.format('ALTER TABLE campaign.provider_messages ATTACH PARTITION campaign.%I FOR VALUES FROM (%s) TO (%s)',
                                  partition_name, bounds[2 * i - 1], bounds[2 * i]);
        EXECUTE pg_catalog.format('COMMENT ON TABLE campaign.%I IS %L', partition_name,
                                  pg_catalog.format('the rows of campaign.provider_messages for the campaigns from %s to %s; dropped whole by retention',
                                                    bounds[2 * i - 1], bounds[2 * i] - 1));
        EXECUTE pg_catalog.format('ALTER EXTENSION campaign DROP TABLE campaign.%I', partition_name);
    END LOOP;
END
$partitions$;

-- Every message, as it was: messages_enqueue queues the pending ones, gives
-- the dispatching ones a claim per lease (claimed at their dispatched_at,
-- running out at their lease_expires_at) and the sent ones their
-- aggregator's id.
INSERT INTO campaign.messages (message_id, site_id, campaign_id, subscriber_id, step_no, status, timezone,
                               jurisdiction, planned_at, send_at, skip_reason, attempts, dispatched_at,
                               lease_expires_at, provider_message_id, delivered_at, error)
SELECT message_id, site_id, campaign_id, subscriber_id, step_no, status, timezone,
       jurisdiction, planned_at, send_at, skip_reason, attempts, dispatched_at,
       lease_expires_at, provider_message_id, delivered_at, error
  FROM campaign.messages_0_1_0
 ORDER BY message_id;

-- campaign_progress reads the new table (and the counts retention keeps)
CREATE OR REPLACE VIEW campaign.campaign_progress WITH (security_invoker = true) AS
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

ALTER EXTENSION campaign DROP TABLE campaign.messages_0_1_0;
DROP TABLE campaign.messages_0_1_0;

-------------------------------------------------------------------------------
-- New tables: tick's errors, the removals of shipped rows, closed days,
-- frequency caps
-------------------------------------------------------------------------------
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

CREATE TABLE campaign.removed_shipped_rows (
    table_name   text NOT NULL
                 CONSTRAINT removed_shipped_rows_table_name_check CHECK (table_name IN ('send_windows', 'phone_prefixes', 'closed_days', 'frequency_caps')),
    key          text NOT NULL,
    removed_at   timestamptz NOT NULL DEFAULT campaign.now(),
    PRIMARY KEY (table_name, key)
);

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

CREATE TRIGGER closed_days_validate
    BEFORE INSERT OR UPDATE ON campaign.closed_days
    FOR EACH ROW EXECUTE FUNCTION campaign.validate_closed_day();
CREATE TRIGGER closed_days_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON campaign.closed_days
    FOR EACH STATEMENT EXECUTE FUNCTION campaign.reference_table_changed();
ALTER TABLE campaign.closed_days ENABLE ALWAYS TRIGGER closed_days_changed;

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

CREATE TRIGGER frequency_caps_validate
    BEFORE INSERT OR UPDATE ON campaign.frequency_caps
    FOR EACH ROW EXECUTE FUNCTION campaign.validate_frequency_cap();
CREATE TRIGGER frequency_caps_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON campaign.frequency_caps
    FOR EACH STATEMENT EXECUTE FUNCTION campaign.reference_table_changed();
ALTER TABLE campaign.frequency_caps ENABLE ALWAYS TRIGGER frequency_caps_changed;

-------------------------------------------------------------------------------
-- Shipped reference rows. 0.1.0 kept shipped = true on a shipped row the
-- user edited, so a shipped row that differs from what 0.1.0 shipped is the
-- user's now (shipped = false: pg_dump keeps it), and a row 0.1.0 shipped
-- that is missing was removed by the user: 0.2.0 does not ship it again and
-- records the removal (campaign.removed_shipped_rows), as it does for
-- removals from now on. Rows the user inserted are kept as they are. The
-- rows still as 0.1.0 shipped them become 0.2.0's. Done before the
-- triggers that keep shipped rows exist, which would take these writes for
-- the user's.
-------------------------------------------------------------------------------

-- send_windows: 0.2.0 ships the 19 rows of 0.1.0 unchanged (send_window_id
-- 1 to 19) and adds those of the closed-day jurisdictions.
WITH shipped_0_1_0 (send_window_id, jurisdiction, dow, allowed_start, allowed_end, source) AS (VALUES
    (1, 'US',    NULL::smallint, '08:00'::time, '21:00'::time, '47 CFR 64.1200(c)(1)'),
    (2, 'US-FL', NULL, '08:00', '20:00', 'Fla. Stat. 501.616(6)(a)'),
    (3, 'US-OK', NULL, '08:00', '20:00', 'Oklahoma Telephone Solicitation Act of 2022'),
    (4, 'US-MD', NULL, '08:00', '20:00', 'Maryland Stop the Spam Calls Act, 2024'),
    (5, 'US-WA', NULL, '08:00', '20:00', 'RCW 19.158.040(2)'),
    (6, 'US-TX', 0,    '12:00', '21:00', 'Tex. Bus. & Com. Code 301.051 (Sunday)'),
    (7, 'US-TX', 1,    '09:00', '21:00', 'Tex. Bus. & Com. Code 301.051'),
    (8, 'US-TX', 2,    '09:00', '21:00', 'Tex. Bus. & Com. Code 301.051'),
    (9, 'US-TX', 3,    '09:00', '21:00', 'Tex. Bus. & Com. Code 301.051'),
    (10, 'US-TX', 4,    '09:00', '21:00', 'Tex. Bus. & Com. Code 301.051'),
    (11, 'US-TX', 5,    '09:00', '21:00', 'Tex. Bus. & Com. Code 301.051'),
    (12, 'US-TX', 6,    '09:00', '21:00', 'Tex. Bus. & Com. Code 301.051'),
    (13, 'US-LA', 0,    NULL,    NULL,    'Louisiana Telephone Solicitation Relief Act, La. R.S. 45:844.11 et seq. (no sending on Sunday)'),
    (14, 'US-LA', 1,    '08:00', '20:00', 'Louisiana Telephone Solicitation Relief Act, La. R.S. 45:844.11 et seq.'),
    (15, 'US-LA', 2,    '08:00', '20:00', 'Louisiana Telephone Solicitation Relief Act, La. R.S. 45:844.11 et seq.'),
    (16, 'US-LA', 3,    '08:00', '20:00', 'Louisiana Telephone Solicitation Relief Act, La. R.S. 45:844.11 et seq.'),
    (17, 'US-LA', 4,    '08:00', '20:00', 'Louisiana Telephone Solicitation Relief Act, La. R.S. 45:844.11 et seq.'),
    (18, 'US-LA', 5,    '08:00', '20:00', 'Louisiana Telephone Solicitation Relief Act, La. R.S. 45:844.11 et seq.'),
    (19, 'US-LA', 6,    '08:00', '20:00', 'Louisiana Telephone Solicitation Relief Act, La. R.S. 45:844.11 et seq.')),
edited AS (
    UPDATE campaign.send_windows w SET shipped = false
      FROM shipped_0_1_0 o
     WHERE w.send_window_id = o.send_window_id AND w.shipped
       AND (w.jurisdiction, w.dow, w.allowed_start, w.allowed_end, w.source)
           IS DISTINCT FROM (o.jurisdiction, o.dow, o.allowed_start, o.allowed_end, o.source))
INSERT INTO campaign.removed_shipped_rows (table_name, key)
SELECT 'send_windows', o.send_window_id::text
  FROM shipped_0_1_0 o
 WHERE NOT EXISTS (SELECT FROM campaign.send_windows w WHERE w.send_window_id = o.send_window_id);

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

-- phone_prefixes: regenerated for every calling code (docs/send-time.md).
-- One row per prefix of either version: whether 0.1.0 shipped it and how,
-- whether 0.2.0 ships it and how.
CREATE TABLE campaign.phone_prefixes_0_1_0_to_0_2_0 (
    prefix text PRIMARY KEY,
    in_0_1_0 boolean NOT NULL, timezones_0_1_0 text[], region_0_1_0 text,
    in_0_2_0 boolean NOT NULL, timezones_0_2_0 text[], region_0_2_0 text
);
INSERT INTO campaign.phone_prefixes_0_1_0_to_0_2_0 VALUES
    ('1201', true, '{America/New_York}', 'US', true, '{America/New_York}', 'US'),
    ('1202', true, '{America/New_York}', 'US-DC', true, '{America/New_York}', 'US-DC'),
    ('1203', true, '{America/New_York}', 'US-CT', true, '{America/New_York}', 'US-CT'),
    ('1204', true, '{America/Winnipeg}', 'CA-MB', true, '{America/Winnipeg}', 'CA-MB'),
    ('1205', true, '{America/Chicago}', 'US-AL', true, '{America/Chicago}', 'US-AL'),
    ('1206', true, '{America/Los_Angeles}', 'US-WA', true, '{America/Los_Angeles}', 'US-WA'),
    ('1207', true, '{America/New_York}', 'US-ME', true, '{America/New_York}', 'US-ME'),
    ('1208', true, '{America/Boise,America/Denver,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Denver,America/Los_Angeles}', 'US-ID'),
    ('12082', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208201', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208215', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208221', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208226', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208227', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208228', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('120823', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208241', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208242', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208245', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208249', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208250', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208251', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208253', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208254', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208255', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208258', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208262', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208263', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208265', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208267', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208278', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('120828', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208290', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208292', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208297', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('12083', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('120830', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208304', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208305', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('120831', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208320', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208325', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208328', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208329', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208330', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208332', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208335', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208341', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208347', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208348', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208349', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208355', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208358', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208361', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208363', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208364', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208368', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208369', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208370', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208372', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208374', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208379', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208380', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208386', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208387', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208393', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208394', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208395', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208396', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208399', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208400', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208401', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208402', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208403', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208404', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208405', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208406', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208407', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208408', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208409', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('120841', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208412', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208414', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208419', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('120842', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208421', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208427', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208428', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208430', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208431', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208432', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208433', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208434', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208435', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208436', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208437', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208438', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208439', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208440', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208441', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208442', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208443', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208444', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208445', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208446', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208447', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208448', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208449', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208450', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208451', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208452', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208453', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208454', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208455', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208456', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208457', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208458', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208459', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('120846', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208460', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208464', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208469', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208470', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208471', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208472', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208473', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208474', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208475', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208476', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208477', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208478', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208479', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('120848', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208484', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208489', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('120849', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208495', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('12085', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208505', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208514', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208515', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('120852', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208535', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208536', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208538', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208539', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208542', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208543', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208546', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208547', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208549', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208552', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208556', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208557', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208558', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208559', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208562', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208569', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208570', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208571', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208573', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208577', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208578', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208585', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208587', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208588', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208589', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208595', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208596', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('12086', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208602', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208608', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208610', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208622', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208623', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208624', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208625', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208628', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208629', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208631', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208634', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208637', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208639', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208640', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208642', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208651', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208652', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208656', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208658', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208659', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('120866', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208672', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208676', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208677', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208678', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208681', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208682', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208683', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208684', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208686', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208687', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208691', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208695', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208697', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208699', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208700', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208701', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208702', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208703', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208704', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208705', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208706', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208707', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208708', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208709', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('120871', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208713', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208716', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('120872', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208721', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208723', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208728', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208729', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('120873', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208730', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208738', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208739', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('120874', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208743', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208745', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208746', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('120875', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208755', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208756', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208760', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208761', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208762', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208763', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208764', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208765', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208766', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208767', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208768', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208769', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('120877', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208772', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208773', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208777', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208780', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208781', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208782', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208783', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208784', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208785', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208786', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208787', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208788', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208789', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('120879', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208791', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208794', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208798', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208799', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('120880', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('120881', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208814', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208818', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208819', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('120882', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('120883', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208830', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208835', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208837', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('120884', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208841', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208843', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208846', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208847', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('120885', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208851', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208856', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208857', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208858', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('120886', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208862', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208864', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208865', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208868', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208870', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208871', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208872', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208873', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208874', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208875', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208876', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208877', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208878', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208879', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('120888', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208882', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208883', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208885', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208889', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('120889', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208892', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208893', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208894', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208897', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('12089', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1208901', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208904', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208906', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208908', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208917', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208918', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208921', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208922', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208926', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208928', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208934', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208935', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208936', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208938', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208939', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208941', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208944', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208946', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208947', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208949', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208954', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208955', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208962', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208964', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208983', true, '{America/Los_Angeles}', 'US-ID', true, '{America/Los_Angeles}', 'US-ID'),
    ('1208989', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208991', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208994', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208995', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1208996', true, '{America/Denver}', 'US-ID', true, '{America/Denver}', 'US-ID'),
    ('1209', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1210', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1212', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1213', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1214', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1215', true, '{America/New_York}', 'US-PA', true, '{America/New_York}', 'US-PA'),
    ('1216', true, '{America/New_York}', 'US-OH', true, '{America/New_York}', 'US-OH'),
    ('1217', true, '{America/Chicago}', 'US-IL', true, '{America/Chicago}', 'US-IL'),
    ('1218', true, '{America/Chicago}', 'US-MN', true, '{America/Chicago}', 'US-MN'),
    ('1219', true, '{America/New_York}', 'US-IN', true, '{America/New_York}', 'US-IN'),
    ('1219226', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219227', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219242', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219261', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219263', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219285', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219286', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219299', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219322', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219324', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219325', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219326', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219345', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219362', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219365', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219369', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219374', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219392', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219393', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219395', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219397', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219398', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219427', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219440', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219462', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219464', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219465', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219472', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219473', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219474', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219476', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219477', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219513', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219531', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219548', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219558', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219595', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219659', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219661', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219662', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219663', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219690', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219696', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219707', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219728', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219733', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219736', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219738', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219755', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219756', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219757', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219759', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219762', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219763', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219764', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219766', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219769', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219778', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219779', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219785', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219787', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219791', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219803', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219836', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219838', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219844', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219845', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219852', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219853', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219864', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219865', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219866', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219872', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219873', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219874', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219878', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219879', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('121988', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('121992', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('121993', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('121994', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219956', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219962', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219963', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219972', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219977', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219980', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219983', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219987', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219989', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1219996', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1220', true, '{America/New_York}', 'US-OH', true, '{America/New_York}', 'US-OH'),
    ('1223', true, '{America/New_York}', 'US-PA', true, '{America/New_York}', 'US-PA'),
    ('1224', true, '{America/Chicago}', 'US-IL', true, '{America/Chicago}', 'US-IL'),
    ('1225', true, '{America/Chicago}', 'US-LA', true, '{America/Chicago}', 'US-LA'),
    ('1226', true, '{America/Toronto}', 'CA-ON', true, '{America/Toronto}', 'CA-ON'),
    ('1228', true, '{America/Chicago}', 'US-MS', true, '{America/Chicago}', 'US-MS'),
    ('1229', true, '{America/New_York}', 'US-GA', true, '{America/New_York}', 'US-GA'),
    ('1231', true, '{America/New_York}', 'US-MI', true, '{America/New_York}', 'US-MI'),
    ('1234', true, '{America/New_York}', 'US-OH', true, '{America/New_York}', 'US-OH'),
    ('1236', true, '{America/Vancouver}', 'CA-BC', true, '{America/Vancouver}', 'CA-BC'),
    ('1239', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1240', true, '{America/New_York}', 'US-MD', true, '{America/New_York}', 'US-MD'),
    ('1242', true, '{America/Nassau}', 'BS', true, '{America/Nassau}', 'BS'),
    ('1246', true, '{America/Barbados}', 'BB', true, '{America/Barbados}', 'BB'),
    ('1248', true, '{America/New_York}', 'US-MI', true, '{America/New_York}', 'US-MI'),
    ('1249', true, '{America/Toronto}', 'CA-ON', true, '{America/Toronto}', 'CA-ON'),
    ('1250', true, '{America/Vancouver}', 'CA-BC', true, '{America/Vancouver}', 'CA-BC'),
    ('1250242', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250261', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250262', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250263', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250341', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250342', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250344', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250347', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250417', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250423', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250425', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250426', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250427', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250428', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250489', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250719', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250774', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250782', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250784', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250785', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250787', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1250788', true, '{America/Edmonton}', 'CA-BC', true, '{America/Edmonton}', 'CA-BC'),
    ('1251', true, '{America/Chicago}', 'US-AL', true, '{America/Chicago}', 'US-AL'),
    ('1252', true, '{America/New_York}', 'US-NC', true, '{America/New_York}', 'US-NC'),
    ('1253', true, '{America/Los_Angeles}', 'US-WA', true, '{America/Los_Angeles}', 'US-WA'),
    ('1254', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1256', true, '{America/Chicago}', 'US-AL', true, '{America/Chicago}', 'US-AL'),
    ('1260', true, '{America/New_York}', 'US-IN', true, '{America/New_York}', 'US-IN'),
    ('1262', true, '{America/Chicago}', 'US-WI', true, '{America/Chicago}', 'US-WI'),
    ('1263', true, '{America/Toronto}', 'CA-QC', true, '{America/Toronto}', 'CA-QC'),
    ('1264', true, '{America/Anguilla}', 'AI', true, '{America/Anguilla}', 'AI'),
    ('1267', true, '{America/New_York}', 'US-PA', true, '{America/New_York}', 'US-PA'),
    ('1268', true, '{America/Antigua}', 'AG', true, '{America/Antigua}', 'AG'),
    ('1269', true, '{America/New_York}', 'US-MI', true, '{America/New_York}', 'US-MI'),
    ('1270', true, '{America/New_York}', 'US-KY', true, '{America/New_York}', 'US-KY'),
    ('1270202', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270230', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270236', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270237', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270240', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270242', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270247', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270251', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270259', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270265', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270273', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270274', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270282', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270298', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270333', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270335', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270338', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270343', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270354', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270362', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270365', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270384', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270388', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270389', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270393', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270395', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270415', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270432', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270439', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270441', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270442', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270443', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270444', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270462', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270472', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270483', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270487', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270495', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270522', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270524', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270526', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270527', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270528', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270534', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270535', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270538', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270542', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270547', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270554', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270563', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270575', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270586', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270597', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270598', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270618', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270622', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270628', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270629', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270639', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270640', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270646', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270651', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270653', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270659', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270665', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270667', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270678', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('127068', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270691', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270707', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270725', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270726', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270745', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270746', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270753', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270754', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270755', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270756', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270759', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270761', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270762', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270767', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270773', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270780', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270781', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270782', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270783', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270786', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270792', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270793', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270796', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270797', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270798', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270821', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270824', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270825', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270826', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270827', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270830', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270831', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270842', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270843', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270846', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270852', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270864', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270866', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270879', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270881', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270885', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270886', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270887', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270889', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270898', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270901', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270904', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270924', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270926', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270927', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270928', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270929', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270932', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270965', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1270988', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1272', true, '{America/New_York}', 'US-PA', true, '{America/New_York}', 'US-PA'),
    ('1276', true, '{America/New_York}', 'US-VA', true, '{America/New_York}', 'US-VA'),
    ('1279', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1281', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1283', true, '{America/New_York}', 'US-OH', true, '{America/New_York}', 'US-OH'),
    ('1284', true, '{America/Tortola}', 'VG', true, '{America/Tortola}', 'VG'),
    ('1289', true, '{America/Toronto}', 'CA-ON', true, '{America/Toronto}', 'CA-ON'),
    ('1301', true, '{America/New_York}', 'US-MD', true, '{America/New_York}', 'US-MD'),
    ('1302', true, '{America/New_York}', 'US-DE', true, '{America/New_York}', 'US-DE'),
    ('1303', true, '{America/Denver}', 'US-CO', true, '{America/Denver}', 'US-CO'),
    ('1304', true, '{America/New_York}', 'US-WV', true, '{America/New_York}', 'US-WV'),
    ('1305', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1306', true, '{America/Regina}', 'CA-SK', true, '{America/Regina}', 'CA-SK'),
    ('1307', true, '{America/Denver}', 'US-WY', true, '{America/Denver}', 'US-WY'),
    ('1308', true, '{America/Chicago}', 'US-NE', true, '{America/Chicago}', 'US-NE'),
    ('1308235', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('130824', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308254', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308262', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308282', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308284', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308327', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308352', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308394', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308423', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308432', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308436', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308546', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308623', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308630', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308632', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308633', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308635', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308665', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308762', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308772', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308874', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1308882', true, '{America/Denver}', 'US-NE', true, '{America/Denver}', 'US-NE'),
    ('1309', true, '{America/Chicago}', 'US-IL', true, '{America/Chicago}', 'US-IL'),
    ('1310', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('13102', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('13103', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('13104', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('13105', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('13106', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('13107', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('13108', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('13109', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1312', true, '{America/Chicago}', 'US-IL', true, '{America/Chicago}', 'US-IL'),
    ('1313', true, '{America/New_York}', 'US-MI', true, '{America/New_York}', 'US-MI'),
    ('1314', true, '{America/Chicago}', 'US-MO', true, '{America/Chicago}', 'US-MO'),
    ('1315', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1316', true, '{America/Chicago}', 'US-KS', true, '{America/Chicago}', 'US-KS'),
    ('1317', true, '{America/New_York}', 'US-IN', true, '{America/New_York}', 'US-IN'),
    ('1318', true, '{America/Chicago}', 'US-LA', true, '{America/Chicago}', 'US-LA'),
    ('1319', true, '{America/Chicago}', 'US-IA', true, '{America/Chicago}', 'US-IA'),
    ('1320', true, '{America/Chicago}', 'US-MN', true, '{America/Chicago}', 'US-MN'),
    ('1321', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1323', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1325', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1326', true, '{America/New_York}', 'US-OH', true, '{America/New_York}', 'US-OH'),
    ('1330', true, '{America/New_York}', 'US-OH', true, '{America/New_York}', 'US-OH'),
    ('1331', true, '{America/Chicago}', 'US-IL', true, '{America/Chicago}', 'US-IL'),
    ('1332', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1334', true, '{America/Chicago}', 'US-AL', true, '{America/Chicago}', 'US-AL'),
    ('1336', true, '{America/New_York}', 'US-NC', true, '{America/New_York}', 'US-NC'),
    ('1337', true, '{America/Chicago}', 'US-LA', true, '{America/Chicago}', 'US-LA'),
    ('1339', true, '{America/New_York}', 'US-MA', true, '{America/New_York}', 'US-MA'),
    ('1340', true, '{America/St_Thomas}', 'US-VI', true, '{America/St_Thomas}', 'US-VI'),
    ('1341', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1343', true, '{America/Toronto}', 'CA-ON', true, '{America/Toronto}', 'CA-ON'),
    ('1345', true, '{America/Cayman}', 'KY', true, '{America/Cayman}', 'KY'),
    ('1346', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1347', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1351', true, '{America/New_York}', 'US-MA', true, '{America/New_York}', 'US-MA'),
    ('1352', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1360', true, '{America/Los_Angeles}', 'US-WA', true, '{America/Los_Angeles}', 'US-WA'),
    ('1361', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1364', true, '{America/New_York}', 'US-KY', true, '{America/New_York}', 'US-KY'),
    ('1365', true, '{America/Toronto}', 'CA-ON', true, '{America/Toronto}', 'CA-ON'),
    ('1367', true, '{America/Toronto}', 'CA-QC', true, '{America/Toronto}', 'CA-QC'),
    ('1368', true, '{America/Edmonton}', 'CA-AB', true, '{America/Edmonton}', 'CA-AB'),
    ('1380', true, '{America/New_York}', 'US-OH', true, '{America/New_York}', 'US-OH'),
    ('1385', true, '{America/Denver}', 'US-UT', true, '{America/Denver}', 'US-UT'),
    ('1386', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1401', true, '{America/New_York}', 'US-RI', true, '{America/New_York}', 'US-RI'),
    ('1402', true, '{America/Chicago}', 'US-NE', true, '{America/Chicago}', 'US-NE'),
    ('1403', true, '{America/Edmonton}', 'CA-AB', true, '{America/Edmonton}', 'CA-AB'),
    ('1404', true, '{America/New_York}', 'US-GA', true, '{America/New_York}', 'US-GA'),
    ('1405', true, '{America/Chicago}', 'US-OK', true, '{America/Chicago}', 'US-OK'),
    ('1406', true, '{America/Denver}', 'US-MT', true, '{America/Denver}', 'US-MT'),
    ('1407', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1408', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1409', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1410', true, '{America/New_York}', 'US-MD', true, '{America/New_York}', 'US-MD'),
    ('1412', true, '{America/New_York}', 'US-PA', true, '{America/New_York}', 'US-PA'),
    ('1413', true, '{America/New_York}', 'US-MA', true, '{America/New_York}', 'US-MA'),
    ('1414', true, '{America/Chicago}', 'US-WI', true, '{America/Chicago}', 'US-WI'),
    ('1415', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1416', true, '{America/Toronto}', 'CA-ON', true, '{America/Toronto}', 'CA-ON'),
    ('1417', true, '{America/Chicago}', 'US-MO', true, '{America/Chicago}', 'US-MO'),
    ('1418', true, '{America/Toronto}', 'CA-QC', true, '{America/Toronto}', 'CA-QC'),
    ('1418937', true, '{America/Halifax}', 'CA-QC', true, '{America/Halifax}', 'CA-QC'),
    ('1418986', true, '{America/Halifax}', 'CA-QC', true, '{America/Halifax}', 'CA-QC'),
    ('1419', true, '{America/New_York}', 'US-OH', true, '{America/New_York}', 'US-OH'),
    ('1423', true, '{America/Chicago}', 'US-TN', true, '{America/Chicago}', 'US-TN'),
    ('1423202', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423209', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423217', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423218', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423224', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('142323', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423245', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423246', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423247', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423253', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423254', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423257', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423262', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423263', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423265', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423266', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423267', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423272', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423278', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423279', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423282', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423283', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423286', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423288', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423296', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423305', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423307', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423317', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423318', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423323', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423328', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('142333', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423343', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423344', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423345', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423346', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423349', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423357', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423365', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423378', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423391', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423392', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423396', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423402', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423421', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423422', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423424', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423425', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423431', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423434', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423439', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423442', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423443', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423451', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423453', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423467', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423468', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('142347', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423485', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423487', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('142349', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423503', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423507', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423508', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423510', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423521', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423525', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423531', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423538', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423542', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423543', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423547', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423553', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423559', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423562', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423566', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423569', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423570', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423573', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423578', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423581', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423585', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423586', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423587', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423595', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423602', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423610', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423613', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423614', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('142362', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423631', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423634', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423636', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423638', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423639', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423643', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423648', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423652', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423663', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423664', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423667', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423697', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423698', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423702', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423708', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423710', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423722', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423725', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423727', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423728', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423733', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423735', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423743', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423744', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423745', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423746', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423752', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423753', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423756', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423757', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423760', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423764', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423765', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423768', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423772', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423775', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423778', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423784', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423787', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423788', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423790', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423794', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423798', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423800', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423802', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423803', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423805', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423821', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423822', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423825', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423826', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423839', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423842', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423843', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423844', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423847', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423854', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423855', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423857', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423867', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423869', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423870', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423875', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423876', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423877', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423878', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423884', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423886', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423892', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423893', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423894', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423899', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423907', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423913', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423915', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423921', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423926', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423928', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423929', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423933', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423952', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423954', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423968', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423975', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423979', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1423989', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1424', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1425', true, '{America/Los_Angeles}', 'US-WA', true, '{America/Los_Angeles}', 'US-WA'),
    ('1430', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1431', true, '{America/Winnipeg}', 'CA-MB', true, '{America/Winnipeg}', 'CA-MB'),
    ('1432', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1434', true, '{America/New_York}', 'US-VA', true, '{America/New_York}', 'US-VA'),
    ('1435', true, '{America/Denver}', 'US-UT', true, '{America/Denver}', 'US-UT'),
    ('1437', true, '{America/Winnipeg}', 'CA-ON', true, '{America/Winnipeg}', 'CA-ON'),
    ('1438', true, '{America/Toronto}', 'CA-QC', true, '{America/Toronto}', 'CA-QC'),
    ('1440', true, '{America/New_York}', 'US-OH', true, '{America/New_York}', 'US-OH'),
    ('1441', true, '{Atlantic/Bermuda}', 'BM', true, '{Atlantic/Bermuda}', 'BM'),
    ('1442', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1443', true, '{America/New_York}', 'US-MD', true, '{America/New_York}', 'US-MD'),
    ('1445', true, '{America/New_York}', NULL, true, '{America/New_York}', NULL),
    ('1447', true, '{America/Chicago}', 'US-IL', true, '{America/Chicago}', 'US-IL'),
    ('1448', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1450', true, '{America/Toronto}', 'CA-QC', true, '{America/Toronto}', 'CA-QC'),
    ('1458', true, '{America/Los_Angeles}', 'US-OR', true, '{America/Los_Angeles}', 'US-OR'),
    ('1463', true, '{America/New_York}', 'US-IN', true, '{America/New_York}', 'US-IN'),
    ('1464', true, '{America/Chicago}', 'US-IL', true, '{America/Chicago}', 'US-IL'),
    ('1468', true, '{America/Toronto}', 'CA-QC', true, '{America/Toronto}', 'CA-QC'),
    ('1469', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1470', true, '{America/New_York}', 'US-GA', true, '{America/New_York}', 'US-GA'),
    ('1473', true, '{America/Grenada}', 'GD', true, '{America/Grenada}', 'GD'),
    ('1474', true, '{America/Winnipeg}', 'CA-SK', true, '{America/Winnipeg}', 'CA-SK'),
    ('1475', true, '{America/New_York}', 'US-CT', true, '{America/New_York}', 'US-CT'),
    ('1478', true, '{America/New_York}', 'US-GA', true, '{America/New_York}', 'US-GA'),
    ('1479', true, '{America/Chicago}', 'US-AR', true, '{America/Chicago}', 'US-AR'),
    ('1480', true, '{America/Denver,America/Phoenix}', 'US-AZ', true, '{America/Denver,America/Phoenix}', 'US-AZ'),
    ('1484', true, '{America/New_York}', 'US-PA', true, '{America/New_York}', 'US-PA'),
    ('1501', true, '{America/Chicago}', 'US-AR', true, '{America/Chicago}', 'US-AR'),
    ('1502', true, '{America/New_York}', 'US-KY', true, '{America/New_York}', 'US-KY'),
    ('1503', true, '{America/Los_Angeles}', 'US-OR', true, '{America/Los_Angeles}', 'US-OR'),
    ('1504', true, '{America/Chicago}', 'US-LA', true, '{America/Chicago}', 'US-LA'),
    ('1505', true, '{America/Denver}', 'US-NM', true, '{America/Denver}', 'US-NM'),
    ('1506', true, '{America/Halifax}', 'CA-NB', true, '{America/Halifax}', 'CA-NB'),
    ('1507', true, '{America/Chicago}', 'US-MN', true, '{America/Chicago}', 'US-MN'),
    ('1508', true, '{America/New_York}', 'US-MA', true, '{America/New_York}', 'US-MA'),
    ('1509', true, '{America/Los_Angeles}', 'US-WA', true, '{America/Los_Angeles}', 'US-WA'),
    ('1510', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1512', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1513', true, '{America/New_York}', 'US-OH', true, '{America/New_York}', 'US-OH'),
    ('1514', true, '{America/Toronto}', 'CA-QC', true, '{America/Toronto}', 'CA-QC'),
    ('1515', true, '{America/Chicago}', 'US-IA', true, '{America/Chicago}', 'US-IA'),
    ('1516', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1517', true, '{America/New_York}', 'US-MI', true, '{America/New_York}', 'US-MI'),
    ('1518', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1519', true, '{America/Toronto}', 'CA-ON', true, '{America/Toronto}', 'CA-ON'),
    ('1520', true, '{America/Denver,America/Phoenix}', 'US-AZ', true, '{America/Denver,America/Phoenix}', 'US-AZ'),
    ('1530', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1531', true, '{America/Chicago}', 'US-NE', true, '{America/Chicago}', 'US-NE'),
    ('1534', true, '{America/Chicago}', 'US-WI', true, '{America/Chicago}', 'US-WI'),
    ('1539', true, '{America/Chicago}', 'US-OK', true, '{America/Chicago}', 'US-OK'),
    ('1540', true, '{America/New_York}', 'US-VA', true, '{America/New_York}', 'US-VA'),
    ('1541', true, '{America/Los_Angeles}', 'US-OR', true, '{America/Los_Angeles}', 'US-OR'),
    ('1541372', true, '{America/Denver}', 'US-OR', true, '{America/Denver}', 'US-OR'),
    ('1541473', true, '{America/Denver}', 'US-OR', true, '{America/Denver}', 'US-OR'),
    ('1541881', true, '{America/Denver}', 'US-OR', true, '{America/Denver}', 'US-OR'),
    ('1541889', true, '{America/Denver}', 'US-OR', true, '{America/Denver}', 'US-OR'),
    ('1548', true, '{America/Toronto}', 'CA-ON', true, '{America/Toronto}', 'CA-ON'),
    ('1551', true, '{America/New_York}', 'US-NJ', true, '{America/New_York}', 'US-NJ'),
    ('1559', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1561', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1562', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1563', true, '{America/Chicago}', 'US-IA', true, '{America/Chicago}', 'US-IA'),
    ('1564', true, '{America/Los_Angeles}', 'US-WA', true, '{America/Los_Angeles}', 'US-WA'),
    ('1567', true, '{America/New_York}', 'US-OH', true, '{America/New_York}', 'US-OH'),
    ('1570', true, '{America/New_York}', 'US-PA', true, '{America/New_York}', 'US-PA'),
    ('1571', true, '{America/New_York}', 'US-VA', true, '{America/New_York}', 'US-VA'),
    ('1572', true, '{America/Chicago}', 'US-OK', true, '{America/Chicago}', 'US-OK'),
    ('1573', true, '{America/Chicago}', 'US-MO', true, '{America/Chicago}', 'US-MO'),
    ('1574', true, '{America/New_York}', 'US-IN', true, '{America/New_York}', 'US-IN'),
    ('1574772', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1574896', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1575', true, '{America/Denver}', 'US-NM', true, '{America/Denver}', 'US-NM'),
    ('1579', true, '{America/Toronto}', 'CA-QC', true, '{America/Toronto}', 'CA-QC'),
    ('1580', true, '{America/Chicago}', 'US-OK', true, '{America/Chicago}', 'US-OK'),
    ('1581', true, '{America/Toronto}', 'CA-QC', true, '{America/Toronto}', 'CA-QC'),
    ('1582', true, '{America/New_York}', 'US-PA', true, '{America/New_York}', 'US-PA'),
    ('1584', true, '{America/Winnipeg}', 'CA-MB', true, '{America/Winnipeg}', 'CA-MB'),
    ('1585', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1586', true, '{America/New_York}', 'US-MI', true, '{America/New_York}', 'US-MI'),
    ('1587', true, '{America/Edmonton}', 'CA-AB', true, '{America/Edmonton}', 'CA-AB'),
    ('1601', true, '{America/Chicago}', 'US-MS', true, '{America/Chicago}', 'US-MS'),
    ('1602', true, '{America/Denver,America/Phoenix}', 'US-AZ', true, '{America/Denver,America/Phoenix}', 'US-AZ'),
    ('1603', true, '{America/New_York}', 'US-NH', true, '{America/New_York}', 'US-NH'),
    ('1604', true, '{America/Vancouver}', 'CA-BC', true, '{America/Vancouver}', 'CA-BC'),
    ('1605', true, '{America/Denver,America/North_Dakota/Center}', 'US-SD', true, '{America/Denver,America/North_Dakota/Center}', 'US-SD'),
    ('1605201', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605209', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605217', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605221', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605223', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605224', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605225', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605226', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605229', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605232', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605234', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605255', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605256', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605260', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605261', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605262', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605271', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605274', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605275', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605279', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605284', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605297', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605310', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605312', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605321', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605322', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605323', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605328', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('160533', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605341', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605342', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605343', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605345', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605347', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605348', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('160535', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605355', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('160536', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605370', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605371', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605373', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605374', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605376', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605381', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605384', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605387', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605388', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605390', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605391', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605393', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605394', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605397', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605399', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605415', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605425', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605426', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605428', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605430', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605431', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605432', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605448', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605455', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605472', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605484', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605487', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605498', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605528', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605532', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605539', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605543', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605553', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605574', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605578', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605582', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605584', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605589', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605593', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605594', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605598', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605610', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605622', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605624', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605626', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605627', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605641', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605642', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605644', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605647', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605649', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605665', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605666', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605668', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605669', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605673', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605677', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605685', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('160569', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605716', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605717', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605718', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605719', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605720', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605721', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605722', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605723', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605724', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605725', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605728', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605734', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605743', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605745', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605747', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605753', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605755', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605759', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605763', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605765', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605772', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605773', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605775', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605778', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605787', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605791', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605796', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605823', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605835', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605837', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605842', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605845', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605852', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605853', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605854', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605856', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605859', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605867', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605874', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605878', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605881', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605882', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605886', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605892', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605923', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605925', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605928', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605929', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605940', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605941', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605945', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605946', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605951', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605964', true, '{America/Denver}', 'US-SD', true, '{America/Denver}', 'US-SD'),
    ('1605977', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605983', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605987', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605988', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605990', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605995', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605996', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1605997', true, '{America/Chicago}', 'US-SD', true, '{America/Chicago}', 'US-SD'),
    ('1606', true, '{America/New_York}', 'US-KY', true, '{America/New_York}', 'US-KY'),
    ('1606387', true, '{America/Chicago}', 'US-KY', true, '{America/Chicago}', 'US-KY'),
    ('1607', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1608', true, '{America/Chicago}', 'US-WI', true, '{America/Chicago}', 'US-WI'),
    ('1609', true, '{America/New_York}', 'US-NJ', true, '{America/New_York}', 'US-NJ'),
    ('1610', true, '{America/New_York}', 'US-PA', true, '{America/New_York}', 'US-PA'),
    ('1612', true, '{America/Chicago}', 'US-MN', true, '{America/Chicago}', 'US-MN'),
    ('1613', true, '{America/Toronto}', 'CA-ON', true, '{America/Toronto}', 'CA-ON'),
    ('1614', true, '{America/New_York}', 'US-OH', true, '{America/New_York}', 'US-OH'),
    ('1615', true, '{America/Chicago}', 'US-TN', true, '{America/Chicago}', 'US-TN'),
    ('1616', true, '{America/New_York}', 'US-MI', true, '{America/New_York}', 'US-MI'),
    ('1617', true, '{America/New_York}', 'US-MA', true, '{America/New_York}', 'US-MA'),
    ('1618', true, '{America/Chicago}', 'US-IL', true, '{America/Chicago}', 'US-IL'),
    ('1619', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1620', true, '{America/Chicago}', 'US-KS', true, '{America/Chicago}', 'US-KS'),
    ('1620376', true, '{America/Denver}', 'US-KS', true, '{America/Denver}', 'US-KS'),
    ('1620384', true, '{America/Denver}', 'US-KS', true, '{America/Denver}', 'US-KS'),
    ('1623', true, '{America/Phoenix}', 'US-AZ', true, '{America/Phoenix}', 'US-AZ'),
    ('1626', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1628', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1629', true, '{America/Chicago}', 'US-TN', true, '{America/Chicago}', 'US-TN'),
    ('1630', true, '{America/Chicago}', 'US-IL', true, '{America/Chicago}', 'US-IL'),
    ('1631', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1636', true, '{America/Chicago}', 'US-MO', true, '{America/Chicago}', 'US-MO'),
    ('1639', true, '{America/Regina}', 'CA-SK', true, '{America/Regina}', 'CA-SK'),
    ('1640', true, '{America/New_York}', 'US-NJ', true, '{America/New_York}', 'US-NJ'),
    ('1641', true, '{America/Chicago}', 'US-IA', true, '{America/Chicago}', 'US-IA'),
    ('1646', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1647', true, '{America/Toronto}', 'CA-ON', true, '{America/Toronto}', 'CA-ON'),
    ('1649', true, '{America/Grand_Turk}', 'TC', true, '{America/Grand_Turk}', 'TC'),
    ('1650', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1651', true, '{America/Chicago}', 'US-MN', true, '{America/Chicago}', 'US-MN'),
    ('1656', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1657', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1658', true, '{America/Jamaica}', 'JM', true, '{America/Jamaica}', 'JM'),
    ('1659', true, '{America/Chicago}', 'US-AL', true, '{America/Chicago}', 'US-AL'),
    ('1660', true, '{America/Chicago}', 'US-MO', true, '{America/Chicago}', 'US-MO'),
    ('1661', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1662', true, '{America/Chicago}', 'US-MS', true, '{America/Chicago}', 'US-MS'),
    ('1664', true, '{America/Montserrat}', 'MS', true, '{America/Montserrat}', 'MS'),
    ('1667', true, '{America/New_York}', 'US-MD', true, '{America/New_York}', 'US-MD'),
    ('1669', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1670', true, '{Pacific/Saipan}', 'US-MP', true, '{Pacific/Saipan}', 'US-MP'),
    ('1671', true, '{Pacific/Guam}', 'US-GU', true, '{Pacific/Guam}', 'US-GU'),
    ('1672', true, '{America/Vancouver}', 'CA-BC', true, '{America/Vancouver}', 'CA-BC'),
    ('1678', true, '{America/New_York}', 'US-GA', true, '{America/New_York}', 'US-GA'),
    ('1680', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1681', true, '{America/New_York}', 'US-WV', true, '{America/New_York}', 'US-WV'),
    ('1682', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1684', true, '{Pacific/Pago_Pago}', 'US-AS', true, '{Pacific/Pago_Pago}', 'US-AS'),
    ('1689', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1701', true, '{America/Denver,America/North_Dakota/Center}', 'US-ND', true, '{America/Denver,America/North_Dakota/Center}', 'US-ND'),
    ('1701200', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701205', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701212', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701214', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('170122', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701225', true, '{America/Denver}', 'US-ND', true, '{America/Denver}', 'US-ND'),
    ('1701227', true, '{America/Denver}', 'US-ND', true, '{America/Denver}', 'US-ND'),
    ('170123', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701241', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701242', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('170125', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701261', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701265', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701271', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701277', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701280', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701281', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701282', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701284', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701288', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701290', true, '{America/Denver}', 'US-ND', true, '{America/Denver}', 'US-ND'),
    ('1701293', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701297', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701298', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701306', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701323', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701324', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701328', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701343', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701347', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701349', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701352', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701355', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701356', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701361', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701364', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701365', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701367', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701371', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701373', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701385', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701388', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701390', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701391', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701400', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701425', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701426', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701428', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701437', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701444', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701446', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701448', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701452', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701454', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701456', true, '{America/Denver}', 'US-ND', true, '{America/Denver}', 'US-ND'),
    ('1701462', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701463', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701471', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701476', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701477', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701478', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701483', true, '{America/Denver}', 'US-ND', true, '{America/Denver}', 'US-ND'),
    ('1701492', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701499', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701523', true, '{America/Denver}', 'US-ND', true, '{America/Denver}', 'US-ND'),
    ('1701527', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701530', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701532', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701540', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701549', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701566', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701567', true, '{America/Denver}', 'US-ND', true, '{America/Denver}', 'US-ND'),
    ('1701572', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701575', true, '{America/Denver}', 'US-ND', true, '{America/Denver}', 'US-ND'),
    ('1701577', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701584', true, '{America/Denver}', 'US-ND', true, '{America/Denver}', 'US-ND'),
    ('1701595', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701609', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701623', true, '{America/Denver}', 'US-ND', true, '{America/Denver}', 'US-ND'),
    ('1701627', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701628', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701636', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701642', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701652', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701662', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701663', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701664', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701667', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701683', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701724', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701730', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701738', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701739', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701742', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701746', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701748', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701751', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701754', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701756', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701757', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701764', true, '{America/Denver}', 'US-ND', true, '{America/Denver}', 'US-ND'),
    ('1701766', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701772', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701774', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701775', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701776', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701777', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701780', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701786', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701787', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701788', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701793', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701795', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701797', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701799', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701824', true, '{America/Denver}', 'US-ND', true, '{America/Denver}', 'US-ND'),
    ('1701833', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701837', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701838', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701839', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701842', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701843', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701845', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701852', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701854', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701857', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701858', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701866', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701872', true, '{America/Denver}', 'US-ND', true, '{America/Denver}', 'US-ND'),
    ('1701873', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701883', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701893', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701947', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701952', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701965', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1701968', true, '{America/Chicago}', 'US-ND', true, '{America/Chicago}', 'US-ND'),
    ('1702', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1703', true, '{America/New_York}', 'US-VA', true, '{America/New_York}', 'US-VA'),
    ('1704', true, '{America/New_York}', 'US-NC', true, '{America/New_York}', 'US-NC'),
    ('1705', true, '{America/Toronto}', 'CA-ON', true, '{America/Toronto}', 'CA-ON'),
    ('1706', true, '{America/New_York}', 'US-GA', true, '{America/New_York}', 'US-GA'),
    ('1707', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1708', true, '{America/Chicago}', 'US-IL', true, '{America/Chicago}', 'US-IL'),
    ('1709', true, '{America/Puerto_Rico,America/St_Johns}', 'CA-NL', true, '{America/Puerto_Rico,America/St_Johns}', 'CA-NL'),
    ('1709227', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709229', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709237', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709256', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709257', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709279', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709282', true, '{America/Halifax}', 'CA-NL', true, '{America/Halifax}', 'CA-NL'),
    ('1709364', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709368', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709437', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709454', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709458', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709466', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709468', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709489', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709533', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709535', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709576', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709579', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709596', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709634', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709635', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709637', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709639', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709643', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709651', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709673', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709682', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709685', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709687', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709695', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709722', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709726', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709729', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709738', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709739', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709745', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709747', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709753', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709754', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709757', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709758', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709759', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709782', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709786', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709832', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709834', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709884', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709895', true, '{America/St_Johns}', 'CA-NL', true, '{America/St_Johns}', 'CA-NL'),
    ('1709896', true, '{America/Halifax}', 'CA-NL', true, '{America/Halifax}', 'CA-NL'),
    ('1709944', true, '{America/Halifax}', 'CA-NL', true, '{America/Halifax}', 'CA-NL'),
    ('1712', true, '{America/Chicago}', 'US-IA', true, '{America/Chicago}', 'US-IA'),
    ('1713', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1714', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1715', true, '{America/Chicago}', 'US-WI', true, '{America/Chicago}', 'US-WI'),
    ('1716', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1717', true, '{America/New_York}', 'US-PA', true, '{America/New_York}', 'US-PA'),
    ('1718', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1719', true, '{America/Denver}', 'US-CO', true, '{America/Denver}', 'US-CO'),
    ('1720', true, '{America/Denver}', 'US-CO', true, '{America/Denver}', 'US-CO'),
    ('1721', true, '{America/Lower_Princes}', 'SX', true, '{America/Lower_Princes}', 'SX'),
    ('1724', true, '{America/New_York}', 'US-PA', true, '{America/New_York}', 'US-PA'),
    ('1725', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1726', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1727', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1731', true, '{America/Chicago}', 'US-TN', true, '{America/Chicago}', 'US-TN'),
    ('1732', true, '{America/New_York}', 'US-NJ', true, '{America/New_York}', 'US-NJ'),
    ('1734', true, '{America/New_York}', 'US-MI', true, '{America/New_York}', 'US-MI'),
    ('1737', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1740', true, '{America/New_York}', 'US-OH', true, '{America/New_York}', 'US-OH'),
    ('1742', true, '{America/Toronto}', 'CA-ON', true, '{America/Toronto}', 'CA-ON'),
    ('1743', true, '{America/New_York}', 'US-NC', true, '{America/New_York}', 'US-NC'),
    ('1747', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1753', true, '{America/Toronto}', 'CA-ON', true, '{America/Toronto}', 'CA-ON'),
    ('1754', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1757', true, '{America/New_York}', 'US-VA', true, '{America/New_York}', 'US-VA'),
    ('1758', true, '{America/St_Lucia}', 'LC', true, '{America/St_Lucia}', 'LC'),
    ('1760', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1762', true, '{America/New_York}', 'US-GA', true, '{America/New_York}', 'US-GA'),
    ('1763', true, '{America/Chicago}', 'US-MN', true, '{America/Chicago}', 'US-MN'),
    ('1765', true, '{America/New_York}', 'US-IN', true, '{America/New_York}', 'US-IN'),
    ('1767', true, '{America/Dominica}', 'DM', true, '{America/Dominica}', 'DM'),
    ('1769', true, '{America/Chicago}', 'US-MS', true, '{America/Chicago}', 'US-MS'),
    ('1770', true, '{America/New_York}', 'US-GA', true, '{America/New_York}', 'US-GA'),
    ('1771', true, '{America/New_York}', 'US-DC', true, '{America/New_York}', 'US-DC'),
    ('1772', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1773', true, '{America/Chicago}', 'US-IL', true, '{America/Chicago}', 'US-IL'),
    ('1774', true, '{America/New_York}', 'US-MA', true, '{America/New_York}', 'US-MA'),
    ('1775', true, '{America/Boise,America/Los_Angeles}', 'US-NV', true, '{America/Boise,America/Los_Angeles}', 'US-NV'),
    ('1775200', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775230', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775232', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775233', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775237', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775240', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775246', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775250', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775265', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775267', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775273', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775284', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775287', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775289', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775298', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775313', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('177532', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('177533', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775345', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775348', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('177535', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775360', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775376', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775384', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775391', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775392', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775423', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775424', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775425', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775428', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775432', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775445', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775450', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775453', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775461', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775463', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775470', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775473', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775482', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775525', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775537', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775544', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775575', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775577', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775586', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775588', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775622', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775623', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775624', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775625', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775626', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775635', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775636', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775657', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775664', true, '{America/Denver}', 'US-NV', true, '{America/Denver}', 'US-NV'),
    ('1775673', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775674', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775677', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775684', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775686', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775687', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775688', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775689', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775720', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775721', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775722', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775726', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775727', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775737', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775738', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775742', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775746', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775747', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775750', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775751', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775752', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775753', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775762', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775770', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775771', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775772', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775777', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775778', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775782', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775783', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775784', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775786', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775787', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775800', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('177582', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775830', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775831', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775832', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775833', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775835', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775841', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775843', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775847', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775849', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('177585', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775867', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775870', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('177588', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775945', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775971', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775972', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1775982', true, '{America/Los_Angeles}', 'US-NV', true, '{America/Los_Angeles}', 'US-NV'),
    ('1778', true, '{America/Vancouver}', 'CA-BC', true, '{America/Vancouver}', 'CA-BC'),
    ('1779', true, '{America/Chicago}', 'US-IL', true, '{America/Chicago}', 'US-IL'),
    ('1780', true, '{America/Edmonton}', 'CA-AB', true, '{America/Edmonton}', 'CA-AB'),
    ('1781', true, '{America/New_York}', 'US-MA', true, '{America/New_York}', 'US-MA'),
    ('1782', true, '{America/Halifax}', 'CA', true, '{America/Halifax}', 'CA'),
    ('1784', true, '{America/St_Vincent}', 'VC', true, '{America/St_Vincent}', 'VC'),
    ('1785', true, '{America/Chicago}', 'US-KS', true, '{America/Chicago}', 'US-KS'),
    ('1785852', true, '{America/Denver}', 'US-KS', true, '{America/Denver}', 'US-KS'),
    ('1785890', true, '{America/Denver}', 'US-KS', true, '{America/Denver}', 'US-KS'),
    ('1785899', true, '{America/Denver}', 'US-KS', true, '{America/Denver}', 'US-KS'),
    ('1786', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1787', true, '{America/Puerto_Rico}', 'US-PR', true, '{America/Puerto_Rico}', 'US-PR'),
    ('1801', true, '{America/Denver}', 'US-UT', true, '{America/Denver}', 'US-UT'),
    ('1802', true, '{America/New_York}', 'US-VT', true, '{America/New_York}', 'US-VT'),
    ('1803', true, '{America/New_York}', 'US-SC', true, '{America/New_York}', 'US-SC'),
    ('1804', true, '{America/New_York}', 'US-VA', true, '{America/New_York}', 'US-VA'),
    ('1805', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1806', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1807', true, '{America/Toronto}', 'CA-ON', true, '{America/Toronto}', 'CA-ON'),
    ('1807223', true, '{America/Winnipeg}', 'CA-ON', true, '{America/Winnipeg}', 'CA-ON'),
    ('1807274', true, '{America/Winnipeg}', 'CA-ON', true, '{America/Winnipeg}', 'CA-ON'),
    ('1807467', true, '{America/Winnipeg}', 'CA-ON', true, '{America/Winnipeg}', 'CA-ON'),
    ('1807468', true, '{America/Winnipeg}', 'CA-ON', true, '{America/Winnipeg}', 'CA-ON'),
    ('1807482', true, '{America/Winnipeg}', 'CA-ON', true, '{America/Winnipeg}', 'CA-ON'),
    ('1807548', true, '{America/Winnipeg}', 'CA-ON', true, '{America/Winnipeg}', 'CA-ON'),
    ('1807727', true, '{America/Winnipeg}', 'CA-ON', true, '{America/Winnipeg}', 'CA-ON'),
    ('1807737', true, '{America/Winnipeg}', 'CA-ON', true, '{America/Winnipeg}', 'CA-ON'),
    ('1807934', true, '{America/Winnipeg}', 'CA-ON', true, '{America/Winnipeg}', 'CA-ON'),
    ('1808', true, '{Pacific/Honolulu}', 'US-HI', true, '{Pacific/Honolulu}', 'US-HI'),
    ('1809', true, '{America/Santo_Domingo}', 'DO', true, '{America/Santo_Domingo}', 'DO'),
    ('1810', true, '{America/New_York}', 'US-MI', true, '{America/New_York}', 'US-MI'),
    ('1812', true, '{America/New_York}', 'US-IN', true, '{America/New_York}', 'US-IN'),
    ('1812385', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812386', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812401', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812402', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('181242', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812435', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812437', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812450', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812464', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('181247', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812485', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812490', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812491', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812547', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812618', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812649', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812682', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812749', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812753', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812768', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812838', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812842', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812853', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812858', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812867', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812874', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812897', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812925', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812937', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812962', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812963', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1812985', true, '{America/Chicago}', 'US-IN', true, '{America/Chicago}', 'US-IN'),
    ('1813', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1814', true, '{America/New_York}', 'US-PA', true, '{America/New_York}', 'US-PA'),
    ('1815', true, '{America/Chicago}', 'US-IL', true, '{America/Chicago}', 'US-IL'),
    ('1816', true, '{America/Chicago}', 'US-MO', true, '{America/Chicago}', 'US-MO'),
    ('1817', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1818', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1819', true, '{America/Toronto}', 'CA-QC', true, '{America/Toronto}', 'CA-QC'),
    ('1820', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1825', true, '{America/Edmonton}', 'CA-AB', true, '{America/Edmonton}', 'CA-AB'),
    ('1826', true, '{America/New_York}', 'US-VA', true, '{America/New_York}', 'US-VA'),
    ('1828', true, '{America/New_York}', 'US-NC', true, '{America/New_York}', 'US-NC'),
    ('1829', true, '{America/Santo_Domingo}', 'DO', true, '{America/Santo_Domingo}', 'DO'),
    ('1830', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1831', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1832', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1838', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1839', true, '{America/New_York}', 'US-SC', true, '{America/New_York}', 'US-SC'),
    ('1840', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1843', true, '{America/New_York}', 'US-SC', true, '{America/New_York}', 'US-SC'),
    ('1845', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1847', true, '{America/Chicago}', 'US-IL', true, '{America/Chicago}', 'US-IL'),
    ('1848', true, '{America/New_York}', 'US-NJ', true, '{America/New_York}', 'US-NJ'),
    ('1849', true, '{America/Santo_Domingo}', 'DO', true, '{America/Santo_Domingo}', 'DO'),
    ('1850', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1850200', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850206', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850208', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850213', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850215', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850217', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850218', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850221', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850225', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850226', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850227', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850229', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('185023', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850240', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850243', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850244', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850248', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850249', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850250', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850256', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850258', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850259', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850261', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850263', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850265', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850267', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850269', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850271', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850276', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850279', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850291', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850292', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850301', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850306', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850314', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850315', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850319', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850324', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850327', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850332', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850341', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850361', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850362', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850368', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850376', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850377', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850380', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850384', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850387', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850393', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850396', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850398', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850416', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850417', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850420', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850423', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850424', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850429', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('185043', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850444', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('185045', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850460', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850462', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850466', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850469', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('185047', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850481', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850482', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850484', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850492', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850494', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850496', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850497', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850499', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850501', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850502', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850505', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850516', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850522', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850525', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850526', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850527', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850529', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850535', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850537', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850543', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850547', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850572', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850581', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850585', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850586', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850587', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850588', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850592', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850593', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850595', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850596', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850607', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850622', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850623', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850624', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850626', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850637', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850638', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850639', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850640', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850650', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850651', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850654', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850659', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850664', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850674', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850675', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850677', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850678', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('185068', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850696', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850699', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850708', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850712', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850722', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850723', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850729', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850733', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850747', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850748', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850763', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850769', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850784', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850785', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850791', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850796', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850797', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850814', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850819', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850830', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850832', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850833', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850835', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850837', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850855', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850857', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('185086', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850871', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850872', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850874', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850883', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850890', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850892', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850897', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850898', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850912', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850913', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850914', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850916', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850932', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850934', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850936', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850937', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850939', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850941', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850944', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850951', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850968', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850969', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850972', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850974', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850981', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850982', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850983', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850994', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1850995', true, '{America/Chicago}', 'US-FL', true, '{America/Chicago}', 'US-FL'),
    ('1854', true, '{America/New_York}', 'US-SC', true, '{America/New_York}', 'US-SC'),
    ('1856', true, '{America/New_York}', 'US-NJ', true, '{America/New_York}', 'US-NJ'),
    ('1857', true, '{America/New_York}', 'US-MA', true, '{America/New_York}', 'US-MA'),
    ('1858', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1859', true, '{America/New_York}', 'US-KY', true, '{America/New_York}', 'US-KY'),
    ('1860', true, '{America/New_York}', 'US-CT', true, '{America/New_York}', 'US-CT'),
    ('1862', true, '{America/New_York}', 'US-NJ', true, '{America/New_York}', 'US-NJ'),
    ('1863', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1864', true, '{America/New_York}', 'US-SC', true, '{America/New_York}', 'US-SC'),
    ('1865', true, '{America/New_York}', 'US-TN', true, '{America/New_York}', 'US-TN'),
    ('1867', true, '{America/Fort_Nelson}', 'CA', true, '{America/Fort_Nelson}', 'CA'),
    ('1867334', true, '{America/Vancouver}', 'CA', true, '{America/Vancouver}', 'CA'),
    ('1867393', true, '{America/Vancouver}', 'CA', true, '{America/Vancouver}', 'CA'),
    ('1867456', true, '{America/Vancouver}', 'CA', true, '{America/Vancouver}', 'CA'),
    ('1867536', true, '{America/Vancouver}', 'CA', true, '{America/Vancouver}', 'CA'),
    ('1867587', true, '{America/Edmonton}', 'CA', true, '{America/Edmonton}', 'CA'),
    ('1867633', true, '{America/Vancouver}', 'CA', true, '{America/Vancouver}', 'CA'),
    ('1867645', true, '{America/Winnipeg}', 'CA', true, '{America/Winnipeg}', 'CA'),
    ('1867667', true, '{America/Vancouver}', 'CA', true, '{America/Vancouver}', 'CA'),
    ('1867668', true, '{America/Vancouver}', 'CA', true, '{America/Vancouver}', 'CA'),
    ('1867669', true, '{America/Edmonton}', 'CA', true, '{America/Edmonton}', 'CA'),
    ('1867695', true, '{America/Edmonton}', 'CA', true, '{America/Edmonton}', 'CA'),
    ('1867777', true, '{America/Edmonton}', 'CA', true, '{America/Edmonton}', 'CA'),
    ('1867872', true, '{America/Edmonton}', 'CA', true, '{America/Edmonton}', 'CA'),
    ('1867873', true, '{America/Edmonton}', 'CA', true, '{America/Edmonton}', 'CA'),
    ('1867874', true, '{America/Edmonton}', 'CA', true, '{America/Edmonton}', 'CA'),
    ('1867920', true, '{America/Edmonton}', 'CA', true, '{America/Edmonton}', 'CA'),
    ('1867979', true, '{America/Toronto}', 'CA', true, '{America/Toronto}', 'CA'),
    ('1867983', true, '{America/Edmonton}', 'CA', true, '{America/Edmonton}', 'CA'),
    ('1867993', true, '{America/Vancouver}', 'CA', true, '{America/Vancouver}', 'CA'),
    ('1868', true, '{America/Port_of_Spain}', 'TT', true, '{America/Port_of_Spain}', 'TT'),
    ('1869', true, '{America/St_Kitts}', 'KN', true, '{America/St_Kitts}', 'KN'),
    ('1870', true, '{America/Chicago}', 'US-AR', true, '{America/Chicago}', 'US-AR'),
    ('1872', true, '{America/Chicago}', 'US-IL', true, '{America/Chicago}', 'US-IL'),
    ('1873', true, '{America/Toronto}', 'CA-QC', true, '{America/Toronto}', 'CA-QC'),
    ('1876', true, '{America/Jamaica}', 'JM', true, '{America/Jamaica}', 'JM'),
    ('1878', true, '{America/New_York}', 'US-PA', true, '{America/New_York}', 'US-PA'),
    ('1901', true, '{America/Chicago}', 'US-TN', true, '{America/Chicago}', 'US-TN'),
    ('1902', true, '{America/Halifax}', 'CA', true, '{America/Halifax}', 'CA'),
    ('1903', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1904', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1905', true, '{America/Toronto}', 'CA-ON', true, '{America/Toronto}', 'CA-ON'),
    ('1906', true, '{America/New_York}', 'US-MI', true, '{America/New_York}', 'US-MI'),
    ('1906265', true, '{America/Chicago}', 'US-MI', true, '{America/Chicago}', 'US-MI'),
    ('1906563', true, '{America/Chicago}', 'US-MI', true, '{America/Chicago}', 'US-MI'),
    ('1906663', true, '{America/Chicago}', 'US-MI', true, '{America/Chicago}', 'US-MI'),
    ('1906753', true, '{America/Chicago}', 'US-MI', true, '{America/Chicago}', 'US-MI'),
    ('1906774', true, '{America/Chicago}', 'US-MI', true, '{America/Chicago}', 'US-MI'),
    ('1906776', true, '{America/Chicago}', 'US-MI', true, '{America/Chicago}', 'US-MI'),
    ('1906779', true, '{America/Chicago}', 'US-MI', true, '{America/Chicago}', 'US-MI'),
    ('1906828', true, '{America/Chicago}', 'US-MI', true, '{America/Chicago}', 'US-MI'),
    ('1906863', true, '{America/Chicago}', 'US-MI', true, '{America/Chicago}', 'US-MI'),
    ('1906864', true, '{America/Chicago}', 'US-MI', true, '{America/Chicago}', 'US-MI'),
    ('1906875', true, '{America/Chicago}', 'US-MI', true, '{America/Chicago}', 'US-MI'),
    ('1906932', true, '{America/Chicago}', 'US-MI', true, '{America/Chicago}', 'US-MI'),
    ('1907', true, '{America/Adak,America/Anchorage}', 'US-AK', true, '{America/Adak,America/Anchorage}', 'US-AK'),
    ('1907209', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907212', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('190722', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907230', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907232', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907235', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('190724', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907250', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907252', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907257', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907258', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907260', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907262', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907264', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907269', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('190727', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907283', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907299', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907301', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907306', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907317', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('190733', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907343', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907344', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907345', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907346', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907349', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907350', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907351', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907352', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907357', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907360', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907373', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907374', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907375', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907376', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907378', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907388', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907424', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907442', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907443', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('190745', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907463', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907465', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907474', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907479', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907486', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907487', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907488', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907490', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907495', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907522', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907523', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907543', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907561', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907562', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907563', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907567', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907569', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907580', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907581', true, '{Pacific/Honolulu}', 'US-AK', true, '{Pacific/Honolulu}', 'US-AK'),
    ('1907586', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907622', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907631', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907644', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907646', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907677', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907683', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907688', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907694', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907696', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907714', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907723', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907727', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907729', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907733', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907742', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907743', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907745', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907746', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907747', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907766', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907770', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907772', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907776', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907780', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907783', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907786', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907789', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907790', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907822', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907826', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907830', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907835', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907841', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907842', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907852', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907868', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907874', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907883', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907892', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907895', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907929', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907966', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1907983', true, '{America/Juneau}', 'US-AK', true, '{America/Juneau}', 'US-AK'),
    ('1908', true, '{America/New_York}', 'US-NJ', true, '{America/New_York}', 'US-NJ'),
    ('1909', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1910', true, '{America/New_York}', 'US-NC', true, '{America/New_York}', 'US-NC'),
    ('1912', true, '{America/New_York}', 'US-GA', true, '{America/New_York}', 'US-GA'),
    ('1913', true, '{America/Chicago}', 'US-KS', true, '{America/Chicago}', 'US-KS'),
    ('1914', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1915', true, '{America/Denver}', 'US-TX', true, '{America/Denver}', 'US-TX'),
    ('1916', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1917', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1918', true, '{America/Chicago}', 'US-OK', true, '{America/Chicago}', 'US-OK'),
    ('1919', true, '{America/New_York}', 'US-NC', true, '{America/New_York}', 'US-NC'),
    ('1920', true, '{America/Chicago}', 'US-WI', true, '{America/Chicago}', 'US-WI'),
    ('1925', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1928', true, '{America/Denver,America/Phoenix}', 'US-AZ', true, '{America/Denver,America/Phoenix}', 'US-AZ'),
    ('1929', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1930', true, '{America/New_York}', 'US-IN', true, '{America/New_York}', 'US-IN'),
    ('1931', true, '{America/Chicago}', 'US-TN', true, '{America/Chicago}', 'US-TN'),
    ('1934', true, '{America/New_York}', 'US-NY', true, '{America/New_York}', 'US-NY'),
    ('1936', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1937', true, '{America/New_York}', 'US-OH', true, '{America/New_York}', 'US-OH'),
    ('1938', true, '{America/Chicago}', 'US-AL', true, '{America/Chicago}', 'US-AL'),
    ('1939', true, '{America/Puerto_Rico}', 'US-PR', true, '{America/Puerto_Rico}', 'US-PR'),
    ('1940', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1941', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1943', true, '{America/New_York}', 'US-GA', true, '{America/New_York}', 'US-GA'),
    ('1945', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1947', true, '{America/New_York}', 'US-MI', true, '{America/New_York}', 'US-MI'),
    ('1948', true, '{America/New_York}', 'US-VA', true, '{America/New_York}', 'US-VA'),
    ('1949', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1951', true, '{America/Los_Angeles}', 'US-CA', true, '{America/Los_Angeles}', 'US-CA'),
    ('1952', true, '{America/Chicago}', 'US-MN', true, '{America/Chicago}', 'US-MN'),
    ('1954', true, '{America/New_York}', 'US-FL', true, '{America/New_York}', 'US-FL'),
    ('1956', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1959', true, '{America/New_York}', 'US-CT', true, '{America/New_York}', 'US-CT'),
    ('1970', true, '{America/Denver}', 'US-CO', true, '{America/Denver}', 'US-CO'),
    ('1971', true, '{America/Los_Angeles}', 'US-OR', true, '{America/Los_Angeles}', 'US-OR'),
    ('1972', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1973', true, '{America/New_York}', 'US-NJ', true, '{America/New_York}', 'US-NJ'),
    ('1978', true, '{America/New_York}', 'US-MA', true, '{America/New_York}', 'US-MA'),
    ('1979', true, '{America/Chicago}', 'US-TX', true, '{America/Chicago}', 'US-TX'),
    ('1980', true, '{America/New_York}', 'US-NC', true, '{America/New_York}', 'US-NC'),
    ('1984', true, '{America/New_York}', 'US-NC', true, '{America/New_York}', 'US-NC'),
    ('1985', true, '{America/Chicago}', 'US-LA', true, '{America/Chicago}', 'US-LA'),
    ('1986', true, '{America/Boise,America/Los_Angeles}', 'US-ID', true, '{America/Boise,America/Los_Angeles}', 'US-ID'),
    ('1989', true, '{America/New_York}', 'US-MI', true, '{America/New_York}', 'US-MI'),
    ('20', true, '{Africa/Cairo}', 'EG', true, '{Africa/Cairo}', 'EG'),
    ('211', true, '{Africa/Juba}', 'SS', true, '{Africa/Juba}', 'SS'),
    ('212', false, NULL, NULL, true, '{Africa/Casablanca}', 'MA'),
    ('2125288', false, NULL, NULL, true, '{Africa/El_Aaiun}', 'EH'),
    ('2125289', false, NULL, NULL, true, '{Africa/El_Aaiun}', 'EH'),
    ('213', true, '{Africa/Algiers}', 'DZ', true, '{Africa/Algiers}', 'DZ'),
    ('216', true, '{Africa/Tunis}', 'TN', true, '{Africa/Tunis}', 'TN'),
    ('218', true, '{Africa/Tripoli}', 'LY', true, '{Africa/Tripoli}', 'LY'),
    ('220', true, '{Africa/Banjul}', 'GM', true, '{Africa/Banjul}', 'GM'),
    ('221', true, '{Africa/Dakar}', 'SN', true, '{Africa/Dakar}', 'SN'),
    ('222', true, '{Africa/Nouakchott}', 'MR', true, '{Africa/Nouakchott}', 'MR'),
    ('223', true, '{Africa/Bamako}', 'ML', true, '{Africa/Bamako}', 'ML'),
    ('224', true, '{Africa/Conakry}', 'GN', true, '{Africa/Conakry}', 'GN'),
    ('225', true, '{Africa/Abidjan}', 'CI', true, '{Africa/Abidjan}', 'CI'),
    ('226', true, '{Africa/Ouagadougou}', 'BF', true, '{Africa/Ouagadougou}', 'BF'),
    ('227', true, '{Africa/Niamey}', 'NE', true, '{Africa/Niamey}', 'NE'),
    ('228', true, '{Africa/Lome}', 'TG', true, '{Africa/Lome}', 'TG'),
    ('229', true, '{Africa/Porto-Novo}', 'BJ', true, '{Africa/Porto-Novo}', 'BJ'),
    ('230', true, '{Indian/Mauritius}', 'MU', true, '{Indian/Mauritius}', 'MU'),
    ('231', true, '{Africa/Monrovia}', 'LR', true, '{Africa/Monrovia}', 'LR'),
    ('232', true, '{Africa/Freetown}', 'SL', true, '{Africa/Freetown}', 'SL'),
    ('233', true, '{Africa/Accra}', 'GH', true, '{Africa/Accra}', 'GH'),
    ('234', true, '{Africa/Lagos}', 'NG', true, '{Africa/Lagos}', 'NG'),
    ('235', true, '{Africa/Ndjamena}', 'TD', true, '{Africa/Ndjamena}', 'TD'),
    ('236', true, '{Africa/Bangui}', 'CF', true, '{Africa/Bangui}', 'CF'),
    ('237', true, '{Africa/Douala}', 'CM', true, '{Africa/Douala}', 'CM'),
    ('238', true, '{Atlantic/Cape_Verde}', 'CV', true, '{Atlantic/Cape_Verde}', 'CV'),
    ('239', true, '{Africa/Sao_Tome}', 'ST', true, '{Africa/Sao_Tome}', 'ST'),
    ('240', true, '{Africa/Malabo}', 'GQ', true, '{Africa/Malabo}', 'GQ'),
    ('241', true, '{Africa/Libreville}', 'GA', true, '{Africa/Libreville}', 'GA'),
    ('242', true, '{Africa/Brazzaville}', 'CG', true, '{Africa/Brazzaville}', 'CG'),
    ('243', false, NULL, NULL, true, '{Africa/Kinshasa,Africa/Lubumbashi}', 'CD'),
    ('2431', false, NULL, NULL, true, '{Africa/Kinshasa}', 'CD'),
    ('2432', false, NULL, NULL, true, '{Africa/Lubumbashi}', 'CD'),
    ('2433', false, NULL, NULL, true, '{Africa/Kinshasa}', 'CD'),
    ('2434', false, NULL, NULL, true, '{Africa/Kinshasa}', 'CD'),
    ('2435', false, NULL, NULL, true, '{Africa/Kinshasa}', 'CD'),
    ('2436', false, NULL, NULL, true, '{Africa/Kinshasa}', 'CD'),
    ('244', true, '{Africa/Luanda}', 'AO', true, '{Africa/Luanda}', 'AO'),
    ('245', true, '{Africa/Bissau}', 'GW', true, '{Africa/Bissau}', 'GW'),
    ('246', true, '{Indian/Chagos}', 'IO', true, '{Indian/Chagos}', 'IO'),
    ('247', true, '{Atlantic/St_Helena}', 'AC', true, '{Atlantic/St_Helena}', 'AC'),
    ('248', true, '{Indian/Mahe}', 'SC', true, '{Indian/Mahe}', 'SC'),
    ('249', true, '{Africa/Khartoum}', 'SD', true, '{Africa/Khartoum}', 'SD'),
    ('250', true, '{Africa/Kigali}', 'RW', true, '{Africa/Kigali}', 'RW'),
    ('251', true, '{Africa/Addis_Ababa}', 'ET', true, '{Africa/Addis_Ababa}', 'ET'),
    ('252', true, '{Africa/Mogadishu}', 'SO', true, '{Africa/Mogadishu}', 'SO'),
    ('253', true, '{Africa/Djibouti}', 'DJ', true, '{Africa/Djibouti}', 'DJ'),
    ('254', true, '{Africa/Nairobi}', 'KE', true, '{Africa/Nairobi}', 'KE'),
    ('255', true, '{Africa/Dar_es_Salaam}', 'TZ', true, '{Africa/Dar_es_Salaam}', 'TZ'),
    ('256', true, '{Africa/Kampala}', 'UG', true, '{Africa/Kampala}', 'UG'),
    ('257', true, '{Africa/Bujumbura}', 'BI', true, '{Africa/Bujumbura}', 'BI'),
    ('258', true, '{Africa/Maputo}', 'MZ', true, '{Africa/Maputo}', 'MZ'),
    ('260', true, '{Africa/Lusaka}', 'ZM', true, '{Africa/Lusaka}', 'ZM'),
    ('261', true, '{Indian/Antananarivo}', 'MG', true, '{Indian/Antananarivo}', 'MG'),
    ('262', false, NULL, NULL, true, '{Indian/Reunion}', 'RE'),
    ('262269', false, NULL, NULL, true, '{Indian/Mayotte}', 'YT'),
    ('26263', false, NULL, NULL, true, '{Indian/Mayotte}', 'YT'),
    ('263', true, '{Africa/Harare}', 'ZW', true, '{Africa/Harare}', 'ZW'),
    ('264', true, '{Africa/Windhoek}', 'NA', true, '{Africa/Windhoek}', 'NA'),
    ('265', true, '{Africa/Blantyre}', 'MW', true, '{Africa/Blantyre}', 'MW'),
    ('266', true, '{Africa/Maseru}', 'LS', true, '{Africa/Maseru}', 'LS'),
    ('267', true, '{Africa/Gaborone}', 'BW', true, '{Africa/Gaborone}', 'BW'),
    ('268', true, '{Africa/Mbabane}', 'SZ', true, '{Africa/Mbabane}', 'SZ'),
    ('269', true, '{Indian/Comoro}', 'KM', true, '{Indian/Comoro}', 'KM'),
    ('27', true, '{Africa/Johannesburg}', 'ZA', true, '{Africa/Johannesburg}', 'ZA'),
    ('290', false, NULL, NULL, true, '{Atlantic/St_Helena}', 'SH'),
    ('2908', false, NULL, NULL, true, '{Atlantic/St_Helena}', 'TA'),
    ('291', true, '{Africa/Asmara}', 'ER', true, '{Africa/Asmara}', 'ER'),
    ('297', true, '{America/Aruba}', 'AW', true, '{America/Aruba}', 'AW'),
    ('298', true, '{Atlantic/Faroe}', 'FO', true, '{Atlantic/Faroe}', 'FO'),
    ('299', false, NULL, NULL, true, '{America/Godthab,America/Scoresbysund,America/Thule}', 'GL'),
    ('2991', false, NULL, NULL, true, '{America/Godthab}', 'GL'),
    ('29931', false, NULL, NULL, true, '{America/Godthab}', 'GL'),
    ('29932', false, NULL, NULL, true, '{America/Godthab}', 'GL'),
    ('29933', false, NULL, NULL, true, '{America/Godthab}', 'GL'),
    ('29934', false, NULL, NULL, true, '{America/Godthab}', 'GL'),
    ('29935', false, NULL, NULL, true, '{America/Godthab}', 'GL'),
    ('29936', false, NULL, NULL, true, '{America/Godthab}', 'GL'),
    ('29937', false, NULL, NULL, true, '{America/Godthab}', 'GL'),
    ('2996', false, NULL, NULL, true, '{America/Godthab}', 'GL'),
    ('29981', false, NULL, NULL, true, '{America/Godthab}', 'GL'),
    ('29984', false, NULL, NULL, true, '{America/Godthab}', 'GL'),
    ('29985', false, NULL, NULL, true, '{America/Godthab}', 'GL'),
    ('29986', false, NULL, NULL, true, '{America/Godthab}', 'GL'),
    ('29987', false, NULL, NULL, true, '{America/Godthab}', 'GL'),
    ('29989', false, NULL, NULL, true, '{America/Godthab}', 'GL'),
    ('2999', false, NULL, NULL, true, '{America/Godthab}', 'GL'),
    ('29997', false, NULL, NULL, true, '{America/Thule}', 'GL'),
    ('29999', false, NULL, NULL, true, '{America/Scoresbysund}', 'GL'),
    ('30', true, '{Europe/Athens}', 'GR', true, '{Europe/Athens}', 'GR'),
    ('31', true, '{Europe/Amsterdam}', 'NL', true, '{Europe/Amsterdam}', 'NL'),
    ('32', true, '{Europe/Brussels}', 'BE', true, '{Europe/Brussels}', 'BE'),
    ('33', true, '{Europe/Paris}', 'FR', true, '{Europe/Paris}', 'FR'),
    ('34', false, NULL, NULL, true, '{Atlantic/Canary,Europe/Madrid}', 'ES'),
    ('3481', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3482', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34822', false, NULL, NULL, true, '{Atlantic/Canary}', 'ES'),
    ('34827', false, NULL, NULL, true, '{Atlantic/Canary}', 'ES'),
    ('34828', false, NULL, NULL, true, '{Atlantic/Canary}', 'ES'),
    ('3483', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3484', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3485', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3486', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3487', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3488', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3491', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3492', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34922', false, NULL, NULL, true, '{Atlantic/Canary}', 'ES'),
    ('34928', false, NULL, NULL, true, '{Atlantic/Canary}', 'ES'),
    ('3493', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3494', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3495', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34960', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34961', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34962', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34963', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34964', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34965', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34966', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34967', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34968', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3496900', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3496901', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3496902', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3496903', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3496904', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3496905', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34969062', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34969063', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34969064', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34969065', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34969066', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34969067', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34969068', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34969069', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3496907', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3496908', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3496909', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349691', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349692', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349693', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349694', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349695', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349696', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349697', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349698', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349699', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34971', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34972', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349730', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349731', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349732', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349733', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349734', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349735', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349736', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349737', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('349738', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3497391', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3497392', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3497393', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3497394', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3497395', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3497396', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3497397', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3497398', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3497399', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34974', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34975', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34976', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34977', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34978', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('34979', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('3498', false, NULL, NULL, true, '{Europe/Madrid}', 'ES'),
    ('350', true, '{Europe/Gibraltar}', 'GI', true, '{Europe/Gibraltar}', 'GI'),
    ('351', false, NULL, NULL, true, '{Atlantic/Azores,Europe/Lisbon}', 'PT'),
    ('3512', false, NULL, NULL, true, '{Europe/Lisbon}', 'PT'),
    ('351292', false, NULL, NULL, true, '{Atlantic/Azores}', 'PT'),
    ('351295', false, NULL, NULL, true, '{Atlantic/Azores}', 'PT'),
    ('351296', false, NULL, NULL, true, '{Atlantic/Azores}', 'PT'),
    ('352', true, '{Europe/Luxembourg}', 'LU', true, '{Europe/Luxembourg}', 'LU'),
    ('353', true, '{Europe/Dublin}', 'IE', true, '{Europe/Dublin}', 'IE'),
    ('354', true, '{Atlantic/Reykjavik}', 'IS', true, '{Atlantic/Reykjavik}', 'IS'),
    ('355', true, '{Europe/Tirane}', 'AL', true, '{Europe/Tirane}', 'AL'),
    ('356', true, '{Europe/Malta}', 'MT', true, '{Europe/Malta}', 'MT'),
    ('357', true, '{Asia/Nicosia}', 'CY', true, '{Asia/Nicosia}', 'CY'),
    ('358', false, NULL, NULL, true, '{Europe/Helsinki}', 'FI'),
    ('35818', false, NULL, NULL, true, '{Europe/Mariehamn}', 'AX'),
    ('359', true, '{Europe/Sofia}', 'BG', true, '{Europe/Sofia}', 'BG'),
    ('36', true, '{Europe/Budapest}', 'HU', true, '{Europe/Budapest}', 'HU'),
    ('370', true, '{Europe/Vilnius}', 'LT', true, '{Europe/Vilnius}', 'LT'),
    ('371', true, '{Europe/Riga}', 'LV', true, '{Europe/Riga}', 'LV'),
    ('372', true, '{Europe/Tallinn}', 'EE', true, '{Europe/Tallinn}', 'EE'),
    ('373', true, '{Europe/Chisinau}', 'MD', true, '{Europe/Chisinau}', 'MD'),
    ('374', true, '{Asia/Yerevan}', 'AM', true, '{Asia/Yerevan}', 'AM'),
    ('375', true, '{Europe/Minsk}', 'BY', true, '{Europe/Minsk}', 'BY'),
    ('376', true, '{Europe/Andorra}', 'AD', true, '{Europe/Andorra}', 'AD'),
    ('377', true, '{Europe/Monaco}', 'MC', true, '{Europe/Monaco}', 'MC'),
    ('378', true, '{Europe/San_Marino}', 'SM', true, '{Europe/San_Marino}', 'SM'),
    ('380', true, '{Europe/Kyiv}', 'UA', true, '{Europe/Kyiv}', 'UA'),
    ('381', true, '{Europe/Belgrade}', 'RS', true, '{Europe/Belgrade}', 'RS'),
    ('382', true, '{Europe/Podgorica}', 'ME', true, '{Europe/Podgorica}', 'ME'),
    ('383', true, '{Europe/Belgrade}', 'XK', true, '{Europe/Belgrade}', 'XK'),
    ('385', true, '{Europe/Zagreb}', 'HR', true, '{Europe/Zagreb}', 'HR'),
    ('386', true, '{Europe/Ljubljana}', 'SI', true, '{Europe/Ljubljana}', 'SI'),
    ('387', true, '{Europe/Sarajevo}', 'BA', true, '{Europe/Sarajevo}', 'BA'),
    ('389', true, '{Europe/Skopje}', 'MK', true, '{Europe/Skopje}', 'MK'),
    ('39', false, NULL, NULL, true, '{Europe/Rome}', 'IT'),
    ('3906698', false, NULL, NULL, true, '{Europe/Vatican}', 'VA'),
    ('40', true, '{Europe/Bucharest}', 'RO', true, '{Europe/Bucharest}', 'RO'),
    ('41', true, '{Europe/Zurich}', 'CH', true, '{Europe/Zurich}', 'CH'),
    ('420', true, '{Europe/Prague}', 'CZ', true, '{Europe/Prague}', 'CZ'),
    ('421', true, '{Europe/Bratislava}', 'SK', true, '{Europe/Bratislava}', 'SK'),
    ('423', true, '{Europe/Vaduz}', 'LI', true, '{Europe/Vaduz}', 'LI'),
    ('43', true, '{Europe/Vienna}', 'AT', true, '{Europe/Vienna}', 'AT'),
    ('44', false, NULL, NULL, true, '{Europe/London}', 'GB'),
    ('441481', false, NULL, NULL, true, '{Europe/Guernsey}', 'GG'),
    ('441534', false, NULL, NULL, true, '{Europe/Jersey}', 'JE'),
    ('441624', false, NULL, NULL, true, '{Europe/Isle_of_Man}', 'IM'),
    ('4474576', false, NULL, NULL, true, '{Europe/Isle_of_Man}', 'IM'),
    ('447509', false, NULL, NULL, true, '{Europe/Jersey}', 'JE'),
    ('447524', false, NULL, NULL, true, '{Europe/Isle_of_Man}', 'IM'),
    ('447624', false, NULL, NULL, true, '{Europe/Isle_of_Man}', 'IM'),
    ('4477003', false, NULL, NULL, true, '{Europe/Jersey}', 'JE'),
    ('4477007', false, NULL, NULL, true, '{Europe/Jersey}', 'JE'),
    ('4477008', false, NULL, NULL, true, '{Europe/Jersey}', 'JE'),
    ('447781', false, NULL, NULL, true, '{Europe/Guernsey}', 'GG'),
    ('447797', false, NULL, NULL, true, '{Europe/Jersey}', 'JE'),
    ('447829', false, NULL, NULL, true, '{Europe/Jersey}', 'JE'),
    ('447839', false, NULL, NULL, true, '{Europe/Guernsey}', 'GG'),
    ('4479111', false, NULL, NULL, true, '{Europe/Guernsey}', 'GG'),
    ('4479117', false, NULL, NULL, true, '{Europe/Guernsey}', 'GG'),
    ('447937', false, NULL, NULL, true, '{Europe/Jersey}', 'JE'),
    ('44980', false, NULL, NULL, true, '{Europe/Guernsey}', 'GG'),
    ('44981', false, NULL, NULL, true, '{Europe/Guernsey}', 'GG'),
    ('45', true, '{Europe/Copenhagen}', 'DK', true, '{Europe/Copenhagen}', 'DK'),
    ('46', true, '{Europe/Stockholm}', 'SE', true, '{Europe/Stockholm}', 'SE'),
    ('47', false, NULL, NULL, true, '{Europe/Oslo}', 'NO'),
    ('4779', false, NULL, NULL, true, '{Arctic/Longyearbyen}', 'SJ'),
    ('48', true, '{Europe/Warsaw}', 'PL', true, '{Europe/Warsaw}', 'PL'),
    ('49', true, '{Europe/Berlin}', 'DE', true, '{Europe/Berlin}', 'DE'),
    ('500', true, '{Atlantic/Stanley}', 'FK', true, '{Atlantic/Stanley}', 'FK'),
    ('501', true, '{America/Belize}', 'BZ', true, '{America/Belize}', 'BZ'),
    ('502', true, '{America/Guatemala}', 'GT', true, '{America/Guatemala}', 'GT'),
    ('503', true, '{America/El_Salvador}', 'SV', true, '{America/El_Salvador}', 'SV'),
    ('504', true, '{America/Tegucigalpa}', 'HN', true, '{America/Tegucigalpa}', 'HN'),
    ('505', true, '{America/Managua}', 'NI', true, '{America/Managua}', 'NI'),
    ('506', true, '{America/Costa_Rica}', 'CR', true, '{America/Costa_Rica}', 'CR'),
    ('507', true, '{America/Panama}', 'PA', true, '{America/Panama}', 'PA'),
    ('508', true, '{America/Miquelon}', 'PM', true, '{America/Miquelon}', 'PM'),
    ('509', true, '{America/Port-au-Prince}', 'HT', true, '{America/Port-au-Prince}', 'HT'),
    ('51', true, '{America/Lima}', 'PE', true, '{America/Lima}', 'PE'),
    ('52', false, NULL, NULL, true, '{America/Hermosillo,America/Mazatlan,America/Mexico_City,America/New_York,America/Tijuana}', 'MX'),
    ('521', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('521311', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521319', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521323', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521324', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521325', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521327', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521389', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521612', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521613', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521614', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521615', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521616', false, NULL, NULL, true, '{America/Tijuana}', 'MX'),
    ('52162', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521626', false, NULL, NULL, true, '{America/Hermosillo,America/Tijuana}', 'MX'),
    ('52163', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521636', false, NULL, NULL, true, '{America/Hermosillo,America/Mazatlan}', 'MX'),
    ('52164', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521646', false, NULL, NULL, true, '{America/Tijuana}', 'MX'),
    ('521647', false, NULL, NULL, true, '{America/Mazatlan,America/Tijuana}', 'MX'),
    ('521651', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521652', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521653', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521656', false, NULL, NULL, true, '{America/Hermosillo}', 'MX'),
    ('521658', false, NULL, NULL, true, '{America/Tijuana}', 'MX'),
    ('521659', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521661', false, NULL, NULL, true, '{America/Tijuana}', 'MX'),
    ('521662', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521663', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521664', false, NULL, NULL, true, '{America/Tijuana}', 'MX'),
    ('521665', false, NULL, NULL, true, '{America/Tijuana}', 'MX'),
    ('521667', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521668', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521669', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521672', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521673', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521686', false, NULL, NULL, true, '{America/Tijuana}', 'MX'),
    ('521687', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52169', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('521877', false, NULL, NULL, true, '{America/Mexico_City,America/Tijuana}', 'MX'),
    ('521983', false, NULL, NULL, true, '{America/New_York}', 'MX'),
    ('521984', false, NULL, NULL, true, '{America/New_York}', 'MX'),
    ('521987', false, NULL, NULL, true, '{America/New_York}', 'MX'),
    ('521998', false, NULL, NULL, true, '{America/New_York}', 'MX'),
    ('522', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('52200', false, NULL, NULL, true, '{America/Mexico_City,America/Tijuana}', 'MX'),
    ('52201', false, NULL, NULL, true, '{America/Mexico_City,America/New_York}', 'MX'),
    ('5231', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('52311', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52319', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('5232', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('52323', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52324', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52325', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52327', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('5233', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5234', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5235', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5237', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5238', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('52389', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('5239', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('524', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5255', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5256', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5258', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5259', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('52612', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52613', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52614', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52615', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52616', false, NULL, NULL, true, '{America/Tijuana}', 'MX'),
    ('52618', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5262', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52626', false, NULL, NULL, true, '{America/Hermosillo}', 'MX'),
    ('5263', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('5264', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52646', false, NULL, NULL, true, '{America/Tijuana}', 'MX'),
    ('52649', false, NULL, NULL, true, '{America/Mazatlan,America/Mexico_City}', 'MX'),
    ('52651', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52652', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52653', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52656', false, NULL, NULL, true, '{America/Hermosillo}', 'MX'),
    ('52657', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52658', false, NULL, NULL, true, '{America/Tijuana}', 'MX'),
    ('52659', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52661', false, NULL, NULL, true, '{America/Tijuana}', 'MX'),
    ('52662', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52663', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('52664', false, NULL, NULL, true, '{America/Tijuana}', 'MX'),
    ('52665', false, NULL, NULL, true, '{America/Tijuana}', 'MX'),
    ('52667', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52668', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52669', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52671', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('52672', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52673', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('52674', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('52675', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('52676', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('52677', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('52686', false, NULL, NULL, true, '{America/Tijuana}', 'MX'),
    ('52687', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('5269', false, NULL, NULL, true, '{America/Mazatlan}', 'MX'),
    ('527', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5281', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5282', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5283', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5284', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5286', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5287', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5289', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5291', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5292', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5293', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5295', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5296', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5297', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('5298', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('52983', false, NULL, NULL, true, '{America/New_York}', 'MX'),
    ('52984', false, NULL, NULL, true, '{America/New_York}', 'MX'),
    ('52987', false, NULL, NULL, true, '{America/New_York}', 'MX'),
    ('5299', false, NULL, NULL, true, '{America/Mexico_City}', 'MX'),
    ('52998', false, NULL, NULL, true, '{America/New_York}', 'MX'),
    ('53', true, '{America/Havana}', 'CU', true, '{America/Havana}', 'CU'),
    ('54', true, '{America/Buenos_Aires}', 'AR', true, '{America/Buenos_Aires}', 'AR'),
    ('55', false, NULL, NULL, true, '{America/Manaus,America/Noronha,America/Rio_Branco,America/Sao_Paulo}', 'BR'),
    ('551', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('552', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5531', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5532', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5533', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5534', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5535', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5537', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5538', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5541', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5542', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55432', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55433', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55434', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55435', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('554371', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('554372', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('554373', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('554374', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('554375', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('554376', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('554377', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('554378', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('554379', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55439', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5544', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5545', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5546', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5547', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5548', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5549', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5551', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5553', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5554', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5555', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55553682', false, NULL, NULL, true, '{America/Manaus}', 'BR'),
    ('5561', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5562', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5563', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5564', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5565', false, NULL, NULL, true, '{America/Manaus}', 'BR'),
    ('5566', false, NULL, NULL, true, '{America/Manaus}', 'BR'),
    ('5567', false, NULL, NULL, true, '{America/Manaus}', 'BR'),
    ('55673480', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5568', false, NULL, NULL, true, '{America/Rio_Branco}', 'BR'),
    ('5569', false, NULL, NULL, true, '{America/Manaus}', 'BR'),
    ('55693527', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('557', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5581', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55812', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('5581300', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813013', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813016', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813017', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813018', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813022', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813024', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813027', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813029', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813042', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813043', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813044', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813047', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813054', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813056', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813057', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813058', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('5581306', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813070', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813085', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813098', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('558131', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813200', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813206', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813208', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813209', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813210', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813211', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813215', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813218', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813219', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813220', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('5581323', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813240', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813245', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813246', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813247', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813248', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813250', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813258', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813259', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813260', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813261', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813262', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813263', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('5581327', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('5581328', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('5581329', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813300', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813306', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813307', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813308', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813309', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813310', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813313', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813315', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813321', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813324', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813329', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('5581333', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813340', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813346', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813347', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813348', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813349', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('5581335', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('5581336', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813370', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813373', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813374', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('5581338', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('5581339', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('5581340', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813410', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813415', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813417', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813418', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813420', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813430', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813440', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813450', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813460', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813470', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813480', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813485', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813488', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813489', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813490', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813496', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('558135', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('5581360', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('5581361', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813620', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813623', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813630', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813632', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813640', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813650', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813659', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('5581366', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813670', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813672', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813674', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813677', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813680', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813690', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813696', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813697', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55813698', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('558137', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('558138', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('558139', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55814', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55815', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55817', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('55819', false, NULL, NULL, true, '{America/Noronha}', 'BR'),
    ('5582', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5583', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5584', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5585', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5586', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5587', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5588', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5589', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591', false, NULL, NULL, true, '{America/Manaus}', 'BR'),
    ('55912121', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55912122', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55912123', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55912992', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913004', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591301', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913028', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913031', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913032', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913033', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913038', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913039', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913072', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913073', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913075', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591308', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591311', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913120', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913121', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913131', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913181', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913182', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913184', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913194', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913199', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('559132', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913311', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913321', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913322', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913323', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591334', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913351', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913352', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913353', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913355', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913366', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913397', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913411', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913412', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913423', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913425', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913429', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913434', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591344', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913456', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591346', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913481', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913482', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913483', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913484', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913485', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913494', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913521', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913556', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913605', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913606', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913617', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913621', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913633', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913636', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913637', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913658', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913661', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913662', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913665', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913692', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913694', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913711', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913712', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591372', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591373', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913741', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913744', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913746', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591375', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913764', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913765', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913767', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591377', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913781', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913783', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913784', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913795', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913796', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913798', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913802', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913803', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913809', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913811', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913812', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913817', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913821', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913822', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913823', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55913829', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591400', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55914040', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55914042', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55914103', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55914104', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55914107', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55914141', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('559198', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591991', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591992', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591993', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55919960', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55919961', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55919962', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55919963', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55919964', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591998', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5591999', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5592', false, NULL, NULL, true, '{America/Manaus}', 'BR'),
    ('55925009', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5593', false, NULL, NULL, true, '{America/Manaus}', 'BR'),
    ('55932101', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55932122', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933016', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933017', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933062', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933063', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933064', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933067', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933222', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933502', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933505', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933512', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933514', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933515', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933517', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933518', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5593352', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5593353', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5593354', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933552', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933557', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933558', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933559', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933563', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933574', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933582', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933589', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933593', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933596', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933597', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933598', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933735', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933736', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933737', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55933793', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939810', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939811', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939812', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939813', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939840', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939841', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939880', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939881', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5593991', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939920', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939921', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939922', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939923', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939924', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939965', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939990', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939991', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939995', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55939997', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5594', false, NULL, NULL, true, '{America/Manaus}', 'BR'),
    ('55942101', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55942103', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943012', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943013', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943016', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943018', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943222', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943301', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943309', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943311', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943312', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943315', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943319', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5594332', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943331', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943332', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943333', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943335', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943337', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5594334', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5594335', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943364', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943365', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943366', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943379', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943382', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943385', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943386', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943392', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5594342', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943431', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943432', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943433', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943434', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943435', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943491', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943778', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943779', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943785', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943786', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55943787', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5594981', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55949840', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55949841', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55949842', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55949880', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55949881', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5594991', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5594992', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55949930', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55949966', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55949990', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55949991', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55949992', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55949995', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('55949997', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5595', false, NULL, NULL, true, '{America/Manaus}', 'BR'),
    ('5596', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5597', false, NULL, NULL, true, '{America/Manaus}', 'BR'),
    ('5598', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('5599', false, NULL, NULL, true, '{America/Sao_Paulo}', 'BR'),
    ('56', false, NULL, NULL, true, '{America/Santiago,Pacific/Easter}', 'CL'),
    ('562', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5632', false, NULL, NULL, true, '{Pacific/Easter}', 'CL'),
    ('56322', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('56323', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5633', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5634', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5635', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5641', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5642', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5643', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5645', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('565', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5661', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5663', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5664', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5665', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5667', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('567', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('56801', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('56802', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('56803', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('56804', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('56805', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('56806', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('56807', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('56808', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('56809', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5681', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5682', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5683', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5684', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5685', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5686', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5687', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5688', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('5689', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('569', false, NULL, NULL, true, '{America/Santiago}', 'CL'),
    ('57', true, '{America/Bogota}', 'CO', true, '{America/Bogota}', 'CO'),
    ('58', true, '{America/Caracas}', 'VE', true, '{America/Caracas}', 'VE'),
    ('590', false, NULL, NULL, true, '{America/Guadeloupe}', 'GP'),
    ('59059000', false, NULL, NULL, true, '{America/Marigot}', 'MF'),
    ('59059007', false, NULL, NULL, true, '{America/Marigot}', 'MF'),
    ('59059009', false, NULL, NULL, true, '{America/Marigot}', 'MF'),
    ('59059013', false, NULL, NULL, true, '{America/Marigot}', 'MF'),
    ('59059027', false, NULL, NULL, true, '{America/St_Barthelemy}', 'BL'),
    ('59059029', false, NULL, NULL, true, '{America/St_Barthelemy}', 'BL'),
    ('59059030', false, NULL, NULL, true, '{America/Marigot}', 'MF'),
    ('59059043', false, NULL, NULL, true, '{America/Marigot}', 'MF'),
    ('59059050', false, NULL, NULL, true, '{America/Marigot}', 'MF'),
    ('59059051', false, NULL, NULL, true, '{America/St_Barthelemy}', 'BL'),
    ('59059052', false, NULL, NULL, true, '{America/St_Barthelemy}', 'BL'),
    ('59059056', false, NULL, NULL, true, '{America/Marigot}', 'MF'),
    ('59059058', false, NULL, NULL, true, '{America/Marigot}', 'MF'),
    ('59059077', false, NULL, NULL, true, '{America/Marigot}', 'MF'),
    ('59059079', false, NULL, NULL, true, '{America/Marigot}', 'MF'),
    ('59059087', false, NULL, NULL, true, '{America/St_Barthelemy}', 'BL'),
    ('591', true, '{America/La_Paz}', 'BO', true, '{America/La_Paz}', 'BO'),
    ('592', true, '{America/Guyana}', 'GY', true, '{America/Guyana}', 'GY'),
    ('593', false, NULL, NULL, true, '{America/Guayaquil,Pacific/Galapagos}', 'EC'),
    ('59322', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59323', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59324', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59325', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59326', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59327', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59332', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59333', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59334', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59335', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59336', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59337', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59342', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59343', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59344', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59345', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59346', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59347', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59353', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59354', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59355', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59356', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59357', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59362', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59363', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59364', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59365', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59366', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59367', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59372', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59373', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59374', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59375', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59376', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('59377', false, NULL, NULL, true, '{America/Guayaquil}', 'EC'),
    ('594', true, '{America/Cayenne}', 'GF', true, '{America/Cayenne}', 'GF'),
    ('595', true, '{America/Asuncion}', 'PY', true, '{America/Asuncion}', 'PY'),
    ('596', true, '{America/Martinique}', 'MQ', true, '{America/Martinique}', 'MQ'),
    ('597', true, '{America/Paramaribo}', 'SR', true, '{America/Paramaribo}', 'SR'),
    ('598', true, '{America/Montevideo}', 'UY', true, '{America/Montevideo}', 'UY'),
    ('599', false, NULL, NULL, true, '{America/Curacao}', 'CW'),
    ('5993', false, NULL, NULL, true, '{America/Kralendijk}', 'BQ'),
    ('5994', false, NULL, NULL, true, '{America/Kralendijk}', 'BQ'),
    ('5997', false, NULL, NULL, true, '{America/Kralendijk}', 'BQ'),
    ('60', true, '{Asia/Kuching}', 'MY', true, '{Asia/Kuching}', 'MY'),
    ('61', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Brisbane,Australia/Eucla,Australia/Lord_Howe,Australia/Perth,Australia/Sydney,Indian/Christmas,Indian/Cocos}', 'AU'),
    ('612', false, NULL, NULL, true, '{Australia/Sydney}', 'AU'),
    ('61255007', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61255053', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61255143', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61255213', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61255280', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61255307', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61255369', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61255413', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61255568', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61255936', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61255937', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61265080', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61265081', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61265082', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61265099', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61265164', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61265251', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61265296', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61265341', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61265606', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61265632', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('61265998', false, NULL, NULL, true, '{Australia/Lord_Howe}', 'AU'),
    ('613', false, NULL, NULL, true, '{Australia/Sydney}', 'AU'),
    ('617', false, NULL, NULL, true, '{Australia/Sydney}', 'AU'),
    ('61721000', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61721001', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61721002', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61721003', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6172101', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6172102', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6172103', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6172104', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173018', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173019', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617303', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173040', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173041', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173046', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617305', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61730600', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173061', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61730640', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61730641', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61730643', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61730651', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61730659', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173066', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173067', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173068', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173069', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617307', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617308', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61730923', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61730938', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173096', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173097', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61730992', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61731', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617322', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617323', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617326', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173291', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173292', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173295', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173296', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173300', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61733095', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61733099', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173316', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173319', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173322', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173330', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173333', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173342', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617335', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617336', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173403', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173404', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173405', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173406', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173407', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173411', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173414', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617342', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173434', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173435', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173443', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173452', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173455', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173456', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173457', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173460', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173493', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61734973', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61734974', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61734975', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61734976', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617350', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617353', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173540', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173546', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173547', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173548', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617355', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61735678', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617360', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173613', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617362', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617363', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61736404', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61736405', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61736406', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61736409', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173646', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173647', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173648', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173666', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61736677', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61736678', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61736679', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61736680', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617370', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617371', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617372', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617373', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173748', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173777', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61737788', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173811', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173815', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173823', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173828', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61738348', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61738359', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173887', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('617389', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173900', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173901', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173904', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173905', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173910', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61739110', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61739111', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61739112', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173914', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173915', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61739160', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61739161', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173917', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173918', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173922', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173924', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('61739475', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('6173999', false, NULL, NULL, true, '{Australia/Brisbane}', 'AU'),
    ('618510', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851001', false, NULL, NULL, true, '{Indian/Christmas}', 'CX'),
    ('61851002', false, NULL, NULL, true, '{Indian/Cocos}', 'CC'),
    ('61851030', false, NULL, NULL, true, '{Indian/Christmas}', 'CX'),
    ('61851031', false, NULL, NULL, true, '{Indian/Cocos}', 'CC'),
    ('61851059', false, NULL, NULL, true, '{Indian/Christmas}', 'CX'),
    ('61851060', false, NULL, NULL, true, '{Indian/Cocos}', 'CC'),
    ('61851087', false, NULL, NULL, true, '{Australia/Perth}', 'AU'),
    ('61851088', false, NULL, NULL, true, '{Indian/Christmas}', 'CX'),
    ('61851089', false, NULL, NULL, true, '{Indian/Cocos}', 'CC'),
    ('6185109', false, NULL, NULL, true, '{Australia/Perth}', 'AU'),
    ('618511', false, NULL, NULL, true, '{Australia/Perth}', 'AU'),
    ('61851100', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851116', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851117', false, NULL, NULL, true, '{Indian/Christmas}', 'CX'),
    ('61851118', false, NULL, NULL, true, '{Indian/Cocos}', 'CC'),
    ('61851119', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('6185112', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('6185113', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851140', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851141', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851142', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851143', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851144', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851146', false, NULL, NULL, true, '{Indian/Christmas}', 'CX'),
    ('61851156', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851158', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851175', false, NULL, NULL, true, '{Indian/Christmas}', 'CX'),
    ('61851176', false, NULL, NULL, true, '{Indian/Cocos}', 'CC'),
    ('61851185', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851187', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('6185120', false, NULL, NULL, true, '{Australia/Perth}', 'AU'),
    ('61851204', false, NULL, NULL, true, '{Indian/Christmas}', 'AU'),
    ('61851205', false, NULL, NULL, true, '{Australia/Sydney}', 'AU'),
    ('61851209', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('6185121', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851221', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851222', false, NULL, NULL, true, '{Indian/Christmas}', 'CX'),
    ('61851223', false, NULL, NULL, true, '{Indian/Cocos}', 'CC'),
    ('61851224', false, NULL, NULL, true, '{Australia/Perth}', 'AU'),
    ('61851225', false, NULL, NULL, true, '{Australia/Perth}', 'AU'),
    ('61851226', false, NULL, NULL, true, '{Australia/Perth}', 'AU'),
    ('61851227', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851228', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851229', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851230', false, NULL, NULL, true, '{Australia/Sydney}', 'AU'),
    ('61851231', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851232', false, NULL, NULL, true, '{Australia/Sydney}', 'AU'),
    ('61851233', false, NULL, NULL, true, '{Australia/Sydney}', 'AU'),
    ('61851234', false, NULL, NULL, true, '{Australia/Sydney}', 'AU'),
    ('61851235', false, NULL, NULL, true, '{Indian/Christmas}', 'CX'),
    ('61851236', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851237', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851238', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61851239', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('6185124', false, NULL, NULL, true, '{Australia/Sydney}', 'AU'),
    ('6185125', false, NULL, NULL, true, '{Australia/Sydney}', 'AU'),
    ('6185126', false, NULL, NULL, true, '{Australia/Sydney}', 'AU'),
    ('6185127', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('6185128', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('6185129', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('6186', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('6187', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('6188', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('6189', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth}', 'AU'),
    ('61890393', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Eucla,Australia/Perth}', 'AU'),
    ('61890395', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Eucla,Australia/Perth}', 'AU'),
    ('61891006', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891007', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891008', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891009', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891010', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('61891011', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('61891012', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('61891029', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('61891122', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('61891149', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891150', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('61891178', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891179', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('61891181', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891182', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('61891209', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891210', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('61891263', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891264', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('61891308', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('61891312', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891322', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('61891326', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891368', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('61891375', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891428', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('61891456', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891497', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891498', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('6189162', false, NULL, NULL, true, '{Indian/Cocos}', 'CC'),
    ('6189164', false, NULL, NULL, true, '{Indian/Christmas}', 'CX'),
    ('61891700', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891701', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891702', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('61891703', false, NULL, NULL, true, '{Indian/Cocos}', 'CC'),
    ('61891710', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891711', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891712', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Christmas}', 'AU'),
    ('61891958', false, NULL, NULL, true, '{Indian/Christmas}', 'CX'),
    ('61891959', false, NULL, NULL, true, '{Australia/Adelaide,Australia/Perth,Indian/Cocos}', 'AU'),
    ('62', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Jayapura,Asia/Makassar}', 'ID'),
    ('622', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('6231', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('6232', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('6233', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('6234', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('6235', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('6236', false, NULL, NULL, true, '{Asia/Makassar}', 'ID'),
    ('6237', false, NULL, NULL, true, '{Asia/Makassar}', 'ID'),
    ('62379', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('6238', false, NULL, NULL, true, '{Asia/Makassar}', 'ID'),
    ('624', false, NULL, NULL, true, '{Asia/Makassar}', 'ID'),
    ('62403', false, NULL, NULL, true, '{Asia/Jayapura,Asia/Makassar}', 'ID'),
    ('62458', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('62511', false, NULL, NULL, true, '{Asia/Makassar}', 'ID'),
    ('62512', false, NULL, NULL, true, '{Asia/Makassar}', 'ID'),
    ('62513', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('62515', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('62516', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('62517', false, NULL, NULL, true, '{Asia/Makassar}', 'ID'),
    ('62518', false, NULL, NULL, true, '{Asia/Makassar}', 'ID'),
    ('62519', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('62522', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('62525', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('62526', false, NULL, NULL, true, '{Asia/Makassar}', 'ID'),
    ('62527', false, NULL, NULL, true, '{Asia/Makassar}', 'ID'),
    ('62528', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('6253', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('62539', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('6254', false, NULL, NULL, true, '{Asia/Makassar}', 'ID'),
    ('6255', false, NULL, NULL, true, '{Asia/Makassar}', 'ID'),
    ('6256', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('626', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('627', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('6281', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('62811', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('62818', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('62819', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('6282', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('62824', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('62829', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('6283', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('62831', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('62833', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('62834', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('62839', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('6285', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('62853', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('6286', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('62868', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('6287', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('62876', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('6288', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('62887', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Makassar}', 'ID'),
    ('6289', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('6290', false, NULL, NULL, true, '{Asia/Jayapura}', 'ID'),
    ('6291', false, NULL, NULL, true, '{Asia/Jayapura}', 'ID'),
    ('62915', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Jayapura}', 'ID'),
    ('6292', false, NULL, NULL, true, '{Asia/Jayapura}', 'ID'),
    ('62920', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('62951', false, NULL, NULL, true, '{Asia/Jayapura}', 'ID'),
    ('62952', false, NULL, NULL, true, '{Asia/Jakarta,Asia/Jayapura}', 'ID'),
    ('62955', false, NULL, NULL, true, '{Asia/Jayapura}', 'ID'),
    ('62956', false, NULL, NULL, true, '{Asia/Jayapura}', 'ID'),
    ('62957', false, NULL, NULL, true, '{Asia/Jayapura}', 'ID'),
    ('62958', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('62962', false, NULL, NULL, true, '{Asia/Jayapura}', 'ID'),
    ('62963', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('62966', false, NULL, NULL, true, '{Asia/Jayapura}', 'ID'),
    ('62967', false, NULL, NULL, true, '{Asia/Jayapura}', 'ID'),
    ('62969', false, NULL, NULL, true, '{Asia/Jayapura}', 'ID'),
    ('62971', false, NULL, NULL, true, '{Asia/Jayapura}', 'ID'),
    ('62975', false, NULL, NULL, true, '{Asia/Jayapura}', 'ID'),
    ('62979', false, NULL, NULL, true, '{Asia/Jakarta}', 'ID'),
    ('6298', false, NULL, NULL, true, '{Asia/Jayapura}', 'ID'),
    ('63', true, '{Asia/Manila}', 'PH', true, '{Asia/Manila}', 'PH'),
    ('64', false, NULL, NULL, true, '{Pacific/Auckland,Pacific/Chatham}', 'NZ'),
    ('6424', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('643', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('64330', false, NULL, NULL, true, '{Pacific/Chatham}', 'NZ'),
    ('644', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('646', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('6472', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('6473', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('6474', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('6475', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('6477', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('6478', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('6479', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('6492', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('6493', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('6494', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('6495', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('6496', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('6497', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('6498', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('6499', false, NULL, NULL, true, '{Pacific/Auckland}', 'NZ'),
    ('65', true, '{Asia/Singapore}', 'SG', true, '{Asia/Singapore}', 'SG'),
    ('66', true, '{Asia/Bangkok}', 'TH', true, '{Asia/Bangkok}', 'TH'),
    ('670', true, '{Asia/Dili}', 'TL', true, '{Asia/Dili}', 'TL'),
    ('672', true, '{Pacific/Norfolk}', 'NF', true, '{Pacific/Norfolk}', 'NF'),
    ('673', true, '{Asia/Brunei}', 'BN', true, '{Asia/Brunei}', 'BN'),
    ('674', true, '{Pacific/Nauru}', 'NR', true, '{Pacific/Nauru}', 'NR'),
    ('675', true, '{Pacific/Port_Moresby}', 'PG', true, '{Pacific/Port_Moresby}', 'PG'),
    ('676', true, '{Pacific/Tongatapu}', 'TO', true, '{Pacific/Tongatapu}', 'TO'),
    ('677', true, '{Pacific/Guadalcanal}', 'SB', true, '{Pacific/Guadalcanal}', 'SB'),
    ('678', true, '{Pacific/Efate}', 'VU', true, '{Pacific/Efate}', 'VU'),
    ('679', true, '{Pacific/Fiji}', 'FJ', true, '{Pacific/Fiji}', 'FJ'),
    ('680', true, '{Pacific/Palau}', 'PW', true, '{Pacific/Palau}', 'PW'),
    ('681', true, '{Pacific/Wallis}', 'WF', true, '{Pacific/Wallis}', 'WF'),
    ('682', true, '{Pacific/Rarotonga}', 'CK', true, '{Pacific/Rarotonga}', 'CK'),
    ('683', true, '{Pacific/Niue}', 'NU', true, '{Pacific/Niue}', 'NU'),
    ('685', true, '{Pacific/Apia}', 'WS', true, '{Pacific/Apia}', 'WS'),
    ('686', false, NULL, NULL, true, '{Pacific/Enderbury,Pacific/Kiritimati,Pacific/Tarawa}', 'KI'),
    ('687', true, '{Pacific/Noumea}', 'NC', true, '{Pacific/Noumea}', 'NC'),
    ('688', true, '{Pacific/Funafuti}', 'TV', true, '{Pacific/Funafuti}', 'TV'),
    ('689', false, NULL, NULL, true, '{Pacific/Gambier,Pacific/Marquesas,Pacific/Tahiti}', 'PF'),
    ('68940', false, NULL, NULL, true, '{Pacific/Tahiti}', 'PF'),
    ('689494', false, NULL, NULL, true, '{Pacific/Tahiti}', 'PF'),
    ('689495', false, NULL, NULL, true, '{Pacific/Tahiti}', 'PF'),
    ('689496', false, NULL, NULL, true, '{Pacific/Tahiti}', 'PF'),
    ('689498', false, NULL, NULL, true, '{Pacific/Tahiti}', 'PF'),
    ('690', true, '{Pacific/Fakaofo}', 'TK', true, '{Pacific/Fakaofo}', 'TK'),
    ('691', false, NULL, NULL, true, '{Pacific/Kosrae,Pacific/Ponape,Pacific/Truk}', 'FM'),
    ('6913', false, NULL, NULL, true, '{Pacific/Truk}', 'FM'),
    ('69132', false, NULL, NULL, true, '{Pacific/Ponape}', 'FM'),
    ('69137', false, NULL, NULL, true, '{Pacific/Kosrae}', 'FM'),
    ('691920', false, NULL, NULL, true, '{Pacific/Ponape}', 'FM'),
    ('691921', false, NULL, NULL, true, '{Pacific/Ponape}', 'FM'),
    ('691924', false, NULL, NULL, true, '{Pacific/Ponape}', 'FM'),
    ('691926', false, NULL, NULL, true, '{Pacific/Ponape}', 'FM'),
    ('691933', false, NULL, NULL, true, '{Pacific/Truk}', 'FM'),
    ('692', true, '{Pacific/Majuro}', 'MH', true, '{Pacific/Majuro}', 'MH'),
    ('7', false, NULL, NULL, true, '{Asia/Almaty,Asia/Anadyr,Asia/Aqtobe,Asia/Irkutsk,Asia/Kamchatka,Asia/Krasnoyarsk,Asia/Magadan,Asia/Novosibirsk,Asia/Omsk,Asia/Sakhalin,Asia/Vladivostok,Asia/Yakutsk,Asia/Yekaterinburg,Europe/Bucharest,Europe/Moscow,Europe/Samara}', 'RU'),
    ('7301', false, NULL, NULL, true, '{Asia/Irkutsk}', 'RU'),
    ('7302', false, NULL, NULL, true, '{Asia/Yakutsk}', 'RU'),
    ('733', false, NULL, NULL, true, '{Asia/Almaty}', 'KZ'),
    ('734', false, NULL, NULL, true, '{Asia/Yekaterinburg}', 'RU'),
    ('7341', false, NULL, NULL, true, '{Europe/Samara}', 'RU'),
    ('735', false, NULL, NULL, true, '{Asia/Yekaterinburg}', 'RU'),
    ('736', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('7381', false, NULL, NULL, true, '{Asia/Omsk}', 'RU'),
    ('7382', false, NULL, NULL, true, '{Asia/Novosibirsk}', 'RU'),
    ('7383', false, NULL, NULL, true, '{Asia/Novosibirsk}', 'RU'),
    ('7384', false, NULL, NULL, true, '{Asia/Krasnoyarsk}', 'RU'),
    ('7385', false, NULL, NULL, true, '{Asia/Krasnoyarsk}', 'RU'),
    ('7388', false, NULL, NULL, true, '{Asia/Krasnoyarsk}', 'RU'),
    ('7390', false, NULL, NULL, true, '{Asia/Krasnoyarsk}', 'RU'),
    ('7391', false, NULL, NULL, true, '{Asia/Krasnoyarsk}', 'RU'),
    ('7394', false, NULL, NULL, true, '{Asia/Krasnoyarsk}', 'RU'),
    ('7395', false, NULL, NULL, true, '{Asia/Irkutsk}', 'RU'),
    ('740', false, NULL, NULL, true, '{Europe/Bucharest}', 'RU'),
    ('7411', false, NULL, NULL, true, '{Asia/Yakutsk}', 'RU'),
    ('7413', false, NULL, NULL, true, '{Asia/Magadan}', 'RU'),
    ('7415', false, NULL, NULL, true, '{Asia/Kamchatka}', 'RU'),
    ('7416', false, NULL, NULL, true, '{Asia/Yakutsk}', 'RU'),
    ('7421', false, NULL, NULL, true, '{Asia/Vladivostok}', 'RU'),
    ('7423', false, NULL, NULL, true, '{Asia/Vladivostok}', 'RU'),
    ('7424', false, NULL, NULL, true, '{Asia/Sakhalin}', 'RU'),
    ('7426', false, NULL, NULL, true, '{Asia/Vladivostok}', 'RU'),
    ('7427', false, NULL, NULL, true, '{Asia/Anadyr}', 'RU'),
    ('747', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('748', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('749', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('77', false, NULL, NULL, true, '{Asia/Almaty,Asia/Anadyr,Asia/Aqtobe,Asia/Irkutsk,Asia/Kamchatka,Asia/Krasnoyarsk,Asia/Magadan,Asia/Novosibirsk,Asia/Omsk,Asia/Sakhalin,Asia/Vladivostok,Asia/Yakutsk,Asia/Yekaterinburg,Europe/Bucharest,Europe/Moscow,Europe/Samara}', 'KZ'),
    ('771', false, NULL, NULL, true, '{Asia/Almaty}', 'KZ'),
    ('7711', false, NULL, NULL, true, '{Asia/Aqtobe}', 'KZ'),
    ('7712', false, NULL, NULL, true, '{Asia/Aqtobe}', 'KZ'),
    ('7713', false, NULL, NULL, true, '{Asia/Aqtobe}', 'KZ'),
    ('772', false, NULL, NULL, true, '{Asia/Almaty}', 'KZ'),
    ('7729', false, NULL, NULL, true, '{Asia/Aqtobe}', 'KZ'),
    ('7811', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('7812', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('7813', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('7814', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('7815', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('7816', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('7817', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('7818', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('782', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('783', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('7840', false, NULL, NULL, true, '{Europe/Bucharest,Europe/Moscow}', 'RU'),
    ('7841', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('7842', false, NULL, NULL, true, '{Europe/Samara}', 'RU'),
    ('7843', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('7844', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('7845', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('7846', false, NULL, NULL, true, '{Europe/Samara}', 'RU'),
    ('7847', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('7848', false, NULL, NULL, true, '{Europe/Samara}', 'RU'),
    ('7851', false, NULL, NULL, true, '{Europe/Samara}', 'RU'),
    ('7855', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('786', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('787', false, NULL, NULL, true, '{Europe/Moscow}', 'RU'),
    ('81', true, '{Asia/Tokyo}', 'JP', true, '{Asia/Tokyo}', 'JP'),
    ('82', true, '{Asia/Seoul}', 'KR', true, '{Asia/Seoul}', 'KR'),
    ('84', true, '{Asia/Ho_Chi_Minh}', 'VN', true, '{Asia/Ho_Chi_Minh}', 'VN'),
    ('850', true, '{Asia/Pyongyang}', 'KP', true, '{Asia/Pyongyang}', 'KP'),
    ('852', true, '{Asia/Hong_Kong}', 'HK', true, '{Asia/Hong_Kong}', 'HK'),
    ('853', true, '{Asia/Macau}', 'MO', true, '{Asia/Macau}', 'MO'),
    ('855', true, '{Asia/Phnom_Penh}', 'KH', true, '{Asia/Phnom_Penh}', 'KH'),
    ('856', true, '{Asia/Vientiane}', 'LA', true, '{Asia/Vientiane}', 'LA'),
    ('86', true, '{Asia/Shanghai}', 'CN', true, '{Asia/Shanghai}', 'CN'),
    ('880', true, '{Asia/Dhaka}', 'BD', true, '{Asia/Dhaka}', 'BD'),
    ('886', true, '{Asia/Taipei}', 'TW', true, '{Asia/Taipei}', 'TW'),
    ('90', true, '{Europe/Istanbul}', 'TR', true, '{Europe/Istanbul}', 'TR'),
    ('91', true, '{Asia/Kolkata}', 'IN', true, '{Asia/Kolkata}', 'IN'),
    ('92', true, '{Asia/Karachi}', 'PK', true, '{Asia/Karachi}', 'PK'),
    ('93', true, '{Asia/Kabul}', 'AF', true, '{Asia/Kabul}', 'AF'),
    ('94', true, '{Asia/Colombo}', 'LK', true, '{Asia/Colombo}', 'LK'),
    ('95', true, '{Asia/Yangon}', 'MM', true, '{Asia/Yangon}', 'MM'),
    ('960', true, '{Indian/Maldives}', 'MV', true, '{Indian/Maldives}', 'MV'),
    ('961', true, '{Asia/Beirut}', 'LB', true, '{Asia/Beirut}', 'LB'),
    ('962', true, '{Asia/Amman}', 'JO', true, '{Asia/Amman}', 'JO'),
    ('963', true, '{Asia/Damascus}', 'SY', true, '{Asia/Damascus}', 'SY'),
    ('964', true, '{Asia/Baghdad}', 'IQ', true, '{Asia/Baghdad}', 'IQ'),
    ('965', true, '{Asia/Kuwait}', 'KW', true, '{Asia/Kuwait}', 'KW'),
    ('966', true, '{Asia/Riyadh}', 'SA', true, '{Asia/Riyadh}', 'SA'),
    ('967', true, '{Asia/Aden}', 'YE', true, '{Asia/Aden}', 'YE'),
    ('968', true, '{Asia/Muscat}', 'OM', true, '{Asia/Muscat}', 'OM'),
    ('970', false, NULL, NULL, true, '{Europe/Bucharest}', 'PS'),
    ('971', true, '{Asia/Dubai}', 'AE', true, '{Asia/Dubai}', 'AE'),
    ('972', true, '{Asia/Jerusalem}', 'IL', true, '{Asia/Jerusalem}', 'IL'),
    ('973', true, '{Asia/Bahrain}', 'BH', true, '{Asia/Bahrain}', 'BH'),
    ('974', true, '{Asia/Qatar}', 'QA', true, '{Asia/Qatar}', 'QA'),
    ('975', true, '{Asia/Thimphu}', 'BT', true, '{Asia/Thimphu}', 'BT'),
    ('976', false, NULL, NULL, true, '{Asia/Choibalsan,Asia/Hovd,Asia/Ulaanbaatar}', 'MN'),
    ('97611', false, NULL, NULL, true, '{Asia/Ulaanbaatar}', 'MN'),
    ('97612', false, NULL, NULL, true, '{Asia/Ulaanbaatar}', 'MN'),
    ('97613', false, NULL, NULL, true, '{Asia/Ulaanbaatar}', 'MN'),
    ('9761362', false, NULL, NULL, true, '{Asia/Choibalsan,Asia/Ulaanbaatar}', 'MN'),
    ('97614', false, NULL, NULL, true, '{Asia/Hovd}', 'MN'),
    ('97615', false, NULL, NULL, true, '{Asia/Ulaanbaatar}', 'MN'),
    ('976158', false, NULL, NULL, true, '{Asia/Choibalsan}', 'MN'),
    ('97621', false, NULL, NULL, true, '{Asia/Ulaanbaatar}', 'MN'),
    ('97622', false, NULL, NULL, true, '{Asia/Ulaanbaatar}', 'MN'),
    ('97623', false, NULL, NULL, true, '{Asia/Ulaanbaatar}', 'MN'),
    ('9762362', false, NULL, NULL, true, '{Asia/Choibalsan,Asia/Ulaanbaatar}', 'MN'),
    ('97624', false, NULL, NULL, true, '{Asia/Hovd}', 'MN'),
    ('97625', false, NULL, NULL, true, '{Asia/Ulaanbaatar}', 'MN'),
    ('976258', false, NULL, NULL, true, '{Asia/Choibalsan}', 'MN'),
    ('97653', false, NULL, NULL, true, '{Asia/Ulaanbaatar}', 'MN'),
    ('97656', false, NULL, NULL, true, '{Asia/Ulaanbaatar}', 'MN'),
    ('97658', false, NULL, NULL, true, '{Asia/Ulaanbaatar}', 'MN'),
    ('97670', false, NULL, NULL, true, '{Asia/Ulaanbaatar}', 'MN'),
    ('9767128', false, NULL, NULL, true, '{Asia/Ulaanbaatar}', 'MN'),
    ('977', true, '{Asia/Kathmandu}', 'NP', true, '{Asia/Kathmandu}', 'NP'),
    ('98', true, '{Asia/Tehran}', 'IR', true, '{Asia/Tehran}', 'IR'),
    ('992', true, '{Asia/Dushanbe}', 'TJ', true, '{Asia/Dushanbe}', 'TJ'),
    ('993', true, '{Asia/Ashgabat}', 'TM', true, '{Asia/Ashgabat}', 'TM'),
    ('994', true, '{Asia/Baku}', 'AZ', true, '{Asia/Baku}', 'AZ'),
    ('995', true, '{Asia/Tbilisi}', 'GE', true, '{Asia/Tbilisi}', 'GE'),
    ('996', true, '{Asia/Bishkek}', 'KG', true, '{Asia/Bishkek}', 'KG'),
    ('998', true, '{Asia/Tashkent}', 'UZ', true, '{Asia/Tashkent}', 'UZ');

-- edited by the user: theirs
UPDATE campaign.phone_prefixes p SET shipped = false
  FROM campaign.phone_prefixes_0_1_0_to_0_2_0 v
 WHERE p.prefix = v.prefix AND p.shipped
   AND (NOT v.in_0_1_0 OR (p.timezones, p.region) IS DISTINCT FROM (v.timezones_0_1_0, v.region_0_1_0));
-- removed by the user: recorded, when 0.2.0 would ship the prefix again
INSERT INTO campaign.removed_shipped_rows (table_name, key)
SELECT 'phone_prefixes', v.prefix
  FROM campaign.phone_prefixes_0_1_0_to_0_2_0 v
 WHERE v.in_0_1_0 AND v.in_0_2_0
   AND NOT EXISTS (SELECT FROM campaign.phone_prefixes p WHERE p.prefix = v.prefix);
-- still as shipped: 0.2.0's row, or none
DELETE FROM campaign.phone_prefixes p
 USING campaign.phone_prefixes_0_1_0_to_0_2_0 v
 WHERE p.prefix = v.prefix AND p.shipped AND NOT v.in_0_2_0;
UPDATE campaign.phone_prefixes p SET timezones = v.timezones_0_2_0, region = v.region_0_2_0
  FROM campaign.phone_prefixes_0_1_0_to_0_2_0 v
 WHERE p.prefix = v.prefix AND p.shipped
   AND (p.timezones, p.region) IS DISTINCT FROM (v.timezones_0_2_0, v.region_0_2_0);
-- new in 0.2.0, where no row of the user's has the prefix
INSERT INTO campaign.phone_prefixes (prefix, timezones, region, shipped)
SELECT v.prefix, v.timezones_0_2_0, v.region_0_2_0, true
  FROM campaign.phone_prefixes_0_1_0_to_0_2_0 v
 WHERE v.in_0_2_0 AND NOT v.in_0_1_0
ON CONFLICT (prefix) DO NOTHING;
DROP TABLE campaign.phone_prefixes_0_1_0_to_0_2_0;

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

INSERT INTO campaign.frequency_caps (jurisdiction, max_messages, per, source, shipped) VALUES
    ('US-FL', 3, '24 hours', 'Fla. Stat. 501.616(6)(b) (Florida Telephone Solicitation Act, amended 2021): at most 3 commercial calls or texts to a person on the same subject in 24 hours', true),
    ('US-OK', 3, '24 hours', 'Okla. Stat. tit. 15, 775C (Telephone Solicitation Act of 2022): at most 3 commercial calls or texts to a person on the same subject in 24 hours', true),
    ('US-MD', 3, '24 hours', 'Md. Code, Com. Law 14-4501 ff. (Stop the Spam Calls Act of 2023): at most 3 commercial calls or texts to a person on the same subject in 24 hours', true);

-- From here on a shipped row written outside the extension's scripts is the
-- user's, and its removal is recorded (src/shipped_rows.c).
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

CREATE TRIGGER removed_shipped_rows_apply
    BEFORE INSERT ON campaign.removed_shipped_rows
    FOR EACH ROW EXECUTE FUNCTION campaign.removed_shipped_row();
ALTER TABLE campaign.removed_shipped_rows ENABLE ALWAYS TRIGGER removed_shipped_rows_apply;

-------------------------------------------------------------------------------
-- Tenants: row-level security on the new record and the new site tables
-------------------------------------------------------------------------------
DO $policies$
DECLARE
    table_name text;
BEGIN
    FOREACH table_name IN ARRAY ARRAY['messages', 'tick_errors', 'dropped_message_counts']
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
-- pg_dump: the new tables' rows (campaign.messages itself is no longer
-- dumped: its partitions are the user's tables, dumped with their rows)
-------------------------------------------------------------------------------
SELECT pg_catalog.pg_extension_config_dump('campaign.message_queue', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.claims', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.claims_claim_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.dropped_message_counts', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.closed_days', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('campaign.closed_days_closed_day_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.frequency_caps', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('campaign.frequency_caps_frequency_cap_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('campaign.removed_shipped_rows', '');

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
-- Privileges, as 0.2.0's install script gives them. Named table by table:
-- the partitions just made are tables of the schema, and 0.2.0 grants
-- nothing on partitions.
-------------------------------------------------------------------------------
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA campaign FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA campaign TO campaign_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON campaign.messages, campaign.closed_days, campaign.frequency_caps,
    campaign.removed_shipped_rows, campaign.message_partitions TO campaign_admin;
GRANT SELECT ON campaign.tick_errors, campaign.message_queue, campaign.claims,
    campaign.provider_messages, campaign.dropped_message_counts, campaign.shard_config TO campaign_admin;
GRANT USAGE, SELECT ON campaign.claims_claim_id_seq, campaign.closed_days_closed_day_id_seq,
    campaign.frequency_caps_frequency_cap_id_seq TO campaign_admin;

-- no role executes a trigger function (0.1.0 granted them to campaign_admin)
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

GRANT SELECT ON campaign.closed_days, campaign.frequency_caps TO campaign_app;
GRANT SELECT ON campaign.messages, campaign.tick_errors, campaign.dropped_message_counts TO campaign_app;
GRANT EXECUTE ON FUNCTION campaign.local_planned_at(timestamp, text, text, timestamptz), campaign.add_delay(timestamptz, interval, text),
    campaign.subscriber_timezones(text, text, text), campaign.subscriber_jurisdiction(text, text, text),
    campaign.first_step_skip_reason(text, timestamptz, timestamptz, boolean, timestamptz, interval),
    campaign.follow_up_skip_reason(text, timestamptz),
    campaign.describe_send_time(smallint, text, timestamp, text, text[], text, time, time,
                                timestamptz, timestamptz, text, text) TO campaign_app;

-------------------------------------------------------------------------------
-- Comments: every comment of 0.2.0 (new objects, and the words of old ones
-- that changed)
-------------------------------------------------------------------------------
COMMENT ON TYPE campaign.campaign_status IS
    'status of a campaign: draft -> scheduled -> processing -> sending -> sent, or failed, or canceled; the triggers allow only the edges of docs/reference.md';
COMMENT ON TYPE campaign.message_status IS
    'status of a message: pending (waiting for its send_at), dispatching (with a dispatcher, under a lease), sent, delivered or undelivered (carrier receipt), skipped (skip_reason), canceled (its campaign ended), failed (refused for good)';
COMMENT ON FUNCTION campaign.now() IS
    'the instant every campaign function calls now: campaign.fake_now when set, else the transaction start';
COMMENT ON FUNCTION campaign.is_valid_timezone(text) IS
    'true when the name is an IANA zone of PostgreSQL''s time zone data (not a POSIX TZ string)';
COMMENT ON FUNCTION campaign.is_valid_phone(text) IS
    'true when the text is an E.164 number: a + and 7 to 15 digits, the first not 0; after +1 (North America) exactly 10 digits, area code and exchange starting with 2 to 9';
COMMENT ON FUNCTION campaign.validate_site() IS
    'trigger on campaign.sites: refuses (22023) an unknown time zone, a bad country code, quiet hours with one edge null, a negative smart_sending_window, a message_retention under a day; stores the zone''s canonical spelling';
COMMENT ON FUNCTION campaign.validate_subscriber() IS
    'trigger on campaign.subscribers: refuses (22023) a phone that is not E.164, an unknown time zone, a bad ISO 3166 region; stores the zone''s canonical spelling and stamps unsubscribed_at on every STOP';
COMMENT ON FUNCTION campaign.validate_send_window() IS
    'trigger on campaign.send_windows: refuses (22023) a bad jurisdiction, a weekday outside 0-6, a window without allowed_start < allowed_end (both null: no sending that day)';
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
COMMENT ON COLUMN campaign.sites.country IS
    'ISO 3166-1 code: the jurisdiction of subscribers whose region and phone prefix say nothing';
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
COMMENT ON TABLE campaign.campaign_steps IS 'the messages of a campaign: step 0 and its follow-ups';
COMMENT ON COLUMN campaign.campaign_steps.site_id IS
    'the campaign''s site, copied by the steps trigger (every table of site data carries site_id)';
COMMENT ON COLUMN campaign.campaign_steps.step_no IS
    '0 is the first message; follow-ups 1, 2, ... without gaps';
COMMENT ON COLUMN campaign.campaign_steps.delay IS
    'a follow-up is planned this long after the send time of the previous step';
COMMENT ON COLUMN campaign.campaign_steps.skip_if_event IS
    'a follow-up is skipped for a subscriber who recorded this event after step 0 was handed out to them';
COMMENT ON COLUMN campaign.messages.jurisdiction IS
    'the legal-window jurisdiction used for this subscriber (ISO 3166), rechecked at hand-out';
COMMENT ON COLUMN campaign.messages.lease_expires_at IS
    'while dispatching: when the dispatcher''s lease runs out and the message returns to pending';
COMMENT ON COLUMN campaign.messages.claim_id IS
    'the claim (campaign.claims) that last handed the message out';
COMMENT ON TABLE campaign.messages IS
    'one row per subscriber and step: the dispatch queue and the record of what happened';
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
COMMENT ON TABLE campaign.message_queue IS
    'the pending messages, narrow: what claim_messages scans; a row exists exactly while its message is pending';
COMMENT ON COLUMN campaign.message_queue.send_at IS
    'the message''s send_at, kept equal to it';
COMMENT ON TABLE campaign.claims IS
    'one row per claim_messages call that handed messages out: the lease of the whole batch; deleted when every message of it is acknowledged or its lease has run out';
COMMENT ON COLUMN campaign.claims.open_messages IS
    'messages of the claim not yet acknowledged (mark_sent, mark_failed); at 0 the row is deleted';
COMMENT ON COLUMN campaign.claims.message_ids IS
    'the messages handed out; those still dispatching under this claim return to pending when the lease runs out';
COMMENT ON COLUMN campaign.claims.campaign_ids IS
    'the campaigns of those messages, each once: how tick knows a campaign still has messages with a dispatcher';
COMMENT ON TABLE campaign.provider_messages IS
    'the aggregator''s id of each sent message, written by mark_sent, read by record_delivery';
COMMENT ON TABLE campaign.dropped_message_counts IS
    'the message counts of a finished campaign whose messages campaign.drop_expired_messages() dropped, for campaign_progress';
COMMENT ON TABLE campaign.status_history IS 'every status change of every campaign; append-only';
COMMENT ON COLUMN campaign.status_history.changed_by IS
    'the role the caller acted as (not the owner of a security-definer function)';
COMMENT ON COLUMN campaign.status_history.reason IS
    'the failure_reason of a move to failed';
COMMENT ON TABLE campaign.tick_errors IS
    'campaigns that campaign.tick() could not move on, by phase, with the last error; the other campaigns went on';
COMMENT ON COLUMN campaign.tick_errors.phase IS
    'expire_leases (returning messages whose lease ran out), start, process (a batch of the audience), finish (to sending or sent) or withdraw (canceling the messages a claim held when the campaign was canceled or failed)';
COMMENT ON COLUMN campaign.tick_errors.context IS
    'where the error was raised, e.g. the user trigger and its line';
COMMENT ON COLUMN campaign.tick_errors.failures IS
    'ticks in a row that failed this phase of this campaign, since first_failed_at';
COMMENT ON FUNCTION campaign.reference_table_changed() IS
    'statement trigger on campaign.send_windows, campaign.phone_prefixes, campaign.closed_days and campaign.frequency_caps: makes every backend reload its cache of the table';
COMMENT ON TABLE campaign.send_windows IS
    'legal sending windows by jurisdiction and weekday; shipped rows are defaults to be checked with counsel';
COMMENT ON COLUMN campaign.send_windows.jurisdiction IS
    'ISO 3166 country (''US'') or subdivision (''US-FL''); a subdivision''s rows apply together with its country''s';
COMMENT ON COLUMN campaign.send_windows.dow IS
    '0 Sunday .. 6 Saturday; null: every day without rows of its own';
COMMENT ON COLUMN campaign.send_windows.allowed_start IS
    'start of the allowed wall-clock window [allowed_start, allowed_end); both null: no sending that day';
COMMENT ON TABLE campaign.phone_prefixes IS
    'E.164 digit prefixes to time zones and ISO 3166 regions; longest prefix wins';
COMMENT ON COLUMN campaign.phone_prefixes.prefix IS
    'E.164 digits without the +, such as ''1305''';
COMMENT ON COLUMN campaign.phone_prefixes.timezones IS
    'every zone of the prefix: a message waits until each of them allows it';
COMMENT ON COLUMN campaign.send_windows.shipped IS
    'true while the row is as the extension ships it (pg_dump leaves it out, CREATE EXTENSION makes it); any edit makes the row the user''s';
COMMENT ON COLUMN campaign.phone_prefixes.shipped IS
    'true while the row is as the extension ships it (pg_dump leaves it out, CREATE EXTENSION makes it); any edit makes the row the user''s';
COMMENT ON TABLE campaign.removed_shipped_rows IS
    'shipped rows of send_windows (by send_window_id), phone_prefixes (by prefix), closed_days (by closed_day_id) and frequency_caps (by frequency_cap_id) that were deleted: a restore deletes them again; to bring one back, insert it';
COMMENT ON FUNCTION campaign.reference_row_write() IS
    'trigger on send_windows, phone_prefixes, closed_days and frequency_caps (BEFORE INSERT OR UPDATE, ALWAYS): a row written outside the extension''s scripts is the user''s (shipped = false, so pg_dump keeps it), and an inserted one replaces the shipped row with the same key';
COMMENT ON FUNCTION campaign.shipped_row_removed() IS
    'trigger on send_windows, phone_prefixes, closed_days and frequency_caps (AFTER UPDATE OR DELETE, BEFORE TRUNCATE): records a shipped row that was deleted or re-keyed in campaign.removed_shipped_rows, so that a restore removes it again';
COMMENT ON FUNCTION campaign.removed_shipped_row() IS
    'trigger on removed_shipped_rows (BEFORE INSERT, ALWAYS): deletes the shipped row the new record names, as a restore replays the user''s removals';
COMMENT ON FUNCTION campaign.validate_closed_day() IS
    'trigger on campaign.closed_days: refuses (22023, naming the field) a bad jurisdiction, an empty name, an unknown kind or observance, a field the kind needs that is null or one it does not use that is set, a month, day, nth, weekday or offset out of range, valid_from after valid_until';
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
COMMENT ON TABLE campaign.subscriber_events IS 'what subscribers did (for skip_if_event of follow-ups)';
COMMENT ON COLUMN campaign.subscriber_events.event IS
    'the name a step''s skip_if_event refers to, such as ''purchase''';
COMMENT ON FUNCTION campaign.campaigns_guard() IS
    'trigger on campaign.campaigns: the status graph, the edit lock, the guards of each transition (55000), and its bookkeeping; turns a start whose failure checks hold into failed';
COMMENT ON FUNCTION campaign.campaigns_record() IS
    'trigger on campaign.campaigns after a status change: appends to status_history, withdraws the pending messages no other transaction holds on cancel or failure, notifies campaign_status';
COMMENT ON FUNCTION campaign.steps_guard() IS
    'trigger on campaign.campaign_steps: steps change only while their campaign is a draft (55000); copies the campaign''s site_id';
COMMENT ON FUNCTION campaign.history_guard() IS
    'trigger on campaign.status_history: refuses every UPDATE, DELETE and TRUNCATE (55000), the history is append-only';
COMMENT ON FUNCTION campaign.messages_enqueue() IS
    'trigger on campaign.messages after INSERT, per statement: the pending messages get their row in message_queue, those with an aggregator''s id their row in provider_messages, those dispatching under no claim a claim of their lease';
COMMENT ON FUNCTION campaign.campaigns_partition() IS
    'trigger on campaign.campaigns after INSERT: the new campaign''s range of ids gets its partitions of messages and provider_messages when it has none';
COMMENT ON VIEW campaign.message_partitions IS
    'the partitions of campaign.messages and campaign.provider_messages: each holds the messages of the campaigns with first_campaign_id <= campaign_id < end_campaign_id';
COMMENT ON FUNCTION campaign.activate(bigint, timestamptz) IS
    'draft -> scheduled; at_time campaigns send at coalesce(send_at argument, send_at column, now)';
COMMENT ON FUNCTION campaign.cancel(bigint) IS
    'scheduled -> draft; processing or sending -> canceled, halting every pending message; messages_halted: those it withdrew (a message a concurrent claim holds is left to that claim, then to tick)';
COMMENT ON FUNCTION campaign.duplicate(bigint, text) IS
    'a new draft with the same settings and steps, duplicated_from set; allowed from any status';
COMMENT ON FUNCTION campaign.next_send_time(timestamptz, text, time, time, text) IS
    'the earliest instant >= planned outside the quiet window and inside the legal window of the jurisdiction in the zone; null when none within 192 hours';
COMMENT ON FUNCTION campaign.next_send_time(timestamptz, text[], time, time, text) IS
    'the earliest instant >= planned allowed in every zone of the list; null when none within 192 hours';
COMMENT ON FUNCTION campaign.send_time_reason(timestamptz, text[], time, time, text) IS
    'internal (explain_send_time): null when planned is allowed, else the rules that hold it back, in words';
COMMENT ON FUNCTION campaign.phone_timezones(text) IS
    'the time zones of the longest prefix of an E.164 number in campaign.phone_prefixes; null when unknown';
COMMENT ON FUNCTION campaign.phone_region(text) IS
    'the ISO 3166 region of the longest prefix of an E.164 number in campaign.phone_prefixes; null when unknown';
COMMENT ON FUNCTION campaign.local_planned_at(timestamp, text, text, timestamptz) IS
    'planned time of step 0 of a subscriber_local campaign in one zone, after the late policy; null: skip';
COMMENT ON FUNCTION campaign.add_delay(timestamptz, interval, text) IS
    'instant + delay as timestamptz + interval computes it with TimeZone set to timezone: months and days on its wall clock, hours as elapsed time';
COMMENT ON FUNCTION campaign.subscriber_timezones(text, text, text) IS
    'the zones a subscriber''s messages must be allowed in: their own zone, else those of the phone''s prefix, else the site''s';
COMMENT ON FUNCTION campaign.subscriber_jurisdiction(text, text, text) IS
    'whose legal windows apply to a subscriber: their region, else the phone prefix''s, else the site''s country';
COMMENT ON FUNCTION campaign.first_step_skip_reason(text, timestamptz, timestamptz, boolean, timestamptz, interval) IS
    'why step 0 is skipped, the first that holds of unsubscribed, local_time_passed, no_send_window, smart_sending; null: it goes at send_at';
COMMENT ON FUNCTION campaign.follow_up_skip_reason(text, timestamptz) IS
    'why a follow-up is skipped: the previous step''s reason, else no_send_window when send_at is null; null: it goes at send_at';
COMMENT ON FUNCTION campaign.tick(integer) IS
    'does the work that is due: returns expired leases, starts scheduled campaigns, processes up to batch_size subscribers, finishes campaigns, withdraws what claims left of canceled and failed campaigns';
COMMENT ON FUNCTION campaign.claim_messages(integer, interval) IS
    'hands due pending messages to one dispatcher each, after checking every rule at this instant';
COMMENT ON FUNCTION campaign.mark_sent(bigint, text) IS
    'the aggregator took a handed-out message: dispatching -> sent, with the provider''s id; idempotent';
COMMENT ON FUNCTION campaign.mark_sent(bigint[], text[]) IS
    'mark_sent for a whole batch in one round trip; provider ids one per message id, or null';
COMMENT ON FUNCTION campaign.mark_failed(bigint, text, timestamptz) IS
    'the aggregator refused a handed-out message: back to pending at retry_at (windows still apply; later steps move to at least retry_at; canceled if its campaign ended), or failed for good when null (later steps skipped)';
COMMENT ON FUNCTION campaign.record_delivery(text, boolean, text) IS
    'the carrier''s receipt for a provider message id: sent -> delivered or undelivered; a repeated receipt is accepted';
COMMENT ON FUNCTION campaign.unsubscribe(bigint, bigint) IS
    'the STOP keyword: the subscriber is unsubscribed and their pending messages are skipped at once';
COMMENT ON FUNCTION campaign.subscribers_stop() IS
    'trigger on campaign.subscribers after a STOP or a DELETE: skips the subscriber''s pending messages (unsubscribed)';
COMMENT ON FUNCTION campaign.record_event(bigint, bigint, text, timestamptz) IS
    'records what a subscriber did (for skip_if_event); occurred_at defaults to campaign.now()';
COMMENT ON VIEW campaign.campaign_progress IS
    'one row per campaign: audience, processed, messages by status, skips by reason, hand-out latency (kept in dropped_message_counts once retention dropped the messages)';
COMMENT ON FUNCTION campaign.drop_expired_messages(interval) IS
    'retention: drops the partitions of messages whose campaigns have all ended more than their site''s message_retention ago, keeping their counts in dropped_message_counts; waits at most lock_wait for the lock; run it in a transaction of its own';
COMMENT ON FUNCTION campaign.describe_send_time(smallint, text, timestamp, text, text[], text, time, time, timestamptz, timestamptz, text, text) IS
    'the words of explain_send_time for one message; capped_by names the frequency cap that moved or skipped it';
COMMENT ON FUNCTION campaign.explain_send_time(bigint, bigint) IS
    'why each of the subscriber''s messages goes when it goes; before processing, a preview of what it would decide now';
COMMENT ON COLUMN campaign.sites.frequency_cap IS
    'the site''s own frequency cap: at most this many messages to a subscriber per frequency_cap_period (both null: none), besides the caps of campaign.frequency_caps';
COMMENT ON COLUMN campaign.sites.frequency_cap_period IS
    'the period of the site''s own frequency cap, a duration (a day counts 24 hours) up to 366 days';
COMMENT ON COLUMN campaign.messages.capped_by IS
    'the frequency cap that last moved or skipped the message, in words (''US-FL allows 3 messages per 24 hours''); explain_send_time shows it';
COMMENT ON FUNCTION campaign.validate_frequency_cap() IS
    'trigger on campaign.frequency_caps: refuses (22023, naming the field) a jurisdiction that is not an ISO 3166 code, a max_messages below 1, a period that is not longer than zero or is longer than 366 days';
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
