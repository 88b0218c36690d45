-- The status machine at work: one campaign walked through
-- draft -> scheduled -> draft -> scheduled, one refused edit, and the history.
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION campaign;
SET campaign.fake_now = '2026-11-27 08:00 America/New_York';

\echo '== A store and a draft campaign'
INSERT INTO campaign.sites (site_id, name, subdomain) VALUES (1, 'Corner Shop', 'corner');
INSERT INTO campaign.campaigns (site_id, name, send_at)
VALUES (1, 'Black Friday', '2026-11-27 10:00 America/New_York');
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body)
VALUES (1, 0, 'Black Friday: 30% off everything until midnight. Reply STOP to opt out.');
SELECT campaign_id, name, status, send_at FROM campaign.campaigns;

\echo '== activate: draft -> scheduled'
SELECT campaign.activate(1);

\echo '== an edit while scheduled is refused (SQLSTATE 55000)'
\set VERBOSITY default
\set ON_ERROR_STOP 0
UPDATE campaign.campaigns SET name = 'Black Friday!!' WHERE campaign_id = 1;
\set ON_ERROR_STOP 1

\echo '== cancel: scheduled -> draft, edit, activate again'
SELECT * FROM campaign.cancel(1);
UPDATE campaign.campaigns SET name = 'Black Friday (final)' WHERE campaign_id = 1;
SELECT campaign.activate(1);

\echo '== status_history'
SELECT from_status, to_status, changed_at, changed_by FROM campaign.status_history
 WHERE campaign_id = 1 ORDER BY history_id;
