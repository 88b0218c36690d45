-- The invariants of docs/reference.md, Statuses and transitions, after a run (scripts/crash-test,
-- scripts/load-test): one line per violated invariant with its count, or
-- nothing. The table lost_leases lists the messages a crash left with a
-- dispatcher: only those may have been handed out more than once.
WITH steps AS (SELECT campaign_id, count(*) AS n FROM campaign.campaign_steps GROUP BY campaign_id),
per_campaign AS (
    SELECT c.campaign_id, c.audience_count, s.n AS steps,
           (SELECT count(*) FROM campaign.messages m WHERE m.campaign_id = c.campaign_id) AS messages,
           (SELECT count(DISTINCT m.subscriber_id) FROM campaign.messages m WHERE m.campaign_id = c.campaign_id) AS members
      FROM campaign.campaigns c JOIN steps s USING (campaign_id)
     WHERE c.audience_done AND c.status <> 'canceled'),
checks AS (
    SELECT 'processed campaigns without exactly one message per audience member and step' AS what,
           (SELECT count(*) FROM per_campaign
             WHERE messages <> audience_count * steps OR members <> audience_count) AS n
    UNION ALL
    SELECT 'messages handed out more than once without a lease lost in a crash',
           (SELECT count(*) FROM campaign.messages m
             WHERE m.attempts > 1 + (SELECT count(DISTINCT l.crash) FROM lost_leases l WHERE l.message_id = m.message_id))
    UNION ALL
    SELECT 'messages of a sent campaign still pending or with a dispatcher',
           (SELECT count(*) FROM campaign.messages m JOIN campaign.campaigns c USING (campaign_id)
             WHERE c.status = 'sent' AND m.status IN ('pending', 'dispatching'))
    UNION ALL
    SELECT 'campaigns whose status is not the last to_status of their history',
           (SELECT count(*) FROM campaign.campaigns x
             WHERE x.status IS DISTINCT FROM coalesce((SELECT h.to_status FROM campaign.status_history h
                                                        WHERE h.campaign_id = x.campaign_id
                                                        ORDER BY h.history_id DESC LIMIT 1), 'draft'))
    UNION ALL
    SELECT 'history rows whose from_status is not the previous to_status',
           (SELECT count(*) FROM (SELECT h.from_status, lag(h.to_status) OVER w AS previous, row_number() OVER w AS n
                                    FROM campaign.status_history h
                                  WINDOW w AS (PARTITION BY h.campaign_id ORDER BY h.history_id)) x
             WHERE x.n > 1 AND x.from_status IS DISTINCT FROM x.previous)
    UNION ALL
    SELECT 'messages handed out while their window was closed',
           (SELECT count(*) FROM campaign.messages m
              JOIN campaign.campaigns c USING (campaign_id) JOIN campaign.sites s ON s.site_id = m.site_id
             WHERE m.dispatched_at IS NOT NULL
               AND campaign.next_send_time(m.dispatched_at, string_to_array(m.timezone, ','),
                                           CASE WHEN c.respect_quiet_hours THEN s.quiet_hours_start END,
                                           CASE WHEN c.respect_quiet_hours THEN s.quiet_hours_end END,
                                           m.jurisdiction) IS DISTINCT FROM m.dispatched_at))
SELECT string_agg(what || ': ' || n, E'\n') FILTER (WHERE n > 0) FROM checks
