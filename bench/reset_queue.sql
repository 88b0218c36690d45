-- Every message of the database pending and due again, the store vacuumed and
-- a checkpoint taken: the start of each run of bench/dispatch.sh and
-- bench/proxy.sh (on each shard), so that every run meets the same store.
UPDATE campaign.messages SET status = 'pending', dispatched_at = NULL, lease_expires_at = NULL,
       attempts = 0, provider_message_id = NULL, claim_id = NULL;
TRUNCATE campaign.message_queue, campaign.claims, campaign.provider_messages;
INSERT INTO campaign.message_queue (message_id, site_id, campaign_id, subscriber_id, step_no, send_at)
SELECT message_id, site_id, campaign_id, subscriber_id, step_no, send_at FROM campaign.messages;
UPDATE campaign.subscribers SET last_message_at = NULL;
VACUUM FULL campaign.messages;
VACUUM ANALYZE campaign.messages, campaign.message_queue, campaign.subscribers;
CHECKPOINT;
