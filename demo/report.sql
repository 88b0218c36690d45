-- make demo, part 3: the report, computed from the database.
\pset footer off
\pset null '-'
SET client_min_messages = warning;

\echo
\echo '================================================================================'
\echo ' Report: Black Friday at Northwind Outfitters (times in New York unless said)'
\echo '================================================================================'
\echo
\echo '-- Campaign timelines (campaign.status_history)'
SELECT c.campaign_id AS id, c.name,
       string_agg(h.to_status || ' ' || to_char(h.changed_at AT TIME ZONE 'America/New_York', 'Dy HH24:MI'),
                  ' > ' ORDER BY h.history_id) AS timeline,
       c.failure_reason
  FROM campaign.campaigns c
  JOIN campaign.status_history h ON h.campaign_id = c.campaign_id
 GROUP BY c.campaign_id, c.name, c.failure_reason
 ORDER BY c.campaign_id;

\echo
\echo '-- Messages by outcome (campaign.campaign_progress)'
SELECT campaign_id AS id, status, audience, processed, sent + delivered + undelivered AS dispatched,
       delivered, undelivered, skipped, canceled, failed, pending + dispatching AS open
  FROM campaign.campaign_progress ORDER BY campaign_id;

\echo
\echo '-- Skipped and canceled messages by reason'
SELECT m.campaign_id AS id, m.step_no AS step, m.skip_reason AS reason, count(*) AS messages
  FROM campaign.messages m
 WHERE m.skip_reason IS NOT NULL
 GROUP BY 1, 2, 3 ORDER BY 1, 2, 4 DESC;

\echo
\echo '-- Messages handed to the aggregator per LOCAL hour of the recipient, by zone'
\echo '   (each cell: messages in that local hour; quiet hours are 20:00-09:00 local)'
\pset tuples_only on
\pset format unaligned
WITH dispatched AS (
    SELECT split_part(m.timezone, ',', 1) AS zone,
           extract(hour FROM m.dispatched_at AT TIME ZONE split_part(m.timezone, ',', 1))::int AS local_hour
      FROM campaign.messages m
     WHERE m.dispatched_at IS NOT NULL AND m.site_id = 1
), per_zone AS (
    SELECT zone, local_hour, count(*) AS n FROM dispatched GROUP BY 1, 2
), zones AS (
    SELECT zone, sum(n) AS total,
           extract(epoch FROM '2026-11-27 12:00'::timestamp - ('2026-11-27 12:00 UTC'::timestamptz AT TIME ZONE zone)) AS west
      FROM per_zone GROUP BY zone
), chart AS (
    SELECT 0 AS line, 0::float AS west, format('   %-20s%s %9s', 'zone \ local hour',
                  (SELECT string_agg(to_char(h, 'FM00') || ' ', '' ORDER BY h) FROM generate_series(0, 23) h),
                  'messages') AS text
    UNION ALL
    SELECT 1, z.west, format('   %-20s%s %9s', z.zone,
           string_agg(CASE WHEN p.n IS NULL THEN ' . '
                           WHEN p.n < 10 THEN ' ▁ '
                           WHEN p.n < 100 THEN ' ▃ '
                           WHEN p.n < 1000 THEN ' ▆ '
                           ELSE ' █ ' END, '' ORDER BY h), z.total)
      FROM zones z CROSS JOIN generate_series(0, 23) AS h
      LEFT JOIN per_zone p ON p.zone = z.zone AND p.local_hour = h
     GROUP BY z.zone, z.total, z.west
)
SELECT text FROM chart ORDER BY line, west, text;
\pset format aligned
\pset tuples_only off
\echo '   legend: . none  ▁ 1-9  ▃ 10-99  ▆ 100-999  █ 1000+'

\echo
\echo '-- Did anything leave outside its allowed window? (checked against next_send_time)'
SELECT count(*) FILTER (WHERE campaign.next_send_time(m.dispatched_at, string_to_array(m.timezone, ','),
                                                     s.quiet_hours_start, s.quiet_hours_end, m.jurisdiction)
                              IS DISTINCT FROM m.dispatched_at) AS outside_window,
       count(*) AS dispatched
  FROM campaign.messages m JOIN campaign.sites s ON s.site_id = m.site_id
 WHERE m.dispatched_at IS NOT NULL;

\echo
\echo '-- Closed days and frequency caps: messages moved, by the rule that moved them'
SELECT m.campaign_id AS id, m.step_no AS step, coalesce(m.capped_by, 'closed on Thanksgiving in ' || m.jurisdiction) AS moved_by,
       count(*) AS messages
  FROM campaign.messages m
 WHERE m.capped_by IS NOT NULL
    OR (m.campaign_id = 5 AND m.jurisdiction IN ('US-LA', 'US-UT', 'US-RI', 'US-PA')
        AND m.send_at >= '2026-11-27 00:00 America/New_York')
 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;

\echo
\echo '-- Did a capped subscriber get more than 3 messages in 24 hours? (US-FL, US-OK, US-MD;'
\echo '   counted as the caps count: handed out and not failed, nor taken back by a lease that ran out)'
SELECT count(*) FILTER (WHERE over.n > 3) AS over_cap, count(*) AS hand_outs_checked
  FROM campaign.messages m
  CROSS JOIN LATERAL (SELECT count(*) AS n FROM campaign.messages h
                       WHERE h.site_id = m.site_id AND h.subscriber_id = m.subscriber_id
                         AND h.status IN ('dispatching', 'sent', 'delivered', 'undelivered')
                         AND h.dispatched_at > m.dispatched_at - interval '24 hours'
                         AND h.dispatched_at <= m.dispatched_at) over
 WHERE m.status IN ('dispatching', 'sent', 'delivered', 'undelivered')
   AND m.jurisdiction IN ('US-FL', 'US-OK', 'US-MD');

\echo
\echo '-- Dispatch latency (send_at to hand-out, in simulated time; the simulated'
\echo '   aggregator takes at most 1,500 messages a minute, so peaks queue)'
SELECT campaign_id AS id, name, latency_p50, latency_p95
  FROM campaign.campaign_progress WHERE latency_p50 IS NOT NULL ORDER BY campaign_id;

\echo
\echo '-- Why five subscribers got their messages when they did (campaign.explain_send_time)'
\x on
SELECT 'Honolulu subscriber of the VIP blast' AS who, e.*
  FROM (SELECT min(m.subscriber_id) AS id FROM campaign.messages m
         WHERE m.campaign_id = 2 AND m.timezone = 'Pacific/Honolulu') s,
       campaign.explain_send_time(2, s.id) e;
SELECT 'subscriber of an area code spanning two zones' AS who, e.*
  FROM (SELECT min(m.subscriber_id) AS id FROM campaign.messages m
         WHERE m.campaign_id = 1 AND m.step_no = 0 AND m.send_at IS NOT NULL
           AND (SELECT count(DISTINCT m.send_at AT TIME ZONE z) FROM unnest(string_to_array(m.timezone, ',')) z) > 1) s,
       campaign.explain_send_time(1, s.id) e;
SELECT 'Louisiana subscriber on Thanksgiving evening' AS who, e.*
  FROM (SELECT min(m.subscriber_id) AS id FROM campaign.messages m
         WHERE m.campaign_id = 5 AND m.jurisdiction = 'US-LA') s,
       campaign.explain_send_time(5, s.id) e;
SELECT 'Florida subscriber at the cap of 3 messages in 24 hours' AS who, e.*
  FROM (SELECT min(m.subscriber_id) AS id FROM campaign.messages m
         WHERE m.campaign_id = 1 AND m.capped_by IS NOT NULL AND m.jurisdiction = 'US-FL') s,
       campaign.explain_send_time(1, s.id) e;
SELECT 'subscriber messaged three hours before' AS who, e.*
  FROM (SELECT min(m.subscriber_id) AS id FROM campaign.messages m
         WHERE m.campaign_id = 1 AND m.skip_reason = 'smart_sending') s,
       campaign.explain_send_time(1, s.id) e;
\x off
