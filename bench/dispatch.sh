#!/bin/bash
# Dispatch benchmark (issue 4): $MESSAGES due messages, claimed 100 at a time
# and marked sent in the same transaction, by 1, 4 and 16 concurrent pgbench
# clients (loopback only). The floor, measured in the same run on the same
# table: a bare "SELECT ... FOR UPDATE SKIP LOCKED" + UPDATE of 100 messages.
# A second reference, "contract writes": the same loop doing only the row
# writes docs/reference.md (Functions) requires of claim + mark_sent, without any check: each
# message updated twice (pending -> dispatching with its lease, then -> sent)
# and its subscriber's last_message_at once. The ratio to it is what the
# checks and the extension's machinery cost.
# Runs inside a cluster made by `make bench` (pg_virtualenv).
set -eu
MESSAGES=${MESSAGES:-1000000}
CLIENTS=${CLIENTS:-"1 4 16"}
NOW='2026-11-27 15:00 UTC'
export PGDATABASE=bench_dispatch
dropdb --if-exists bench_dispatch; createdb bench_dispatch
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

psql -X -q -v ON_ERROR_STOP=1 -v messages="$MESSAGES" -v now="$NOW" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION campaign;
SET campaign.fake_now = :'now';
INSERT INTO campaign.sites (site_id, name, subdomain, quiet_hours_start, quiet_hours_end)
VALUES (1, 'Bench', 'bench', NULL, NULL);
INSERT INTO campaign.subscribers (site_id, subscriber_id, phone, timezone, region, created_at)
SELECT 1, i, '+1212' || (200 + i % 800) || lpad((i % 10000)::text, 4, '0'), 'UTC', 'US', '2026-01-01'
  FROM generate_series(1, :messages) AS i;
INSERT INTO campaign.campaigns (site_id, name, send_at, smart_sending) VALUES (1, 'bench', :'now', false);
INSERT INTO campaign.campaign_steps (campaign_id, step_no, body) VALUES (1, 0, 'Hello');
SELECT campaign.activate(1) \g /dev/null
DO $$ BEGIN LOOP EXIT WHEN (campaign.tick(100000)).subscribers_processed = 0; END LOOP; END $$;
SQL

cat >"$work/claim.sql" <<'SQL'
SELECT campaign.mark_sent(array_agg(message_id)) FROM campaign.claim_messages(100, '5 minutes');
SQL
cat >"$work/floor.sql" <<SQL
WITH claimed AS (
    SELECT message_id FROM campaign.messages
     WHERE status = 'pending' AND send_at <= '$NOW'
     ORDER BY send_at LIMIT 100 FOR UPDATE SKIP LOCKED)
UPDATE campaign.messages m SET status = 'sent', dispatched_at = '$NOW'
  FROM claimed WHERE m.message_id = claimed.message_id;
SQL

cat >"$work/writes.sql" <<SQL
BEGIN;
WITH claimed AS (
    SELECT message_id FROM campaign.messages
     WHERE status = 'pending' AND send_at <= '$NOW'
     ORDER BY send_at LIMIT 100 FOR UPDATE SKIP LOCKED),
handed AS (
    UPDATE campaign.messages m
       SET status = 'dispatching', attempts = m.attempts + 1, dispatched_at = '$NOW',
           lease_expires_at = timestamptz '$NOW' + interval '5 minutes'
      FROM claimed WHERE m.message_id = claimed.message_id
    RETURNING m.message_id, m.site_id, m.subscriber_id),
touched AS (
    UPDATE campaign.subscribers s SET last_message_at = '$NOW'
      FROM handed h WHERE s.site_id = h.site_id AND s.subscriber_id = h.subscriber_id)
SELECT quote_literal(coalesce(array_agg(message_id), '{}')::text) AS ids FROM handed \gset
UPDATE campaign.messages SET status = 'sent', lease_expires_at = NULL WHERE message_id = ANY (:ids::bigint[]);
COMMIT;
SQL

reset_queue() {
	psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
UPDATE campaign.messages SET status = 'pending', dispatched_at = NULL, lease_expires_at = NULL,
       attempts = 0, provider_message_id = NULL;
UPDATE campaign.subscribers SET last_message_at = NULL;
VACUUM ANALYZE campaign.messages, campaign.subscribers;
SQL
}

rate() { # script clients -> messages per second
	local transactions=$((MESSAGES / 100 / $2))
	PGOPTIONS="-c campaign.fake_now=${NOW// /\\ }" pgbench -n -f "$1" -c "$2" -j "$2" -t "$transactions" 2>"$work/pgbench.err" |
		sed -n 's/^tps = \([0-9.]*\) .*/\1/p' | awk '{ printf "%d", $1 * 100 }'
	if [ -s "$work/pgbench.err" ] && grep -q -i error "$work/pgbench.err"; then
		cat "$work/pgbench.err" >&2
		exit 1
	fi
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "dispatch: $MESSAGES due messages, 100 per transaction, claim + mark_sent"
printf '  %-8s %12s %16s %12s %8s %17s\n' clients "floor msg/s" "contract writes" "claim msg/s" ratio "ratio to writes"
for clients in $CLIENTS; do
	reset_queue
	floor=$(rate "$work/floor.sql" "$clients")
	reset_queue
	writes=$(rate "$work/writes.sql" "$clients")
	reset_queue
	claim=$(rate "$work/claim.sql" "$clients")
	printf '  %-8s %12s %16s %12s %7sx %16sx\n' "$clients" "$floor" "$writes" "$claim" \
		"$(ratio "$claim" "$floor")" "$(ratio "$claim" "$writes")"
done
psql -X -At -c "SELECT format('  after the last run: %s sent, %s still pending', count(*) FILTER (WHERE status = 'sent'), count(*) FILTER (WHERE status = 'pending')) FROM campaign.messages"
