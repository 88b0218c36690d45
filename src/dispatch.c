/*
 * dispatch.c
 *	  The dispatch queue: claim_messages, mark_sent, mark_failed,
 *	  record_delivery, lease expiry, and the subscriber's own actions
 *	  (unsubscribe, record_event) that change what may still be sent.
 *
 * A message leaves only through claim_messages, which re-checks every rule at
 * the instant of hand-out: the campaign still running, the site still
 * allowed to send, the subscriber still subscribed, the legal and quiet
 * windows open now, smart sending across campaigns, skip_if_event, the order
 * of follow-ups and a trial site's allowance. Rows are taken with SKIP LOCKED,
 * so concurrent dispatchers never wait for each other nor get the same
 * message; subscriber rows are locked (also SKIP LOCKED) for the hand-out, so
 * two campaigns' first messages cannot reach one subscriber inside the
 * smart-sending window, and a STOP racing a claim is seen by one of them.
 *
 * A handed-out message carries a lease: a dispatcher that dies leaves it to
 * come back as pending when the lease runs out (or canceled, when its
 * campaign has ended meanwhile).
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "campaign.h"

PG_FUNCTION_INFO_V1(campaign_claim_messages);
PG_FUNCTION_INFO_V1(campaign_mark_sent);
PG_FUNCTION_INFO_V1(campaign_mark_sent_batch);
PG_FUNCTION_INFO_V1(campaign_mark_failed);
PG_FUNCTION_INFO_V1(campaign_record_delivery);
PG_FUNCTION_INFO_V1(campaign_unsubscribe);
PG_FUNCTION_INFO_V1(campaign_subscribers_stop);
PG_FUNCTION_INFO_V1(campaign_record_event);

#define MAX_CLAIM 10000

static SPIPlanPtr expire_plan = NULL;
static SPIPlanPtr candidates_plan = NULL;
static SPIPlanPtr lock_trial_sites_plan = NULL;
static SPIPlanPtr lock_subscribers_plan = NULL;
static SPIPlanPtr hand_out_plan = NULL;
static SPIPlanPtr mark_sent_plan = NULL;
static SPIPlanPtr message_status_plan = NULL;

/*
 * Return messages whose lease ran out: to pending while their campaign runs,
 * else canceled with the campaign's reason. Run by every claim and tick.
 */
void
expire_leases(TimestampTz now)
{
	Oid			argtypes[1] = {TIMESTAMPTZOID};
	Datum		values[1] = {TimestampTzGetDatum(now)};

	spi_exec_cached(&expire_plan,
					"UPDATE campaign.messages m"
					"   SET status = CASE WHEN c.status IN ('processing', 'sending') THEN 'pending'"
					"                     ELSE 'canceled' END::campaign.message_status,"
					"       skip_reason = CASE WHEN c.status IN ('processing', 'sending') THEN NULL"
					"                          WHEN c.status = 'failed' THEN 'campaign_failed'"
					"                          ELSE 'campaign_canceled' END,"
					"       lease_expires_at = NULL"
					"  FROM campaign.campaigns c"
					" WHERE m.status = 'dispatching' AND m.lease_expires_at <= $1"
					"   AND c.campaign_id = m.campaign_id",
					1, argtypes, values, NULL, false);
}

/*
 * Decide, for each locked candidate, what happens now, apply it in one
 * statement, and return the hand-outs followed by the campaigns that must
 * fail (site checks, trial allowance). Decisions:
 *	hand_out		to the dispatcher (dispatching, lease, last_message_at)
 *	reschedule		window closed now: send_at moves to the next allowed instant
 *	wait			a follow-up whose previous step is not handed out yet
 *	site / trial	not handed out; the campaign fails after this statement
 *	anything else	the message ends (skipped or canceled) with that reason, and
 *					so do the subscriber's later steps of the campaign
 *
 * Every message lock a claim takes is taken with SKIP LOCKED, the later steps
 * too: another claim may hold one of them as a candidate (candidates are
 * locked before subscribers), and that claim may be waiting for a message of
 * ours the same way, a deadlock two dispatchers hit under load. A later step
 * left pending here is decided 'previous' by the claim that next takes it.
 */
static const char *const hand_out_sql =
"WITH cand AS ("
"  SELECT m.message_id, m.campaign_id, m.site_id, m.subscriber_id, m.step_no, m.send_at,"
"         m.dispatched_at AS own_dispatched_at, m.timezone, m.jurisdiction, c.status AS campaign_status, c.smart_sending,"
"         CASE WHEN c.respect_quiet_hours THEN s.quiet_hours_start END AS quiet_start,"
"         CASE WHEN c.respect_quiet_hours THEN s.quiet_hours_end END AS quiet_end,"
"         CASE WHEN NOT s.is_active THEN 'site_inactive'"
"              WHEN NOT s.sms_enabled THEN 'no_sms_subscription'"
"              WHEN coalesce(pg_catalog.btrim(s.subdomain), '') = '' THEN 'no_subdomain'"
"         END AS site_reason,"
"         s.plan = 'trial' AS is_trial,"
"         coalesce(s.trial_message_limit, 0) - s.trial_messages_used AS trial_left,"
"         s.smart_sending_window, sub.status AS subscriber_status, sub.last_message_at,"
"         sub.phone, st.body, st.skip_if_event,"
"         prev.status AS prev_status, prev.skip_reason AS prev_skip_reason,"
"         first.dispatched_at AS first_dispatched_at"
"    FROM campaign.messages m"
"    JOIN campaign.campaigns c ON c.campaign_id = m.campaign_id"
"    JOIN campaign.sites s ON s.site_id = m.site_id"
"    JOIN campaign.subscribers sub ON sub.site_id = m.site_id AND sub.subscriber_id = m.subscriber_id"
"    JOIN campaign.campaign_steps st ON st.campaign_id = m.campaign_id AND st.step_no = m.step_no"
"    LEFT JOIN campaign.messages prev ON m.step_no > 0 AND prev.campaign_id = m.campaign_id"
"         AND prev.subscriber_id = m.subscriber_id AND prev.step_no = m.step_no - 1"
"    LEFT JOIN campaign.messages first ON m.step_no > 0 AND first.campaign_id = m.campaign_id"
"         AND first.subscriber_id = m.subscriber_id AND first.step_no = 0"
"   WHERE m.message_id = ANY($3) AND m.status = 'pending'),"
" checked AS ("
"  SELECT cand.*, w.allowed_at,"
"         CASE"
"           WHEN campaign_status NOT IN ('processing', 'sending') THEN"
"                CASE WHEN campaign_status = 'failed' THEN 'campaign_failed' ELSE 'campaign_canceled' END"
"           WHEN site_reason IS NOT NULL THEN 'site'"
"           WHEN subscriber_status <> 'subscribed' THEN 'unsubscribed'"
"           WHEN step_no > 0 AND prev_status IN ('skipped', 'canceled') THEN 'previous'"
"           WHEN step_no > 0 AND prev_status = 'failed' THEN 'previous_step_failed'"
"           WHEN step_no > 0 AND prev_status = 'pending' THEN 'wait'"
"           WHEN allowed_at IS NULL THEN 'no_send_window'"
"           WHEN allowed_at > $1 THEN 'reschedule'"
"           WHEN step_no = 0 AND smart_sending"
"                AND last_message_at > $1 - smart_sending_window"
"                AND last_message_at IS DISTINCT FROM own_dispatched_at THEN 'smart_sending'"
"           WHEN step_no > 0 AND skip_if_event IS NOT NULL AND EXISTS ("
"                SELECT FROM campaign.subscriber_events e"
"                 WHERE e.site_id = cand.site_id AND e.subscriber_id = cand.subscriber_id"
"                   AND e.event = cand.skip_if_event AND e.occurred_at > cand.first_dispatched_at)"
"                THEN 'event_occurred'"
"           ELSE 'hand_out'"
"         END AS decision"
"    FROM cand, LATERAL (SELECT campaign.next_send_time($1, pg_catalog.string_to_array(cand.timezone, ','),"
"                                                     cand.quiet_start, cand.quiet_end,"
"                                                     cand.jurisdiction) AS allowed_at) w),"
" ranked AS ("
"  SELECT checked.*,"
"         CASE WHEN decision = 'hand_out' THEN pg_catalog.row_number() OVER ("
"              PARTITION BY site_id, subscriber_id, decision = 'hand_out' ORDER BY send_at, message_id) END AS subscriber_rank,"
"         CASE WHEN decision = 'hand_out' THEN pg_catalog.row_number() OVER ("
"              PARTITION BY site_id, decision = 'hand_out' ORDER BY send_at, message_id) END AS site_rank"
"    FROM checked),"
" decided AS ("
"  SELECT ranked.*,"
"         CASE WHEN decision <> 'hand_out' THEN decision"
"              WHEN is_trial AND site_rank > trial_left THEN 'trial'"
"              WHEN step_no = 0 AND smart_sending AND subscriber_rank > 1 THEN 'smart_sending'"
"              ELSE 'hand_out' END AS outcome"
"    FROM ranked),"
" applied AS ("
"  UPDATE campaign.messages m"
"     SET status = CASE d.outcome"
"                    WHEN 'hand_out' THEN 'dispatching'"
"                    WHEN 'reschedule' THEN 'pending'"
"                    WHEN 'campaign_failed' THEN 'canceled'"
"                    WHEN 'campaign_canceled' THEN 'canceled'"
"                    ELSE 'skipped' END::campaign.message_status,"
"         send_at = CASE WHEN d.outcome = 'reschedule' THEN d.allowed_at ELSE m.send_at END,"
"         skip_reason = CASE d.outcome"
"                         WHEN 'hand_out' THEN NULL WHEN 'reschedule' THEN NULL"
"                         WHEN 'previous' THEN d.prev_skip_reason"
"                         ELSE d.outcome END,"
"         attempts = m.attempts + CASE WHEN d.outcome = 'hand_out' THEN 1 ELSE 0 END,"
"         dispatched_at = CASE WHEN d.outcome = 'hand_out' THEN $1 ELSE m.dispatched_at END,"
"         lease_expires_at = CASE WHEN d.outcome = 'hand_out' THEN $1 + $2 END"
"    FROM decided d"
"   WHERE m.message_id = d.message_id AND d.outcome NOT IN ('wait', 'site', 'trial')"
"  RETURNING m.message_id, m.campaign_id, m.site_id, m.subscriber_id, m.step_no, m.status,"
"            m.skip_reason, m.send_at, d.phone, d.body, d.is_trial),"
" later_steps AS ("
"  UPDATE campaign.messages f"
"     SET status = 'skipped', skip_reason = a.skip_reason"
"    FROM applied a"
"   WHERE a.status IN ('skipped', 'canceled') AND f.campaign_id = a.campaign_id"
"     AND f.subscriber_id = a.subscriber_id AND f.step_no > a.step_no"
"     AND f.status = 'pending' AND f.message_id <> ALL ($3)"
"     AND f.message_id IN (SELECT l.message_id FROM campaign.messages l JOIN applied la"
"                           ON l.campaign_id = la.campaign_id AND l.subscriber_id = la.subscriber_id"
"                          WHERE la.status IN ('skipped', 'canceled') AND l.step_no > la.step_no"
"                            AND l.status = 'pending' AND l.message_id <> ALL ($3)"
"                          FOR UPDATE OF l SKIP LOCKED)),"
" touched_subscribers AS ("
"  UPDATE campaign.subscribers s SET last_message_at = $1"
"    FROM (SELECT DISTINCT site_id, subscriber_id FROM applied WHERE status = 'dispatching') h"
"   WHERE s.site_id = h.site_id AND s.subscriber_id = h.subscriber_id),"
" trial_sites AS ("
"  UPDATE campaign.sites s SET trial_messages_used = s.trial_messages_used + h.n"
"    FROM (SELECT site_id, count(*)::integer AS n FROM applied"
"           WHERE status = 'dispatching' AND is_trial GROUP BY site_id) h"
"   WHERE s.site_id = h.site_id),"
" trial_campaigns AS ("
"  UPDATE campaign.campaigns c SET trial_claimed = c.trial_claimed + h.n"
"    FROM (SELECT campaign_id, count(*) AS n FROM applied"
"           WHERE status = 'dispatching' AND is_trial GROUP BY campaign_id) h"
"   WHERE c.campaign_id = h.campaign_id)"
" SELECT message_id, campaign_id, site_id, subscriber_id, phone, body, send_at, NULL::text AS failure"
"   FROM applied WHERE status = 'dispatching'"
" UNION ALL"
" SELECT DISTINCT NULL::bigint, campaign_id, site_id, NULL::bigint, NULL, NULL, NULL::timestamptz,"
"        CASE WHEN outcome = 'site' THEN site_reason ELSE 'trial_limit_reached' END"
"   FROM decided WHERE outcome IN ('site', 'trial')";

/*
 * The message ids in the first column of the last SPI result, as a bigint[]
 * parameter for the next statement of a claim.
 */
static ArrayType *
message_ids_of_result(uint64 count)
{
	Datum	   *ids = palloc(sizeof(Datum) * count);

	for (uint64 i = 0; i < count; i++)
	{
		bool		isnull;

		ids[i] = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);
	}
	return construct_array(ids, (int) count, INT8OID, sizeof(int64), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
}

/*
 * campaign.claim_messages(max_messages, lease): the dispatcher's call.
 */
Datum
campaign_claim_messages(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	TimestampTz now = campaign_current_time();
	int32		max_messages;
	Interval   *lease;
	Oid			argtypes[3] = {TIMESTAMPTZOID, INTERVALOID, INT8ARRAYOID};
	Datum		values[3];
	uint64		count;
	ArrayType  *id_array;
	int64	   *failing_campaigns;
	char	  **failing_reasons;
	int			failing = 0;

	if (PG_ARGISNULL(0) || PG_GETARG_INT32(0) < 1 || PG_GETARG_INT32(0) > MAX_CLAIM)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid max_messages %s",
						PG_ARGISNULL(0) ? "null" : psprintf("%d", PG_GETARG_INT32(0))),
				 errdetail("A dispatcher claims from 1 to %d messages at a time.", MAX_CLAIM)));
	max_messages = PG_GETARG_INT32(0);
	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid lease null"),
				 errdetail("The lease is how long a dispatcher may hold a message, from 1 second to 1 day.")));
	lease = PG_GETARG_INTERVAL_P(1);
	{
		/*
		 * Compare the interval itself with the bounds (as interval_cmp does,
		 * a day is 24 hours): adding a huge lease to now would overflow
		 * (22008) before it could be refused.
		 */
		Interval	shortest = {.time = USECS_PER_SEC};
		Interval	longest = {.day = 1};

		if (DatumGetInt32(DirectFunctionCall2(interval_cmp, IntervalPGetDatum(lease),
											  IntervalPGetDatum(&shortest))) < 0 ||
			DatumGetInt32(DirectFunctionCall2(interval_cmp, IntervalPGetDatum(lease),
											  IntervalPGetDatum(&longest))) > 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid lease \"%s\"",
							DatumGetCString(DirectFunctionCall1(interval_out, IntervalPGetDatum(lease)))),
					 errdetail("The lease is how long a dispatcher may hold a message, from 1 second to 1 day.")));
	}

	InitMaterializedSRF(fcinfo, 0);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");

	expire_leases(now);

	/* the due messages no other dispatcher holds */
	values[0] = TimestampTzGetDatum(now);
	values[1] = Int32GetDatum(max_messages);
	{
		Oid			candidate_types[2] = {TIMESTAMPTZOID, INT4OID};

		count = spi_exec_cached(&candidates_plan,
								"SELECT message_id FROM campaign.messages"
								" WHERE status = 'pending' AND send_at <= $1"
								" ORDER BY send_at LIMIT $2"
								" FOR UPDATE SKIP LOCKED",
								2, candidate_types, values, NULL, false);
	}
	if (count == 0)
	{
		SPI_finish();
		return (Datum) 0;
	}
	id_array = message_ids_of_result(count);
	values[0] = PointerGetDatum(id_array);

	/*
	 * Trial sites: their allowance is counted under the site row's lock, so
	 * that concurrent claims cannot together pass the limit. Paid sites are
	 * not locked, so dispatchers of one large site never queue on it.
	 */
	{
		Oid			lock_types[1] = {INT8ARRAYOID};

		spi_exec_cached(&lock_trial_sites_plan,
						"SELECT s.site_id FROM campaign.sites s"
						" WHERE s.plan = 'trial' AND s.site_id IN"
						"       (SELECT m.site_id FROM campaign.messages m WHERE m.message_id = ANY($1))"
						" ORDER BY s.site_id FOR NO KEY UPDATE",
						1, lock_types, values, NULL, false);

		/*
		 * Subscribers are locked in key order and SKIP LOCKED: a subscriber
		 * held by another claim or by a STOP is left for the next claim, and
		 * only messages of the subscribers locked here are decided.
		 */
		count = spi_exec_cached(&lock_subscribers_plan,
								"SELECT m.message_id"
								"  FROM campaign.messages m"
								"  JOIN (SELECT s.site_id, s.subscriber_id FROM campaign.subscribers s"
								"         WHERE (s.site_id, s.subscriber_id) IN"
								"               (SELECT site_id, subscriber_id FROM campaign.messages"
								"                 WHERE message_id = ANY($1))"
								"         ORDER BY s.site_id, s.subscriber_id"
								"         FOR NO KEY UPDATE SKIP LOCKED) locked"
								"    ON locked.site_id = m.site_id AND locked.subscriber_id = m.subscriber_id"
								" WHERE m.message_id = ANY($1)",
								1, lock_types, values, NULL, false);
	}
	if (count == 0)
	{
		SPI_finish();
		return (Datum) 0;
	}
	id_array = message_ids_of_result(count);

	values[0] = TimestampTzGetDatum(now);
	values[1] = IntervalPGetDatum(lease);
	values[2] = PointerGetDatum(id_array);
	bookkeeping_write_begin();
	PG_TRY();
	{
		count = spi_exec_cached(&hand_out_plan, hand_out_sql, 3, argtypes, values, NULL, false);
	}
	PG_FINALLY();
	{
		bookkeeping_write_end();
	}
	PG_END_TRY();

	failing_campaigns = palloc(sizeof(int64) * (count + 1));
	failing_reasons = palloc(sizeof(char *) * (count + 1));
	for (uint64 i = 0; i < count; i++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[i];
		TupleDesc	tupdesc = SPI_tuptable->tupdesc;
		Datum		row[7];
		bool		nulls[7];
		bool		failure_null;
		Datum		failure = SPI_getbinval(tuple, tupdesc, 8, &failure_null);

		if (!failure_null)
		{
			bool		isnull;

			failing_campaigns[failing] = DatumGetInt64(SPI_getbinval(tuple, tupdesc, 2, &isnull));
			failing_reasons[failing] = TextDatumGetCString(failure);
			failing++;
			continue;
		}
		for (int col = 0; col < 7; col++)
			row[col] = SPI_getbinval(tuple, tupdesc, col + 1, &nulls[col]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, row, nulls);
	}

	for (int i = 0; i < failing; i++)
		fail_campaign(failing_campaigns[i], failing_reasons[i]);

	SPI_finish();
	return (Datum) 0;
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
 */
static const char *const mark_sent_sql =
"WITH acks AS ("
"  SELECT a.message_id, a.provider_message_id"
"    FROM ROWS FROM (pg_catalog.unnest($1::bigint[]), pg_catalog.unnest($2::text[]))"
"         AS a (message_id, provider_message_id)),"
" updated AS ("
"  UPDATE campaign.messages m"
"     SET status = 'sent', provider_message_id = coalesce(a.provider_message_id, m.provider_message_id),"
"         lease_expires_at = NULL, skip_reason = NULL, error = NULL"
"    FROM acks a"
"   WHERE m.message_id = a.message_id AND m.dispatched_at IS NOT NULL"
"     AND m.status IN ('dispatching', 'pending', 'canceled')"
"  RETURNING m.message_id)"
" SELECT a.message_id FROM acks a"
"  WHERE NOT EXISTS (SELECT FROM updated u WHERE u.message_id = a.message_id)"
"    AND NOT EXISTS (SELECT FROM campaign.messages m WHERE m.message_id = a.message_id"
"                      AND m.status IN ('sent', 'delivered', 'undelivered'))"
"  LIMIT 1";

static void
mark_sent_array(Datum ids, Datum provider_ids, bool provider_ids_null)
{
	Oid			argtypes[2] = {INT8ARRAYOID, TEXTARRAYOID};
	Datum		values[2] = {ids, provider_ids};
	char		nulls[2] = {' ', provider_ids_null ? 'n' : ' '};

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");
	if (spi_exec_cached(&mark_sent_plan, mark_sent_sql, 2, argtypes, values, nulls, false) > 0)
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
	SPI_finish();
}

Datum
campaign_mark_sent(PG_FUNCTION_ARGS)
{
	Datum		id = Int64GetDatum(required_message_id(fcinfo));
	bool		provider_null = PG_ARGISNULL(1);
	ArrayType  *ids = construct_array(&id, 1, INT8OID, sizeof(int64), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
	ArrayType  *providers;

	/* a null provider id must not reach construct_array, which reads it */
	if (provider_null)
		providers = construct_empty_array(TEXTOID);
	else
	{
		Datum		provider = PG_GETARG_DATUM(1);

		providers = construct_array(&provider, 1, TEXTOID, -1, false, TYPALIGN_INT);
	}
	mark_sent_array(PointerGetDatum(ids), PointerGetDatum(providers), provider_null);
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
	mark_sent_array(PointerGetDatum(ids), PG_ARGISNULL(1) ? (Datum) 0 : PG_GETARG_DATUM(1),
					PG_ARGISNULL(1));
	PG_RETURN_VOID();
}

/*
 * campaign.mark_failed(message_id, error, retry_at): the aggregator refused
 * the message. With retry_at it goes back to pending at that time (claim
 * re-checks the windows then); without, it fails for good and the
 * subscriber's later steps of the campaign are skipped.
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
				 "  UPDATE campaign.messages"
				 "     SET status = CASE WHEN $3 IS NULL THEN 'failed' ELSE 'pending' END::campaign.message_status,"
				 "         send_at = coalesce($3, send_at), error = $2, lease_expires_at = NULL"
				 "   WHERE message_id = $1 AND status = 'dispatching'"
				 "  RETURNING campaign_id, subscriber_id, step_no, status),"
				 " later_steps AS ("
				 "  UPDATE campaign.messages f SET status = 'skipped', skip_reason = 'previous_step_failed'"
				 "    FROM failed"
				 "   WHERE failed.status = 'failed' AND f.campaign_id = failed.campaign_id"
				 "     AND f.subscriber_id = failed.subscriber_id AND f.step_no > failed.step_no"
				 "     AND f.status = 'pending')"
				 " SELECT 1 FROM failed",
				 3, argtypes, values, nulls, false) == 0)
		refuse_acknowledgement(message_id, "marked failed", "dispatching");
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
	if (spi_exec("UPDATE campaign.messages"
				 "   SET status = CASE WHEN $2 THEN 'delivered' ELSE 'undelivered' END::campaign.message_status,"
				 "       delivered_at = CASE WHEN $2 THEN $4 END, error = $3"
				 " WHERE provider_message_id = $1"
				 "   AND (status = 'sent' OR status = CASE WHEN $2 THEN 'delivered' ELSE 'undelivered' END::campaign.message_status)",
				 4, argtypes, values, nulls, false) == 0)
	{
		Oid			idtype[1] = {TEXTOID};

		if (spi_exec("SELECT message_id, status::text FROM campaign.messages WHERE provider_message_id = $1",
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

	tupdesc = RelationGetDescr(trigdata->tg_relation);
	values[0] = heap_getattr(trigdata->tg_trigtuple, SPI_fnumber(tupdesc, "site_id"), tupdesc, &isnull);
	values[1] = heap_getattr(trigdata->tg_trigtuple, SPI_fnumber(tupdesc, "subscriber_id"), tupdesc, &isnull);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");
	spi_exec("UPDATE campaign.messages SET status = 'skipped', skip_reason = 'unsubscribed'"
			 " WHERE site_id = $1 AND subscriber_id = $2 AND status = 'pending'",
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
