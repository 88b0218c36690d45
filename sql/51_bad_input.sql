SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 51_bad_input: every function of schema campaign (read from pg_proc, so a new
-- function is covered the day it is added), called with bad arguments: nulls,
-- empty and huge strings, huge, zero and negative numbers, invalid zones and
-- phones, infinite and extreme timestamps (4713 BC, 294276 AD), negative and
-- huge intervals. docs/reference.md, Errors: each call returns a documented result
-- or an error with a documented SQLSTATE (22023 bad parameter, P0002 unknown
-- object, 55000 refused in this state), never crashes the server, and leaves
-- no change behind. Trigger functions are left out: PostgreSQL refuses to call
-- them outside a trigger (0A000) before any of our code runs.
--
-- One argument is bad at a time; the others keep a valid value, so that the
-- outcome is the bad argument's. Every call runs in a subtransaction that is
-- rolled back, so every call starts from the same data.
--
\i sql/include/helpers.psql

INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Shop', 'shop');
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES
    (1, 1, '+13055550101'), (1, 2, '+13055550102');
SELECT pg_temp.make_campaign('scheduled') AS scheduled_id, pg_temp.make_campaign('processing') AS processing_id \gset
INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no, status, send_at,
                               attempts, dispatched_at, lease_expires_at, provider_message_id) VALUES
    (1, :processing_id, 1, 0, 'dispatching', '2030-01-15 11:00+00', 1, '2030-01-15 11:00+00', '2030-01-15 13:00+00', NULL),
    (1, :processing_id, 2, 0, 'sent', '2030-01-15 11:00+00', 1, '2030-01-15 11:00+00', NULL, 'SM1');
SELECT message_id AS dispatching_id FROM campaign.messages WHERE status = 'dispatching' \gset

-- A checksum of every table of the extension.
CREATE FUNCTION pg_temp.checksum() RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    t regclass; acc text := '';
BEGIN
    FOR t IN SELECT c.oid FROM pg_class c
              WHERE c.relnamespace = 'campaign'::regnamespace AND c.relkind = 'r' ORDER BY c.relname LOOP
        EXECUTE format('SELECT %L || coalesce(md5(string_agg(x::text, '','' ORDER BY x::text)), ''-'') FROM %s x', t, t)
           INTO STRICT acc;
        acc := md5(acc);
    END LOOP;
    RETURN acc;
END $$;
SELECT pg_temp.checksum() AS before \gset

-- A valid value for each argument, by name, then by type.
CREATE TEMP TABLE good_by_name (name text PRIMARY KEY, literal text);
INSERT INTO good_by_name VALUES
    ('campaign_id', :'scheduled_id'), ('message_id', :'dispatching_id'),
    ('message_ids', format('{%s}', :dispatching_id)), ('provider_message_ids', '{SM2}'),
    ('site_id', '1'), ('subscriber_id', '1'), ('provider_message_id', 'SM1'),
    ('event', 'purchase'), ('zone', 'America/New_York'), ('timezone', 'America/New_York'),
    ('timezones', '{America/New_York}'), ('zones', '{America/New_York}'),
    ('phone', '+13055550123'), ('name', 'America/New_York'), ('late_policy', 'next_day'),
    ('send_mode', 'at_time'), ('jurisdiction', 'US'), ('quiet_start', '20:00'), ('quiet_end', '09:00'),
    ('max_messages', '10'), ('batch_size', '10'), ('lease', '30 seconds'), ('error', 'carrier timeout'),
    ('delivered', 'true'), ('skip_reason', NULL), ('step_no', '0'), ('table_name', 'send_windows');
CREATE TEMP TABLE good_by_type (type regtype PRIMARY KEY, literal text);
INSERT INTO good_by_type VALUES
    ('bigint', '1'), ('integer', '10'), ('smallint', '0'), ('text', 'x'), ('text[]', '{x}'),
    ('boolean', 'true'), ('time', '12:00'), ('interval', '1 hour'),
    ('timestamptz', '2030-01-15 12:00+00'), ('timestamp', '2030-01-15 12:00'), ('bigint[]', '{1}'),
    ('jsonb', '[]');

-- The bad values, by type.
CREATE TEMP TABLE bad (type regtype, literal text, ord serial);
INSERT INTO bad (type, literal) VALUES
    ('bigint', NULL), ('bigint', '0'), ('bigint', '-1'),
    ('bigint', '9223372036854775807'), ('bigint', '-9223372036854775808'),
    ('integer', NULL), ('integer', '0'), ('integer', '-1'), ('integer', '2147483647'), ('integer', '-2147483648'),
    ('smallint', NULL), ('smallint', '-1'), ('smallint', '32767'),
    ('text', NULL), ('text', ''), ('text', ' '), ('text', 'Mars/Olympus'), ('text', '+1'),
    ('text', 'EST5EDT,M3.2.0,M11.1.0'), ('text', 'ünïcødé ✓'), ('text', repeat('9', 10000)),
    ('text[]', NULL), ('text[]', '{}'), ('text[]', '{NULL}'), ('text[]', '{""}'),
    ('text[]', '{Mars/Olympus}'), ('text[]', '{America/New_York,Mars/Olympus}'),
    ('boolean', NULL),
    ('time', NULL), ('time', '24:00'), ('time', '00:00'),
    ('interval', NULL), ('interval', '0'), ('interval', '-1 second'),
    ('interval', '178000000 years'), ('interval', '-178000000 years'),
    ('timestamptz', NULL), ('timestamptz', 'infinity'), ('timestamptz', '-infinity'),
    ('timestamptz', '4713-01-01 00:00+00 BC'), ('timestamptz', '294276-12-31 23:59:59+00'),
    ('timestamp', NULL), ('timestamp', 'infinity'), ('timestamp', '-infinity'),
    ('timestamp', '4713-01-01 00:00 BC'), ('timestamp', '294276-12-31 23:59:59'),
    ('bigint[]', NULL), ('bigint[]', '{}'), ('bigint[]', '{NULL}'), ('bigint[]', '{-1}'),
    ('bigint[]', '{{1},{2}}'), ('bigint[]', '{9223372036854775807}'),
    ('jsonb', NULL), ('jsonb', '{}'), ('jsonb', '"x"'), ('jsonb', '[1]'), ('jsonb', '[{}]'),
    ('jsonb', '[{"send_window_id": 1, "jurisdiction": null}]'),
    ('jsonb', '[{"send_window_id": 1, "jurisdiction": "US", "allowed_start": "21:00", "allowed_end": "08:00"}]');

-- The functions and their input arguments.
CREATE FUNCTION pg_temp.short(signature text) RETURNS text LANGUAGE sql AS $$
    SELECT replace(replace(replace(signature, 'timestamp with time zone', 'timestamptz'),
                           'timestamp without time zone', 'timestamp'), 'time without time zone', 'time')
$$;
CREATE TEMP TABLE arg AS
SELECT p.oid AS fn, pg_temp.short(p.oid::regprocedure::text) AS signature, a.pos::integer AS pos, a.type,
       coalesce(p.proargnames[a.pos], '$' || a.pos) AS name
  FROM pg_proc p,
       LATERAL unnest(p.proargtypes::regtype[]) WITH ORDINALITY AS a (type, pos)
 WHERE p.pronamespace = 'campaign'::regnamespace
   AND p.prorettype <> 'trigger'::regtype;

-- The call of fn with the valid arguments, and bad_literal at bad_pos.
CREATE FUNCTION pg_temp.call_text(fn oid, bad_pos integer, bad_literal text) RETURNS text
LANGUAGE sql AS $$
    SELECT format('SELECT count(*) FROM %s(%s)', call_text.fn::regproc,
                  coalesce(string_agg(
                      CASE WHEN a.pos = bad_pos THEN coalesce(quote_literal(bad_literal), 'NULL')
                           ELSE coalesce(quote_literal(coalesce(n.literal, t.literal)), 'NULL') END
                      || '::' || a.type::text, ', ' ORDER BY a.pos), ''))
      FROM arg a
      LEFT JOIN good_by_name n ON n.name = a.name
      LEFT JOIN good_by_type t ON t.type = a.type
     WHERE a.fn = call_text.fn
$$;

-- Run a call, roll it back, report 'ok' or its SQLSTATE and message.
CREATE FUNCTION pg_temp.outcome(cmd text, OUT state text, OUT message text) LANGUAGE plpgsql AS $$
BEGIN
    BEGIN
        EXECUTE cmd;
        RAISE EXCEPTION USING ERRCODE = 'ZZ000', MESSAGE = 'ok';
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
        IF state = 'ZZ000' THEN state := 'ok'; message := NULL; END IF;
    END;
END $$;

CREATE TEMP TABLE call AS
SELECT f.fn, f.signature, NULL::integer AS pos, NULL::text AS name, NULL::regtype AS type,
       NULL::text AS literal, 0 AS ord, pg_temp.call_text(f.fn, 0, NULL) AS cmd
  FROM (SELECT DISTINCT fn, signature FROM arg
        UNION SELECT p.oid, pg_temp.short(p.oid::regprocedure::text) FROM pg_proc p
               WHERE p.pronamespace = 'campaign'::regnamespace AND p.pronargs = 0
                 AND p.prorettype <> 'trigger'::regtype) f
UNION ALL
SELECT a.fn, a.signature, a.pos, a.name, a.type, b.literal, b.ord, pg_temp.call_text(a.fn, a.pos, b.literal)
  FROM arg a JOIN bad b ON b.type = a.type;
ALTER TABLE call ADD COLUMN state text, ADD COLUMN message text;
UPDATE call SET (state, message) = (SELECT * FROM pg_temp.outcome(cmd));

-- Every argument of every function has bad values to try.
SELECT signature, name, type FROM arg a
 WHERE NOT EXISTS (SELECT FROM bad b WHERE b.type = a.type) ORDER BY 1, 2;

-- The outcomes, one line per argument: value -> ok or SQLSTATE. The first
-- line of each function is the call with valid arguments only.
\pset tuples_only on
\pset format unaligned
SELECT signature || ' ' || coalesce(name, '(valid arguments)') || ': ' ||
       string_agg(CASE WHEN pos IS NULL THEN '' ELSE
                  coalesce(CASE WHEN length(literal) > 30 THEN left(literal, 12) || '...(' || length(literal) || ')'
                                ELSE quote_literal(literal) END, 'NULL') || ' -> ' END || state,
                  ', ' ORDER BY ord)
  FROM call GROUP BY signature, pos, name ORDER BY signature, pos NULLS FIRST;

-- Anything but a documented outcome, with its message (none expected).
SELECT format('%s %s=%s: %s %s', signature, name, coalesce(left(literal, 30), 'NULL'), state, message)
  FROM call WHERE state NOT IN ('ok', '22023', 'P0002', '55000') ORDER BY signature, pos, ord;

-- The messages of the refusals, once each: clear and specific.
SELECT DISTINCT state || ' ' || regexp_replace(message, '[0-9]{3,}', 'N', 'g')
  FROM call WHERE state <> 'ok' ORDER BY 1;

-- Nothing changed, and the server is up.
SELECT pg_temp.checksum() = :'before' AS unchanged;
SELECT 1 AS alive;
