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
 * queue row (and its provider id, for rows inserted already sent), the
 * release of claims as their messages are acknowledged, and the partitions
 * of the record: campaign.messages and campaign.provider_messages are
 * partitioned by ranges of campaign ids, each range made when its first
 * campaign is created (or processed, when retention dropped its range while
 * it was a draft), so that retention drops a range's messages whole.
 * docs/message-store.md explains the design and what each write costs.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/rel.h"

#include "authority.h"
#include "work.h"
#include "spi_util.h"

PG_FUNCTION_INFO_V1(campaign_messages_enqueue);
PG_FUNCTION_INFO_V1(campaign_campaigns_partition);

static SPIPlanPtr release_plan = NULL;
static SPIPlanPtr delete_emptied_plan = NULL;
static SPIPlanPtr covered_plan = NULL;

/*
 * AFTER INSERT ON campaign.messages, FOR EACH STATEMENT, with the inserted
 * rows as the transition table "inserted": the pending ones get their queue
 * row, those inserted with an aggregator's id their entry for
 * record_delivery, and those inserted dispatching under no claim (a
 * superuser's fixture) a claim per lease, so that the lease runs out as any
 * other. Processing inserts a batch of messages per statement, so this is
 * one statement more per batch. It is the one way into the queue for new
 * messages, whoever inserts them through campaign.messages: processing or a
 * superuser's INSERT. (pg_restore writes each partition directly, which fires
 * no trigger of the parent: the queue is dumped and restored with the
 * messages.)
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
			 "  INSERT INTO campaign.provider_messages (provider_message_id, message_id, campaign_id, site_id)"
			 "  SELECT provider_message_id, message_id, campaign_id, site_id"
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
 * deleted: its lease has nothing more to return, and while the row stays its
 * campaign cannot be counted as sent.
 *
 * Two statements, because acknowledgements of one claim race: a claim all of
 * whose open messages this call acknowledges (by the snapshot) is deleted at
 * once, the common case of a dispatcher acknowledging its whole batch; the
 * others are decremented with no condition on the count, so that an UPDATE
 * that waited for a concurrent acknowledgement of the same claim decrements
 * the version that one committed, and returns the true count. A claim it
 * brought to zero is deleted by the second statement, under the row lock the
 * UPDATE took. (One statement cannot do both: a DELETE whose condition was
 * false in the snapshot does not look again after the concurrent commit.)
 * Runs inside the caller's SPI connection.
 */
void
release_claims(const int64 *claim_ids, int count)
{
	Oid			argtypes[1] = {INT8ARRAYOID};
	Datum		values[1];
	int64	   *emptied;
	int			n_emptied = 0;

	if (count == 0)
		return;
	values[0] = int64_array(claim_ids, count);
	spi_exec_cached(&release_plan,
					"WITH acked AS ("
					"  SELECT claim_id, count(*)::integer AS n"
					"    FROM pg_catalog.unnest($1::bigint[]) AS a (claim_id) GROUP BY claim_id),"
					" closed AS ("
					"  DELETE FROM campaign.claims c USING acked a"
					"   WHERE c.claim_id = a.claim_id AND c.open_messages <= a.n"
					"  RETURNING c.claim_id)"
					" UPDATE campaign.claims c SET open_messages = c.open_messages - a.n"
					"   FROM acked a"
					"  WHERE c.claim_id = a.claim_id"
					"    AND c.claim_id NOT IN (SELECT claim_id FROM closed)"
					" RETURNING c.claim_id, c.open_messages",
					1, argtypes, values, NULL, false);
	emptied = palloc(sizeof(int64) * Max(SPI_processed, 1));
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[i];
		bool		isnull;

		if (DatumGetInt32(SPI_getbinval(tuple, SPI_tuptable->tupdesc, 2, &isnull)) <= 0)
			emptied[n_emptied++] = DatumGetInt64(SPI_getbinval(tuple, SPI_tuptable->tupdesc, 1, &isnull));
	}
	if (n_emptied > 0)
	{
		values[0] = int64_array(emptied, n_emptied);
		spi_exec_cached(&delete_emptied_plan,
						"DELETE FROM campaign.claims WHERE claim_id = ANY ($1) AND open_messages <= 0",
						1, argtypes, values, NULL, false);
	}
}

/*
 * Whether a partition of campaign.messages takes campaign_id's messages.
 * Read from the catalog (the view campaign.message_partitions), not from a
 * table of our own, so that a restored database, whose partitions pg_dump
 * recreated, agrees with itself before any of its data is loaded. Not read
 * only: after the wait for the lock, it must see what committed meanwhile.
 */
static bool
campaign_has_partition(int64 campaign_id)
{
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1] = {Int64GetDatum(campaign_id)};

	return spi_exec_cached(&covered_plan,
						   "SELECT FROM campaign.message_partitions"
						   " WHERE parent = 'campaign.messages'::regclass"
						   "   AND $1 >= first_campaign_id AND $1 < end_campaign_id",
						   1, argtypes, values, NULL, false) > 0;
}

/*
 * CREATE TABLE name (LIKE parent ..., keys) with its index, then ATTACH it for
 * [first, end), with a comment that says what it holds. The keys and indexes
 * are the partition's own (see src/campaign.sql, campaign.messages).
 */
static void
attach_range(const char *parent, int64 first, int64 end, const char *keys, const char *storage,
			 const char *index)
{
	char	   *name = psprintf("%s_c" INT64_FORMAT "_" INT64_FORMAT, parent, first, end);
	const char *qualified = quote_qualified_identifier("campaign", name);

	spi_exec(psprintf("CREATE TABLE %s (LIKE campaign.%s INCLUDING DEFAULTS INCLUDING CONSTRAINTS%s)%s",
					  qualified, quote_identifier(parent), keys, storage),
			 0, NULL, NULL, NULL, false);
	spi_exec(psprintf("CREATE INDEX ON %s (%s)", qualified, index), 0, NULL, NULL, NULL, false);
	spi_exec(psprintf("ALTER TABLE campaign.%s ATTACH PARTITION %s"
					  " FOR VALUES FROM (" INT64_FORMAT ") TO (" INT64_FORMAT ")",
					  quote_identifier(parent), qualified, first, end),
			 0, NULL, NULL, NULL, false);
	spi_exec(psprintf("COMMENT ON TABLE %s IS %s", qualified,
					  quote_literal_cstr(psprintf("the rows of campaign.%s for the campaigns from " INT64_FORMAT
												  " to " INT64_FORMAT "; dropped whole by retention",
												  parent, first, end - 1))),
			 0, NULL, NULL, NULL, false);
}

/*
 * ensure_message_partition(campaign_id): the range of campaign ids that holds
 * campaign_id gets its partitions of campaign.messages and
 * campaign.provider_messages, when it has none. A range begins where the
 * range below it ends (or at the campaign, when that is more than a width
 * away) and ends a width later, or where the next range begins. Its width is
 * the number of campaigns created in the last seven days (at least 10), so
 * that a range holds about a week of campaigns whatever the platform's pace:
 * retention drops a range once its last campaign has expired, and a week is
 * both few partitions (about fourteen for 90 days) and little kept past its
 * time.
 *
 * The partitions are made with CREATE TABLE and ATTACH PARTITION, which takes
 * SHARE UPDATE EXCLUSIVE on the parent: claims, acknowledgements and
 * processing go on meanwhile (CREATE TABLE ... PARTITION OF would take ACCESS
 * EXCLUSIVE on the parent). That lock also serializes two transactions that
 * need the same range: the second sees the first's partition and stops.
 * Runs inside the caller's SPI connection, as the tables' owner.
 */
void
ensure_message_partition(int64 campaign_id)
{
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1] = {Int64GetDatum(campaign_id)};
	bool		isnull;
	int64		first;
	int64		end;

	if (campaign_has_partition(campaign_id))
		return;
	spi_exec("LOCK TABLE campaign.messages IN SHARE UPDATE EXCLUSIVE MODE", 0, NULL, NULL, NULL, false);
	if (campaign_has_partition(campaign_id))
		return;

	spi_exec("WITH width AS ("
			 "  SELECT greatest(10, (SELECT count(*) FROM campaign.campaigns"
			 "                         WHERE created_at > campaign.now() - interval '7 days')) AS w),"
			 " ranges AS ("
			 "  SELECT * FROM campaign.message_partitions WHERE parent = 'campaign.messages'::regclass),"
			 " below AS ("
			 "  SELECT coalesce((SELECT max(end_campaign_id) FROM ranges WHERE end_campaign_id <= $1), $1) AS b),"
			 " first AS ("
			 "  SELECT CASE WHEN $1 - b >= w THEN $1 ELSE b END AS f FROM below, width)"
			 " SELECT f, least(f + w, (SELECT min(first_campaign_id) FROM ranges WHERE first_campaign_id > $1))"
			 "   FROM first, width",
			 1, argtypes, values, NULL, false);
	first = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	/* least() ignores the null of "no range above" */
	end = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));

	attach_range("messages", first, end,
				 ", PRIMARY KEY (message_id), UNIQUE (campaign_id, subscriber_id, step_no)",
				 " WITH (fillfactor = 70)", "site_id, subscriber_id");
	attach_range("provider_messages", first, end, "", "", "provider_message_id");
}

/*
 * AFTER INSERT ON campaign.campaigns, FOR EACH ROW: the new campaign's range
 * gets its partitions, so that every campaign has a place for its messages
 * from the start (a superuser's fixture may insert them directly). A new
 * range is made once a week or so; the other inserts find theirs with one
 * lookup. SECURITY DEFINER: the partitions are the extension's.
 */
Datum
campaign_campaigns_partition(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	tupdesc;
	bool		isnull;
	Datum		campaign_id;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_AFTER(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) || !TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		elog(ERROR, "campaign_campaigns_partition: must be fired AFTER INSERT, FOR EACH ROW");
	trigger_require_table(fcinfo, "campaigns");

	tupdesc = RelationGetDescr(trigdata->tg_relation);
	campaign_id = heap_getattr(trigdata->tg_trigtuple, SPI_fnumber(tupdesc, "campaign_id"), tupdesc, &isnull);
	if (isnull)
		elog(ERROR, "campaign_campaigns_partition: campaign_id is null");

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");
	ensure_message_partition(DatumGetInt64(campaign_id));
	SPI_finish();
	return PointerGetDatum(NULL);
}
