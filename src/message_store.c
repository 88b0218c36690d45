/*
 * message_store.c
 *	  The relations beside campaign.messages that keep the dispatch path
 *	  short: the queue of pending messages, the claims (leases kept per
 *	  batch) and the aggregator's ids.
 *
 * campaign.messages is the record: one row per subscriber and step, with
 * every column docs/reference.md lists. Its indexes cover only columns that
 * never change after the insert, so the updates of the hot path (hand-out,
 * acknowledgement, receipt) are HOT. What those updates used to find through
 * indexes on status lives in narrow relations instead:
 *	- campaign.message_queue: one row per pending message, what a claim scans
 *	  and locks; every writer of a pending message takes its queue row first;
 *	- campaign.claims: one row per claim, the lease of its whole batch;
 *	- campaign.provider_messages: the aggregator's id of each sent message.
 * This file owns what keeps them in step with the record and is not the
 * business of one caller: the trigger that gives each inserted message its
 * queue row (and its provider id, for rows inserted already sent), and the
 * release of claims as their messages are acknowledged. docs/message-store.md
 * explains the design and what each write costs.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"

#include "authority.h"
#include "work.h"
#include "spi_util.h"

PG_FUNCTION_INFO_V1(campaign_messages_enqueue);

static SPIPlanPtr release_plan = NULL;

/*
 * AFTER INSERT ON campaign.messages, FOR EACH STATEMENT, with the inserted
 * rows as the transition table "inserted": the pending ones get their queue
 * row, those inserted with an aggregator's id their entry for
 * record_delivery, and those inserted dispatching under no claim (a
 * superuser's fixture) a claim per lease, so that the lease runs out as any
 * other. Processing inserts a batch of messages per statement, so
 * this is one statement more per batch. It is the one way into the queue for
 * new messages, whoever inserts them: processing, a superuser's INSERT, and
 * pg_restore's COPY (the trigger fires even when session_replication_role is
 * replica), so the queue is never dumped: it is rebuilt from the record.
 */
Datum
campaign_messages_enqueue(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_AFTER(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event) ||
		!TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) || trigdata->tg_newtable == NULL)
		elog(ERROR, "campaign_messages_enqueue: must be fired AFTER INSERT, FOR EACH STATEMENT, REFERENCING NEW TABLE");
	trigger_require_table(fcinfo, "messages");

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");
	if (SPI_register_trigger_data(trigdata) != SPI_OK_TD_REGISTER)
		elog(ERROR, "campaign: SPI_register_trigger_data failed");
	spi_exec("WITH queued AS ("
			 "  INSERT INTO campaign.message_queue (message_id, site_id, campaign_id, subscriber_id, step_no, send_at)"
			 "  SELECT message_id, site_id, campaign_id, subscriber_id, step_no, send_at"
			 "    FROM inserted WHERE status = 'pending'),"
			 " mapped AS ("
			 "  INSERT INTO campaign.provider_messages (provider_message_id, message_id, site_id)"
			 "  SELECT provider_message_id, message_id, site_id"
			 "    FROM inserted WHERE provider_message_id IS NOT NULL),"
			 " adopted AS ("
			 "  INSERT INTO campaign.claims (claimed_at, lease_expires_at, open_messages, message_ids, campaign_ids)"
			 "  SELECT coalesce(min(dispatched_at), campaign.now()), lease, count(*),"
			 "         pg_catalog.array_agg(message_id), pg_catalog.array_agg(DISTINCT campaign_id)"
			 "    FROM (SELECT *, coalesce(lease_expires_at, campaign.now()) AS lease"
			 "            FROM inserted WHERE status = 'dispatching' AND claim_id IS NULL) d"
			 "   GROUP BY lease"
			 "  RETURNING claim_id, message_ids)"
			 " UPDATE campaign.messages m SET claim_id = a.claim_id"
			 "   FROM adopted a WHERE m.message_id = ANY (a.message_ids)",
			 0, NULL, NULL, NULL, false);
	SPI_finish();
	return PointerGetDatum(NULL);
}

/*
 * release_claims(claim_ids, count): one entry per message acknowledged
 * (mark_sent, mark_failed), naming the claim that handed it out. Each claim's
 * open_messages goes down by its entries, and a claim left with none is
 * deleted: its lease has nothing more to return. The count is a shortcut,
 * not the truth: two acknowledgements of one claim that commit together may
 * leave a row whose messages are all acknowledged, which lease expiry then
 * deletes (it returns only messages still dispatching under the claim).
 * Runs inside the caller's SPI connection.
 */
void
release_claims(const int64 *claim_ids, int count)
{
	Oid			argtypes[1] = {INT8ARRAYOID};
	Datum		values[1];

	if (count == 0)
		return;
	values[0] = int64_array(claim_ids, count);
	spi_exec_cached(&release_plan,
					"WITH acked AS ("
					"  SELECT claim_id, count(*)::integer AS n"
					"    FROM pg_catalog.unnest($1::bigint[]) AS a (claim_id) GROUP BY claim_id),"
					" closed AS ("
					"  DELETE FROM campaign.claims c USING acked a"
					"   WHERE c.claim_id = a.claim_id AND c.open_messages <= a.n)"
					" UPDATE campaign.claims c SET open_messages = c.open_messages - a.n"
					"   FROM acked a"
					"  WHERE c.claim_id = a.claim_id AND c.open_messages > a.n",
					1, argtypes, values, NULL, false);
}
