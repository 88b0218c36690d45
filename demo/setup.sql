-- make demo, part 1: a realistic store, its subscribers and five campaigns.
-- Everything the report shows later is computed from what happens to these rows.
SET client_min_messages = warning;
CREATE EXTENSION campaign;
SELECT setseed(0.1127);

-- The simulated day starts on Thanksgiving evening, New York time.
SET campaign.fake_now = '2026-11-26 18:00 America/New_York';

INSERT INTO campaign.sites (site_id, name, subdomain, timezone)
VALUES (1, 'Northwind Outfitters', 'northwind', 'America/New_York');
INSERT INTO campaign.sites (site_id, name, subdomain, plan, trial_message_limit)
VALUES (2, 'Tiny Trial Candles', 'candles', 'trial', 500);

-- US and Canadian area codes weighted roughly by metro population, New York to
-- Honolulu; 850 spans two zones; 800/888 are toll-free and say nothing of a zone.
CREATE TEMP TABLE area_codes (npa text, weight numeric);
INSERT INTO area_codes VALUES
 ('212', 4), ('718', 4), ('917', 2), ('305', 2.5), ('407', 1.5), ('813', 1.5), ('404', 2.5),
 ('215', 2), ('617', 2), ('313', 1.5), ('410', 1.5), ('416', 3), ('514', 2), ('850', 0.6),
 ('312', 3), ('773', 2), ('713', 3), ('214', 3), ('210', 1.5), ('504', 1), ('405', 1),
 ('612', 1.5), ('303', 2), ('801', 1), ('403', 1), ('602', 2.5), ('480', 2), ('213', 2),
 ('310', 2), ('818', 2), ('619', 2), ('206', 2), ('509', 0.5), ('503', 1.5), ('604', 2),
 ('907', 0.7), ('808', 1), ('800', 0.3), ('888', 0.2);

CREATE TEMP TABLE area_code_ranges AS
SELECT npa, sum(weight) OVER (ORDER BY npa) - weight AS low, sum(weight) OVER (ORDER BY npa) AS high,
       sum(weight) OVER () AS total
  FROM area_codes;

INSERT INTO campaign.subscribers (site_id, subscriber_id, phone, tags, created_at)
SELECT 1, i,
       '+1' || a.npa || (200 + floor(random() * 800))::int || lpad(floor(random() * 10000)::int::text, 4, '0'),
       CASE WHEN random() < 0.15 THEN ARRAY['vip'] ELSE ARRAY[]::text[] END,
       '2026-11-01'
  FROM (SELECT i, random() AS r FROM generate_series(1, 30000) AS i) s
  JOIN area_code_ranges a ON s.r * a.total >= a.low AND s.r * a.total < a.high;

-- some unsubscribed, some messaged a few hours ago (smart sending will skip them)
UPDATE campaign.subscribers SET status = 'unsubscribed' WHERE random() < 0.03;
UPDATE campaign.subscribers SET last_message_at = campaign.now() - interval '3 hours'
 WHERE status = 'subscribed' AND random() < 0.05;

INSERT INTO campaign.subscribers (site_id, subscriber_id, phone, created_at)
SELECT 2, i, '+1212555' || lpad(i::text, 4, '0'), '2026-11-01' FROM generate_series(1, 2000) AS i;

-- 1. Black Friday at 10:00 in every subscriber's own time zone, with a follow-up
--    six hours later that skips subscribers who bought meanwhile.
INSERT INTO campaign.campaigns (campaign_id, site_id, name, send_mode, local_send_at)
VALUES (1, 1, 'Black Friday', 'subscriber_local', '2026-11-27 10:00');
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body, delay, skip_if_event) VALUES
 (1, 0, 'Northwind: Black Friday is here, 30% off everything today. Reply STOP to opt out.', '0', NULL),
 (1, 1, 'Last hours of Black Friday at Northwind: 30% off ends at midnight.', '6 hours', 'purchase');

-- 2. A VIP early-access blast at noon New York time; it will be canceled mid-send.
INSERT INTO campaign.campaigns (campaign_id, site_id, name, send_at, audience_tags, smart_sending)
VALUES (2, 1, 'VIP early access', '2026-11-27 12:00 America/New_York', ARRAY['vip'], false);
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body)
VALUES (2, 0, 'VIP: early access to Cyber Monday deals starts now.');

-- 3. A trial site whose allowance (500) cannot cover its audience (2,000).
INSERT INTO campaign.campaigns (campaign_id, site_id, name, send_at)
VALUES (3, 2, 'Candle sale', '2026-11-27 11:00 America/New_York');
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body)
VALUES (3, 0, 'Candles 2 for 1 today only.');

-- 4. Scheduled for Cyber Monday, then canceled back to draft to be edited.
INSERT INTO campaign.campaigns (campaign_id, site_id, name, send_at)
VALUES (4, 1, 'Cyber Monday', '2026-11-30 10:00 America/New_York');
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body)
VALUES (4, 0, 'Cyber Monday: free shipping on everything.');
-- 5. A Thanksgiving-evening preview at 19:30 New York time. Thanksgiving is a
--    closed day in Louisiana, Utah, Rhode Island and Pennsylvania (no
--    solicitation on legal holidays): their subscribers get it on Friday morning.
--    In Florida, Oklahoma and Maryland it counts towards the cap of 3 messages
--    per 24 hours, with Black Friday's two and the VIP blast.
INSERT INTO campaign.campaigns (campaign_id, site_id, name, send_at)
VALUES (5, 1, 'Thanksgiving preview', '2026-11-26 19:30 America/New_York');
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body)
VALUES (5, 0, 'Northwind: Black Friday starts tomorrow at 10. Reply STOP to opt out.');
SELECT setval('campaign.campaigns_campaign_id_seq', 5);

SELECT campaign.activate(1), campaign.activate(2), campaign.activate(3), campaign.activate(4),
       campaign.activate(5);
SELECT status, messages_halted FROM campaign.cancel(4);
