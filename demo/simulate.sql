-- make demo, part 2: the helpers that move the simulated day on. They belong to
-- the demo, not to the extension: a schema of their own in the demo database.
CREATE SCHEMA demo;

-- One instant of the simulated day: every tick that is due, some purchases
-- (which make follow-ups skip), and the VIP blast canceled once 40% is out.
CREATE FUNCTION demo.advance(instant timestamptz) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    work record;
    vip record;
BEGIN
    PERFORM set_config('campaign.fake_now', instant::text, false);
    LOOP
        SELECT * INTO work FROM campaign.tick(5000);
        EXIT WHEN work.campaigns_started + work.campaigns_failed + work.campaigns_finished = 0
              AND work.subscribers_processed = 0;
    END LOOP;

    -- one in eight recipients of the first message buys within the hour
    INSERT INTO campaign.subscriber_events (site_id, subscriber_id, event, occurred_at)
    SELECT m.site_id, m.subscriber_id, 'purchase', instant
      FROM campaign.messages m
     WHERE m.campaign_id = 1 AND m.step_no = 0 AND m.dispatched_at > instant - interval '1 minute'
       AND m.dispatched_at <= instant AND random() < 0.125;

    SELECT * INTO vip FROM campaign.campaign_progress WHERE campaign_id = 2;
    IF vip.status IN ('processing', 'sending')
       AND vip.sent + vip.delivered + vip.undelivered + vip.dispatching > 0.4 * vip.audience THEN
        PERFORM campaign.cancel(2);
    END IF;

    RETURN (SELECT format('%s New York | %s running | %s dispatched | %s pending',
                          to_char(instant AT TIME ZONE 'America/New_York', 'Dy DD HH24:MI'),
                          count(*) FILTER (WHERE status IN ('scheduled', 'processing', 'sending')),
                          (SELECT count(*) FROM campaign.messages WHERE dispatched_at IS NOT NULL),
                          (SELECT count(*) FROM campaign.messages WHERE status = 'pending'))
              FROM campaign.campaigns);
END
$$;

-- The next instant worth simulating: one minute later while due messages wait
-- for the aggregator, else the next send time or campaign start; null when
-- nothing is left to happen.
CREATE FUNCTION demo.next_instant(instant timestamptz) RETURNS timestamptz
LANGUAGE sql AS $$
    SELECT CASE
        WHEN EXISTS (SELECT FROM campaign.messages WHERE status IN ('pending', 'dispatching') AND send_at <= instant)
        THEN instant + interval '1 minute'
        ELSE (SELECT greatest(instant + interval '1 minute', nxt)
                FROM (SELECT least((SELECT min(send_at) FROM campaign.messages WHERE status = 'pending'),
                                   (SELECT min(send_at) FROM campaign.campaigns WHERE status = 'scheduled'))
                             AS nxt) AS upcoming
               WHERE nxt IS NOT NULL)
    END
$$;
