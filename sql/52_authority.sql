SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 52_authority: who may act with the extension's rights (README "Security").
--
--   - No role may execute a trigger function of the extension, so no role can
--     attach one to a table of its own: CREATE TRIGGER checks EXECUTE (42501),
--     while firing a trigger does not.
--   - Every trigger function fires only on the table it belongs to: attached
--     elsewhere (a superuser can), it raises 42501 and does nothing, so the
--     SECURITY DEFINER campaigns_record cannot be made to write status_history.
--   - A bookkeeping column of campaign.campaigns is written only by code that
--     runs as the owner of the table through a security-definer path (tick,
--     claim_messages, and duplicate's one write of duplicated_from), decided
--     by the executing role: code that merely runs while the extension is at
--     work (a trigger of the platform's own on campaigns, run as the caller)
--     gets no such right, and neither does a superuser's plain UPDATE.
--
\i sql/include/helpers.psql

DROP ROLE IF EXISTS regress_campaign_builder;
CREATE ROLE regress_campaign_builder LOGIN IN ROLE campaign_admin;
CREATE SCHEMA regress_builder AUTHORIZATION regress_campaign_builder;

-- The trigger functions, with the roles that may execute them: none.
SELECT p.oid::regprocedure AS trigger_function,
       coalesce(string_agg(r, ', ' ORDER BY r) FILTER (WHERE has_function_privilege(r, p.oid, 'EXECUTE')),
                '-') AS executable_by
  FROM pg_proc p, unnest(ARRAY['public', 'campaign_admin', 'campaign_app', 'campaign_dispatcher']) r
 WHERE p.pronamespace = 'campaign'::regnamespace AND p.prorettype = 'trigger'::regtype
 GROUP BY p.oid ORDER BY 1::text;

--
-- A member of campaign_admin with a schema of its own tries to attach the
-- extension's trigger functions to its own table; the first one would let it
-- write status_history through the SECURITY DEFINER campaigns_record.
--
SET SESSION AUTHORIZATION regress_campaign_builder;
CREATE TABLE regress_builder.mine (campaign_id bigint, site_id bigint, status campaign.campaign_status,
                                   failure_reason text);
INSERT INTO regress_builder.mine VALUES (424242, 1, 'draft');
SELECT pg_temp.try('CREATE TRIGGER forge AFTER UPDATE ON regress_builder.mine FOR EACH ROW EXECUTE FUNCTION campaign.campaigns_record()');
SELECT pg_temp.try($$UPDATE regress_builder.mine SET status = 'sent'$$);
RESET SESSION AUTHORIZATION;
SELECT count(*) AS forged_history FROM campaign.status_history WHERE campaign_id = 424242;

-- Every trigger function, the same way (each attempt rolled back).
CREATE FUNCTION pg_temp.attach(fn text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    st text;
BEGIN
    EXECUTE format('CREATE TRIGGER probe BEFORE UPDATE ON regress_builder.mine FOR EACH ROW EXECUTE FUNCTION %s()', fn);
    RAISE EXCEPTION USING ERRCODE = 'ZZ000';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE;
    RETURN CASE WHEN st = 'ZZ000' THEN 'created' ELSE st END;
END $$;
SELECT p.oid::regproc AS fn INTO TEMP trigger_functions
  FROM pg_proc p
 WHERE p.pronamespace = 'campaign'::regnamespace AND p.prorettype = 'trigger'::regtype;
GRANT SELECT ON trigger_functions TO PUBLIC;
SET SESSION AUTHORIZATION regress_campaign_builder;
SELECT fn, pg_temp.attach(fn::text) AS create_trigger FROM trigger_functions ORDER BY fn::text;
RESET SESSION AUTHORIZATION;

--
-- A superuser can attach them anywhere: each refuses to fire on a table that
-- is not its own, and nothing is written. Each attempt creates the trigger,
-- fires it with an UPDATE, counts the history rows of campaign 424242, and is
-- rolled back.
--
CREATE TABLE public.regress_elsewhere (campaign_id bigint, site_id bigint, subscriber_id bigint,
                                       status campaign.campaign_status, failure_reason text);
INSERT INTO public.regress_elsewhere VALUES (424242, 1, 1, 'draft');
CREATE FUNCTION pg_temp.fire_elsewhere(fn text, timing text, level text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    st text; msg text; det text; written bigint;
BEGIN
    EXECUTE format('CREATE TRIGGER probe %s UPDATE ON public.regress_elsewhere FOR EACH %s EXECUTE FUNCTION %s()',
                   timing, level, fn);
    UPDATE public.regress_elsewhere SET status = 'scheduled';
    SELECT count(*) INTO written FROM campaign.status_history WHERE campaign_id = 424242;
    RAISE EXCEPTION USING ERRCODE = 'ZZ000', MESSAGE = format('fired; %s history rows written', written);
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
    RETURN CASE WHEN st = 'ZZ000' THEN msg ELSE st || ' ' || msg || coalesce(' / ' || nullif(det, ''), '') END;
END $$;
\pset format unaligned
SELECT fn, pg_temp.fire_elsewhere(fn::text, timing, level) AS fired_on_another_table
  FROM trigger_functions
  JOIN (VALUES ('campaign.campaigns_guard', 'BEFORE', 'ROW'), ('campaign.campaigns_record', 'AFTER', 'ROW'),
               ('campaign.steps_guard', 'BEFORE', 'ROW'), ('campaign.history_guard', 'BEFORE', 'ROW'),
               ('campaign.validate_site', 'BEFORE', 'ROW'), ('campaign.validate_subscriber', 'BEFORE', 'ROW'),
               ('campaign.validate_send_window', 'BEFORE', 'ROW'), ('campaign.subscribers_stop', 'AFTER', 'ROW'),
               ('campaign.validate_frequency_cap', 'BEFORE', 'ROW'),
               ('campaign.reference_table_changed', 'AFTER', 'STATEMENT')) AS how (name, timing, level)
    ON how.name = fn::text
 ORDER BY fn::text;
\pset format aligned
-- One of them in full.
CREATE TRIGGER forge AFTER UPDATE ON public.regress_elsewhere
    FOR EACH ROW EXECUTE FUNCTION campaign.campaigns_record();
SELECT pg_temp.try($$UPDATE public.regress_elsewhere SET status = 'scheduled'$$);
SELECT count(*) AS forged_history FROM campaign.status_history WHERE campaign_id = 424242;
DROP TABLE public.regress_elsewhere;

--
-- Bookkeeping columns: decided by the executing role.
--
INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Mine', 'mine'), (2, 'Theirs', 'theirs');
SELECT pg_temp.make_campaign('sent', 1) AS sent1, pg_temp.make_campaign('sent', 2) AS sent2 \gset

-- A superuser's plain UPDATE or INSERT: refused.
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET started_at = '2001-01-01 00:00+00' WHERE campaign_id = %s$$, :sent1));
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, name, duplicated_from) VALUES (1, 'x', 1)$$);

-- A trigger of the platform's own on campaigns that stamps started_at. It runs
-- inside campaign.duplicate(), as the caller: duplicate writes duplicated_from
-- with the owner's rights, the trigger gets none of them.
CREATE FUNCTION public.regress_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE campaign.campaigns SET started_at = campaign.now() WHERE campaign_id = NEW.campaign_id;
    RETURN NULL;
END $$;
CREATE TRIGGER regress_stamp AFTER INSERT ON campaign.campaigns
    FOR EACH ROW EXECUTE FUNCTION public.regress_stamp();
SET ROLE campaign_app;
SET campaign.site_id = '1';
SELECT pg_temp.try(format('SELECT campaign.duplicate(%s)', :sent1));
RESET campaign.site_id;
RESET ROLE;
SELECT count(*) AS copies_with_a_stamped_start FROM campaign.campaigns
 WHERE duplicated_from IS NOT NULL AND started_at IS NOT NULL;
DROP TRIGGER regress_stamp ON campaign.campaigns;
DROP FUNCTION public.regress_stamp();

-- duplicate() itself, as campaign_app: the copy gets duplicated_from and the
-- steps; another site's campaign stays "not found".
SET ROLE campaign_app;
SET campaign.site_id = '1';
SELECT campaign.duplicate(:sent1, 'again') AS copy1 \gset
SELECT pg_temp.try(format('SELECT campaign.duplicate(%s)', :sent2));
RESET campaign.site_id;
RESET ROLE;
SELECT c.site_id, c.name, c.status, c.duplicated_from = :sent1 AS from_sent1, c.started_at,
       (SELECT count(*) FROM campaign.campaign_steps s WHERE s.campaign_id = c.campaign_id) AS steps
  FROM campaign.campaigns c WHERE c.campaign_id = :copy1;

-- Code the owner of the tables runs through a security-definer function of
-- its own is the extension's own kind of code: it may write them. The same
-- function owned by another role (here a member of campaign_admin) may not.
CREATE FUNCTION public.regress_restamp(id bigint) RETURNS void LANGUAGE sql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $$ UPDATE campaign.campaigns SET started_at = '2030-01-01 00:00+00' WHERE campaign_id = id $$;
SELECT pg_temp.try(format('SELECT public.regress_restamp(%s)', :sent1));
ALTER FUNCTION public.regress_restamp(bigint) OWNER TO regress_campaign_builder;
SELECT pg_temp.try(format('SELECT public.regress_restamp(%s)', :sent2));
SELECT campaign_id = :sent1 AS is_sent1, started_at FROM campaign.campaigns
 WHERE campaign_id IN (:sent1, :sent2) ORDER BY campaign_id;
DROP FUNCTION public.regress_restamp(bigint);

DROP EXTENSION campaign CASCADE;
DROP SCHEMA regress_builder CASCADE;
DROP ROLE regress_campaign_builder;
