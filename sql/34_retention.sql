SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 34_retention: the record of messages is partitioned by ranges of campaign
-- ids, and campaign.drop_expired_messages() drops a range whole once every
-- campaign in it has ended and passed its site's message_retention
-- (docs/message-store.md). campaign_progress keeps the counts, explain_send_time
-- has nothing left to explain, a receipt for a dropped message is unknown.
--
\i sql/include/helpers.psql
\i sql/include/processing.psql

-- Site 1 keeps messages 90 days (the default), site 2 seven days.
INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Shop', 'shop');
INSERT INTO campaign.sites (site_id, name, subdomain, message_retention) VALUES (2, 'Other', 'other', '7 days');
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone)
SELECT s, g, '+1212555' || s || lpad(g::text, 3, '0') FROM generate_series(1, 2) s, generate_series(1, 3) g;

-- message_retention: a day at least (22023)
SELECT pg_temp.try($$UPDATE campaign.sites SET message_retention = '1 hour' WHERE site_id = 1$$);
SELECT pg_temp.try($$UPDATE campaign.sites SET message_retention = '-1 day' WHERE site_id = 1$$);
SELECT pg_temp.try($$UPDATE campaign.sites SET message_retention = '1 day' WHERE site_id = 1$$);
UPDATE campaign.sites SET message_retention = '90 days' WHERE site_id = 1;

-- The first campaign makes the first range: its partitions exist before any
-- message does, for messages and for the aggregator's ids alike.
SELECT pg_temp.campaign(1) AS a \gset
SELECT parent, first_campaign_id <= :a AND :a < end_campaign_id AS holds_a
  FROM campaign.message_partitions ORDER BY parent::text;

-- Campaign a (site 1) and campaign b (site 2), in the same range, sent on
-- January 15th.
SELECT pg_temp.campaign(2) AS b \gset
SELECT count(DISTINCT partition) AS partitions FROM campaign.message_partitions;
-- The partitions are not members of the extension: pg_dump dumps them, rows
-- included, as it dumps the user's tables.
SELECT count(*) AS extension_members
  FROM campaign.message_partitions p
  JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = p.partition AND d.deptype = 'e';
SELECT pg_temp.tick_at('2030-01-15 16:00+00');
-- Each partition has its keys; a second message for a subscriber and step is
-- refused (23505), across partitions too since a campaign lives in one.
SELECT p.partition, pg_get_indexdef(i.indexrelid) ~ 'UNIQUE' AS is_unique,
       regexp_replace(pg_get_indexdef(i.indexrelid), '.*USING btree ', '') AS key
  FROM campaign.message_partitions p JOIN pg_index i ON i.indrelid = p.partition
 ORDER BY 1, 3;
SELECT pg_temp.try_brief(format($$INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no)
                                  VALUES (1, %s, 1, 0)$$, :a));
SELECT pg_temp.claim_at('2030-01-15 16:00+00');
SELECT pg_temp.tick_at('2030-01-15 16:01+00');
SELECT campaign_id, status, finished_at FROM campaign.campaigns ORDER BY 1;
SELECT campaign.record_delivery('SM' || min(message_id), true) FROM campaign.messages WHERE campaign_id = :a;
-- the receipts were found through the aggregator's ids, partitioned like the messages
SELECT campaign_id, status, count(*) FROM campaign.messages GROUP BY 1, 2 ORDER BY 1, 2;

-- Right after: nothing has expired.
SET campaign.fake_now = '2030-01-15 17:00+00';
SELECT * FROM campaign.drop_expired_messages();
-- Eight days later, campaign b has passed site 2's seven days, but campaign
-- a (site 1, 90 days) shares its range: the range stays, b's messages too.
SET campaign.fake_now = '2030-01-23 17:00+00';
SELECT * FROM campaign.drop_expired_messages();
SELECT campaign_id, count(*) FROM campaign.messages GROUP BY 1 ORDER BY 1;

-- A campaign still sending keeps its range, however old the others are:
-- campaign c is processed on April 20th, its messages are not claimed yet.
-- Draft d, in the same range, is never sent before the range is dropped.
SET campaign.fake_now = '2030-04-20 15:00+00';
SELECT pg_temp.campaign(1) AS c \gset
SELECT pg_temp.campaign(1, activate => false) AS d \gset
SELECT count(DISTINCT partition) AS partitions FROM campaign.message_partitions;
SELECT pg_temp.tick_at('2030-04-20 16:00+00');
SELECT status FROM campaign.campaigns WHERE campaign_id = :c;
SELECT * FROM campaign.drop_expired_messages();
SELECT count(*) AS messages_kept FROM campaign.messages;

-- Once c is sent too and everything in the range has passed its retention
-- (a: January 15th + 90 days; c: April 20th 16:06 + 90 days, July 19th
-- 16:06), the range is dropped whole, for messages and provider ids; the
-- draft does not hold it.
SELECT pg_temp.claim_at('2030-04-20 16:05+00');
SELECT pg_temp.tick_at('2030-04-20 16:06+00');
SELECT min(message_id) AS a_message FROM campaign.messages WHERE campaign_id = :a \gset
SET campaign.fake_now = '2030-07-19 16:00+00';
SELECT * FROM campaign.drop_expired_messages();
SET campaign.fake_now = '2030-07-20 16:10+00';
CREATE TEMP TABLE progress_before AS SELECT * FROM campaign.campaign_progress;
SELECT first_campaign_id <= :a AS from_a, end_campaign_id > :d AS through_d, campaigns, messages, dropped
  FROM campaign.drop_expired_messages();
SELECT count(*) AS partitions_left FROM campaign.message_partitions;
SELECT count(*) AS messages_left FROM campaign.messages;

-- What remains: the counts, by campaign (latencies included), the same as
-- before the drop ...
SELECT count(*) AS changed_rows
  FROM (SELECT * FROM progress_before EXCEPT SELECT * FROM campaign.campaign_progress) x;
SELECT campaign_id, status, audience, processed, pending, dispatching, sent, delivered, skipped, skips,
       latency_p50
  FROM campaign.campaign_progress ORDER BY campaign_id;
-- ... nothing for explain_send_time, which does not preview a campaign whose
-- messages are gone ...
SELECT count(*) AS explained FROM campaign.explain_send_time(:a, 1);
-- ... and a late receipt names an unknown message (P0002).
SELECT pg_temp.try(format($$SELECT campaign.record_delivery('SM%s', true)$$, :a_message));

-- Draft d, activated now, gets a range back when it is processed, and its
-- messages go out.
SET campaign.fake_now = '2030-07-20 16:20+00';
SELECT campaign.activate(:d);
SELECT pg_temp.tick_at('2030-07-20 16:20+00');
SELECT first_campaign_id = :d AS starts_at_d FROM campaign.message_partitions ORDER BY parent::text;
SELECT pg_temp.claim_at('2030-07-20 16:21+00');
SELECT campaign_id, status, count(*) FROM campaign.messages GROUP BY 1, 2 ORDER BY 1;

-- Who may drop: campaign_admin; the application may not (42501). A bad
-- lock_wait is refused (22023).
CREATE ROLE regress_retention_app LOGIN IN ROLE campaign_app;
SET ROLE regress_retention_app;
SELECT pg_temp.state('SELECT * FROM campaign.drop_expired_messages()');
RESET ROLE;
DROP ROLE regress_retention_app;
SELECT pg_temp.try($$SELECT * FROM campaign.drop_expired_messages(NULL)$$);
SELECT pg_temp.try($$SELECT * FROM campaign.drop_expired_messages('-1 second')$$);
