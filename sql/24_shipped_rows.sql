SET client_min_messages = warning; DROP EXTENSION IF EXISTS campaign CASCADE; CREATE EXTENSION campaign;
--
-- 24_shipped_rows: the rows of send_windows and phone_prefixes that the
-- extension ships are left out of pg_dump (CREATE EXTENSION makes them on
-- restore), so an edit makes a row the user's, an inserted row replaces the
-- shipped row of its key, and a removed shipped row is recorded in
-- campaign.removed_shipped_rows, whose rows delete it again on restore.
-- scripts/tests.d/dump-restore runs the dump and restore itself.
--
\i sql/include/helpers.psql

-- An edit makes the row the user's; the rows not edited stay shipped.
UPDATE campaign.send_windows SET allowed_end = '19:00' WHERE jurisdiction = 'US-FL';
UPDATE campaign.phone_prefixes SET region = 'US-GA' WHERE prefix = '1305';
SELECT jurisdiction, allowed_end, shipped FROM campaign.send_windows
 WHERE jurisdiction IN ('US-FL', 'US-OK') ORDER BY jurisdiction;
SELECT prefix, region, shipped FROM campaign.phone_prefixes WHERE prefix IN ('1305', '1212') ORDER BY prefix;
-- a user cannot mark a row shipped (pg_dump would leave it out)
INSERT INTO campaign.send_windows (jurisdiction, allowed_start, allowed_end, source, shipped)
VALUES ('US-NY', '09:00', '20:00', 'mine', true);
SELECT jurisdiction, shipped FROM campaign.send_windows WHERE jurisdiction = 'US-NY';
-- an edit that keeps the key leaves no removal behind
SELECT count(*) AS removals FROM campaign.removed_shipped_rows;

-- An inserted row takes the place of the shipped row of its key (what a
-- restore does with an edited row); a user row of the same key is refused.
SELECT send_window_id AS ok_window FROM campaign.send_windows WHERE jurisdiction = 'US-OK' \gset
INSERT INTO campaign.send_windows (send_window_id, jurisdiction, allowed_start, allowed_end, source)
VALUES (:ok_window, 'US-OK', '09:00', '20:00', 'mine');
SELECT send_window_id = :ok_window AS same_id, allowed_start, source, shipped
  FROM campaign.send_windows WHERE jurisdiction = 'US-OK';
INSERT INTO campaign.phone_prefixes (prefix, timezones, region) VALUES ('1212', '{America/Chicago}', 'US-IL');
SELECT prefix, timezones, region, shipped FROM campaign.phone_prefixes WHERE prefix = '1212';
SELECT campaign.phone_timezones('+12125550100') AS new_york_now_in;
SELECT pg_temp.try_brief($$INSERT INTO campaign.phone_prefixes (prefix, timezones, region) VALUES ('1212', '{UTC}', 'US-NY')$$);
SELECT pg_temp.try_brief(format($$INSERT INTO campaign.send_windows (send_window_id, jurisdiction, allowed_start, allowed_end)
                                  VALUES (%s, 'US-OK', '10:00', '20:00')$$, :ok_window));
SELECT count(*) AS removals FROM campaign.removed_shipped_rows;

-- Removals: a shipped row deleted, or given another key, is recorded by its
-- key; a user row deleted is not.
SELECT send_window_id AS la_sunday FROM campaign.send_windows WHERE jurisdiction = 'US-LA' AND dow = 0 \gset
DELETE FROM campaign.send_windows WHERE jurisdiction = 'US-LA' AND dow = 0;
DELETE FROM campaign.phone_prefixes WHERE prefix = '1808';
UPDATE campaign.phone_prefixes SET prefix = '0208' WHERE prefix = '1208';
DELETE FROM campaign.phone_prefixes WHERE prefix IN ('1212', '0208');
DELETE FROM campaign.send_windows WHERE jurisdiction = 'US-NY';
SELECT table_name, key, key = :'la_sunday' AS is_the_la_sunday_row, removed_at
  FROM campaign.removed_shipped_rows ORDER BY table_name, key;

-- A recorded removal deletes the shipped row of its key (what a restore does
-- after CREATE EXTENSION made the row again), and never a user's row.
SELECT pg_temp.try($$INSERT INTO campaign.removed_shipped_rows (table_name, key) VALUES ('phone_prefixes', '1907')$$);
SELECT count(*) AS alaska_rows FROM campaign.phone_prefixes WHERE prefix = '1907';
INSERT INTO campaign.phone_prefixes (prefix, timezones, region) VALUES ('1999', '{UTC}', 'US');
SELECT pg_temp.try($$INSERT INTO campaign.removed_shipped_rows (table_name, key) VALUES ('phone_prefixes', '1999')$$);
SELECT prefix, shipped FROM campaign.phone_prefixes WHERE prefix = '1999';
SELECT pg_temp.try($$INSERT INTO campaign.removed_shipped_rows (table_name, key) VALUES ('sites', '1')$$);

-- TRUNCATE records every shipped row it removes.
SELECT count(*) AS shipped_windows FROM campaign.send_windows WHERE shipped \gset
TRUNCATE campaign.send_windows;
SELECT count(*) = :shipped_windows + 1 AS every_shipped_window_recorded
  FROM campaign.removed_shipped_rows WHERE table_name = 'send_windows';
