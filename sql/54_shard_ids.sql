SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 54_shard_ids: campaign.configure_shard(n) makes every campaign_id and
-- message_id of the database (n << 48) + a counter, so that an id tells its
-- shard (campaign.shard_of) and ids never collide across shards
-- (docs/scale-out.md). A database never configured is shard 0, ids from 1.
--
\i sql/include/helpers.psql

CREATE FUNCTION pg_temp.new_campaign(site bigint) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE id bigint;
BEGIN
    INSERT INTO campaign.campaigns (site_id, name, smart_sending) VALUES (site, 'Sale', false)
        RETURNING campaign_id INTO id;
    INSERT INTO campaign.campaign_steps (campaign_id, step_no, body, delay)
    VALUES (id, 0, 'Sale today', '0'), (id, 1, 'Last hours', '1 hour');
    RETURN id;
END $$;

-- Never configured: shard 0, ids from 1, as a single server always had.
SELECT count(*) AS configured FROM campaign.shard_config;
INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Shop', 'shop');
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES (1, 1, '+13055550001'), (1, 2, '+13055550002');
SELECT pg_temp.new_campaign(1) AS first_campaign;
SELECT campaign.shard_of(1) AS shard_of_1, campaign.shard_of(NULL) AS shard_of_null;

-- Bad numbers (22023), nothing changed.
SELECT pg_temp.try('SELECT campaign.configure_shard(-1)');
SELECT pg_temp.try('SELECT campaign.configure_shard(32768)');
SELECT pg_temp.try('SELECT campaign.configure_shard(NULL)');
-- Not a superuser (42501), even campaign_admin.
SET ROLE campaign_admin;
SELECT pg_temp.try('SELECT campaign.configure_shard(1)');
SELECT pg_temp.try('INSERT INTO campaign.shard_config (shard_no) VALUES (1)');
RESET ROLE;
-- Ids were generated in shard 0's range: shard 0 is accepted, another refused
-- (55000), for good.
SELECT pg_temp.try('SELECT campaign.configure_shard(3)');
SELECT count(*) AS configured FROM campaign.shard_config;
SELECT pg_temp.try('SELECT campaign.configure_shard(0)');
SELECT shard_no FROM campaign.shard_config;
SELECT pg_temp.new_campaign(1) AS second_campaign;

-- A fresh database made shard 3 before any id: campaigns and messages are
-- generated in its range, and shard_of tells it.
DROP EXTENSION campaign CASCADE;
CREATE EXTENSION campaign;
SELECT campaign.configure_shard(3);
SELECT shard_no FROM campaign.shard_config;
SELECT sequencename, min_value, max_value, campaign.shard_of(min_value) AS shard_of_min,
       campaign.shard_of(max_value) AS shard_of_max
  FROM pg_sequences WHERE schemaname = 'campaign' AND sequencename IN ('campaigns_campaign_id_seq', 'messages_message_id_seq')
 ORDER BY 1;
INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Shop', 'shop');
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone) VALUES (1, 1, '+13055550001'), (1, 2, '+13055550002');
SELECT pg_temp.new_campaign(1) AS c \gset
SELECT :c AS campaign_id, campaign.shard_of(:c) AS shard, :c - (3::bigint << 48) AS counter;
SELECT campaign.activate(:c);
SELECT subscribers_processed FROM campaign.tick();
SELECT count(*) AS messages, count(*) FILTER (WHERE campaign.shard_of(message_id) = 3) AS of_shard_3,
       min(message_id) - (3::bigint << 48) AS first_counter
  FROM campaign.messages;
-- A duplicate is a new id of the same shard.
SELECT campaign.shard_of(campaign.duplicate(:c)) AS duplicate_shard;

-- Again with the same number: accepted (a restore runs it again), and the
-- counters go on where they were.
SELECT pg_temp.try('SELECT campaign.configure_shard(3)');
SELECT pg_temp.new_campaign(1) - (3::bigint << 48) AS next_counter;
-- Another number once ids exist: refused, and ids stay in shard 3's range.
SELECT pg_temp.try('SELECT campaign.configure_shard(4)');
SELECT pg_temp.try('SELECT campaign.configure_shard(0)');
SELECT shard_no FROM campaign.shard_config;
SELECT campaign.shard_of(pg_temp.new_campaign(1)) AS still_shard_3;

-- Reference rows, as the proxy keeps them equal on every shard: read in key
-- order without the shipped flag; set to exactly a given array (what is left
-- out goes, what differs is written, the rest is untouched); idempotent.
SELECT jsonb_array_length(campaign.reference_rows('send_windows')) AS windows,
       campaign.reference_rows('send_windows') -> 0 AS first_window;
CREATE TEMP TABLE wanted AS
SELECT jsonb_agg(CASE WHEN w->>'jurisdiction' = 'US-FL' THEN jsonb_set(w, '{allowed_end}', '"19:00:00"') ELSE w END)
       || jsonb_build_array(jsonb_build_object('send_window_id', 1000, 'jurisdiction', 'US-ZZ', 'dow', NULL,
                                               'allowed_start', '10:00:00', 'allowed_end', '18:00:00', 'source', 'test'))
       AS rows
  FROM jsonb_array_elements(campaign.reference_rows('send_windows')) w
 WHERE w->>'jurisdiction' <> 'US-WA';
SELECT campaign.sync_reference_rows('send_windows', (SELECT rows FROM wanted)) AS changed;
SELECT jurisdiction, allowed_start, allowed_end, shipped FROM campaign.send_windows
 WHERE jurisdiction IN ('US-FL', 'US-WA', 'US-ZZ', 'US') ORDER BY jurisdiction;
SELECT table_name, key FROM campaign.removed_shipped_rows ORDER BY 1, 2;
SELECT campaign.reference_rows('send_windows') = (SELECT rows FROM wanted) AS equal_to_wanted;
SELECT campaign.sync_reference_rows('send_windows', (SELECT rows FROM wanted)) AS changed_again;
-- the identity goes on after the highest id written
INSERT INTO campaign.send_windows (jurisdiction, allowed_start, allowed_end) VALUES ('US-ZY', '10:00', '18:00')
RETURNING send_window_id;
-- Bad table names and rows (22023), nothing changed.
SELECT pg_temp.try($$SELECT campaign.reference_rows('sites')$$);
SELECT pg_temp.try($$SELECT campaign.sync_reference_rows('campaigns', '[]')$$);
SELECT pg_temp.try($$SELECT campaign.sync_reference_rows('send_windows', '{}')$$);
SELECT pg_temp.try($$SELECT campaign.sync_reference_rows('send_windows', NULL)$$);
SELECT pg_temp.try($$SELECT campaign.sync_reference_rows('send_windows', '[1]')$$);
-- a row the table refuses: the whole change is refused (22023, the table's
-- own words in the detail)
SELECT pg_temp.try($$SELECT campaign.sync_reference_rows('phone_prefixes', '[{"prefix": "x1", "timezones": ["UTC"]}]')$$);
SELECT count(*) > 1000 AS prefixes_kept FROM campaign.phone_prefixes;
