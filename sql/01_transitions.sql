SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 01_transitions: the campaign status graph of docs/reference.md, Statuses and transitions.
--
-- Every ordered pair of distinct statuses (7 x 6 = 42) is attempted by a
-- direct UPDATE of campaign.campaigns, and activate() and cancel() are called
-- from every status. The legal edges are written out below from docs/reference.md
-- (not read from the implementation), so that the matrix compares the
-- implementation with the contract.
--
-- Every starting status is built through the graph itself by
-- pg_temp.make_campaign() (sql/include/helpers.psql). The one exception:
-- processing -> sending / sent needs every subscriber processed, recorded in
-- the bookkeeping column audience_done that only campaign.tick() (a later
-- issue) writes; until then it is set with session_replication_role = replica
-- (the documented restore path) and the role is reset to origin at once.
--
\i sql/include/helpers.psql

INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Shop', 'shop');

-- Each builder really yields its status, with the history of its path.
CREATE TEMP TABLE built AS
SELECT s AS wanted, pg_temp.make_campaign(s) AS campaign_id
  FROM unnest(enum_range(NULL::campaign.campaign_status)) WITH ORDINALITY u(s, n) ORDER BY n;
SELECT b.wanted, c.status, c.audience_done,
       (SELECT string_agg(h.from_status || '>' || h.to_status, ' ' ORDER BY h.history_id)
          FROM campaign.status_history h WHERE h.campaign_id = c.campaign_id) AS path
  FROM built b JOIN campaign.campaigns c USING (campaign_id)
 ORDER BY b.wanted;

-- The legal edges, copied from docs/reference.md, Statuses and transitions.
CREATE TEMP TABLE design_graph (from_status campaign.campaign_status, to_status campaign.campaign_status);
INSERT INTO design_graph VALUES
    ('draft', 'scheduled'),
    ('scheduled', 'draft'), ('scheduled', 'processing'), ('scheduled', 'failed'),
    ('processing', 'sending'), ('processing', 'sent'), ('processing', 'failed'), ('processing', 'canceled'),
    ('sending', 'sent'), ('sending', 'failed'), ('sending', 'canceled');

-- One attempt: a fresh campaign in status f, then a direct UPDATE to t (with a
-- failure_reason when t is failed, as the guard requires).
CREATE FUNCTION pg_temp.attempt(f campaign.campaign_status, t campaign.campaign_status,
    OUT result text, OUT status_after campaign.campaign_status, OUT history text, OUT message text)
LANGUAGE plpgsql AS $$
DECLARE
    id bigint := pg_temp.make_campaign(f);
    before bigint := (SELECT coalesce(max(history_id), 0) FROM campaign.status_history);
BEGIN
    BEGIN
        UPDATE campaign.campaigns
           SET status = t,
               failure_reason = CASE WHEN t = 'failed' THEN 'site_inactive' ELSE failure_reason END
         WHERE campaign_id = id;
        result := 'ok';
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS result = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
    END;
    SELECT c.status INTO status_after FROM campaign.campaigns c WHERE c.campaign_id = id;
    SELECT coalesce(string_agg(h.from_status || '>' || h.to_status, ' ' ORDER BY h.history_id), '')
      INTO history
      FROM campaign.status_history h WHERE h.history_id > before;
END $$;

-- The 42 ordered pairs by direct UPDATE. "history" is what the attempt appended.
-- (attempted one by one in enum order, so that campaign ids are stable)
CREATE TEMP TABLE matrix (from_status campaign.campaign_status, to_status campaign.campaign_status,
    design text, result text, status_after campaign.campaign_status, history text, message text);
DO $$
DECLARE
    f campaign.campaign_status;
    t campaign.campaign_status;
BEGIN
    FOREACH f IN ARRAY enum_range(NULL::campaign.campaign_status) LOOP
        FOREACH t IN ARRAY enum_range(NULL::campaign.campaign_status) LOOP
            CONTINUE WHEN f = t;
            INSERT INTO matrix
            SELECT f, t,
                   CASE WHEN EXISTS (SELECT FROM design_graph g WHERE g.from_status = f AND g.to_status = t)
                        THEN 'legal' ELSE 'illegal' END,
                   a.*
              FROM pg_temp.attempt(f, t) a;
        END LOOP;
    END LOOP;
END $$;

SELECT from_status, to_status, design, result, status_after, history, message
  FROM matrix ORDER BY from_status, to_status;

-- A legal move lands in its target with one history row; an illegal one is
-- 55000 and leaves the campaign and its history as they were.
SELECT design, count(*) AS pairs,
       count(*) FILTER (WHERE CASE design
           WHEN 'legal' THEN result = 'ok' AND status_after = to_status
                             AND history = from_status || '>' || to_status
           ELSE result = '55000' AND status_after = from_status AND history = ''
           END) AS as_designed
  FROM matrix GROUP BY design ORDER BY design;

-- The same through the functions, from every status: activate() is the edge
-- draft -> scheduled, cancel() the edges scheduled -> draft and
-- processing/sending -> canceled; every other status is refused with 55000.
CREATE FUNCTION pg_temp.attempt_function(f campaign.campaign_status, fn text,
    OUT result text, OUT status_after campaign.campaign_status, OUT history text, OUT message text)
LANGUAGE plpgsql AS $$
DECLARE
    id bigint := pg_temp.make_campaign(f);
    before bigint := (SELECT coalesce(max(history_id), 0) FROM campaign.status_history);
BEGIN
    BEGIN
        EXECUTE format('SELECT campaign.%I(%s)', fn, id) INTO result;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS result = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
    END;
    SELECT c.status INTO status_after FROM campaign.campaigns c WHERE c.campaign_id = id;
    SELECT coalesce(string_agg(h.from_status || '>' || h.to_status, ' ' ORDER BY h.history_id), '')
      INTO history
      FROM campaign.status_history h WHERE h.history_id > before;
END $$;

CREATE TEMP TABLE function_matrix (from_status campaign.campaign_status, function text,
    result text, status_after campaign.campaign_status, history text, message text);
DO $$
DECLARE
    f campaign.campaign_status;
    fn text;
BEGIN
    FOREACH fn IN ARRAY ARRAY['activate', 'cancel'] LOOP
        FOREACH f IN ARRAY enum_range(NULL::campaign.campaign_status) LOOP
            INSERT INTO function_matrix SELECT f, fn, a.* FROM pg_temp.attempt_function(f, fn) a;
        END LOOP;
    END LOOP;
END $$;
SELECT * FROM function_matrix ORDER BY function, from_status;

--
-- Explicit cases, with the whole error.
--
\pset tuples_only on
\pset format unaligned

-- An illegal move from a status that has legal ones: the hint names them.
SELECT pg_temp.make_campaign('draft') AS d \gset
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'processing' WHERE campaign_id = %s$$, :d));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'sent' WHERE campaign_id = %s$$, :d));
SELECT pg_temp.make_campaign('scheduled') AS s \gset
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'canceled' WHERE campaign_id = %s$$, :s));
SELECT pg_temp.make_campaign('sending') AS sg \gset
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'processing' WHERE campaign_id = %s$$, :sg));

-- From a final status nothing moves; the hint is duplicate().
SELECT pg_temp.make_campaign('sent') AS st \gset
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'draft' WHERE campaign_id = %s$$, :st));
SELECT pg_temp.make_campaign('canceled') AS cx \gset
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'scheduled' WHERE campaign_id = %s$$, :cx));
SELECT pg_temp.make_campaign('failed') AS fl \gset
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'processing' WHERE campaign_id = %s$$, :fl));

-- Writing the status a campaign already has is no change: accepted, no history.
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'sent' WHERE campaign_id = %s$$, :st));
SELECT count(*) AS history_rows FROM campaign.status_history WHERE campaign_id = :st;

-- -> failed needs a failure_reason (null or blank is refused), from every
-- status that may fail.
SELECT pg_temp.make_campaign('scheduled') AS s2 \gset
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'failed' WHERE campaign_id = %s$$, :s2));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'failed', failure_reason = '  ' WHERE campaign_id = %s$$, :s2));
SELECT pg_temp.make_campaign('processing') AS p2 \gset
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'failed' WHERE campaign_id = %s$$, :p2));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'failed', failure_reason = '' WHERE campaign_id = %s$$, :sg));
SELECT campaign_id, status, failure_reason FROM campaign.campaigns WHERE campaign_id IN (:s2, :p2, :sg) ORDER BY 1;

-- processing -> sending / sent only once every subscriber is processed
-- (audience_done); a start with an audience of 2 leaves 0 of 2 processed.
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES
    (1, 1, '+13055550101'), (1, 2, '+13055550102');
SELECT pg_temp.make_campaign('scheduled') AS p3 \gset
UPDATE campaign.campaigns SET status = 'processing' WHERE campaign_id = :p3;
SELECT status, audience_count, audience_processed, audience_done, started_at
  FROM campaign.campaigns WHERE campaign_id = :p3;
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'sending' WHERE campaign_id = %s$$, :p3));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'sent' WHERE campaign_id = %s$$, :p3));
SELECT status FROM campaign.campaigns WHERE campaign_id = :p3;

-- -> sent only when no message is pending or dispatching: from processing
-- (audience done) and from sending.
SELECT pg_temp.make_campaign('processing') AS p4 \gset
SELECT pg_temp.make_campaign('sending') AS s4 \gset
INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no, status) VALUES
    (1, :p4, 1, 0, 'pending'), (1, :p4, 2, 0, 'dispatching'),
    (1, :s4, 1, 0, 'dispatching'), (1, :s4, 2, 0, 'delivered');
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'sent' WHERE campaign_id = %s$$, :p4));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'sent' WHERE campaign_id = %s$$, :s4));
-- processing -> sending is allowed with messages still open
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'sending' WHERE campaign_id = %s$$, :p4));
-- once every message has left our hands, sent is allowed
UPDATE campaign.messages SET status = 'sent' WHERE campaign_id IN (:p4, :s4) AND status = 'dispatching';
UPDATE campaign.messages SET status = 'skipped', skip_reason = 'smart_sending' WHERE campaign_id = :p4 AND status = 'pending';
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'sent' WHERE campaign_id = %s$$, :p4));
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'sent' WHERE campaign_id = %s$$, :s4));
\pset tuples_only off
\pset format aligned
SELECT campaign_id, status, processed_at IS NOT NULL AS processed, finished_at
  FROM campaign.campaigns WHERE campaign_id IN (:p4, :s4) ORDER BY 1;
SELECT campaign_id, from_status, to_status FROM campaign.status_history
 WHERE campaign_id IN (:p4, :s4) ORDER BY history_id;

-- A multi-row UPDATE is all or nothing: one illegal row (draft -> processing)
-- refuses the statement, and the legal row (scheduled -> processing) stays.
SELECT pg_temp.make_campaign('scheduled') AS m1 \gset
SELECT pg_temp.make_campaign('draft') AS m2 \gset
\pset tuples_only on
\pset format unaligned
SELECT pg_temp.try(format($$UPDATE campaign.campaigns SET status = 'processing' WHERE campaign_id IN (%s, %s)$$, :m1, :m2));
\pset tuples_only off
\pset format aligned
SELECT campaign_id, status, (SELECT count(*) FROM campaign.status_history h WHERE h.campaign_id = c.campaign_id) AS history_rows
  FROM campaign.campaigns c WHERE campaign_id IN (:m1, :m2) ORDER BY 1;

-- A campaign row is inserted only as draft.
\pset tuples_only on
\pset format unaligned
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, status) VALUES (1, 'scheduled')$$);
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, status) VALUES (1, 'sent')$$);
SELECT pg_temp.try($$INSERT INTO campaign.campaigns (site_id, status) VALUES (1, 'draft')$$);
\pset tuples_only off
\pset format aligned
SELECT count(*) FILTER (WHERE status <> 'draft') AS inserted_not_draft
  FROM campaign.campaigns c
 WHERE NOT EXISTS (SELECT FROM campaign.status_history h WHERE h.campaign_id = c.campaign_id);

DROP EXTENSION campaign CASCADE;
