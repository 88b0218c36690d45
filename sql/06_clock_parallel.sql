-- campaign.fake_now reaches parallel workers: they receive the leader's
-- settings before their time zone abbreviations are ready, and a value with an
-- abbreviation ('UTC') once crashed them. Every worker must see the same
-- instant as the leader.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS campaign CASCADE;
CREATE EXTENSION campaign;
SET TimeZone = 'UTC';
CREATE TABLE parallel_rows AS SELECT i FROM generate_series(1, 200000) AS i;
ANALYZE parallel_rows;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET campaign.fake_now = '2026-11-27 17:00 UTC';
-- the filter runs in the workers: every row passes only if they see the instant
EXPLAIN (COSTS OFF) SELECT count(*) FROM parallel_rows WHERE campaign.now() = '2026-11-27 17:00 UTC';
SELECT count(*) AS rows_seeing_the_instant FROM parallel_rows WHERE campaign.now() = '2026-11-27 17:00 UTC';
SET campaign.fake_now = '2026-07-04 12:00 EDT';
SELECT count(*) AS rows_seeing_the_instant FROM parallel_rows WHERE campaign.now() = '2026-07-04 16:00 UTC';
DROP TABLE parallel_rows;
