/*
 * campaign_proxy: install script (the one editable copy; the Makefile
 * generates campaign_proxy--<version>.sql from it).
 *
 * For the proxy database of a deployment whose sites are spread over shards,
 * each shard a database running the campaign extension (docs/scale-out.md).
 * Offers the functions of docs/reference.md under the same names, arguments
 * and results, routed with PL/Proxy (cluster 'campaign'):
 *   - by site: shard = abs(hashint8(site_id)) % number of shards;
 *   - by id: a campaign_id or message_id carries the number of the shard
 *     that generated it (id >> 48, campaign.configure_shard on the shard);
 *   - on every shard, results merged: tick, claim_messages, campaign_progress,
 *     record_delivery by the aggregator's id.
 * The routing table campaign_proxy.shards maps each shard number to its
 * connection string: a shard moves to another server by changing its row.
 * PL/Proxy has no transaction across shards: a call that spans shards may
 * commit on some and fail on others; each says in its comment why calling
 * it again is safe.
 */
\echo Use "CREATE EXTENSION campaign_proxy" to load this file. \quit

CREATE SCHEMA campaign_proxy;
COMMENT ON SCHEMA campaign_proxy IS 'routing of the campaign proxy: the shards and how calls find them';

-------------------------------------------------------------------------------
-- Types: the shards' enums, for the results that carry them
-------------------------------------------------------------------------------
CREATE TYPE campaign.campaign_status AS ENUM
    ('draft', 'scheduled', 'processing', 'sending', 'sent', 'failed', 'canceled');
COMMENT ON TYPE campaign.campaign_status IS 'status of a campaign, as on the shards (docs/reference.md)';
CREATE TYPE campaign.message_status AS ENUM
    ('pending', 'dispatching', 'sent', 'delivered', 'undelivered', 'skipped', 'canceled', 'failed');
COMMENT ON TYPE campaign.message_status IS 'status of a message, as on the shards (docs/reference.md)';

-------------------------------------------------------------------------------
-- Routing
-------------------------------------------------------------------------------
CREATE TABLE campaign_proxy.shards (
    shard_no  integer PRIMARY KEY
              CONSTRAINT shards_shard_no_check CHECK (shard_no BETWEEN 0 AND 32767),
    connstr   text NOT NULL
);
COMMENT ON TABLE campaign_proxy.shards IS
    'the shards, numbered 0 to n-1 without gaps, each a database running the campaign extension made that shard by campaign.configure_shard(shard_no); several may share a server. Their number is fixed once sites are written: a site''s shard is abs(hashint8(site_id)) % n';
COMMENT ON COLUMN campaign_proxy.shards.connstr IS
    'libpq connection string of the shard''s database (PL/Proxy adds user=current_user when it names no user); change it to move the shard to another server';

CREATE SEQUENCE campaign_proxy.routing_version;
SELECT pg_catalog.nextval('campaign_proxy.routing_version');
COMMENT ON SEQUENCE campaign_proxy.routing_version IS
    'advanced by every change of campaign_proxy.shards: PL/Proxy reloads the cluster when it moves';

CREATE FUNCTION campaign_proxy.routing_changed() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    PERFORM pg_catalog.nextval('campaign_proxy.routing_version');
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION campaign_proxy.routing_changed() IS
    'trigger on campaign_proxy.shards: a new routing version, so that every session''s PL/Proxy reloads the connection strings';
CREATE TRIGGER shards_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON campaign_proxy.shards
    FOR EACH STATEMENT EXECUTE FUNCTION campaign_proxy.routing_changed();

SELECT pg_catalog.pg_extension_config_dump('campaign_proxy.shards', '');
SELECT pg_catalog.pg_extension_config_dump('campaign_proxy.routing_version', '');

CREATE FUNCTION campaign_proxy.shard_count() RETURNS integer
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    shards integer;
    highest integer;
BEGIN
    SELECT count(*), max(s.shard_no) INTO shards, highest FROM campaign_proxy.shards s;
    IF shards = 0 OR highest <> shards - 1 THEN
        RAISE EXCEPTION 'the shards of cluster campaign are not numbered 0 to n-1'
            USING ERRCODE = '55000',
                  DETAIL = pg_catalog.format('campaign_proxy.shards has %s rows, the highest shard number is %s.',
                                             shards, coalesce(highest::text, 'none')),
                  HINT = 'Insert one row per shard, numbered from 0 as campaign.configure_shard() numbered them.';
    END IF;
    RETURN shards;
END
$$;
COMMENT ON FUNCTION campaign_proxy.shard_count() IS
    'the number of shards; refuses (55000) a routing table whose shards are not numbered 0 to n-1';

CREATE FUNCTION campaign_proxy.shard_numbers() RETURNS integer[]
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT pg_catalog.array_agg(g ORDER BY g) FROM pg_catalog.generate_series(0, campaign_proxy.shard_count() - 1) g $$;
COMMENT ON FUNCTION campaign_proxy.shard_numbers() IS 'every shard number, 0 to n-1: the argument that runs a call on every shard';

CREATE FUNCTION campaign_proxy.shard_of_site(site_id bigint) RETURNS integer
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT (pg_catalog.abs(pg_catalog.hashint8(coalesce(site_id, 0))::bigint) % campaign_proxy.shard_count())::integer $$;
COMMENT ON FUNCTION campaign_proxy.shard_of_site(bigint) IS
    'the shard that holds a site: abs(hashint8(site_id)) % number of shards';

CREATE FUNCTION campaign_proxy.shard_of_id(id bigint) RETURNS integer
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT coalesce(id >> 48, 0)::integer $$;
COMMENT ON FUNCTION campaign_proxy.shard_of_id(bigint) IS
    'the shard that generated a campaign_id or message_id (id >> 48); a null id goes to shard 0, which refuses it as any shard would';

CREATE FUNCTION campaign_proxy.site_shard(site_id bigint, OUT shard_no integer, OUT connstr text)
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT s.shard_no, s.connstr FROM campaign_proxy.shards s
     WHERE s.shard_no = campaign_proxy.shard_of_site(site_shard.site_id)
    $$;
COMMENT ON FUNCTION campaign_proxy.site_shard(bigint) IS
    'the shard of a site and its connection string: where the application writes the site''s rows (sites, subscribers, campaigns, steps, events), as on a single server';

-------------------------------------------------------------------------------
-- PL/Proxy's cluster configuration (schema plproxy), read from the routing
-- table
-------------------------------------------------------------------------------
CREATE SCHEMA plproxy;
COMMENT ON SCHEMA plproxy IS 'PL/Proxy''s cluster configuration functions, made by campaign_proxy from campaign_proxy.shards';

CREATE FUNCTION plproxy.get_cluster_version(cluster_name text) RETURNS integer
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF cluster_name <> 'campaign' THEN
        RAISE EXCEPTION 'unknown cluster %', cluster_name USING ERRCODE = '22023';
    END IF;
    RETURN (SELECT v.last_value FROM campaign_proxy.routing_version v)::integer;
END
$$;
COMMENT ON FUNCTION plproxy.get_cluster_version(text) IS
    'PL/Proxy: the version of cluster campaign, campaign_proxy.routing_version';

CREATE FUNCTION plproxy.get_cluster_partitions(cluster_name text) RETURNS SETOF text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF cluster_name <> 'campaign' THEN
        RAISE EXCEPTION 'unknown cluster %', cluster_name USING ERRCODE = '22023';
    END IF;
    PERFORM campaign_proxy.shard_count();
    RETURN QUERY SELECT s.connstr FROM campaign_proxy.shards s ORDER BY s.shard_no;
END
$$;
COMMENT ON FUNCTION plproxy.get_cluster_partitions(text) IS
    'PL/Proxy: the connection strings of cluster campaign, shard 0 first';

CREATE FUNCTION plproxy.get_cluster_config(cluster_name text, OUT key text, OUT val text) RETURNS SETOF record
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$ VALUES ('modular_mapping', '1') $$;
COMMENT ON FUNCTION plproxy.get_cluster_config(text) IS
    'PL/Proxy: modular mapping, so that the number of shards need not be a power of two (a shard number routes to itself)';

-------------------------------------------------------------------------------
-- Calls routed by id (the shard that generated it) or by site
-------------------------------------------------------------------------------
CREATE FUNCTION campaign.activate(campaign_id bigint, send_at timestamptz DEFAULT NULL)
    RETURNS campaign.campaign_status
    LANGUAGE plproxy
    AS $$ CLUSTER 'campaign'; RUN ON campaign_proxy.shard_of_id(campaign_id); $$;
COMMENT ON FUNCTION campaign.activate(bigint, timestamptz) IS
    'campaign.activate on the campaign''s shard: draft -> scheduled';

CREATE FUNCTION campaign.cancel(campaign_id bigint, OUT status campaign.campaign_status, OUT messages_halted bigint)
    LANGUAGE plproxy
    AS $$ CLUSTER 'campaign'; RUN ON campaign_proxy.shard_of_id(campaign_id); $$;
COMMENT ON FUNCTION campaign.cancel(bigint) IS
    'campaign.cancel on the campaign''s shard';

CREATE FUNCTION campaign.duplicate(campaign_id bigint, name text DEFAULT NULL)
    RETURNS bigint
    LANGUAGE plproxy
    AS $$ CLUSTER 'campaign'; RUN ON campaign_proxy.shard_of_id(campaign_id); $$;
COMMENT ON FUNCTION campaign.duplicate(bigint, text) IS
    'campaign.duplicate on the campaign''s shard: the copy is a new id of that shard';

CREATE FUNCTION campaign.mark_sent(message_id bigint, provider_message_id text DEFAULT NULL)
    RETURNS void
    LANGUAGE plproxy
    AS $$ CLUSTER 'campaign'; RUN ON campaign_proxy.shard_of_id(message_id); $$;
COMMENT ON FUNCTION campaign.mark_sent(bigint, text) IS
    'campaign.mark_sent on the message''s shard; idempotent';

CREATE FUNCTION campaign_proxy.mark_sent_split(message_ids bigint[], provider_message_ids text[])
    RETURNS SETOF void
    LANGUAGE plproxy
    AS $$
    CLUSTER 'campaign';
    SPLIT message_ids, provider_message_ids;
    RUN ON campaign_proxy.shard_of_id(message_ids);
    SELECT campaign.mark_sent(message_ids, provider_message_ids);
    $$;
COMMENT ON FUNCTION campaign_proxy.mark_sent_split(bigint[], text[]) IS
    'internal: each shard acknowledges its part of a batch, in parallel';

CREATE FUNCTION campaign_proxy.mark_sent_on(shard_no integer, message_ids bigint[], provider_message_ids text[])
    RETURNS void
    LANGUAGE plproxy
    AS $$
    CLUSTER 'campaign';
    RUN ON shard_no;
    SELECT campaign.mark_sent(message_ids, provider_message_ids);
    $$;
COMMENT ON FUNCTION campaign_proxy.mark_sent_on(integer, bigint[], text[]) IS
    'internal: a whole batch on one shard, which refuses bad arguments as a single server does';

CREATE FUNCTION campaign.mark_sent(message_ids bigint[], provider_message_ids text[] DEFAULT NULL)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    -- arguments a shard would refuse are refused by one, in its words
    IF message_ids IS NULL OR pg_catalog.cardinality(message_ids) = 0
       OR pg_catalog.array_ndims(message_ids) <> 1 OR pg_catalog.array_position(message_ids, NULL) IS NOT NULL
       OR (provider_message_ids IS NOT NULL
           AND (pg_catalog.array_ndims(provider_message_ids) IS DISTINCT FROM 1
                OR pg_catalog.cardinality(provider_message_ids) <> pg_catalog.cardinality(message_ids))) THEN
        PERFORM campaign_proxy.mark_sent_on(0, message_ids, provider_message_ids);
        RETURN;
    END IF;
    PERFORM campaign_proxy.mark_sent_split(message_ids,
        coalesce(provider_message_ids, pg_catalog.array_fill(NULL::text, ARRAY[pg_catalog.cardinality(message_ids)])));
END
$$;
COMMENT ON FUNCTION campaign.mark_sent(bigint[], text[]) IS
    'campaign.mark_sent of a batch: each shard acknowledges its messages, in parallel; a failure may leave some shards acknowledged and not others, and calling it again is safe (mark_sent is idempotent)';

CREATE FUNCTION campaign.mark_failed(message_id bigint, error text, retry_at timestamptz DEFAULT NULL)
    RETURNS void
    LANGUAGE plproxy
    AS $$ CLUSTER 'campaign'; RUN ON campaign_proxy.shard_of_id(message_id); $$;
COMMENT ON FUNCTION campaign.mark_failed(bigint, text, timestamptz) IS
    'campaign.mark_failed on the message''s shard';

CREATE FUNCTION campaign.unsubscribe(site_id bigint, subscriber_id bigint)
    RETURNS void
    LANGUAGE plproxy
    AS $$ CLUSTER 'campaign'; RUN ON campaign_proxy.shard_of_site(site_id); $$;
COMMENT ON FUNCTION campaign.unsubscribe(bigint, bigint) IS
    'campaign.unsubscribe (STOP) on the site''s shard';

CREATE FUNCTION campaign.record_event(site_id bigint, subscriber_id bigint, event text,
                                      occurred_at timestamptz DEFAULT NULL)
    RETURNS void
    LANGUAGE plproxy
    AS $$ CLUSTER 'campaign'; RUN ON campaign_proxy.shard_of_site(site_id); $$;
COMMENT ON FUNCTION campaign.record_event(bigint, bigint, text, timestamptz) IS
    'campaign.record_event on the site''s shard';

CREATE FUNCTION campaign.explain_send_time(campaign_id bigint, subscriber_id bigint)
    RETURNS TABLE (step_no smallint, timezones text[], jurisdiction text,
                   planned_at timestamptz, send_at timestamptz, reason text)
    LANGUAGE plproxy
    AS $$ CLUSTER 'campaign'; RUN ON campaign_proxy.shard_of_id(campaign_id); $$;
COMMENT ON FUNCTION campaign.explain_send_time(bigint, bigint) IS
    'campaign.explain_send_time on the campaign''s shard';

-- The send-time functions read only their arguments and the reference tables,
-- which are the same on every shard: any shard answers.
CREATE FUNCTION campaign.next_send_time(planned timestamptz, timezone text, quiet_start time, quiet_end time,
                                        jurisdiction text DEFAULT NULL)
    RETURNS timestamptz
    LANGUAGE plproxy
    AS $$ CLUSTER 'campaign'; RUN ON ANY; $$;
COMMENT ON FUNCTION campaign.next_send_time(timestamptz, text, time, time, text) IS
    'campaign.next_send_time on any shard (reference data is the same on all)';

CREATE FUNCTION campaign.next_send_time(planned timestamptz, timezones text[], quiet_start time, quiet_end time,
                                        jurisdiction text DEFAULT NULL)
    RETURNS timestamptz
    LANGUAGE plproxy
    AS $$ CLUSTER 'campaign'; RUN ON ANY; $$;
COMMENT ON FUNCTION campaign.next_send_time(timestamptz, text[], time, time, text) IS
    'campaign.next_send_time for several zones on any shard (reference data is the same on all)';

CREATE FUNCTION campaign.phone_timezones(phone text) RETURNS text[]
    LANGUAGE plproxy
    AS $$ CLUSTER 'campaign'; RUN ON ANY; $$;
COMMENT ON FUNCTION campaign.phone_timezones(text) IS 'campaign.phone_timezones on any shard';

CREATE FUNCTION campaign.phone_region(phone text) RETURNS text
    LANGUAGE plproxy
    AS $$ CLUSTER 'campaign'; RUN ON ANY; $$;
COMMENT ON FUNCTION campaign.phone_region(text) IS 'campaign.phone_region on any shard';

-------------------------------------------------------------------------------
-- Calls on every shard. Each has an internal form that runs on the shards
-- of an array, in parallel (SPLIT): all of them in the normal case, one at a
-- time when a shard is unreachable, so that the others go on.
-------------------------------------------------------------------------------
CREATE FUNCTION campaign_proxy.is_unreachable(sqlstate text, message text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT sqlstate LIKE '08%' OR message ~ '(could not connect|connection to server|server closed the connection|PQconnectPoll|Connection refused|No such file or directory)' $$;
COMMENT ON FUNCTION campaign_proxy.is_unreachable(text, text) IS
    'whether an error of a PL/Proxy call says a shard could not be reached (as opposed to a shard''s own refusal, which is passed on)';

CREATE FUNCTION campaign_proxy.tick_on(shard_nos integer[], batch_size integer,
                                       OUT campaigns_started integer, OUT campaigns_failed integer,
                                       OUT subscribers_processed bigint, OUT campaigns_finished integer)
    RETURNS SETOF record
    LANGUAGE plproxy
    AS $$
    CLUSTER 'campaign';
    SPLIT shard_nos;
    RUN ON shard_nos;
    SELECT t.campaigns_started, t.campaigns_failed, t.subscribers_processed, t.campaigns_finished
      FROM campaign.tick(batch_size) t;
    $$;
COMMENT ON FUNCTION campaign_proxy.tick_on(integer[], integer) IS
    'internal: campaign.tick on the given shards, in parallel, one row each';

CREATE FUNCTION campaign.tick(batch_size integer DEFAULT 10000,
                              OUT campaigns_started integer, OUT campaigns_failed integer,
                              OUT subscribers_processed bigint, OUT campaigns_finished integer)
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    shard integer;
    state text;
    message text;
BEGIN
    campaigns_started := 0; campaigns_failed := 0; subscribers_processed := 0; campaigns_finished := 0;
    BEGIN
        SELECT coalesce(sum(t.campaigns_started), 0), coalesce(sum(t.campaigns_failed), 0),
               coalesce(sum(t.subscribers_processed), 0), coalesce(sum(t.campaigns_finished), 0)
          INTO campaigns_started, campaigns_failed, subscribers_processed, campaigns_finished
          FROM campaign_proxy.tick_on(campaign_proxy.shard_numbers(), batch_size) t;
        RETURN;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
        IF NOT campaign_proxy.is_unreachable(state, message) THEN
            RAISE;
        END IF;
    END;
    -- a shard is unreachable: the others, one at a time
    FOREACH shard IN ARRAY campaign_proxy.shard_numbers() LOOP
        BEGIN
            SELECT tick.campaigns_started + t.campaigns_started, tick.campaigns_failed + t.campaigns_failed,
                   tick.subscribers_processed + t.subscribers_processed, tick.campaigns_finished + t.campaigns_finished
              INTO campaigns_started, campaigns_failed, subscribers_processed, campaigns_finished
              FROM campaign_proxy.tick_on(ARRAY[shard], batch_size) t;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
            IF NOT campaign_proxy.is_unreachable(state, message) THEN
                RAISE;
            END IF;
            RAISE WARNING 'shard % is unreachable: its campaigns were not ticked', shard
                USING DETAIL = message;
        END;
    END LOOP;
END
$$;
COMMENT ON FUNCTION campaign.tick(integer) IS
    'campaign.tick on every shard in parallel (batch_size per shard), the counts summed; an unreachable shard is skipped with a WARNING. Each shard commits its own tick: calling it again is safe, tick does only what is due';

CREATE FUNCTION campaign_proxy.claim_on(shard_nos integer[], quotas integer[], lease interval)
    RETURNS TABLE (message_id bigint, campaign_id bigint, site_id bigint,
                   subscriber_id bigint, phone text, body text, send_at timestamptz)
    LANGUAGE plproxy
    AS $$
    CLUSTER 'campaign';
    SPLIT shard_nos, quotas;
    RUN ON shard_nos;
    SELECT c.message_id, c.campaign_id, c.site_id, c.subscriber_id, c.phone, c.body, c.send_at
      FROM campaign.claim_messages((SELECT pg_catalog.sum(q)::integer FROM pg_catalog.unnest(quotas) q), lease) c;
    $$;
COMMENT ON FUNCTION campaign_proxy.claim_on(integer[], integer[], interval) IS
    'internal: campaign.claim_messages on the given shards in parallel, each for its quota';

CREATE SEQUENCE campaign_proxy.claim_rotation CYCLE MAXVALUE 2147483647;
COMMENT ON SEQUENCE campaign_proxy.claim_rotation IS
    'where the remainder of a claim''s split starts: each claim starts one shard further';

CREATE FUNCTION campaign_proxy.split_quota(shard_count integer, wanted integer) RETURNS integer[]
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.array_agg(wanted / shard_count
                                + CASE WHEN (i - r.start + shard_count) % shard_count < wanted % shard_count
                                       THEN 1 ELSE 0 END ORDER BY i)
      FROM (SELECT pg_catalog.nextval('campaign_proxy.claim_rotation') % shard_count AS start) r,
           pg_catalog.generate_series(0, shard_count - 1) i
    $$;
COMMENT ON FUNCTION campaign_proxy.split_quota(integer, integer) IS
    'internal: wanted split over shard_count shards, evenly, the remainder one each from a start that rotates with every call';

CREATE TYPE campaign_proxy.claimed AS (message_id bigint, campaign_id bigint, site_id bigint,
                                       subscriber_id bigint, phone text, body text, send_at timestamptz);
COMMENT ON TYPE campaign_proxy.claimed IS 'internal: a message handed out, as campaign.claim_messages returns it';

-- One round of a claim: each shard of the array for its quota, in parallel;
-- one shard at a time, skipping the unreachable, if one is.
CREATE FUNCTION campaign_proxy.claim_round(shard_nos integer[], quotas integer[], lease interval)
    RETURNS SETOF campaign_proxy.claimed
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    state text;
    message text;
BEGIN
    BEGIN
        RETURN QUERY SELECT * FROM campaign_proxy.claim_on(shard_nos, quotas, lease);
        RETURN;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
        IF NOT campaign_proxy.is_unreachable(state, message) THEN
            RAISE;
        END IF;
    END;
    FOR i IN 1 .. pg_catalog.cardinality(shard_nos) LOOP
        BEGIN
            RETURN QUERY SELECT * FROM campaign_proxy.claim_on(ARRAY[shard_nos[i]], ARRAY[quotas[i]], lease);
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
            IF NOT campaign_proxy.is_unreachable(state, message) THEN
                RAISE;
            END IF;
            RAISE WARNING 'shard % is unreachable: none of its messages were claimed', shard_nos[i]
                USING DETAIL = message;
        END;
    END LOOP;
END
$$;
COMMENT ON FUNCTION campaign_proxy.claim_round(integer[], integer[], interval) IS
    'internal: one round of campaign.claim_messages, each shard of the array for its quota';

CREATE FUNCTION campaign.claim_messages(max_messages integer DEFAULT 100, lease interval DEFAULT '30 seconds')
    RETURNS TABLE (message_id bigint, campaign_id bigint, site_id bigint,
                   subscriber_id bigint, phone text, body text, send_at timestamptz)
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    shards integer[] := campaign_proxy.shard_numbers();
    quotas integer[];
    claimed campaign_proxy.claimed[];
    more campaign_proxy.claimed[];
    candidates integer[];
BEGIN
    -- arguments a shard would refuse are refused by one, in its words
    IF max_messages IS NULL OR max_messages < 1 OR max_messages > 10000 OR lease IS NULL THEN
        RETURN QUERY SELECT * FROM campaign_proxy.claim_on(ARRAY[0], ARRAY[max_messages], lease);
        RETURN;
    END IF;
    -- first round: an even share from every shard
    quotas := campaign_proxy.split_quota(pg_catalog.cardinality(shards), max_messages);
    SELECT coalesce(pg_catalog.array_agg(c), '{}') INTO claimed
      FROM campaign_proxy.claim_round(
               (SELECT pg_catalog.array_agg(shards[i] ORDER BY i) FROM pg_catalog.generate_subscripts(shards, 1) i WHERE quotas[i] > 0),
               (SELECT pg_catalog.array_agg(quotas[i] ORDER BY i) FROM pg_catalog.generate_subscripts(shards, 1) i WHERE quotas[i] > 0),
               lease) c;
    -- second round: what is left of max_messages, from the shards that
    -- filled their share or had none (they may have more due)
    IF pg_catalog.cardinality(claimed) < max_messages THEN
        SELECT pg_catalog.array_agg(shards[i] ORDER BY i) INTO candidates
          FROM pg_catalog.generate_subscripts(shards, 1) i
         WHERE (SELECT count(*) FROM pg_catalog.unnest(claimed) f
                 WHERE campaign_proxy.shard_of_id(f.message_id) = shards[i]) >= quotas[i];
        IF candidates IS NOT NULL THEN
            quotas := campaign_proxy.split_quota(pg_catalog.cardinality(candidates),
                                                 max_messages - pg_catalog.cardinality(claimed));
            SELECT coalesce(pg_catalog.array_agg(c), '{}') INTO more
              FROM campaign_proxy.claim_round(
                       (SELECT pg_catalog.array_agg(candidates[i] ORDER BY i) FROM pg_catalog.generate_subscripts(candidates, 1) i WHERE quotas[i] > 0),
                       (SELECT pg_catalog.array_agg(quotas[i] ORDER BY i) FROM pg_catalog.generate_subscripts(candidates, 1) i WHERE quotas[i] > 0),
                       lease) c;
            claimed := claimed || more;
        END IF;
    END IF;
    RETURN QUERY SELECT f.* FROM pg_catalog.unnest(claimed) f ORDER BY f.send_at, f.message_id;
END
$$;
COMMENT ON FUNCTION campaign.claim_messages(integer, interval) IS
    'campaign.claim_messages across the shards, at most max_messages in all: an even share from each shard in parallel, then what is left from the shards that filled their share or had none; an unreachable shard is skipped with a WARNING. Each shard commits its own claim; a failure after some shards claimed leaves their messages leased until the lease runs out (then pending again), so calling it again is safe';

CREATE TYPE campaign_proxy.progress_row AS (
    campaign_id bigint, site_id bigint, name text, status campaign.campaign_status,
    audience bigint, processed bigint, pending bigint, dispatching bigint, sent bigint,
    delivered bigint, undelivered bigint, skipped bigint, canceled bigint, failed bigint,
    skips jsonb, latency_p50 interval, latency_p95 interval);
COMMENT ON TYPE campaign_proxy.progress_row IS 'internal: a row of campaign.campaign_progress';

CREATE FUNCTION campaign_proxy.progress_on(shard_nos integer[])
    RETURNS TABLE (campaign_id bigint, site_id bigint, name text, status campaign.campaign_status,
                   audience bigint, processed bigint, pending bigint, dispatching bigint, sent bigint,
                   delivered bigint, undelivered bigint, skipped bigint, canceled bigint, failed bigint,
                   skips jsonb, latency_p50 interval, latency_p95 interval)
    LANGUAGE plproxy
    AS $$
    CLUSTER 'campaign';
    SPLIT shard_nos;
    RUN ON shard_nos;
    SELECT p.campaign_id, p.site_id, p.name, p.status, p.audience, p.processed, p.pending, p.dispatching,
           p.sent, p.delivered, p.undelivered, p.skipped, p.canceled, p.failed, p.skips,
           p.latency_p50, p.latency_p95
      FROM campaign.campaign_progress p;
    $$;
COMMENT ON FUNCTION campaign_proxy.progress_on(integer[]) IS
    'internal: campaign.campaign_progress of the given shards, in parallel';

CREATE FUNCTION campaign_proxy.campaign_progress()
    RETURNS SETOF campaign_proxy.progress_row
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    shard integer;
    state text;
    message text;
BEGIN
    BEGIN
        RETURN QUERY SELECT * FROM campaign_proxy.progress_on(campaign_proxy.shard_numbers());
        RETURN;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
        IF NOT campaign_proxy.is_unreachable(state, message) THEN
            RAISE;
        END IF;
    END;
    FOREACH shard IN ARRAY campaign_proxy.shard_numbers() LOOP
        BEGIN
            RETURN QUERY SELECT * FROM campaign_proxy.progress_on(ARRAY[shard]);
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
            IF NOT campaign_proxy.is_unreachable(state, message) THEN
                RAISE;
            END IF;
            RAISE WARNING 'shard % is unreachable: its campaigns are missing from campaign_progress', shard
                USING DETAIL = message;
        END;
    END LOOP;
END
$$;
COMMENT ON FUNCTION campaign_proxy.campaign_progress() IS
    'campaign_progress of every shard, in parallel; an unreachable shard''s campaigns are missing, with a WARNING';

CREATE FUNCTION campaign_proxy.campaign_progress(campaign_id bigint)
    RETURNS SETOF campaign_proxy.progress_row
    LANGUAGE plproxy
    AS $$
    CLUSTER 'campaign';
    RUN ON campaign_proxy.shard_of_id(campaign_id);
    SELECT p.campaign_id, p.site_id, p.name, p.status, p.audience, p.processed, p.pending, p.dispatching,
           p.sent, p.delivered, p.undelivered, p.skipped, p.canceled, p.failed, p.skips,
           p.latency_p50, p.latency_p95
      FROM campaign.campaign_progress p WHERE p.campaign_id = campaign_id;
    $$;
COMMENT ON FUNCTION campaign_proxy.campaign_progress(bigint) IS
    'the campaign_progress row of one campaign, from its shard alone';

CREATE VIEW campaign.campaign_progress AS SELECT * FROM campaign_proxy.campaign_progress();
COMMENT ON VIEW campaign.campaign_progress IS
    'campaign_progress of every shard (one row per campaign); for one campaign, campaign_proxy.campaign_progress(campaign_id) asks its shard alone';

-------------------------------------------------------------------------------
-- Receipts: the aggregator's id tells no shard
-------------------------------------------------------------------------------
CREATE FUNCTION campaign_proxy.record_delivery_on(shard_nos integer[], provider_message_id text,
                                                  delivered boolean, error text)
    RETURNS SETOF integer
    LANGUAGE plproxy
    AS $$
    CLUSTER 'campaign';
    SPLIT shard_nos;
    RUN ON shard_nos;
    SELECT pg_catalog.count(*)::integer
      FROM (SELECT campaign.record_delivery(provider_message_id, delivered, error)
              FROM (SELECT FROM campaign.provider_messages p WHERE p.provider_message_id = provider_message_id LIMIT 1) found) recorded;
    $$;
COMMENT ON FUNCTION campaign_proxy.record_delivery_on(integer[], text, boolean, text) IS
    'internal: campaign.record_delivery on the given shards where the aggregator''s id is known; 1 from a shard that recorded it, 0 from the others';

CREATE FUNCTION campaign.record_delivery(provider_message_id text, delivered boolean, error text DEFAULT NULL)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    recorded integer := 0;
    unreachable integer[] := '{}';
    shard integer;
    state text;
    message text;
BEGIN
    IF provider_message_id IS NULL OR delivered IS NULL THEN
        RAISE EXCEPTION '% must not be null', CASE WHEN provider_message_id IS NULL THEN 'provider_message_id' ELSE 'delivered' END
            USING ERRCODE = '22023';
    END IF;
    BEGIN
        SELECT coalesce(sum(r), 0) INTO recorded
          FROM campaign_proxy.record_delivery_on(campaign_proxy.shard_numbers(), provider_message_id, delivered, error) r;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
        IF NOT campaign_proxy.is_unreachable(state, message) THEN
            RAISE;
        END IF;
        FOREACH shard IN ARRAY campaign_proxy.shard_numbers() LOOP
            BEGIN
                recorded := recorded + (SELECT coalesce(sum(r), 0)
                                          FROM campaign_proxy.record_delivery_on(ARRAY[shard], provider_message_id, delivered, error) r);
            EXCEPTION WHEN OTHERS THEN
                GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
                IF NOT campaign_proxy.is_unreachable(state, message) THEN
                    RAISE;
                END IF;
                unreachable := unreachable || shard;
            END;
        END LOOP;
    END;
    IF recorded = 0 AND pg_catalog.cardinality(unreachable) > 0 THEN
        RAISE EXCEPTION 'receipt for provider_message_id "%" could not be recorded', provider_message_id
            USING ERRCODE = '08006',
                  DETAIL = pg_catalog.format('No reachable shard knows it; shards %s are unreachable.',
                                             pg_catalog.array_to_string(unreachable, ', ')),
                  HINT = 'Let the aggregator retry the receipt, or pass our message id: campaign.record_delivery(message_id, provider_message_id, delivered, error).';
    ELSIF recorded = 0 THEN
        RAISE EXCEPTION 'no message has provider_message_id "%"', provider_message_id
            USING ERRCODE = 'P0002',
                  HINT = 'campaign.mark_sent() records the provider''s id when the message is sent.';
    END IF;
END
$$;
COMMENT ON FUNCTION campaign.record_delivery(text, boolean, text) IS
    'campaign.record_delivery where the aggregator''s id is known: asked of every shard in parallel (an unreachable shard is skipped; if no reachable shard knows the id, 08006 so that the receipt is retried). Idempotent: a repeated receipt is accepted';

CREATE FUNCTION campaign.record_delivery(message_id bigint, provider_message_id text, delivered boolean,
                                         error text DEFAULT NULL)
    RETURNS void
    LANGUAGE plproxy
    AS $$
    CLUSTER 'campaign';
    RUN ON campaign_proxy.shard_of_id(message_id);
    SELECT campaign.record_delivery(provider_message_id, delivered, error);
    $$;
COMMENT ON FUNCTION campaign.record_delivery(bigint, text, boolean, text) IS
    'campaign.record_delivery on one shard, the one of our message_id (which the dispatcher gives the aggregator as its reference, returned with the receipt): no fan-out. Idempotent';

-------------------------------------------------------------------------------
-- Reference data: the same rows on every shard
-------------------------------------------------------------------------------
CREATE FUNCTION campaign_proxy.reference_rows(table_name text, shard_no integer DEFAULT 0)
    RETURNS jsonb
    LANGUAGE plproxy
    AS $$
    CLUSTER 'campaign';
    RUN ON shard_no;
    SELECT campaign.reference_rows(table_name);
    $$;
COMMENT ON FUNCTION campaign_proxy.reference_rows(text, integer) IS
    'the rows of a reference table (send_windows, closed_days, phone_prefixes, frequency_caps) on one shard, as jsonb';

CREATE FUNCTION campaign_proxy.set_reference_rows(table_name text, rows jsonb, OUT shard_no integer, OUT rows_changed bigint)
    RETURNS SETOF record
    LANGUAGE plproxy
    AS $$
    CLUSTER 'campaign';
    RUN ON ALL;
    SELECT s.shard_no, campaign.sync_reference_rows(table_name, rows) AS rows_changed
      FROM (SELECT coalesce((SELECT c.shard_no FROM campaign.shard_config c), 0) AS shard_no) s;
    $$;
COMMENT ON FUNCTION campaign_proxy.set_reference_rows(text, jsonb) IS
    'applies a change of a reference table on every shard: each shard''s table is made to hold exactly these rows (campaign.sync_reference_rows); fails as a whole if a shard is unreachable, and a failure may leave some shards changed: calling it again is safe (idempotent)';

CREATE FUNCTION campaign_proxy.copy_reference(table_name text, from_shard integer DEFAULT 0,
                                              OUT shard_no integer, OUT rows_changed bigint)
    RETURNS SETOF record
    LANGUAGE sql
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT s.shard_no, s.rows_changed
      FROM campaign_proxy.set_reference_rows(table_name, campaign_proxy.reference_rows(table_name, from_shard)) s
     ORDER BY s.shard_no
    $$;
COMMENT ON FUNCTION campaign_proxy.copy_reference(text, integer) IS
    'makes a reference table of every shard equal to that of from_shard (shard 0 by default: change it there, then copy); idempotent';

CREATE FUNCTION campaign_proxy.reference_digests_on(shard_nos integer[],
                                                    OUT shard_no integer, OUT table_name text, OUT rows integer, OUT digest text)
    RETURNS SETOF record
    LANGUAGE plproxy
    AS $$
    CLUSTER 'campaign';
    SPLIT shard_nos;
    RUN ON shard_nos;
    SELECT coalesce((SELECT c.shard_no FROM campaign.shard_config c), 0) AS shard_no, t.table_name,
           pg_catalog.jsonb_array_length(campaign.reference_rows(t.table_name)) AS rows,
           pg_catalog.md5(campaign.reference_rows(t.table_name)::text) AS digest
      FROM pg_catalog.unnest(ARRAY['send_windows', 'closed_days', 'phone_prefixes', 'frequency_caps']) AS t(table_name)
     WHERE pg_catalog.to_regclass('campaign.' || t.table_name) IS NOT NULL;
    $$;
COMMENT ON FUNCTION campaign_proxy.reference_digests_on(integer[]) IS
    'internal: per shard and reference table, the number of rows and an md5 of campaign.reference_rows';

CREATE FUNCTION campaign_proxy.reference_differences(OUT table_name text, OUT shard_no integer, OUT rows integer,
                                                     OUT shard_0_rows integer)
    RETURNS SETOF record
    LANGUAGE sql
    SET search_path = pg_catalog, pg_temp
    AS $$
    WITH d AS (SELECT * FROM campaign_proxy.reference_digests_on(campaign_proxy.shard_numbers()))
    SELECT d.table_name, d.shard_no, d.rows, m.rows
      FROM d LEFT JOIN d m ON m.shard_no = 0 AND m.table_name = d.table_name
     WHERE d.digest IS DISTINCT FROM m.digest
     ORDER BY 1, 2
    $$;
COMMENT ON FUNCTION campaign_proxy.reference_differences() IS
    'the check: each shard and reference table whose rows differ from shard 0''s (none when all are in step); campaign_proxy.copy_reference() repairs it';

-------------------------------------------------------------------------------
-- Testing: campaign.fake_now on the shards
-------------------------------------------------------------------------------
CREATE FUNCTION campaign_proxy.set_fake_now(fake_now text, OUT shard_no integer, OUT fake_now_set text)
    RETURNS SETOF record
    LANGUAGE plproxy
    AS $$
    CLUSTER 'campaign';
    RUN ON ALL;
    SELECT coalesce((SELECT c.shard_no FROM campaign.shard_config c), 0) AS shard_no,
           pg_catalog.set_config('campaign.fake_now', fake_now, false) AS fake_now_set;
    $$;
COMMENT ON FUNCTION campaign_proxy.set_fake_now(text) IS
    'for tests: sets campaign.fake_now (superuser only) in this session''s connection to every shard; empty: real time';

-------------------------------------------------------------------------------
-- Privileges: nothing to PUBLIC. The proxy connects to the shards as the
-- calling role (PL/Proxy adds user=current_user): grant EXECUTE here to the
-- roles that hold campaign_admin or campaign_dispatcher on the shards.
-------------------------------------------------------------------------------
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA campaign, campaign_proxy, plproxy FROM PUBLIC;
