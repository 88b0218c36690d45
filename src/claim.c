/*
 * claim.c
 *	  campaign.claim_messages(): handing due messages to dispatchers.
 *
 * A message leaves only through claim_messages, which re-checks every rule at
 * the instant of hand-out: the campaign still running, the site still
 * allowed to send, the subscriber still subscribed, the legal and quiet
 * windows open now, smart sending across campaigns, skip_if_event, the order
 * of follow-ups, the frequency caps and a trial site's allowance. Rows are taken with SKIP LOCKED,
 * so concurrent dispatchers never wait for each other nor get the same
 * message; subscriber rows are locked (also SKIP LOCKED) for the hand-out, so
 * two campaigns' first messages cannot reach one subscriber inside the
 * smart-sending window, and a STOP racing a claim is seen by one of them.
 *
 * A claim is three reads and the writes its decisions need, and the decisions
 * are taken here, in C, row by row in hand-out order: a dispatcher calls this
 * hundreds of times a second, and one statement that decided and wrote
 * everything in SQL (window functions for the batch-wide rules, a CTE per
 * kind of write) handed out about half as many messages a second (README,
 * Performance).
 *	1. lock the queue rows (campaign.message_queue) of the due messages no
 *	   other claim holds (SKIP LOCKED), but for the follow-ups whose previous
 *	   step is pending: they could not go;
 *	2. read what the rules need, locking the subscribers (SKIP LOCKED: the
 *	   messages of a subscriber held elsewhere stay pending for a later claim);
 *	3. for trial sites only, lock the site rows (waiting: the allowance is
 *	   counted under that lock), read what is left of the allowance, and
 *	   cancel the candidates of a campaign that ended while the claim waited;
 *	   for the subscribers with a frequency cap only, read the hand-outs that
 *	   count (frequency_caps.c computes what they allow);
 * then hand out, move, skip or cancel, in as few statements as the outcomes
 * need: a claim where every message goes out writes one, with the claim's
 * lease, the queue rows gone, the messages to dispatching and the
 * subscribers' last_message_at (docs/message-store.md says what each costs).
 *
 * Follow-ups are kept behind their step (postpone_later_steps): when a step
 * moves later, so do the subscriber's later steps, so that waiting follow-ups
 * never fill the head of the due queue, where every claim would read past
 * them. A campaign that is canceled or fails while a claim holds some of its
 * messages leaves those to the claim (its withdrawal skips locked rows, see
 * status_machine.c). A withdrawal thus never waits for a claim, and a claim
 * that waits for a campaign row (to fail the campaign, or to count its trial
 * messages) waits for a transaction that can finish.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "engine.h"
#include "work.h"
#include "spi_util.h"

PG_FUNCTION_INFO_V1(campaign_claim_messages);

#define MAX_CLAIM 10000

static SPIPlanPtr due_plan = NULL;
static SPIPlanPtr details_plan = NULL;
static SPIPlanPtr details_pruned_plan = NULL;
static SPIPlanPtr trial_sites_plan = NULL;
static SPIPlanPtr hand_out_plan = NULL;
static SPIPlanPtr hand_out_pruned_plan = NULL;
static SPIPlanPtr decided_plan = NULL;
static SPIPlanPtr decided_pruned_plan = NULL;
static SPIPlanPtr later_steps_plan = NULL;
static SPIPlanPtr trial_sites_used_plan = NULL;
static SPIPlanPtr trial_campaigns_claimed_plan = NULL;
static SPIPlanPtr trial_campaigns_ended_plan = NULL;
static SPIPlanPtr postpone_plan = NULL;
static SPIPlanPtr stale_queue_plan = NULL;
static SPIPlanPtr cap_history_plan = NULL;
static SPIPlanPtr capped_plan = NULL;
static SPIPlanPtr capped_pruned_plan = NULL;

/*
 * The campaigns of the claim's candidates in parameters, so that statements
 * over their messages read only their partitions (spi_util.c); pruned is
 * false when they are too many, and the statements read every partition.
 */
typedef struct ClaimCampaigns
{
	bool		pruned;
	Oid			types[CAMPAIGN_SLOTS];
	Datum		values[CAMPAIGN_SLOTS];
} ClaimCampaigns;

/*
 * Run a statement of the claim over messages: sql, followed when the claim's
 * campaigns fit their slots by the condition naming them (parameters after
 * the nargs of the statement), then by tail.
 */
static uint64
exec_over_claim_messages(SPIPlanPtr *plan, SPIPlanPtr *pruned_plan, const ClaimCampaigns *campaigns,
						 const char *sql, const char *tail, int nargs, Oid *argtypes, Datum *values)
{
	Oid			types[32];
	Datum		all_values[32];

	Assert(nargs + CAMPAIGN_SLOTS <= 32);
	/* the statement's text is put together only to prepare it, once */
	if (!campaigns->pruned)
		return spi_exec_cached(plan, *plan ? sql : psprintf("%s%s", sql, tail),
							   nargs, argtypes, values, NULL, false);
	memcpy(types, argtypes, sizeof(Oid) * nargs);
	memcpy(all_values, values, sizeof(Datum) * nargs);
	memcpy(types + nargs, campaigns->types, sizeof(campaigns->types));
	memcpy(all_values + nargs, campaigns->values, sizeof(campaigns->values));
	return spi_exec_cached(pruned_plan,
						   *pruned_plan ? sql
						   : psprintf("%s%s%s", sql, campaign_slots_sql("m.campaign_id", nargs + 1), tail),
						   nargs + CAMPAIGN_SLOTS, types, all_values, NULL, false);
}

/*
 * Step 2: every locked message whose subscriber this claim could lock, in
 * hand-out order, with what its decision needs. The parts that depend on one
 * row only are computed here: the campaign's end, the site's failure reason,
 * what the previous step's outcome means for a follow-up, the subscriber's
 * smart-sending window, the event that skips a follow-up, and the next
 * allowed instant (from now) in the message's zones and jurisdiction.
 */
static const char *const details_sql =
"SELECT m.message_id, m.campaign_id, m.site_id, m.subscriber_id, m.step_no, m.send_at,"
"       CASE WHEN c.status IN ('processing', 'sending') THEN NULL"
"            WHEN c.status = 'failed' THEN 'campaign_failed'"
"            ELSE 'campaign_canceled' END AS campaign_ended,"
"       CASE WHEN NOT s.is_active THEN 'site_inactive'"
"            WHEN NOT s.sms_enabled THEN 'no_sms_subscription'"
"            WHEN coalesce(pg_catalog.btrim(s.subdomain), '') = '' THEN 'no_subdomain'"
"       END AS site_reason,"
"       s.plan = 'trial' AS is_trial,"
"       sub.status = 'subscribed' AS subscribed,"
"       c.smart_sending,"
"       coalesce(sub.last_message_at > $2 - s.smart_sending_window"
"                AND sub.last_message_at IS DISTINCT FROM m.dispatched_at, false) AS recently_messaged,"
"       CASE prev.status WHEN 'skipped' THEN 'previous' WHEN 'canceled' THEN 'previous'"
"                        WHEN 'failed' THEN 'previous_step_failed' WHEN 'pending' THEN 'wait'"
"       END AS previous_outcome,"
"       prev.skip_reason AS previous_skip_reason,"
"       CASE WHEN m.step_no > 0 AND st.skip_if_event IS NOT NULL THEN EXISTS ("
"            SELECT FROM campaign.subscriber_events e"
"             WHERE e.site_id = m.site_id AND e.subscriber_id = m.subscriber_id"
"               AND e.event = st.skip_if_event"
"               AND e.occurred_at > (SELECT f.dispatched_at FROM campaign.messages f"
"                                     WHERE f.campaign_id = m.campaign_id"
"                                       AND f.subscriber_id = m.subscriber_id AND f.step_no = 0))"
"            ELSE false END AS event_occurred,"
"       campaign.next_send_time($2, pg_catalog.string_to_array(m.timezone, ','),"
"                               CASE WHEN c.respect_quiet_hours THEN s.quiet_hours_start END,"
"                               CASE WHEN c.respect_quiet_hours THEN s.quiet_hours_end END,"
"                               m.jurisdiction) AS allowed_at,"
"       sub.phone, st.body, prev.send_at AS previous_send_at,"
"       m.jurisdiction, s.frequency_cap, s.frequency_cap_period"
"  FROM campaign.messages m"
"  JOIN campaign.campaigns c ON c.campaign_id = m.campaign_id"
"  JOIN campaign.sites s ON s.site_id = m.site_id"
"  JOIN campaign.subscribers sub ON sub.site_id = m.site_id AND sub.subscriber_id = m.subscriber_id"
"  JOIN campaign.campaign_steps st ON st.campaign_id = m.campaign_id AND st.step_no = m.step_no"
"  LEFT JOIN campaign.messages prev ON m.step_no > 0 AND prev.campaign_id = m.campaign_id"
"       AND prev.subscriber_id = m.subscriber_id AND prev.step_no = m.step_no - 1"
" WHERE m.message_id = ANY($1) AND m.status = 'pending'";
static const char *const details_order_sql =
" ORDER BY m.send_at, m.message_id"
" FOR NO KEY UPDATE OF sub SKIP LOCKED";

/* the columns of details_sql */
enum
{
	COL_MESSAGE_ID = 1,
	COL_CAMPAIGN_ID,
	COL_SITE_ID,
	COL_SUBSCRIBER_ID,
	COL_STEP_NO,
	COL_SEND_AT,
	COL_CAMPAIGN_ENDED,
	COL_SITE_REASON,
	COL_IS_TRIAL,
	COL_SUBSCRIBED,
	COL_SMART_SENDING,
	COL_RECENTLY_MESSAGED,
	COL_PREVIOUS_OUTCOME,
	COL_PREVIOUS_SKIP_REASON,
	COL_EVENT_OCCURRED,
	COL_ALLOWED_AT,
	COL_PHONE,
	COL_BODY,
	COL_PREVIOUS_SEND_AT,
	COL_JURISDICTION,
	COL_SITE_CAP,
	COL_SITE_CAP_PERIOD
};

typedef enum ClaimOutcome
{
	OUTCOME_HAND_OUT,			/* to the dispatcher */
	OUTCOME_RESCHEDULE,			/* window closed now: send_at moves on */
	OUTCOME_WAIT,				/* a follow-up whose previous step is pending:
								 * it moves to no earlier than that step */
	OUTCOME_CAPPED,				/* a frequency cap holds it: it moves to the
								 * next allowed instant from cap_release */
	OUTCOME_FAIL_CAMPAIGN,		/* left pending; its campaign fails */
	OUTCOME_END					/* skipped or canceled, with a reason */
} ClaimOutcome;

typedef struct Candidate
{
	HeapTuple	tuple;			/* its row of details_sql */
	int64		message_id;
	int64		campaign_id;
	int64		site_id;
	int64		subscriber_id;
	int16		step_no;
	bool		is_trial;
	bool		smart_sending;	/* of its campaign */
	ClaimOutcome outcome;
	const char *end_status;		/* OUTCOME_END: skipped or canceled */
	const char *reason;			/* skip reason, or the campaign's failure reason */
	TimestampTz allowed_at;		/* OUTCOME_RESCHEDULE */
	FrequencyCap *caps;			/* the frequency caps that apply to it */
	int			ncaps;
	TimestampTz cap_release;	/* OUTCOME_CAPPED: when every cap allows it */
	const char *capped_by;		/* the cap that moved or skipped it, in words */
} Candidate;

/* Keys of the batch-wide counts: a subscriber, a site, a campaign. */
typedef struct SubscriberKey
{
	int64		site_id;
	int64		subscriber_id;
} SubscriberKey;

/* The hand-outs that count for a subscriber's frequency caps, ascending. */
typedef struct CapHistory
{
	SubscriberKey key;
	TimestampTz since;			/* the start of the longest window read */
	int			count;
	int			room;
	TimestampTz *handed_out;
} CapHistory;

typedef struct CountEntry
{
	int64		id;				/* hash key: site or campaign */
	int64		left;			/* sites: allowance left under the lock */
	int64		handed_out;
} CountEntry;

static HTAB *
batch_hash(const char *name, Size keysize, Size entrysize, long size)
{
	HASHCTL		ctl;

	ctl.keysize = keysize;
	ctl.entrysize = entrysize;
	ctl.hcxt = CurrentMemoryContext;
	return hash_create(name, size, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
}

/*
 * The decision that depends on the message's own row only (see details_sql
 * for where each input comes from), in the order docs/reference.md (claim_messages) gives the checks.
 */
static void
decide_alone(Candidate *candidate, TupleDesc tupdesc, TimestampTz now)
{
	HeapTuple	tuple = candidate->tuple;
	bool		isnull;
	Datum		value;

	value = SPI_getbinval(tuple, tupdesc, COL_CAMPAIGN_ENDED, &isnull);
	if (!isnull)
	{
		candidate->outcome = OUTCOME_END;
		candidate->end_status = "canceled";
		candidate->reason = TextDatumGetCString(value);
		return;
	}
	value = SPI_getbinval(tuple, tupdesc, COL_SITE_REASON, &isnull);
	if (!isnull)
	{
		candidate->outcome = OUTCOME_FAIL_CAMPAIGN;
		candidate->reason = TextDatumGetCString(value);
		return;
	}
	candidate->outcome = OUTCOME_END;
	candidate->end_status = "skipped";
	if (!DatumGetBool(SPI_getbinval(tuple, tupdesc, COL_SUBSCRIBED, &isnull)))
	{
		candidate->reason = "unsubscribed";
		return;
	}
	value = SPI_getbinval(tuple, tupdesc, COL_PREVIOUS_OUTCOME, &isnull);
	if (!isnull)
	{
		char	   *previous = TextDatumGetCString(value);

		if (strcmp(previous, "wait") == 0)
			candidate->outcome = OUTCOME_WAIT;
		else if (strcmp(previous, "previous") == 0)
			candidate->reason = SPI_getvalue(tuple, tupdesc, COL_PREVIOUS_SKIP_REASON);
		else
			candidate->reason = previous;
		return;
	}
	value = SPI_getbinval(tuple, tupdesc, COL_ALLOWED_AT, &isnull);
	if (isnull)
	{
		candidate->reason = "no_send_window";
		return;
	}
	if (DatumGetTimestampTz(value) > now)
	{
		candidate->outcome = OUTCOME_RESCHEDULE;
		candidate->allowed_at = DatumGetTimestampTz(value);
		return;
	}
	if (candidate->step_no == 0 && candidate->smart_sending &&
		DatumGetBool(SPI_getbinval(tuple, tupdesc, COL_RECENTLY_MESSAGED, &isnull)))
	{
		candidate->reason = "smart_sending";
		return;
	}
	if (DatumGetBool(SPI_getbinval(tuple, tupdesc, COL_EVENT_OCCURRED, &isnull)))
	{
		candidate->reason = "event_occurred";
		return;
	}
	candidate->outcome = OUTCOME_HAND_OUT;
}

/*
 * Step 3, for the trial sites among the candidates: lock them in key order
 * and note the allowance each has left. Paid sites are not locked, so that
 * the dispatchers of one large site never queue on its row.
 */
static HTAB *
lock_trial_sites(const Candidate *candidates, int count)
{
	int64	   *site_ids = palloc(sizeof(int64) * count);
	int			nsites = 0;
	Oid			argtypes[1] = {INT8ARRAYOID};
	Datum		values[1];
	uint64		locked;
	HTAB	   *sites;

	for (int i = 0; i < count; i++)
		if (candidates[i].is_trial)
			site_ids[nsites++] = candidates[i].site_id;
	if (nsites == 0)
		return NULL;

	values[0] = int64_array(site_ids, nsites);
	locked = spi_exec_cached(&trial_sites_plan,
							 "SELECT site_id, coalesce(trial_message_limit, 0)::bigint - trial_messages_used"
							 "  FROM campaign.sites"
							 " WHERE site_id = ANY($1) AND plan = 'trial'"
							 " ORDER BY site_id FOR NO KEY UPDATE",
							 1, argtypes, values, NULL, false);
	sites = batch_hash("campaign claim trial sites", sizeof(int64), sizeof(CountEntry), 16);
	for (uint64 i = 0; i < locked; i++)
	{
		bool		isnull;
		int64		site_id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull));
		CountEntry *entry = hash_search(sites, &site_id, HASH_ENTER, NULL);

		entry->left = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &isnull));
		entry->handed_out = 0;
	}
	return sites;
}

/*
 * After the wait for the trial sites' rows: the candidates of a campaign
 * that ended meanwhile are canceled with the campaign's reason. Whoever
 * ended it (another claim failing it on the allowance, a tick, a cancel)
 * left these messages alone, since this claim held them (the withdrawal
 * skips locked rows), so they are this claim's to decide; handing them out
 * would send messages of a campaign already recorded as failed or canceled.
 * Not read-only: the statement must take a new snapshot, one that sees what
 * committed while this claim waited.
 */
static void
cancel_ended_trial_campaigns(Candidate *candidates, int count)
{
	int64	   *campaign_ids = palloc(sizeof(int64) * count);
	int			ncampaigns = 0;
	Oid			argtypes[1] = {INT8ARRAYOID};
	Datum		values[1];
	uint64		ended;

	for (int i = 0; i < count; i++)
		if (candidates[i].is_trial && candidates[i].outcome != OUTCOME_END)
			campaign_ids[ncampaigns++] = candidates[i].campaign_id;
	if (ncampaigns == 0)
		return;

	values[0] = int64_array(campaign_ids, ncampaigns);
	ended = spi_exec_cached(&trial_campaigns_ended_plan,
							"SELECT campaign_id,"
							"       CASE WHEN status = 'failed' THEN 'campaign_failed' ELSE 'campaign_canceled' END"
							"  FROM campaign.campaigns"
							" WHERE campaign_id = ANY($1) AND status NOT IN ('processing', 'sending')",
							1, argtypes, values, NULL, false);
	for (uint64 e = 0; e < ended; e++)
	{
		bool		isnull;
		int64		campaign_id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[e], SPI_tuptable->tupdesc, 1, &isnull));
		char	   *reason = SPI_getvalue(SPI_tuptable->vals[e], SPI_tuptable->tupdesc, 2);

		for (int i = 0; i < count; i++)
		{
			if (candidates[i].campaign_id != campaign_id || candidates[i].outcome == OUTCOME_END)
				continue;
			candidates[i].outcome = OUTCOME_END;
			candidates[i].end_status = "canceled";
			candidates[i].reason = reason;
		}
	}
}

/* Add a hand-out, no earlier than those already in the history. */
static void
cap_history_add(CapHistory *history, TimestampTz handed_out)
{
	if (history->count == history->room)
	{
		history->room = Max(8, history->room * 2);
		history->handed_out = history->handed_out
			? repalloc(history->handed_out, history->room * sizeof(TimestampTz))
			: palloc(history->room * sizeof(TimestampTz));
	}
	history->handed_out[history->count++] = handed_out;
}

/*
 * The frequency caps of a candidate (docs/reference.md, Definitions): its
 * jurisdiction's and that jurisdiction's country's, from the cache of
 * campaign.frequency_caps, and its site's own.
 */
static void
candidate_caps(Candidate *candidate, TupleDesc tupdesc)
{
	bool		jurisdiction_null;
	bool		cap_null;
	Datum		jurisdiction = SPI_getbinval(candidate->tuple, tupdesc, COL_JURISDICTION, &jurisdiction_null);
	Datum		site_cap = SPI_getbinval(candidate->tuple, tupdesc, COL_SITE_CAP, &cap_null);
	FrequencyCap *own;
	bool		isnull;

	if (!jurisdiction_null)
		candidate->caps = frequency_caps_for(TextDatumGetCString(jurisdiction), cap_null ? 0 : 1,
											 &candidate->ncaps);
	else if (!cap_null)
		candidate->caps = palloc(sizeof(FrequencyCap));
	if (cap_null)
		return;
	own = &candidate->caps[candidate->ncaps++];
	memset(own, 0, sizeof(FrequencyCap));
	own->max_messages = DatumGetInt32(site_cap);
	own->per = frequency_cap_duration(DatumGetIntervalP(SPI_getbinval(candidate->tuple, tupdesc,
																	   COL_SITE_CAP_PERIOD, &isnull)));
}

/*
 * For the subscribers of the candidates that could go and have a frequency
 * cap, the hand-outs that count, read in one statement: the same site's
 * messages to the subscriber handed out (dispatching, sent, delivered,
 * undelivered) within the longest period of their caps. The subscribers'
 * rows are locked since step 2, so no other claim hands them anything until
 * this one commits, and this statement takes a new snapshot: it sees every
 * hand-out committed before those locks were taken, also one that committed
 * after step 2's snapshot. NULL when no candidate is capped: then a claim
 * costs nothing more.
 */
static HTAB *
read_cap_histories(Candidate *candidates, int count, TupleDesc tupdesc, TimestampTz now)
{
	HTAB	   *histories = NULL;
	int64	   *site_ids;
	int64	   *subscriber_ids;
	Datum	   *since;
	int			n = 0;
	HASH_SEQ_STATUS scan;
	CapHistory *history;
	uint64		read;

	for (int i = 0; i < count; i++)
	{
		Candidate  *candidate = &candidates[i];
		int64		longest = 0;
		SubscriberKey key = {candidate->site_id, candidate->subscriber_id};
		bool		found;

		if (candidate->outcome != OUTCOME_HAND_OUT)
			continue;
		candidate_caps(candidate, tupdesc);
		if (candidate->ncaps == 0)
			continue;

		for (int c = 0; c < candidate->ncaps; c++)
			longest = Max(longest, candidate->caps[c].per);
		if (histories == NULL)
			histories = batch_hash("campaign claim cap histories", sizeof(SubscriberKey),
								   sizeof(CapHistory), count);
		history = hash_search(histories, &key, HASH_ENTER, &found);
		if (!found)
		{
			history->since = now - longest;
			history->count = 0;
			history->room = 0;
			history->handed_out = NULL;
		}
		else
			history->since = Min(history->since, now - longest);
	}
	if (histories == NULL)
		return NULL;

	n = hash_get_num_entries(histories);
	site_ids = palloc(sizeof(int64) * n);
	subscriber_ids = palloc(sizeof(int64) * n);
	since = palloc(sizeof(Datum) * n);
	n = 0;
	hash_seq_init(&scan, histories);
	while ((history = hash_seq_search(&scan)) != NULL)
	{
		site_ids[n] = history->key.site_id;
		subscriber_ids[n] = history->key.subscriber_id;
		since[n] = TimestampTzGetDatum(history->since);
		n++;
	}
	{
		Oid			argtypes[4] = {INT8ARRAYOID, INT8ARRAYOID, TIMESTAMPTZARRAYOID, TIMESTAMPTZOID};
		Datum		values[4];

		values[0] = int64_array(site_ids, n);
		values[1] = int64_array(subscriber_ids, n);
		values[2] = PointerGetDatum(construct_array(since, n, TIMESTAMPTZOID, sizeof(TimestampTz),
													FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
		values[3] = TimestampTzGetDatum(now);
		read = spi_exec_cached(&cap_history_plan,
							   "SELECT h.site_id, h.subscriber_id, h.dispatched_at"
							   "  FROM ROWS FROM (pg_catalog.unnest($1::bigint[]), pg_catalog.unnest($2::bigint[]),"
							   "                  pg_catalog.unnest($3::timestamptz[]))"
							   "       AS k (site_id, subscriber_id, since)"
							   "  JOIN campaign.messages h ON h.site_id = k.site_id AND h.subscriber_id = k.subscriber_id"
							   " WHERE h.dispatched_at > k.since AND h.dispatched_at <= $4"
							   "   AND h.status IN ('dispatching', 'sent', 'delivered', 'undelivered')"
							   " ORDER BY h.dispatched_at",
							   4, argtypes, values, NULL, false);
	}
	for (uint64 r = 0; r < read; r++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[r];
		bool		isnull;
		SubscriberKey key;

		key.site_id = DatumGetInt64(SPI_getbinval(tuple, SPI_tuptable->tupdesc, 1, &isnull));
		key.subscriber_id = DatumGetInt64(SPI_getbinval(tuple, SPI_tuptable->tupdesc, 2, &isnull));
		history = hash_search(histories, &key, HASH_FIND, NULL);
		cap_history_add(history, DatumGetTimestampTz(SPI_getbinval(tuple, SPI_tuptable->tupdesc, 3, &isnull)));
	}
	return histories;
}

/*
 * The rules that depend on the whole claim, in hand-out order: a subscriber
 * gets no message that starts a smart-sending campaign (step 0) after another
 * message of the same claim, nor one that a frequency cap forbids, counting
 * the hand-outs of this claim (the message waits until every cap allows it);
 * and a trial site hands out no more than its allowance (the campaign that
 * would pass it fails).
 */
static void
decide_together(Candidate *candidates, int count, HTAB *trial_sites, HTAB *cap_histories,
				TimestampTz now)
{
	HTAB	   *handed_out = batch_hash("campaign claim subscribers", sizeof(SubscriberKey),
										sizeof(SubscriberKey), count);

	for (int i = 0; i < count; i++)
	{
		Candidate  *candidate = &candidates[i];
		SubscriberKey key = {candidate->site_id, candidate->subscriber_id};

		if (candidate->outcome != OUTCOME_HAND_OUT)
			continue;
		if (candidate->step_no == 0 && candidate->smart_sending &&
			hash_search(handed_out, &key, HASH_FIND, NULL) != NULL)
		{
			candidate->outcome = OUTCOME_END;
			candidate->end_status = "skipped";
			candidate->reason = "smart_sending";
			continue;
		}
		if (candidate->ncaps > 0)
		{
			CapHistory *history = hash_search(cap_histories, &key, HASH_FIND, NULL);
			int			binding;
			TimestampTz release = frequency_caps_release(candidate->caps, candidate->ncaps,
														 history->handed_out, history->count,
														 now, &binding);

			if (release > now)
			{
				candidate->outcome = OUTCOME_CAPPED;
				candidate->cap_release = release;
				candidate->capped_by = frequency_cap_describe(&candidate->caps[binding]);
				continue;
			}
		}
		if (candidate->is_trial)
		{
			/* a site that stopped being a trial since step 2 has no entry: no limit */
			CountEntry *site = trial_sites ? hash_search(trial_sites, &candidate->site_id, HASH_FIND, NULL) : NULL;

			if (site == NULL)
				candidate->is_trial = false;
			else if (site->handed_out >= site->left)
			{
				candidate->outcome = OUTCOME_FAIL_CAMPAIGN;
				candidate->reason = "trial_limit_reached";
				continue;
			}
			else
				site->handed_out++;
		}
		hash_search(handed_out, &key, HASH_ENTER, NULL);
		if (cap_histories != NULL)
		{
			CapHistory *history = hash_search(cap_histories, &key, HASH_FIND, NULL);

			if (history != NULL)
				cap_history_add(history, now);
		}
	}
}

/*
 * The capped messages move to the next allowed instant (in their zones, quiet
 * window and jurisdiction) from the instant every cap allows them, or are
 * skipped (frequency_cap) when there is none within 192 hours of their
 * planned time. One statement for them all, computed by next_send_time as
 * for every other move; a claim with no capped message does not run it.
 */
static void
resolve_capped(Candidate *candidates, int count, const ClaimCampaigns *campaigns)
{
	int64	   *message_ids = palloc(sizeof(int64) * count);
	Datum	   *releases = palloc(sizeof(Datum) * count);
	int		   *which = palloc(sizeof(int) * count);
	int			n = 0;
	Oid			argtypes[2] = {INT8ARRAYOID, TIMESTAMPTZARRAYOID};
	Datum		values[2];
	uint64		resolved;

	for (int i = 0; i < count; i++)
	{
		if (candidates[i].outcome != OUTCOME_CAPPED)
			continue;
		message_ids[n] = candidates[i].message_id;
		releases[n] = TimestampTzGetDatum(candidates[i].cap_release);
		which[n] = i;
		n++;
	}
	if (n == 0)
		return;

	values[0] = int64_array(message_ids, n);
	values[1] = PointerGetDatum(construct_array(releases, n, TIMESTAMPTZOID, sizeof(TimestampTz),
												FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
	resolved = exec_over_claim_messages(&capped_plan, &capped_pruned_plan, campaigns,
										"SELECT d.ord, CASE WHEN a.allowed_at <= coalesce(m.planned_at, d.release_at) + interval '192 hours'"
										"                   THEN a.allowed_at END"
										"  FROM ROWS FROM (pg_catalog.unnest($1::bigint[]), pg_catalog.unnest($2::timestamptz[]))"
										"       WITH ORDINALITY AS d (message_id, release_at, ord)"
										"  JOIN campaign.messages m ON m.message_id = d.message_id"
										"  JOIN campaign.campaigns c ON c.campaign_id = m.campaign_id"
										"  JOIN campaign.sites s ON s.site_id = m.site_id"
										"  CROSS JOIN LATERAL (SELECT campaign.next_send_time("
										"       d.release_at, pg_catalog.string_to_array(m.timezone, ','),"
										"       CASE WHEN c.respect_quiet_hours THEN s.quiet_hours_start END,"
										"       CASE WHEN c.respect_quiet_hours THEN s.quiet_hours_end END,"
										"       m.jurisdiction) AS allowed_at) a"
										" WHERE true",
										"", 2, argtypes, values);
	if (resolved != (uint64) n)
		elog(ERROR, "campaign: %d capped messages but %lu resolved", n, (unsigned long) resolved);
	for (uint64 r = 0; r < resolved; r++)
	{
		bool		isnull;
		int64		ord = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 1, &isnull));
		Datum		allowed = SPI_getbinval(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 2, &isnull);
		Candidate  *candidate = &candidates[which[ord - 1]];

		if (isnull)
		{
			candidate->outcome = OUTCOME_END;
			candidate->end_status = "skipped";
			candidate->reason = "frequency_cap";
		}
		else
		{
			candidate->outcome = OUTCOME_RESCHEDULE;
			candidate->allowed_at = DatumGetTimestampTz(allowed);
		}
	}
}

/*
 * Write the hand-outs, in one statement: the claim's lease (one row of
 * campaign.claims for the whole batch), the messages to dispatching under it
 * (HOT updates: no indexed column changes), their queue rows gone, and the
 * subscribers' last_message_at (a message in a dispatcher's hands counts as
 * sent for smart sending).
 */
static void
write_hand_outs(const Candidate *candidates, int count, TimestampTz now, Interval *lease,
				const ClaimCampaigns *campaigns)
{
	int64	   *message_ids = palloc(sizeof(int64) * count);
	int64	   *campaign_ids = palloc(sizeof(int64) * count);
	int64	   *site_ids = palloc(sizeof(int64) * count);
	int64	   *subscriber_ids = palloc(sizeof(int64) * count);
	int			n = 0;
	Oid			argtypes[6] = {TIMESTAMPTZOID, INTERVALOID, INT8ARRAYOID, INT8ARRAYOID,
	INT8ARRAYOID, INT8ARRAYOID};
	Datum		values[6];

	for (int i = 0; i < count; i++)
	{
		if (candidates[i].outcome != OUTCOME_HAND_OUT)
			continue;
		message_ids[n] = candidates[i].message_id;
		campaign_ids[n] = candidates[i].campaign_id;
		site_ids[n] = candidates[i].site_id;
		subscriber_ids[n] = candidates[i].subscriber_id;
		n++;
	}
	if (n == 0)
		return;

	values[0] = TimestampTzGetDatum(now);
	values[1] = IntervalPGetDatum(lease);
	values[2] = int64_array(message_ids, n);
	values[3] = distinct_int64_array(campaign_ids, n);
	values[4] = int64_array(site_ids, n);
	values[5] = int64_array(subscriber_ids, n);
	exec_over_claim_messages(&hand_out_plan, &hand_out_pruned_plan, campaigns,
					"WITH claim AS ("
					"  INSERT INTO campaign.claims (claimed_at, lease_expires_at, open_messages, message_ids, campaign_ids)"
					"  SELECT $1, $1 + $2, pg_catalog.cardinality($3), $3, $4"
					"  RETURNING claim_id),"
					" dequeued AS ("
					"  DELETE FROM campaign.message_queue WHERE message_id = ANY($3)),"
					" touched AS ("
					"  UPDATE campaign.subscribers s SET last_message_at = $1"
					"    FROM ROWS FROM (pg_catalog.unnest($5::bigint[]), pg_catalog.unnest($6::bigint[]))"
					"         AS h (site_id, subscriber_id)"
					"   WHERE s.site_id = h.site_id AND s.subscriber_id = h.subscriber_id)"
					" UPDATE campaign.messages m"
					"    SET status = 'dispatching', skip_reason = NULL, attempts = m.attempts + 1,"
					"        dispatched_at = $1, lease_expires_at = $1 + $2,"
					"        claim_id = (SELECT claim_id FROM claim)"
					"  WHERE m.message_id = ANY($3) AND m.status = 'pending'",
					"", 6, argtypes, values);
}

/*
 * Write the other decisions: rescheduled messages get their next allowed
 * instant; ended ones their status and reason, and the subscriber's later
 * steps of the same campaign end with the same status and reason (skipped,
 * or canceled when the campaign ended). Those later steps are
 * locked SKIP LOCKED: another claim may hold one as a candidate while waiting
 * for nothing of ours, and a later step left pending here is decided
 * 'previous' by the claim that next takes it.
 */
static void
write_other_decisions(const Candidate *candidates, int count, Datum candidate_ids,
					  const ClaimCampaigns *campaigns)
{
	int64	   *message_ids = palloc(sizeof(int64) * count);
	const char **statuses = palloc(sizeof(char *) * count);
	Datum	   *send_ats = palloc(sizeof(Datum) * count);
	bool	   *send_at_nulls = palloc(sizeof(bool) * count);
	const char **reasons = palloc(sizeof(char *) * count);
	const char **capped_by = palloc(sizeof(char *) * count);
	int64	   *ended_campaigns = palloc(sizeof(int64) * count);
	int64	   *ended_subscribers = palloc(sizeof(int64) * count);
	Datum	   *ended_steps = palloc(sizeof(Datum) * count);
	const char **ended_reasons = palloc(sizeof(char *) * count);
	const char **ended_statuses = palloc(sizeof(char *) * count);
	int			n = 0;
	int			ended = 0;

	for (int i = 0; i < count; i++)
	{
		const Candidate *candidate = &candidates[i];

		if (candidate->outcome == OUTCOME_RESCHEDULE)
		{
			message_ids[n] = candidate->message_id;
			statuses[n] = "pending";
			send_ats[n] = TimestampTzGetDatum(candidate->allowed_at);
			send_at_nulls[n] = false;
			reasons[n] = NULL;
			capped_by[n] = candidate->capped_by;
			n++;
		}
		else if (candidate->outcome == OUTCOME_END)
		{
			message_ids[n] = candidate->message_id;
			statuses[n] = candidate->end_status;
			send_ats[n] = (Datum) 0;
			send_at_nulls[n] = true;
			reasons[n] = candidate->reason;
			capped_by[n] = candidate->capped_by;
			n++;
			ended_campaigns[ended] = candidate->campaign_id;
			ended_subscribers[ended] = candidate->subscriber_id;
			ended_steps[ended] = Int16GetDatum(candidate->step_no);
			ended_reasons[ended] = candidate->reason;
			ended_statuses[ended] = candidate->end_status;
			ended++;
		}
	}
	if (n == 0)
		return;

	{
		Oid			argtypes[5] = {INT8ARRAYOID, TEXTARRAYOID, TIMESTAMPTZARRAYOID, TEXTARRAYOID,
		TEXTARRAYOID};
		Datum		values[5];
		int			dims[1] = {n};
		int			lbs[1] = {1};

		values[0] = int64_array(message_ids, n);
		values[1] = text_array(statuses, n);
		values[2] = PointerGetDatum(construct_md_array(send_ats, send_at_nulls, 1, dims, lbs,
													   TIMESTAMPTZOID, sizeof(TimestampTz),
													   FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
		values[3] = text_array(reasons, n);
		values[4] = text_array(capped_by, n);
		exec_over_claim_messages(&decided_plan, &decided_pruned_plan, campaigns,
						"WITH d AS ("
						"  SELECT * FROM ROWS FROM (pg_catalog.unnest($1::bigint[]), pg_catalog.unnest($2::text[]),"
						"                           pg_catalog.unnest($3::timestamptz[]), pg_catalog.unnest($4::text[]),"
						"                           pg_catalog.unnest($5::text[]))"
						"       AS d (message_id, status, send_at, skip_reason, capped_by)),"
						" moved AS ("
						"  UPDATE campaign.message_queue q SET send_at = d.send_at FROM d"
						"   WHERE q.message_id = d.message_id AND d.status = 'pending'),"
						" ended AS ("
						"  DELETE FROM campaign.message_queue q USING d"
						"   WHERE q.message_id = d.message_id AND d.status <> 'pending')"
						" UPDATE campaign.messages m"
						"    SET status = d.status::campaign.message_status,"
						"        send_at = coalesce(d.send_at, m.send_at), skip_reason = d.skip_reason,"
						"        capped_by = coalesce(d.capped_by, m.capped_by)"
						"   FROM d"
						"  WHERE m.message_id = d.message_id",
						"", 5, argtypes, values);
	}
	if (ended == 0)
		return;
	{
		Oid			argtypes[6] = {INT8ARRAYOID, INT8ARRAYOID, INT2ARRAYOID, TEXTARRAYOID, INT8ARRAYOID,
		TEXTARRAYOID};
		Datum		values[6];

		values[0] = int64_array(ended_campaigns, ended);
		values[1] = int64_array(ended_subscribers, ended);
		values[2] = PointerGetDatum(construct_array(ended_steps, ended, INT2OID, sizeof(int16),
													true, TYPALIGN_SHORT));
		values[3] = text_array(ended_reasons, ended);
		values[4] = candidate_ids;
		values[5] = text_array(ended_statuses, ended);
		spi_exec_cached(&later_steps_plan,
						"WITH later AS ("
						"  DELETE FROM campaign.message_queue q"
						"   USING (SELECT lq.message_id, e.status, e.skip_reason"
						"            FROM ROWS FROM (pg_catalog.unnest($1::bigint[]), pg_catalog.unnest($2::bigint[]),"
						"                            pg_catalog.unnest($3::smallint[]), pg_catalog.unnest($4::text[]),"
						"                            pg_catalog.unnest($6::text[]))"
						"                 AS e (campaign_id, subscriber_id, step_no, skip_reason, status)"
						"            JOIN campaign.messages l ON l.campaign_id = e.campaign_id"
						"             AND l.subscriber_id = e.subscriber_id AND l.step_no > e.step_no"
						"            JOIN campaign.message_queue lq ON lq.message_id = l.message_id"
						"           WHERE l.message_id <> ALL ($5)"
						"             FOR UPDATE OF lq SKIP LOCKED) e"
						"   WHERE q.message_id = e.message_id"
						"  RETURNING q.message_id, e.status, e.skip_reason)"
						" UPDATE campaign.messages f"
						"    SET status = later.status::campaign.message_status, skip_reason = later.skip_reason"
						"   FROM later"
						"  WHERE f.message_id = later.message_id AND f.status = 'pending'",
						6, argtypes, values, NULL, false);
	}
}

/*
 * Queue rows whose message is no longer pending: a superuser's direct UPDATE
 * of campaign.messages changes the record without its queue row. The claim
 * that meets one deletes it, so that it does not head every later scan.
 */
static void
forget_stale_queue_rows(Datum candidate_ids)
{
	Oid			argtypes[1] = {INT8ARRAYOID};
	Datum		values[1] = {candidate_ids};

	spi_exec_cached(&stale_queue_plan,
					"DELETE FROM campaign.message_queue q"
					" WHERE q.message_id = ANY($1)"
					"   AND NOT EXISTS (SELECT FROM campaign.messages m"
					"                    WHERE m.message_id = q.message_id AND m.status = 'pending')",
					1, argtypes, values, NULL, false);
}

/*
 * postpone_later_steps(count, campaign_ids, subscriber_ids, step_nos, send_ats):
 * for each entry, the subscriber's pending steps of the campaign after
 * step_no move to send_at plus their delays when they are due earlier: a
 * step's delay counts from the previous step's send time, so step k goes no
 * earlier than send_at with the delays of the steps after step_no up to k
 * added one after the other, each by campaign.add_delay in the subscriber's
 * first zone, as processing adds them (a recursive walk of the steps); an
 * entry says "step step_no of this subscriber now goes at send_at, or later".
 *
 * Every path that moves a message later calls it in the statement path that
 * moves it (mark_failed with retry_at, a claim's move to the next allowed
 * instant or past a cap, a claim that finds a follow-up waiting for its
 * step), so that a follow-up keeps the delay processing planned behind its
 * step (docs/reference.md, Follow-ups), and never waits in the due queue ahead
 * of its own step, where claims would have to read past it. One due later
 * than that keeps its time. The moved time is not checked against the
 * windows here: the claim that finds it due checks them, as for any message.
 *
 * Rows another transaction holds are skipped, never waited for: a claim
 * holding one decides it (a claim that finds a follow-up waiting moves it
 * itself), and the due scan never takes a follow-up whose previous step is
 * pending. Entries for the same campaign and subscriber are merged (the
 * earliest step, the latest instant). Runs inside the caller's SPI
 * connection.
 */
void
postpone_later_steps(int count, const int64 *campaign_ids, const int64 *subscriber_ids,
					 const int16 *step_nos, const TimestampTz *send_ats)
{
	Oid			argtypes[4] = {INT8ARRAYOID, INT8ARRAYOID, INT2ARRAYOID, TIMESTAMPTZARRAYOID};
	Datum		values[4];
	Datum	   *steps;
	Datum	   *instants;

	if (count == 0)
		return;
	steps = palloc(sizeof(Datum) * count);
	instants = palloc(sizeof(Datum) * count);
	for (int i = 0; i < count; i++)
	{
		steps[i] = Int16GetDatum(step_nos[i]);
		instants[i] = TimestampTzGetDatum(send_ats[i]);
	}
	values[0] = int64_array(campaign_ids, count);
	values[1] = int64_array(subscriber_ids, count);
	values[2] = PointerGetDatum(construct_array(steps, count, INT2OID, sizeof(int16), true, TYPALIGN_SHORT));
	values[3] = PointerGetDatum(construct_array(instants, count, TIMESTAMPTZOID, sizeof(TimestampTz),
												FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
	spi_exec_cached(&postpone_plan,
					"WITH RECURSIVE moved AS ("
					"  SELECT campaign_id, subscriber_id, min(step_no) AS step_no, max(send_at) AS send_at"
					"    FROM ROWS FROM (pg_catalog.unnest($1::bigint[]), pg_catalog.unnest($2::bigint[]),"
					"                    pg_catalog.unnest($3::smallint[]), pg_catalog.unnest($4::timestamptz[]))"
					"         AS m (campaign_id, subscriber_id, step_no, send_at)"
					"   GROUP BY campaign_id, subscriber_id),"
					/* each later step: the previous one's earliest time plus its delay */
					" earliest (campaign_id, subscriber_id, step_no, send_at, zone) AS ("
					"  SELECT mv.campaign_id, mv.subscriber_id, mv.step_no, mv.send_at,"
					"         pg_catalog.split_part(s.timezone, ',', 1)"
					"    FROM moved mv"
					"    JOIN campaign.messages s ON s.campaign_id = mv.campaign_id"
					"     AND s.subscriber_id = mv.subscriber_id AND s.step_no = mv.step_no"
					"  UNION ALL"
					"  SELECT x.campaign_id, x.subscriber_id, st.step_no,"
					"         campaign.add_delay(x.send_at, st.delay, x.zone), x.zone"
					"    FROM earliest x"
					"    JOIN campaign.campaign_steps st ON st.campaign_id = x.campaign_id"
					"     AND st.step_no = x.step_no + 1),"
					" later AS ("
					"  UPDATE campaign.message_queue q SET send_at = e.send_at"
					"    FROM (SELECT lq.message_id, x.send_at"
					"            FROM earliest x"
					"            JOIN moved mv ON mv.campaign_id = x.campaign_id AND mv.subscriber_id = x.subscriber_id"
					"            JOIN campaign.messages l ON l.campaign_id = x.campaign_id"
					"             AND l.subscriber_id = x.subscriber_id AND l.step_no = x.step_no"
					"            JOIN campaign.message_queue lq ON lq.message_id = l.message_id"
					"           WHERE x.step_no > mv.step_no AND lq.send_at < x.send_at"
					"             FOR UPDATE OF lq SKIP LOCKED) e"
					"   WHERE q.message_id = e.message_id"
					"  RETURNING q.message_id, q.send_at)"
					" UPDATE campaign.messages f SET send_at = later.send_at"
					"   FROM later"
					"  WHERE f.message_id = later.message_id AND f.status = 'pending'",
					4, argtypes, values, NULL, false);
}

/*
 * Keep the follow-ups of this claim's undecided messages behind their step:
 * those of a message moved to its next allowed instant move with it, and a
 * follow-up found waiting for its previous step moves to that step's time.
 * Written after the other decisions, so that the steps they ended are left
 * alone.
 */
static void
postpone_follow_ups(const Candidate *candidates, int count, TupleDesc tupdesc)
{
	int64	   *campaign_ids = palloc(sizeof(int64) * count);
	int64	   *subscriber_ids = palloc(sizeof(int64) * count);
	int16	   *step_nos = palloc(sizeof(int16) * count);
	TimestampTz *send_ats = palloc(sizeof(TimestampTz) * count);
	int			n = 0;

	for (int i = 0; i < count; i++)
	{
		const Candidate *candidate = &candidates[i];

		if (candidate->outcome == OUTCOME_RESCHEDULE)
		{
			step_nos[n] = candidate->step_no;
			send_ats[n] = candidate->allowed_at;
		}
		else if (candidate->outcome == OUTCOME_WAIT)
		{
			bool		isnull;
			Datum		previous = SPI_getbinval(candidate->tuple, tupdesc, COL_PREVIOUS_SEND_AT, &isnull);

			if (isnull)
				continue;
			step_nos[n] = candidate->step_no - 1;
			send_ats[n] = DatumGetTimestampTz(previous);
		}
		else
			continue;
		campaign_ids[n] = candidate->campaign_id;
		subscriber_ids[n] = candidate->subscriber_id;
		n++;
	}
	postpone_later_steps(n, campaign_ids, subscriber_ids, step_nos, send_ats);
}

/* One UPDATE adding each entry's handed_out to the row of its id. */
static void
add_counts(HTAB *counts, SPIPlanPtr *plan, const char *sql)
{
	long		n = hash_get_num_entries(counts);
	int64	   *ids = palloc(sizeof(int64) * n);
	int64	   *amounts = palloc(sizeof(int64) * n);
	HASH_SEQ_STATUS scan;
	CountEntry *entry;
	int			i = 0;
	Oid			argtypes[2] = {INT8ARRAYOID, INT8ARRAYOID};
	Datum		values[2];

	hash_seq_init(&scan, counts);
	while ((entry = hash_seq_search(&scan)) != NULL)
	{
		ids[i] = entry->id;
		amounts[i] = entry->handed_out;
		i++;
	}
	values[0] = int64_array(ids, i);
	values[1] = int64_array(amounts, i);
	spi_exec_cached(plan, sql, 2, argtypes, values, NULL, false);
}

/*
 * Count the trial hand-outs against the sites' allowance and the campaigns'
 * reservations (trial_claimed is bookkeeping: only the extension writes it).
 */
static void
write_trial_counts(const Candidate *candidates, int count)
{
	HTAB	   *sites;
	HTAB	   *campaigns;
	int			first = 0;

	while (first < count && (candidates[first].outcome != OUTCOME_HAND_OUT || !candidates[first].is_trial))
		first++;
	if (first == count)
		return;

	sites = batch_hash("campaign claim trial sites", sizeof(int64), sizeof(CountEntry), 16);
	campaigns = batch_hash("campaign claim trial campaigns", sizeof(int64), sizeof(CountEntry), 16);
	for (int i = first; i < count; i++)
	{
		CountEntry *entry;
		bool		found;

		if (candidates[i].outcome != OUTCOME_HAND_OUT || !candidates[i].is_trial)
			continue;
		entry = hash_search(sites, &candidates[i].site_id, HASH_ENTER, &found);
		entry->handed_out = (found ? entry->handed_out : 0) + 1;
		entry = hash_search(campaigns, &candidates[i].campaign_id, HASH_ENTER, &found);
		entry->handed_out = (found ? entry->handed_out : 0) + 1;
	}

	add_counts(sites, &trial_sites_used_plan,
			   "UPDATE campaign.sites s SET trial_messages_used = s.trial_messages_used + h.n::integer"
			   "  FROM ROWS FROM (pg_catalog.unnest($1::bigint[]), pg_catalog.unnest($2::bigint[]))"
			   "       AS h (site_id, n)"
			   " WHERE s.site_id = h.site_id");
	/* claim_messages runs as the tables' owner (authority.c) */
	add_counts(campaigns, &trial_campaigns_claimed_plan,
			   "UPDATE campaign.campaigns c SET trial_claimed = c.trial_claimed + h.n"
			   "  FROM ROWS FROM (pg_catalog.unnest($1::bigint[]), pg_catalog.unnest($2::bigint[]))"
			   "       AS h (campaign_id, n)"
			   " WHERE c.campaign_id = h.campaign_id");
}

/*
 * The campaigns that must fail (site checks, trial allowance), each once,
 * with the reason of its first message in hand-out order. The failure
 * withdraws their pending messages, these ones included.
 */
static void
fail_campaigns(const Candidate *candidates, int count)
{
	int64	   *failed = palloc(sizeof(int64) * count);
	int			nfailed = 0;

	for (int i = 0; i < count; i++)
	{
		bool		already = false;

		if (candidates[i].outcome != OUTCOME_FAIL_CAMPAIGN)
			continue;
		for (int j = 0; j < nfailed && !already; j++)
			already = failed[j] == candidates[i].campaign_id;
		if (already)
			continue;
		failed[nfailed++] = candidates[i].campaign_id;
		fail_campaign(candidates[i].campaign_id, candidates[i].reason);
	}
}

static void
check_claim_arguments(FunctionCallInfo fcinfo)
{
	if (PG_ARGISNULL(0) || PG_GETARG_INT32(0) < 1 || PG_GETARG_INT32(0) > MAX_CLAIM)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid max_messages %s",
						PG_ARGISNULL(0) ? "null" : psprintf("%d", PG_GETARG_INT32(0))),
				 errdetail("A dispatcher claims from 1 to %d messages at a time.", MAX_CLAIM)));
	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid lease null"),
				 errdetail("The lease is how long a dispatcher may hold a message, from 1 second to 1 day.")));
	{
		/*
		 * Compare the interval itself with the bounds (as interval_cmp does,
		 * a day is 24 hours): adding a huge lease to now would overflow
		 * (22008) before it could be refused.
		 */
		Interval   *lease = PG_GETARG_INTERVAL_P(1);
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
}

/*
 * campaign.claim_messages(max_messages, lease): the dispatcher's call.
 */
Datum
campaign_claim_messages(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	TimestampTz now = campaign_current_time();
	Interval   *lease;
	uint64		count;
	uint64		locked;
	Datum		candidate_ids;
	ClaimCampaigns campaigns;
	SPITupleTable *details;
	Candidate  *candidates;
	HTAB	   *trial_sites;
	HTAB	   *cap_histories;

	check_claim_arguments(fcinfo);
	lease = PG_GETARG_INTERVAL_P(1);
	InitMaterializedSRF(fcinfo, 0);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");

	if (leases_have_expired(now))
	{
		/*
		 * Messages whose lease ran out come back first. When that fails (a
		 * user's trigger on the messages of one campaign), the claim goes on
		 * without it: tick returns them campaign by campaign and records the
		 * one that fails in campaign.tick_errors.
		 */
		ErrorData  *edata = spi_run_in_subtransaction(expire_leases_work, &now);

		if (edata != NULL)
			FreeErrorData(edata);
	}

	/*
	 * 1. the due messages no other dispatcher holds, but for the follow-ups
	 * whose previous step is pending: they cannot go, and a claim of n must
	 * not be filled with them while n others could. The probe is one lookup
	 * in the partition's unique (campaign_id, subscriber_id, step_no), for
	 * follow-ups only (step 0 short-circuits
	 * the OR). It is a scalar subquery on purpose: written as NOT EXISTS, the
	 * planner may hash it, and then every claim that meets a follow-up reads
	 * every pending message into a hash table (a claim of 100 took seconds
	 * under the load test). The scan stays on message_queue_due_idx in
	 * send_at order, and postpone_later_steps keeps waiting follow-ups behind
	 * their step, so that the scan does not wade through them. The queue
	 * rows' locks are what this claim holds until it commits: every other
	 * writer of a pending message takes its queue row first.
	 */
	{
		Oid			argtypes[2] = {TIMESTAMPTZOID, INT4OID};
		Datum		values[2] = {TimestampTzGetDatum(now), PG_GETARG_DATUM(0)};

		count = spi_exec_cached(&due_plan,
								"SELECT q.message_id, q.campaign_id FROM campaign.message_queue q"
								" WHERE q.send_at <= $1"
								"   AND (q.step_no = 0 OR (SELECT p.status FROM campaign.messages p"
								"                           WHERE p.campaign_id = q.campaign_id"
								"                             AND p.subscriber_id = q.subscriber_id"
								"                             AND p.step_no = q.step_no - 1)"
								"                          IS DISTINCT FROM 'pending')"
								" ORDER BY q.send_at LIMIT $2"
								" FOR UPDATE OF q SKIP LOCKED",
								2, argtypes, values, NULL, false);
	}
	if (count == 0)
	{
		SPI_finish();
		return (Datum) 0;
	}
	{
		int64	   *ids = palloc(sizeof(int64) * count);
		int64	   *campaign_ids = palloc(sizeof(int64) * count);

		for (uint64 i = 0; i < count; i++)
		{
			bool		isnull;

			ids[i] = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull));
			campaign_ids[i] = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &isnull));
		}
		candidate_ids = int64_array(ids, (int) count);
		campaigns.pruned = fill_campaign_slots(campaign_ids, (int) count, campaigns.types, campaigns.values);
		locked = count;
	}

	/*
	 * 2. what the rules need, the subscribers locked. The campaigns of the
	 * candidates name the partitions of campaign.messages to read: the
	 * others are pruned at executor startup.
	 */
	{
		Oid			argtypes[2] = {INT8ARRAYOID, TIMESTAMPTZOID};
		Datum		values[2] = {candidate_ids, TimestampTzGetDatum(now)};

		count = exec_over_claim_messages(&details_plan, &details_pruned_plan, &campaigns,
										 details_sql, details_order_sql, 2, argtypes, values);
	}
	details = SPI_tuptable;
	if (count < locked)
		forget_stale_queue_rows(candidate_ids);
	if (count == 0)
	{
		SPI_finish();
		return (Datum) 0;
	}
	candidates = palloc0(sizeof(Candidate) * count);
	for (uint64 i = 0; i < count; i++)
	{
		Candidate  *candidate = &candidates[i];
		bool		isnull;

		candidate->tuple = details->vals[i];
		candidate->message_id = DatumGetInt64(SPI_getbinval(candidate->tuple, details->tupdesc, COL_MESSAGE_ID, &isnull));
		candidate->campaign_id = DatumGetInt64(SPI_getbinval(candidate->tuple, details->tupdesc, COL_CAMPAIGN_ID, &isnull));
		candidate->site_id = DatumGetInt64(SPI_getbinval(candidate->tuple, details->tupdesc, COL_SITE_ID, &isnull));
		candidate->subscriber_id = DatumGetInt64(SPI_getbinval(candidate->tuple, details->tupdesc, COL_SUBSCRIBER_ID, &isnull));
		candidate->step_no = DatumGetInt16(SPI_getbinval(candidate->tuple, details->tupdesc, COL_STEP_NO, &isnull));
		candidate->is_trial = DatumGetBool(SPI_getbinval(candidate->tuple, details->tupdesc, COL_IS_TRIAL, &isnull));
		candidate->smart_sending = DatumGetBool(SPI_getbinval(candidate->tuple, details->tupdesc, COL_SMART_SENDING, &isnull));
		decide_alone(candidate, details->tupdesc, now);
	}

	/*
	 * 3. the trial allowance, under the trial sites' locks; then the
	 * hand-outs that count for the frequency caps, read after every lock is
	 * held
	 */
	trial_sites = lock_trial_sites(candidates, (int) count);
	if (trial_sites != NULL)
		cancel_ended_trial_campaigns(candidates, (int) count);
	cap_histories = read_cap_histories(candidates, (int) count, details->tupdesc, now);
	decide_together(candidates, (int) count, trial_sites, cap_histories, now);
	if (cap_histories != NULL)
		resolve_capped(candidates, (int) count, &campaigns);

	write_hand_outs(candidates, (int) count, now, lease, &campaigns);
	write_other_decisions(candidates, (int) count, candidate_ids, &campaigns);
	postpone_follow_ups(candidates, (int) count, details->tupdesc);
	write_trial_counts(candidates, (int) count);
	fail_campaigns(candidates, (int) count);

	for (uint64 i = 0; i < count; i++)
	{
		static const int columns[7] = {COL_MESSAGE_ID, COL_CAMPAIGN_ID, COL_SITE_ID,
		COL_SUBSCRIBER_ID, COL_PHONE, COL_BODY, COL_SEND_AT};
		Datum		row[7];
		bool		nulls[7];

		if (candidates[i].outcome != OUTCOME_HAND_OUT)
			continue;
		for (int col = 0; col < 7; col++)
			row[col] = SPI_getbinval(candidates[i].tuple, details->tupdesc, columns[col], &nulls[col]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, row, nulls);
	}

	SPI_finish();
	return (Datum) 0;
}
