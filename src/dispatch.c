/*
 * dispatch.c
 *	  What happens to a message once it is handed out, and the subscriber's
 *	  own actions: mark_sent, mark_failed, record_delivery, lease expiry,
 *	  unsubscribe (and the trigger behind STOP) and record_event.
 *
 * claim.c hands messages out; everything here either acknowledges what a
 * dispatcher did with one, or changes what may still be sent. A handed-out
 * message carries a lease: a dispatcher that dies leaves it to come back as
 * pending when the lease runs out (or canceled, when its campaign has ended
 * meanwhile).
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/timestamp.h"

#include "authority.h"
#include "engine.h"
#include "work.h"
#include "spi_util.h"

PG_FUNCTION_INFO_V1(campaign_mark_sent);
PG_FUNCTION_INFO_V1(campaign_mark_sent_batch);
PG_FUNCTION_INFO_V1(campaign_mark_failed);
PG_FUNCTION_INFO_V1(campaign_record_delivery);
PG_FUNCTION_INFO_V1(campaign_unsubscribe);
PG_FUNCTION_INFO_V1(campaign_subscribers_stop);
PG_FUNCTION_INFO_V1(campaign_record_event);

static SPIPlanPtr expire_plan = NULL;
static SPIPlanPtr close_claims_plan = NULL;
static SPIPlanPtr mark_sent_plan = NULL;
static SPIPlanPtr dequeue_plan = NULL;
static SPIPlanPtr mark_sent_anywhere_plan = NULL;
static SPIPlanPtr claim_campaigns_plan = NULL;
static char *mark_sent_sql = NULL;
static SPIPlanPtr skip_later_steps_plan = NULL;
static SPIPlanPtr mark_sent_refused_plan = NULL;
static SPIPlanPtr message_status_plan = NULL;
static SPIPlanPtr expired_probe_plan = NULL;

/*
 * Return messages whose lease ran out: to pending while their campaign runs
 * (with their queue row back), else canceled with the campaign's reason. The
 * lease is the claim's (campaign.claims): the messages of an expired claim
 * still dispatching under it come back. A follow-up that returns while its
 * previous step is pending again (that step failed with a retry meanwhile)
 * goes back behind that step by its delay, as postpone_later_steps keeps
 * every follow-up.
 * $2, when not null, limits the expiry to one campaign.
 */
#define EXPIRE_LEASES_SQL \
	"WITH returned AS (" \
	"  UPDATE campaign.messages m" \
	"     SET status = CASE WHEN c.status IN ('processing', 'sending') THEN 'pending'" \
	"                       ELSE 'canceled' END::campaign.message_status," \
	"         skip_reason = CASE WHEN c.status IN ('processing', 'sending') THEN NULL" \
	"                            WHEN c.status = 'failed' THEN 'campaign_failed'" \
	"                            ELSE 'campaign_canceled' END," \
	"         send_at = CASE WHEN m.step_no > 0 AND c.status IN ('processing', 'sending')" \
	"                        THEN greatest(m.send_at," \
	"                                 (SELECT campaign.add_delay(p.send_at, st.delay," \
	"                                                            pg_catalog.split_part(m.timezone, ',', 1))" \
	"                                    FROM campaign.messages p" \
	"                                    JOIN campaign.campaign_steps st" \
	"                                      ON st.campaign_id = m.campaign_id AND st.step_no = m.step_no" \
	"                                   WHERE p.campaign_id = m.campaign_id" \
	"                                     AND p.subscriber_id = m.subscriber_id" \
	"                                     AND p.step_no = m.step_no - 1 AND p.status = 'pending'))" \
	"                        ELSE m.send_at END," \
	"         lease_expires_at = NULL" \
	"    FROM campaign.claims k" \
	"   CROSS JOIN LATERAL pg_catalog.unnest(k.message_ids) AS x (message_id)," \
	"         campaign.campaigns c" \
	"   WHERE k.lease_expires_at <= $1 AND ($2 IS NULL OR $2 = ANY (k.campaign_ids))" \
	"     AND m.message_id = x.message_id AND m.claim_id = k.claim_id AND m.status = 'dispatching'" \
	"     AND ($2 IS NULL OR m.campaign_id = $2) AND c.campaign_id = m.campaign_id" \
	"  RETURNING m.message_id, m.site_id, m.campaign_id, m.subscriber_id, m.step_no, m.send_at, m.status)" \
	" INSERT INTO campaign.message_queue (message_id, site_id, campaign_id, subscriber_id, step_no, send_at)" \
	" SELECT message_id, site_id, campaign_id, subscriber_id, step_no, send_at" \
	"   FROM returned WHERE status = 'pending'"

/*
 * The expired claims none of whose messages is dispatching under them any
 * more: their lease has nothing left to return.
 */
#define CLOSE_EXPIRED_CLAIMS_SQL \
	"DELETE FROM campaign.claims k" \
	" WHERE k.lease_expires_at <= $1" \
	"   AND NOT EXISTS (SELECT FROM pg_catalog.unnest(k.message_ids) AS x (message_id)" \
	"                     JOIN campaign.messages m ON m.message_id = x.message_id" \
	"                    WHERE m.claim_id = k.claim_id AND m.status = 'dispatching')"

/* The two statements of lease expiry, for every campaign or for one. */
static void
return_expired_messages(TimestampTz now, int64 campaign_id, bool one_campaign)
{
	Oid			argtypes[2] = {TIMESTAMPTZOID, INT8OID};
	Datum		values[2] = {TimestampTzGetDatum(now), Int64GetDatum(campaign_id)};
	char		nulls[2] = {' ', one_campaign ? ' ' : 'n'};

	spi_exec_cached(&expire_plan, EXPIRE_LEASES_SQL, 2, argtypes, values, nulls, false);
	spi_exec_cached(&close_claims_plan, CLOSE_EXPIRED_CLAIMS_SQL, 1, argtypes, values, NULL, false);
}

/* Every expired lease at once: run by every claim and tick. */
void
expire_leases(TimestampTz now)
{
	return_expired_messages(now, 0, false);
}

/* expire_leases as a SubtransactionWork: arg points to the instant. */
void
expire_leases_work(void *now)
{
	expire_leases(*(TimestampTz *) now);
}

/*
 * Whether any lease has run out: one probe of claims_lease_idx, so that a
 * claim pays for the expiry statements and their subtransaction only when
 * there is something to return.
 */
bool
leases_have_expired(TimestampTz now)
{
	Oid			argtypes[1] = {TIMESTAMPTZOID};
	Datum		values[1] = {TimestampTzGetDatum(now)};

	return spi_exec_cached(&expired_probe_plan,
						   "SELECT FROM campaign.claims WHERE lease_expires_at <= $1 LIMIT 1",
						   1, argtypes, values, NULL, true) > 0;
}

/*
 * The expired leases of one campaign: what tick falls back to when expiring
 * them all at once failed, so that one campaign's messages (a user's trigger
 * that raises) do not keep every other campaign's from coming back.
 */
void
expire_campaign_leases(TimestampTz now, int64 campaign_id)
{
	return_expired_messages(now, campaign_id, true);
}

/* ----------------------------------------------------------------------
 * Acknowledgements
 * ----------------------------------------------------------------------
 */

/*
 * Explain why an acknowledgement matched no message: unknown (P0002) or in a
 * status that does not take it (55000).
 */
static void
refuse_acknowledgement(int64 message_id, const char *what, const char *expected)
{
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1] = {Int64GetDatum(message_id)};
	char	   *status;

	if (spi_exec_cached(&message_status_plan,
						"SELECT status::text FROM campaign.messages WHERE message_id = $1",
						1, argtypes, values, NULL, true) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA_FOUND),
				 errmsg("message " INT64_FORMAT " does not exist", message_id)));
	status = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("message " INT64_FORMAT " cannot be %s", message_id, what),
			 errdetail("Message " INT64_FORMAT " is %s.", message_id, status),
			 errhint("Only a message that is %s can be %s.", expected, what)));
}

static int64
required_message_id(FunctionCallInfo fcinfo)
{
	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("message_id must not be null")));
	return PG_GETARG_INT64(0);
}

/*
 * Mark handed-out messages sent. A message counts as handed out while it is
 * dispatching, and also after its lease ran out (back to pending, or canceled
 * because its campaign ended): the aggregator took it, so it was sent. A
 * repeated acknowledgement of a sent message is accepted and changes nothing,
 * so that a dispatcher may retry after losing the server's answer.
 *
 * The common call acknowledges what one claim handed out: the claim's
 * campaigns (one probe of campaign.claims, a handful of rows) name the
 * partitions of campaign.messages to update, and one statement makes the
 * messages, dispatching, sent (HOT updates), records the aggregator's ids for
 * record_delivery, and the claims they came from are released
 * (release_claims). Only when it marked fewer rows than it was given ids
 * does a second pass, over every partition, look for the rest: messages of
 * other claims, and late acknowledgements (their queue rows first, the lock
 * every writer of a pending message takes); then for one it must refuse
 * (unknown, never handed out, or a null id).
 */
#define MARK_SENT_SQL(partitions) \
	"WITH acked AS (" \
	"  UPDATE campaign.messages m" \
	"     SET status = 'sent'," \
	"         provider_message_id = coalesce(a.provider_message_id, m.provider_message_id)," \
	"         lease_expires_at = NULL, skip_reason = NULL, error = NULL" \
	"    FROM ROWS FROM (pg_catalog.unnest($1::bigint[]), pg_catalog.unnest($2::text[]))" \
	"         AS a (message_id, provider_message_id)" \
	"   WHERE m.message_id = a.message_id AND m.dispatched_at IS NOT NULL" \
	"     AND m.status = ANY ($3::campaign.message_status[])" partitions \
	"  RETURNING m.message_id, m.campaign_id, m.site_id, a.provider_message_id, m.claim_id)," \
	" mapped AS (" \
	"  INSERT INTO campaign.provider_messages (provider_message_id, message_id, campaign_id, site_id)" \
	"  SELECT provider_message_id, message_id, campaign_id, site_id FROM acked" \
	"   WHERE provider_message_id IS NOT NULL)" \
	" SELECT claim_id FROM acked"

/* The claims of the messages the last acknowledgement statement marked. */
static void
release_acknowledged_claims(uint64 marked)
{
	int64	   *claim_ids = palloc(sizeof(int64) * Max(marked, 1));
	int			n = 0;

	for (uint64 i = 0; i < marked; i++)
	{
		bool		isnull;
		Datum		claim_id = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);

		if (!isnull)
			claim_ids[n++] = DatumGetInt64(claim_id);
	}
	release_claims(claim_ids, n);
	pfree(claim_ids);
}

static void
mark_sent_array(Datum ids, Datum provider_ids)
{
	ArrayType  *id_array = DatumGetArrayTypeP(ids);
	int			given = ArrayGetNItems(ARR_NDIM(id_array), ARR_DIMS(id_array));
	Oid			argtypes[3] = {INT8ARRAYOID, TEXTARRAYOID, TEXTARRAYOID};
	Datum		values[3] = {ids, provider_ids, (Datum) 0};
	uint64		marked = 0;
	Oid			firsttype[1] = {INT8ARRAYOID};

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");
	if (spi_exec_cached(&claim_campaigns_plan,
						"SELECT k.campaign_ids FROM campaign.claims k"
						" WHERE ($1::bigint[])[1] = ANY (k.message_ids) LIMIT 1",
						1, firsttype, values, NULL, false) > 0)
	{
		const char *dispatching[1] = {"dispatching"};
		Oid			types[3 + CAMPAIGN_SLOTS] = {INT8ARRAYOID, TEXTARRAYOID, TEXTARRAYOID};
		Datum		pruned[3 + CAMPAIGN_SLOTS];
		bool		isnull;
		Datum	   *elements;
		int			ncampaigns;
		int64	   *campaign_ids;

		deconstruct_array(DatumGetArrayTypeP(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull)),
						  INT8OID, sizeof(int64), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE, &elements, NULL, &ncampaigns);
		campaign_ids = palloc(sizeof(int64) * Max(ncampaigns, 1));
		for (int i = 0; i < ncampaigns; i++)
			campaign_ids[i] = DatumGetInt64(elements[i]);
		if (fill_campaign_slots(campaign_ids, ncampaigns, types + 3, pruned + 3))
		{
			pruned[0] = ids;
			pruned[1] = provider_ids;
			pruned[2] = text_array(dispatching, 1);
			if (mark_sent_sql == NULL)
				mark_sent_sql = MemoryContextStrdup(TopMemoryContext,
													psprintf(MARK_SENT_SQL("%s"), campaign_slots_sql("m.campaign_id", 4)));
			marked = spi_exec_cached(&mark_sent_plan, mark_sent_sql, 3 + CAMPAIGN_SLOTS, types, pruned, NULL, false);
			release_acknowledged_claims(marked);
		}
	}
	if (marked < (uint64) given)
	{
		const char *handed_out[3] = {"dispatching", "pending", "canceled"};
		Oid			idtype[1] = {INT8ARRAYOID};

		spi_exec_cached(&dequeue_plan,
						"DELETE FROM campaign.message_queue q"
						" USING campaign.messages m"
						" WHERE q.message_id = ANY($1) AND m.message_id = q.message_id"
						"   AND m.dispatched_at IS NOT NULL",
						1, idtype, values, NULL, false);
		values[2] = text_array(handed_out, 3);
		marked += spi_exec_cached(&mark_sent_anywhere_plan, MARK_SENT_SQL(""), 3, argtypes, values, NULL, false);
		release_acknowledged_claims(SPI_processed);
	}
	if (marked < (uint64) given)
	{
		Oid			argtypes[1] = {INT8ARRAYOID};
		Datum		values[1] = {ids};

		if (spi_exec_cached(&mark_sent_refused_plan,
							"SELECT a.message_id FROM pg_catalog.unnest($1::bigint[]) AS a (message_id)"
							" WHERE a.message_id IS NULL"
							"    OR NOT EXISTS (SELECT FROM campaign.messages m WHERE m.message_id = a.message_id"
							"                      AND m.status IN ('sent', 'delivered', 'undelivered'))"
							" LIMIT 1",
							1, argtypes, values, NULL, false) > 0)
		{
			bool		isnull;
			int64		refused = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
															  SPI_tuptable->tupdesc, 1, &isnull));

			if (isnull)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("message_ids must not contain nulls")));
			refuse_acknowledgement(refused, "marked sent", "dispatching");
		}
	}
	SPI_finish();
}

Datum
campaign_mark_sent(PG_FUNCTION_ARGS)
{
	Datum		id = Int64GetDatum(required_message_id(fcinfo));
	ArrayType  *ids = construct_array(&id, 1, INT8OID, sizeof(int64), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
	ArrayType  *providers;

	/* a null provider id must not reach construct_array, which reads it */
	if (PG_ARGISNULL(1))
		providers = construct_empty_array(TEXTOID);
	else
	{
		Datum		provider = PG_GETARG_DATUM(1);

		providers = construct_array(&provider, 1, TEXTOID, -1, false, TYPALIGN_INT);
	}
	mark_sent_array(PointerGetDatum(ids), PointerGetDatum(providers));
	PG_RETURN_VOID();
}

Datum
campaign_mark_sent_batch(PG_FUNCTION_ARGS)
{
	ArrayType  *ids;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("message_ids must not be null")));
	ids = PG_GETARG_ARRAYTYPE_P(0);
	if (ARR_NDIM(ids) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("message_ids must be a one-dimensional array")));
	if (!PG_ARGISNULL(1))
	{
		ArrayType  *providers = PG_GETARG_ARRAYTYPE_P(1);

		if (ArrayGetNItems(ARR_NDIM(providers), ARR_DIMS(providers)) !=
			ArrayGetNItems(ARR_NDIM(ids), ARR_DIMS(ids)) || ARR_NDIM(providers) > 1)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("provider_message_ids must have one element per message id"),
					 errdetail("%d message ids, %d provider ids.",
							   ArrayGetNItems(ARR_NDIM(ids), ARR_DIMS(ids)),
							   ArrayGetNItems(ARR_NDIM(providers), ARR_DIMS(providers)))));
	}
	mark_sent_array(PointerGetDatum(ids),
					PG_ARGISNULL(1) ? PointerGetDatum(construct_empty_array(TEXTOID)) : PG_GETARG_DATUM(1));
	PG_RETURN_VOID();
}

/*
 * A step that failed for good: the subscriber's later steps of the campaign
 * are skipped (previous_step_failed), their queue rows taken first, waiting
 * for a claim that holds one as it would for any pending message.
 */
static void
skip_after_failed_step(int64 campaign_id, int64 subscriber_id, int16 step_no)
{
	Oid			argtypes[3] = {INT8OID, INT8OID, INT2OID};
	Datum		values[3] = {Int64GetDatum(campaign_id), Int64GetDatum(subscriber_id),
	Int16GetDatum(step_no)};

	spi_exec_cached(&skip_later_steps_plan,
					"WITH later AS ("
					"  DELETE FROM campaign.message_queue q USING campaign.messages l"
					"   WHERE l.campaign_id = $1 AND l.subscriber_id = $2 AND l.step_no > $3"
					"     AND q.message_id = l.message_id"
					"  RETURNING q.message_id)"
					" UPDATE campaign.messages f SET status = 'skipped', skip_reason = 'previous_step_failed'"
					"   FROM later"
					"  WHERE f.message_id = later.message_id AND f.status = 'pending'",
					3, argtypes, values, NULL, false);
}

/*
 * campaign.mark_failed(message_id, error, retry_at): the aggregator refused
 * the message. With retry_at it goes back to pending at that time (claim
 * re-checks the windows then), and the subscriber's later steps of the
 * campaign move to no earlier than that time (postpone_later_steps); when its
 * campaign has ended meanwhile it is canceled instead, with the campaign's
 * reason, as a lease that runs out is. Without retry_at it fails for good
 * and the later steps are skipped.
 */
Datum
campaign_mark_failed(PG_FUNCTION_ARGS)
{
	int64		message_id = required_message_id(fcinfo);
	bool		retry = !PG_ARGISNULL(2);
	Oid			argtypes[3] = {INT8OID, TEXTOID, TIMESTAMPTZOID};
	Datum		values[3];
	char		nulls[3] = {' ', ' ', ' '};

	if (retry && TIMESTAMP_NOT_FINITE(PG_GETARG_TIMESTAMPTZ(2)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("retry_at must be a finite time"),
				 errhint("Pass null to fail the message for good.")));

	values[0] = Int64GetDatum(message_id);
	values[1] = PG_ARGISNULL(1) ? (Datum) 0 : PG_GETARG_DATUM(1);
	nulls[1] = PG_ARGISNULL(1) ? 'n' : ' ';
	values[2] = retry ? PG_GETARG_DATUM(2) : (Datum) 0;
	nulls[2] = retry ? ' ' : 'n';

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");
	if (spi_exec("WITH failed AS ("
				 "  UPDATE campaign.messages m"
				 "     SET status = CASE WHEN $3 IS NULL THEN 'failed'"
				 "                       WHEN c.status IN ('processing', 'sending') THEN 'pending'"
				 "                       ELSE 'canceled' END::campaign.message_status,"
				 "         skip_reason = CASE WHEN $3 IS NULL OR c.status IN ('processing', 'sending') THEN m.skip_reason"
				 "                            WHEN c.status = 'failed' THEN 'campaign_failed'"
				 "                            ELSE 'campaign_canceled' END,"
				 "         send_at = coalesce($3, m.send_at), error = $2, lease_expires_at = NULL"
				 "    FROM campaign.campaigns c"
				 "   WHERE m.message_id = $1 AND m.status = 'dispatching' AND c.campaign_id = m.campaign_id"
				 "  RETURNING m.message_id, m.site_id, m.campaign_id, m.subscriber_id, m.step_no, m.status,"
				 "            m.send_at, m.claim_id),"
				 " requeued AS ("
				 "  INSERT INTO campaign.message_queue (message_id, site_id, campaign_id, subscriber_id, step_no, send_at)"
				 "  SELECT message_id, site_id, campaign_id, subscriber_id, step_no, send_at"
				 "    FROM failed WHERE status = 'pending')"
				 " SELECT campaign_id, subscriber_id, step_no, status::text, send_at, claim_id FROM failed",
				 3, argtypes, values, nulls, false) == 0)
		refuse_acknowledgement(message_id, "marked failed", "dispatching");
	{
		HeapTuple	tuple = SPI_tuptable->vals[0];
		TupleDesc	tupdesc = SPI_tuptable->tupdesc;
		bool		isnull;
		char	   *outcome = SPI_getvalue(tuple, tupdesc, 4);
		int64		campaign_id = DatumGetInt64(SPI_getbinval(tuple, tupdesc, 1, &isnull));
		int64		subscriber_id = DatumGetInt64(SPI_getbinval(tuple, tupdesc, 2, &isnull));
		int16		step_no = DatumGetInt16(SPI_getbinval(tuple, tupdesc, 3, &isnull));
		TimestampTz send_at = DatumGetTimestampTz(SPI_getbinval(tuple, tupdesc, 5, &isnull));
		Datum		claim_id = SPI_getbinval(tuple, tupdesc, 6, &isnull);

		if (!isnull)
		{
			int64		released = DatumGetInt64(claim_id);

			release_claims(&released, 1);
		}
		if (strcmp(outcome, "failed") == 0)
			skip_after_failed_step(campaign_id, subscriber_id, step_no);
		else if (strcmp(outcome, "pending") == 0)
			postpone_later_steps(1, &campaign_id, &subscriber_id, &step_no, &send_at);
	}
	SPI_finish();
	PG_RETURN_VOID();
}

/*
 * campaign.record_delivery(provider_message_id, delivered, error): the
 * carrier's receipt. A repeated receipt with the same outcome is accepted.
 */
Datum
campaign_record_delivery(PG_FUNCTION_ARGS)
{
	Oid			argtypes[4] = {TEXTOID, BOOLOID, TEXTOID, TIMESTAMPTZOID};
	Datum		values[4];
	char		nulls[4] = {' ', ' ', ' ', ' '};
	char	   *provider_id;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be null", PG_ARGISNULL(0) ? "provider_message_id" : "delivered")));
	provider_id = text_to_cstring(PG_GETARG_TEXT_PP(0));
	values[0] = PG_GETARG_DATUM(0);
	values[1] = PG_GETARG_DATUM(1);
	values[2] = PG_ARGISNULL(2) ? (Datum) 0 : PG_GETARG_DATUM(2);
	nulls[2] = PG_ARGISNULL(2) ? 'n' : ' ';
	values[3] = TimestampTzGetDatum(campaign_current_time());

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");
	if (spi_exec("UPDATE campaign.messages m"
				 "   SET status = CASE WHEN $2 THEN 'delivered' ELSE 'undelivered' END::campaign.message_status,"
				 "       delivered_at = CASE WHEN $2 THEN $4 END, error = $3"
				 "  FROM (SELECT DISTINCT message_id, campaign_id FROM campaign.provider_messages"
				 "         WHERE provider_message_id = $1) p"
				 " WHERE m.message_id = p.message_id AND m.campaign_id = p.campaign_id"
				 "   AND m.provider_message_id = $1"
				 "   AND (m.status = 'sent'"
				 "        OR m.status = CASE WHEN $2 THEN 'delivered' ELSE 'undelivered' END::campaign.message_status)",
				 4, argtypes, values, nulls, false) == 0)
	{
		Oid			idtype[1] = {TEXTOID};

		if (spi_exec("SELECT m.message_id, m.status::text"
					 "  FROM campaign.provider_messages p"
					 "  JOIN campaign.messages m ON m.message_id = p.message_id AND m.campaign_id = p.campaign_id"
					 " WHERE p.provider_message_id = $1 AND m.provider_message_id = $1",
					 1, idtype, values, NULL, true) == 0)
			ereport(ERROR,
					(errcode(ERRCODE_NO_DATA_FOUND),
					 errmsg("no message has provider_message_id \"%s\"", provider_id),
					 errhint("campaign.mark_sent() records the provider's id when the message is sent.")));
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("delivery of message %s cannot be recorded",
						SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1)),
				 errdetail("The message is %s.", SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2)),
				 errhint("Receipts are recorded for sent messages.")));
	}
	SPI_finish();
	PG_RETURN_VOID();
}

/* ----------------------------------------------------------------------
 * The subscriber's own actions
 * ----------------------------------------------------------------------
 */

static void
require_subscriber_args(FunctionCallInfo fcinfo)
{
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be null", PG_ARGISNULL(0) ? "site_id" : "subscriber_id")));
}

static void
subscriber_not_found(int64 site_id, int64 subscriber_id)
{
	ereport(ERROR,
			(errcode(ERRCODE_NO_DATA_FOUND),
			 errmsg("subscriber " INT64_FORMAT " of site " INT64_FORMAT " does not exist",
					subscriber_id, site_id)));
}

/*
 * campaign.unsubscribe(site_id, subscriber_id): the STOP keyword. It runs as
 * the caller, so that row-level security hides other sites' subscribers
 * (P0002); the trigger subscribers_stop skips the pending messages, for this
 * function and for a direct UPDATE alike. Messages already with a dispatcher
 * cannot be retrieved. Unsubscribing twice is not an error.
 */
Datum
campaign_unsubscribe(PG_FUNCTION_ARGS)
{
	Oid			argtypes[3] = {INT8OID, INT8OID, TIMESTAMPTZOID};
	Datum		values[3];

	require_subscriber_args(fcinfo);
	values[0] = PG_GETARG_DATUM(0);
	values[1] = PG_GETARG_DATUM(1);
	values[2] = TimestampTzGetDatum(campaign_current_time());

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");
	if (spi_exec("UPDATE campaign.subscribers"
				 "   SET status = 'unsubscribed', unsubscribed_at = coalesce(unsubscribed_at, $3)"
				 " WHERE site_id = $1 AND subscriber_id = $2",
				 3, argtypes, values, NULL, false) == 0)
		subscriber_not_found(PG_GETARG_INT64(0), PG_GETARG_INT64(1));
	SPI_finish();
	PG_RETURN_VOID();
}

/*
 * AFTER UPDATE OF status (to unsubscribed) OR DELETE ON campaign.subscribers:
 * a subscriber who stopped, or was deleted, gets none of the messages still
 * pending for them.
 */
Datum
campaign_subscribers_stop(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	tupdesc;
	Oid			argtypes[2] = {INT8OID, INT8OID};
	Datum		values[2];
	bool		isnull;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_AFTER(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event))
		elog(ERROR, "campaign_subscribers_stop: must be fired AFTER, FOR EACH ROW");
	trigger_require_table(fcinfo, "subscribers");

	tupdesc = RelationGetDescr(trigdata->tg_relation);
	values[0] = heap_getattr(trigdata->tg_trigtuple, SPI_fnumber(tupdesc, "site_id"), tupdesc, &isnull);
	values[1] = heap_getattr(trigdata->tg_trigtuple, SPI_fnumber(tupdesc, "subscriber_id"), tupdesc, &isnull);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");
	spi_exec("WITH gone AS ("
			 "  DELETE FROM campaign.message_queue q USING campaign.messages m"
			 "   WHERE m.site_id = $1 AND m.subscriber_id = $2 AND q.message_id = m.message_id"
			 "  RETURNING q.message_id)"
			 " UPDATE campaign.messages m SET status = 'skipped', skip_reason = 'unsubscribed'"
			 "   FROM gone"
			 "  WHERE m.message_id = gone.message_id AND m.status = 'pending'",
			 2, argtypes, values, NULL, false);
	SPI_finish();
	return PointerGetDatum(NULL);
}

/*
 * campaign.record_event(site_id, subscriber_id, event, occurred_at): what a
 * follow-up's skip_if_event looks for. occurred_at defaults to campaign.now().
 */
Datum
campaign_record_event(PG_FUNCTION_ARGS)
{
	Oid			argtypes[4] = {INT8OID, INT8OID, TEXTOID, TIMESTAMPTZOID};
	Datum		values[4];

	require_subscriber_args(fcinfo);
	if (PG_ARGISNULL(2) || VARSIZE_ANY_EXHDR(PG_GETARG_TEXT_PP(2)) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("event must not be null or empty")));
	if (!PG_ARGISNULL(3) && TIMESTAMP_NOT_FINITE(PG_GETARG_TIMESTAMPTZ(3)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("occurred_at must be a finite time")));
	values[0] = PG_GETARG_DATUM(0);
	values[1] = PG_GETARG_DATUM(1);
	values[2] = PG_GETARG_DATUM(2);
	values[3] = PG_ARGISNULL(3) ? TimestampTzGetDatum(campaign_current_time()) : PG_GETARG_DATUM(3);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");
	if (spi_exec("INSERT INTO campaign.subscriber_events (site_id, subscriber_id, event, occurred_at)"
				 " SELECT site_id, subscriber_id, $3, $4 FROM campaign.subscribers"
				 "  WHERE site_id = $1 AND subscriber_id = $2",
				 4, argtypes, values, NULL, false) == 0)
		subscriber_not_found(PG_GETARG_INT64(0), PG_GETARG_INT64(1));
	SPI_finish();
	PG_RETURN_VOID();
}
