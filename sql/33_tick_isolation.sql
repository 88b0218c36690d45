SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 33_tick_isolation: one campaign that fails cannot stop tick for the others
-- (README "Driving campaigns: tick"). Every phase of tick (lease expiry,
-- start, processing, finish) runs each campaign in a subtransaction: when one
-- campaign's phase raises, tick rolls back that campaign's work, reports a
-- WARNING naming it, records the error in campaign.tick_errors, goes on with
-- the others and returns normally; the row goes away when the phase succeeds
-- or no longer applies. Errors that say nothing about a campaign (a canceled
-- query, a lack of resources) still end the tick. Then: a user's BEFORE
-- trigger that skips an UPDATE of a campaign (returns NULL) gives a clear
-- 55000 in activate, cancel and tick, and changes nothing.
--
-- The failures are made by a user's trigger (created here by the superuser)
-- that raises, or skips the row, for the campaigns and phases listed in
-- public.tick_traps. Subscribers are New York numbers; 2030-01-15 16:00 UTC is
-- 11:00 there.
--
\i sql/include/helpers.psql
\i sql/include/processing.psql
SET campaign.fake_now = '2030-01-15 16:00+00';

INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'One', 'one'), (2, 'Two', 'two');
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone)
SELECT s, g, '+1212555' || lpad((s * 100 + g)::text, 4, '0') FROM generate_series(1, 2) s, generate_series(1, 3) g;

CREATE TABLE public.tick_traps (campaign_id bigint, phase text, sqlstate text NOT NULL DEFAULT 'P0001',
                                skip boolean NOT NULL DEFAULT false);
CREATE FUNCTION public.tick_trap() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    tick_phase text;
    trapped bigint := NEW.campaign_id;
    trap record;
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- duplicate() inserts the copy first and sets duplicated_from after:
        -- while a duplicate trap is set, every inserted campaign is its copy
        tick_phase := 'duplicate';
        trapped := (SELECT t.campaign_id FROM public.tick_traps t WHERE t.phase = 'duplicate' LIMIT 1);
    ELSIF TG_TABLE_NAME LIKE 'messages%' THEN  -- a partition of campaign.messages
        tick_phase := CASE WHEN OLD.status = 'dispatching' AND NEW.status IN ('pending', 'canceled')
                           THEN 'expire_leases' END;
    ELSE
        tick_phase := CASE
            WHEN OLD.status = 'draft' AND NEW.status = 'scheduled' THEN 'activate'
            WHEN OLD.status = 'scheduled' AND NEW.status = 'processing' THEN 'start'
            WHEN OLD.status = 'processing' AND NEW.status = 'processing' THEN 'process'
            WHEN OLD.status IN ('processing', 'sending') AND NEW.status IN ('sending', 'sent') THEN 'finish'
            WHEN OLD.status <> NEW.status AND NEW.status IN ('draft', 'canceled') THEN 'cancel'
            WHEN OLD.status <> NEW.status AND NEW.status = 'failed' THEN 'fail' END;
    END IF;
    SELECT * INTO trap FROM public.tick_traps t WHERE t.campaign_id = trapped AND t.phase = tick_phase;
    IF NOT FOUND THEN
        RETURN NEW;
    ELSIF trap.skip THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'test trap: % of campaign %', tick_phase, trapped USING ERRCODE = trap.sqlstate;
END $$;
CREATE TRIGGER tick_trap BEFORE INSERT OR UPDATE ON campaign.campaigns
    FOR EACH ROW EXECUTE FUNCTION public.tick_trap();
CREATE TRIGGER tick_trap BEFORE UPDATE ON campaign.messages
    FOR EACH ROW EXECUTE FUNCTION public.tick_trap();

-- What tick_errors holds, without the times.
CREATE FUNCTION pg_temp.tick_errors() RETURNS TABLE (campaign_id bigint, site_id bigint, phase text,
                                                      sqlstate text, message text, failures bigint)
LANGUAGE sql AS $$
    SELECT e.campaign_id, e.site_id, e.phase, e.sqlstate, e.message, e.failures
      FROM campaign.tick_errors e ORDER BY e.campaign_id, e.phase
$$;
CREATE FUNCTION pg_temp.statuses(VARIADIC ids bigint[]) RETURNS text LANGUAGE sql AS $$
    SELECT string_agg(c.campaign_id || ' ' || c.status, ', ' ORDER BY c.campaign_id)
      FROM campaign.campaigns c WHERE c.campaign_id = ANY (ids)
$$;

--
-- Start: campaign a raises on its start, b (same site) and c (another site)
-- are due at the same instant. tick starts, processes and finishes b and c,
-- warns about a, and returns normally; a stays scheduled, with its error in
-- tick_errors, counted once per tick that tried it.
--
SELECT pg_temp.campaign(1) AS a, pg_temp.campaign(1) AS b, pg_temp.campaign(2) AS c \gset
INSERT INTO public.tick_traps (campaign_id, phase) VALUES (:a, 'start');
SELECT * FROM campaign.tick();
\set VERBOSITY terse
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
SELECT pg_temp.statuses(:a, :b, :c);
SELECT * FROM pg_temp.tick_errors();
SELECT first_failed_at, last_failed_at FROM campaign.tick_errors;
-- a campaign that fails is no work: tick says so, and a tick loop (the
-- background worker) waits instead of spinning on it
SELECT * FROM campaign.tick();
-- the trap removed, a starts and goes on, and its row is gone
DELETE FROM public.tick_traps;
SELECT pg_temp.tick_at('2030-01-15 16:05+00');
SELECT pg_temp.statuses(:a, :b, :c);
SELECT count(*) AS tick_errors FROM campaign.tick_errors;
SELECT pg_temp.close_all();

--
-- Processing: every batch of d raises; e (another site) is processed to the
-- end. The batch of d is rolled back: no message of d is left behind.
--
SELECT pg_temp.campaign(1, '{0, 1 hour}') AS d, pg_temp.campaign(2, '{0, 1 hour}') AS e \gset
INSERT INTO public.tick_traps (campaign_id, phase) VALUES (:d, 'process');
SELECT pg_temp.tick_at('2030-01-15 16:10+00', 2);
SELECT pg_temp.statuses(:d, :e);
SELECT campaign_id, audience, processed, pending FROM campaign.campaign_progress
 WHERE campaign_id IN (:d, :e) ORDER BY campaign_id;
SELECT * FROM pg_temp.tick_errors();
DELETE FROM public.tick_traps;
SELECT pg_temp.tick_at('2030-01-15 16:15+00', 2);
SELECT pg_temp.statuses(:d, :e);
SELECT count(*) AS tick_errors FROM campaign.tick_errors;
SELECT pg_temp.close_all();

--
-- Finish: f and g are processed; f raises when it would move to sending, g
-- moves. With the trap removed, f moves too. Then a processing batch that
-- fails once and succeeds in the next tick: its row goes although the
-- campaign is still processing.
--
SELECT pg_temp.campaign(1) AS f, pg_temp.campaign(2) AS g \gset
INSERT INTO public.tick_traps (campaign_id, phase) VALUES (:f, 'finish');
SELECT pg_temp.tick_at('2030-01-15 16:20+00');
SELECT pg_temp.statuses(:f, :g);
SELECT * FROM pg_temp.tick_errors();
DELETE FROM public.tick_traps;
SELECT pg_temp.tick_at('2030-01-15 16:20+00');
SELECT pg_temp.statuses(:f, :g);
SELECT count(*) AS tick_errors FROM campaign.tick_errors;
SELECT pg_temp.close_all();
SELECT pg_temp.campaign(1) AS h \gset
INSERT INTO public.tick_traps (campaign_id, phase) VALUES (:h, 'process');
SELECT campaigns_started, subscribers_processed FROM campaign.tick(1);
SELECT * FROM pg_temp.tick_errors();
DELETE FROM public.tick_traps;
SELECT campaigns_started, subscribers_processed FROM campaign.tick(1);
SELECT pg_temp.statuses(:h), (SELECT count(*) FROM campaign.tick_errors) AS tick_errors;
SELECT pg_temp.close_all();

--
-- Lease expiry: i and j (two sites) have messages with a dispatcher whose
-- lease runs out. Expiring i's raises: j's messages come back as pending, i's
-- stay with their dispatcher until the trap is removed.
--
SELECT pg_temp.campaign(1) AS i, pg_temp.campaign(2) AS j \gset
SELECT pg_temp.tick_at('2030-01-15 16:30+00');
SELECT pg_temp.claim_at('2030-01-15 16:30+00', ack => false, lease => '1 minute');
INSERT INTO public.tick_traps (campaign_id, phase) VALUES (:i, 'expire_leases');
-- a claim is not stopped by it either: it goes on without returning them
-- (tick returns them campaign by campaign, and records i)
SELECT pg_temp.try($$SELECT pg_temp.claim_at('2030-01-15 16:35+00', ack => false)$$);
SELECT pg_temp.tick_at('2030-01-15 16:35+00');
SELECT campaign_id, status, count(*) FROM campaign.messages WHERE campaign_id IN (:i, :j)
 GROUP BY campaign_id, status ORDER BY campaign_id, status;
SELECT * FROM pg_temp.tick_errors();
DELETE FROM public.tick_traps;
SELECT pg_temp.tick_at('2030-01-15 16:35+00');
SELECT campaign_id, status, count(*) FROM campaign.messages WHERE campaign_id IN (:i, :j)
 GROUP BY campaign_id, status ORDER BY campaign_id, status;
SELECT count(*) AS tick_errors FROM campaign.tick_errors;
SELECT pg_temp.close_all();

--
-- A campaign that ends while it fails leaves no row behind: k fails its
-- start, is canceled back to draft; the next tick drops its row.
--
SELECT pg_temp.campaign(1) AS k \gset
INSERT INTO public.tick_traps (campaign_id, phase) VALUES (:k, 'start');
SELECT pg_temp.tick_at('2030-01-15 16:40+00');
SELECT * FROM pg_temp.tick_errors();
SELECT status FROM campaign.cancel(:k);
SELECT pg_temp.tick_at('2030-01-15 16:40+00');
SELECT count(*) AS tick_errors FROM campaign.tick_errors;
DELETE FROM public.tick_traps;

--
-- Errors that say nothing about the campaign end the tick, as before: a
-- trigger that raises "insufficient resources" (53000) or "query canceled"
-- (57014) on a start makes tick fail with it, and nothing is recorded (57014
-- shows as psql's ERROR: PL/pgSQL's WHEN OTHERS does not catch a cancel).
--
SELECT pg_temp.campaign(1) AS l, pg_temp.campaign(2) AS m \gset
INSERT INTO public.tick_traps (campaign_id, phase, sqlstate) VALUES (:l, 'start', '53000');
SELECT pg_temp.try('SELECT campaign.tick()');
UPDATE public.tick_traps SET sqlstate = '57014';
SELECT pg_temp.try('SELECT campaign.tick()');
SELECT pg_temp.statuses(:l, :m), (SELECT count(*) FROM campaign.tick_errors) AS tick_errors;
DELETE FROM public.tick_traps;
SELECT pg_temp.tick_at('2030-01-15 16:45+00');
SELECT pg_temp.statuses(:l, :m);
SELECT pg_temp.close_all();

--
-- Who sees tick_errors: campaign_app its site's rows only, campaign_admin
-- all; both only read; campaign_dispatcher nothing.
--
SELECT pg_temp.campaign(1) AS n, pg_temp.campaign(2) AS o \gset
INSERT INTO public.tick_traps (campaign_id, phase) VALUES (:n, 'start'), (:o, 'start');
SELECT pg_temp.tick_at('2030-01-15 16:50+00');
SELECT * FROM pg_temp.tick_errors();
SET campaign.site_id = '2';
SET ROLE campaign_app;
SELECT campaign_id, site_id, phase FROM campaign.tick_errors;
SELECT pg_temp.state('DELETE FROM campaign.tick_errors') AS app_delete,
       pg_temp.state($$INSERT INTO campaign.tick_errors VALUES (1, 2, 'start', 'P0001', 'x', NULL, NULL, NULL, now(), now(), 1)$$) AS app_insert;
RESET campaign.site_id;
SELECT count(*) AS rows_without_site FROM campaign.tick_errors;
RESET ROLE;
SET ROLE campaign_admin;
SELECT campaign_id, site_id, phase FROM campaign.tick_errors ORDER BY campaign_id;
SELECT pg_temp.state('DELETE FROM campaign.tick_errors') AS admin_delete,
       pg_temp.state($$UPDATE campaign.tick_errors SET failures = 0$$) AS admin_update;
RESET ROLE;
SET ROLE campaign_dispatcher;
SELECT pg_temp.state('SELECT * FROM campaign.tick_errors') AS dispatcher_select;
RESET ROLE;
DELETE FROM public.tick_traps;
SELECT pg_temp.tick_at('2030-01-15 16:50+00');
SELECT count(*) AS tick_errors FROM campaign.tick_errors;
SELECT pg_temp.close_all();

--
-- A BEFORE trigger that skips the UPDATE of a campaign (returns NULL): the
-- function that made the UPDATE says so (55000), and nothing is half-changed.
--
\set VERBOSITY default
SELECT pg_temp.campaign(1, activate => false) AS p \gset
INSERT INTO public.tick_traps (campaign_id, phase, skip) VALUES (:p, 'activate', true);
SELECT pg_temp.try(format('SELECT campaign.activate(%s)', :p));
SELECT pg_temp.statuses(:p), pg_temp.path(:p) AS history;
-- duplicate: a skipped insert of the copy is not "does not exist"
UPDATE public.tick_traps SET phase = 'duplicate';
SELECT pg_temp.try(format('SELECT campaign.duplicate(%s)', :p));
SELECT pg_temp.try('SELECT campaign.duplicate(999999)');
SELECT count(*) AS copies FROM campaign.campaigns WHERE duplicated_from = :p;
UPDATE public.tick_traps SET phase = 'cancel';
SELECT campaign.activate(:p);
SELECT pg_temp.try(format('SELECT campaign.cancel(%s)', :p));
SELECT pg_temp.statuses(:p), pg_temp.path(:p) AS history;
-- the start skipped: tick reports it for p and starts q
SELECT pg_temp.campaign(2, '{0, 1 hour}') AS q \gset
UPDATE public.tick_traps SET phase = 'start';
SELECT * FROM campaign.tick();
\set VERBOSITY terse
SELECT pg_temp.statuses(:p, :q), pg_temp.path(:p) AS history;
SELECT * FROM pg_temp.tick_errors();
-- the processing batch skipped (the cursor's UPDATE): rolled back, no message
UPDATE public.tick_traps SET phase = 'process';
SELECT pg_temp.tick_at('2030-01-15 16:55+00');
SELECT pg_temp.statuses(:p), (SELECT count(*) FROM campaign.messages WHERE campaign_id = :p) AS messages;
SELECT * FROM pg_temp.tick_errors();
-- cancel of a processing campaign skipped: its pending messages stay pending
DELETE FROM public.tick_traps;
SELECT pg_temp.tick_at('2030-01-15 16:55+00');
INSERT INTO public.tick_traps (campaign_id, phase, skip) VALUES (:q, 'cancel', true);
SELECT pg_temp.try(format('SELECT campaign.cancel(%s)', :q));
SELECT pg_temp.statuses(:q), (SELECT count(*) FROM campaign.messages WHERE campaign_id = :q AND status = 'pending') AS pending;
-- the finish skipped: r stays processing with every subscriber processed
SELECT pg_temp.campaign(2) AS r \gset
UPDATE public.tick_traps SET phase = 'finish', campaign_id = :r;
SELECT pg_temp.tick_at('2030-01-15 16:55+00');
SELECT pg_temp.statuses(:r), (SELECT audience_done FROM campaign.campaigns WHERE campaign_id = :r);
SELECT * FROM pg_temp.tick_errors();
DELETE FROM public.tick_traps;
SELECT pg_temp.tick_at('2030-01-15 16:55+00');
SELECT pg_temp.statuses(:p, :q, :r), (SELECT count(*) FROM campaign.tick_errors) AS tick_errors;
SELECT pg_temp.close_all();

DROP TRIGGER tick_trap ON campaign.campaigns;
DROP TRIGGER tick_trap ON campaign.messages;
DROP FUNCTION public.tick_trap();
DROP TABLE public.tick_traps;
