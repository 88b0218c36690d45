/*
 * processing.c
 *	  campaign.tick(): starting campaigns, going through their audience, and
 *	  finishing them.
 *
 * A campaign's audience is processed in bounded batches along the subscribers'
 * primary key (keyset): each batch computes, for every subscriber, the zones,
 * the jurisdiction, the planned time and the send time of every step, and
 * inserts one message per step, in the same transaction that advances the
 * campaign's cursor. A crash or a rollback between batches therefore loses
 * nothing and duplicates nothing; the unique key (campaign, subscriber, step)
 * would refuse a duplicate anyway.
 *
 * Concurrency: a batch holds its campaign's row lock (taken with SKIP LOCKED),
 * so several tick() calls at once work on different campaigns and never wait
 * for each other, and a cancel waits at most one batch. The batch is one
 * INSERT ... SELECT per step, so the send-time engine runs inside the
 * executor, row by row, without a round trip per subscriber.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "commands/async.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/memutils.h"
#include "utils/resowner.h"
#include "utils/timestamp.h"

#include "campaign.h"

PG_FUNCTION_INFO_V1(campaign_tick);

/* The largest batch one call may take: bounds the memory of one INSERT. */
#define MAX_BATCH_SIZE 1000000

typedef struct TickCounts
{
	int32		campaigns_started;
	int32		campaigns_failed;
	int64		subscribers_processed;
	int32		campaigns_finished;
} TickCounts;

/* Prepared statements of this file, kept for the life of the backend. */
static SPIPlanPtr due_campaigns_plan = NULL;
static SPIPlanPtr start_campaign_plan = NULL;
static SPIPlanPtr next_processing_plan = NULL;
static SPIPlanPtr advance_cursor_plan = NULL;
static SPIPlanPtr finishable_plan = NULL;
static SPIPlanPtr finish_plan = NULL;
static SPIPlanPtr fail_plan = NULL;

/*
 * Move a campaign to failed with a reason. The trigger withdraws its pending
 * messages and records the reason in status_history.
 */
void
fail_campaign(int64 campaign_id, const char *reason)
{
	Oid			argtypes[2] = {INT8OID, TEXTOID};
	Datum		values[2] = {Int64GetDatum(campaign_id), CStringGetTextDatum(reason)};

	spi_exec_cached(&fail_plan,
					"UPDATE campaign.campaigns SET status = 'failed', failure_reason = $2"
					" WHERE campaign_id = $1 AND status IN ('scheduled', 'processing', 'sending')",
					2, argtypes, values, NULL, false);
}

/*
 * Start every scheduled campaign whose time has come. The move to processing
 * runs the failure checks in the trigger, which may turn it into failed.
 * Campaigns locked by another tick are left to that tick.
 */
static void
start_due_campaigns(TimestampTz now, TickCounts *counts)
{
	Oid			argtypes[1] = {TIMESTAMPTZOID};
	Datum		values[1] = {TimestampTzGetDatum(now)};
	uint64		due;
	int64	   *ids;

	due = spi_exec_cached(&due_campaigns_plan,
						  "SELECT campaign_id FROM campaign.campaigns"
						  " WHERE status = 'scheduled' AND send_at <= $1"
						  " ORDER BY send_at, campaign_id"
						  " FOR NO KEY UPDATE SKIP LOCKED",
						  1, argtypes, values, NULL, false);
	if (due == 0)
		return;

	ids = palloc(sizeof(int64) * due);
	for (uint64 i = 0; i < due; i++)
	{
		bool		isnull;

		ids[i] = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull));
	}

	for (uint64 i = 0; i < due; i++)
	{
		Oid			idtype[1] = {INT8OID};
		Datum		idvalue[1] = {Int64GetDatum(ids[i])};
		char	   *status;

		spi_exec_cached(&start_campaign_plan,
						"UPDATE campaign.campaigns SET status = 'processing'"
						" WHERE campaign_id = $1 RETURNING status::text",
						1, idtype, idvalue, NULL, false);
		status = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
		if (strcmp(status, "failed") == 0)
			counts->campaigns_failed++;
		else
			counts->campaigns_started++;
	}
	pfree(ids);
}

/*
 * What a batch needs to know of its campaign and site, read once with the
 * campaign's row lock. The settings go to the batch statements as parameters,
 * not as a join: planned for each batch, the statement then sees them as
 * constants (an at_time campaign's planned time folds away), and no row of the
 * audience pays for a join with the campaign.
 */
#define SETTING_COUNT 10		/* $8 .. $17 of first_step_sql, in this order: */
static const Oid setting_types[SETTING_COUNT] = {
	TEXTOID,					/* send_mode */
	TIMESTAMPTZOID,				/* send_at */
	TIMESTAMPOID,				/* local_send_at */
	TEXTOID,					/* late_policy */
	BOOLOID,					/* smart_sending */
	TIMEOID,					/* quiet start, null when quiet hours are not respected */
	TIMEOID,					/* quiet end */
	TEXTOID,					/* the site's zone */
	TEXTOID,					/* the site's country */
	INTERVALOID					/* the site's smart_sending_window */
};
#define SETTING_QUIET_START 5
#define SETTING_QUIET_END 6

typedef struct BatchCampaign
{
	int64		campaign_id;
	int64		site_id;
	bool		has_cursor;
	int64		cursor;			/* the last subscriber processed */
	Datum		started_at;
	Datum		audience_tags;
	bool		no_audience_tags;
	int			steps;
	Datum	   *step_delays;	/* by step_no */
	Datum		settings[SETTING_COUNT];
	char		settings_nulls[SETTING_COUNT];
} BatchCampaign;

/*
 * The next campaign to process, locked, or false when there is none (the
 * ones in `skipped` failed a batch in this tick and are left alone).
 */
static bool
next_processing_campaign(Datum skipped, BatchCampaign *batch)
{
	Oid			argtypes[1] = {INT8ARRAYOID};
	Datum		values[1] = {skipped};
	HeapTuple	tuple;
	TupleDesc	tupdesc;
	bool		isnull;
	Datum		delays;

	if (spi_exec_cached(&next_processing_plan,
						"SELECT c.campaign_id, c.site_id, c.audience_cursor, c.started_at, c.audience_tags,"
						"       (SELECT pg_catalog.array_agg(st.delay ORDER BY st.step_no)"
						"          FROM campaign.campaign_steps st WHERE st.campaign_id = c.campaign_id),"
						"       c.send_mode, c.send_at, c.local_send_at, c.late_policy, c.smart_sending,"
						"       CASE WHEN c.respect_quiet_hours THEN s.quiet_hours_start END,"
						"       CASE WHEN c.respect_quiet_hours THEN s.quiet_hours_end END,"
						"       s.timezone, s.country, s.smart_sending_window"
						"  FROM campaign.campaigns c JOIN campaign.sites s ON s.site_id = c.site_id"
						" WHERE c.status = 'processing' AND NOT c.audience_done"
						"   AND c.campaign_id <> ALL ($1)"
						" ORDER BY c.started_at, c.campaign_id"
						" LIMIT 1 FOR NO KEY UPDATE OF c SKIP LOCKED",
						1, argtypes, values, NULL, false) == 0)
		return false;

	tuple = SPI_tuptable->vals[0];
	tupdesc = SPI_tuptable->tupdesc;
	batch->campaign_id = DatumGetInt64(SPI_getbinval(tuple, tupdesc, 1, &isnull));
	batch->site_id = DatumGetInt64(SPI_getbinval(tuple, tupdesc, 2, &isnull));
	batch->cursor = DatumGetInt64(SPI_getbinval(tuple, tupdesc, 3, &isnull));
	batch->has_cursor = !isnull;
	batch->started_at = SPI_getbinval(tuple, tupdesc, 4, &isnull);
	batch->audience_tags = SPI_getbinval(tuple, tupdesc, 5, &batch->no_audience_tags);
	if (!batch->no_audience_tags)
		batch->audience_tags = PointerGetDatum(PG_DETOAST_DATUM_COPY(batch->audience_tags));
	delays = SPI_getbinval(tuple, tupdesc, 6, &isnull);
	if (isnull)
		elog(ERROR, "campaign %lld is processing without steps", (long long) batch->campaign_id);
	deconstruct_array(DatumGetArrayTypePCopy(delays), INTERVALOID, sizeof(Interval), false,
					  TYPALIGN_DOUBLE, &batch->step_delays, NULL, &batch->steps);
	for (int i = 0; i < SETTING_COUNT; i++)
	{
		Form_pg_attribute attr = TupleDescAttr(tupdesc, 6 + i);
		Datum		value = SPI_getbinval(tuple, tupdesc, 7 + i, &isnull);

		batch->settings_nulls[i] = isnull ? 'n' : ' ';
		batch->settings[i] = isnull ? (Datum) 0 : datumCopy(value, attr->attbyval, attr->attlen);
	}
	return true;
}

/*
 * Step 0 of one batch: the next `limit` subscribers of the audience after the
 * cursor. Returns the number of subscribers processed, the last subscriber id
 * and how many messages became due at once.
 *
 * Zones: the subscriber's own, else those of the phone's prefix, else the
 * site's. Jurisdiction: the subscriber's region, else the phone's, else the
 * site's country. Planned time: send_at (at_time), or local_send_at in the
 * first zone after the late policy (subscriber_local). Skips: unsubscribed
 * since processing started (they were counted in the audience, so they are
 * processed, with no message), local time passed, no send window within 8
 * days, smart sending.
 *
 * The OFFSET 0 subqueries are fences: without them the planner pulls the
 * subqueries up and copies the planned and send time expressions into every
 * place that uses them, which computed each subscriber's send time five times.
 */
static const char *const first_step_sql =
"WITH inserted AS ("
"  INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no, status,"
"                                 timezone, jurisdiction, planned_at, send_at, skip_reason)"
"  SELECT $5, $1, d.subscriber_id, 0,"
"         CASE WHEN d.skip_reason IS NULL THEN 'pending' ELSE 'skipped' END::campaign.message_status,"
"         pg_catalog.array_to_string(d.zones, ','), d.jurisdiction, d.planned_at, d.send_at, d.skip_reason"
"    FROM (SELECT t.*, CASE"
"                 WHEN t.subscriber_status <> 'subscribed' THEN 'unsubscribed'"
"                 WHEN t.planned_at IS NULL THEN 'local_time_passed'"
"                 WHEN t.send_at IS NULL THEN 'no_send_window'"
"                 WHEN $12 AND t.last_message_at > t.send_at - $17 THEN 'smart_sending'"
"               END AS skip_reason"
"            FROM (SELECT p.*, campaign.next_send_time(p.planned_at, p.zones, $13, $14, p.jurisdiction) AS send_at"
"                    FROM (SELECT b.*, CASE WHEN $8 = 'at_time' THEN $9"
"                                           ELSE campaign.local_planned_at($10, b.zones[1], $11, $4) END AS planned_at"
"                            FROM (SELECT sub.subscriber_id, sub.last_message_at, sub.status AS subscriber_status,"
"                                         coalesce(CASE WHEN sub.timezone IS NOT NULL THEN ARRAY[sub.timezone] END,"
"                                                  campaign.phone_timezones(sub.phone), ARRAY[$15]) AS zones,"
"                                         coalesce(sub.region, campaign.phone_region(sub.phone), $16) AS jurisdiction"
"                                    FROM campaign.subscribers sub"
"                                   WHERE sub.site_id = $5 AND sub.subscriber_id > $2"
"                                     AND (sub.status = 'subscribed' OR sub.unsubscribed_at >= $6)"
"                                     AND sub.created_at <= $6"
"                                     AND ($7::text[] IS NULL OR sub.tags OPERATOR(pg_catalog.&&) $7::text[])"
"                                   ORDER BY sub.subscriber_id LIMIT $3) b"
"                          OFFSET 0) p"
"                  OFFSET 0) t) d"
"  RETURNING subscriber_id, status, send_at)"
" SELECT count(*), max(subscriber_id),"
"        count(*) FILTER (WHERE status = 'pending' AND send_at <= $4)"
"   FROM inserted";

/*
 * Step k > 0 for the subscribers of the batch: planned at the previous step's
 * send time plus the step's delay ($8); a subscriber whose previous step ended
 * skipped gets this one skipped with the same reason. Fenced as above.
 */
static const char *const next_step_sql =
"WITH inserted AS ("
"  INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no, status,"
"                                 timezone, jurisdiction, planned_at, send_at, skip_reason)"
"  SELECT t.site_id, $1, t.subscriber_id, $4,"
"         CASE WHEN t.status = 'pending' AND t.send_at IS NOT NULL THEN 'pending'"
"              ELSE 'skipped' END::campaign.message_status,"
"         t.timezone, t.jurisdiction, t.planned_at, t.send_at,"
"         CASE WHEN t.status <> 'pending' THEN t.skip_reason"
"              WHEN t.send_at IS NULL THEN 'no_send_window' END"
"    FROM (SELECT p.*, campaign.next_send_time(p.planned_at, pg_catalog.string_to_array(p.timezone, ','),"
"                                              $6, $7, p.jurisdiction) AS send_at"
"            FROM (SELECT p.site_id, p.subscriber_id, p.timezone, p.jurisdiction, p.status, p.skip_reason,"
"                         CASE WHEN p.status = 'pending' THEN p.send_at + $8 END AS planned_at"
"                    FROM campaign.messages p"
"                   WHERE p.campaign_id = $1 AND p.subscriber_id > $2 AND p.subscriber_id <= $3"
"                     AND p.step_no = $4 - 1) p"
"          OFFSET 0) t"
"  RETURNING status, send_at)"
" SELECT count(*) FILTER (WHERE status = 'pending' AND send_at <= $5) FROM inserted";

/*
 * When the scan ends, audience_count, counted when processing started, is
 * settled to the subscribers actually processed: a STOP or a new subscriber
 * committed at the very instant processing started may fall on either side of
 * that count, and the count a store owner sees must match what happened.
 *
 * One batch of one processing campaign, at most `limit` subscribers. The
 * statements are planned for each batch, not kept, and the site, the start
 * instant and the tags are parameters: the planner must see that the keyset
 * range and the limit select a slice of one site's primary key, or it scans
 * and sorts the whole audience for every batch, which makes processing
 * quadratic.
 * Returns how many subscribers it processed; marks the audience done when
 * the scan ends.
 */
static int64
process_batch(const BatchCampaign *batch, int64 limit, TimestampTz now)
{
	bool		isnull;
	int64		processed;
	int64		last_subscriber;
	int64		due_now;
	int64		start_after = batch->has_cursor ? batch->cursor : PG_INT64_MIN;

	{
		Oid			types[7 + SETTING_COUNT] = {INT8OID, INT8OID, INT8OID, TIMESTAMPTZOID, INT8OID,
		TIMESTAMPTZOID, TEXTARRAYOID};
		Datum		values[7 + SETTING_COUNT];
		char		nulls[7 + SETTING_COUNT];

		values[0] = Int64GetDatum(batch->campaign_id);
		values[1] = Int64GetDatum(start_after);
		values[2] = Int64GetDatum(limit);
		values[3] = TimestampTzGetDatum(now);
		values[4] = Int64GetDatum(batch->site_id);
		values[5] = batch->started_at;
		values[6] = batch->audience_tags;
		memset(nulls, ' ', 7);
		if (batch->no_audience_tags)
			nulls[6] = 'n';
		memcpy(types + 7, setting_types, sizeof(setting_types));
		memcpy(values + 7, batch->settings, sizeof(batch->settings));
		memcpy(nulls + 7, batch->settings_nulls, sizeof(batch->settings_nulls));
		spi_exec(first_step_sql, 7 + SETTING_COUNT, types, values, nulls, false);
	}
	processed = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	last_subscriber = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));
	if (isnull)
		last_subscriber = start_after;
	due_now = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3, &isnull));

	for (int step = 1; step < batch->steps && processed > 0; step++)
	{
		Oid			types[8] = {INT8OID, INT8OID, INT8OID, INT4OID, TIMESTAMPTZOID,
		TIMEOID, TIMEOID, INTERVALOID};
		Datum		values[8];
		char		nulls[8] = {' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};

		values[0] = Int64GetDatum(batch->campaign_id);
		values[1] = Int64GetDatum(start_after);
		values[2] = Int64GetDatum(last_subscriber);
		values[3] = Int32GetDatum(step);
		values[4] = TimestampTzGetDatum(now);
		values[5] = batch->settings[SETTING_QUIET_START];
		nulls[5] = batch->settings_nulls[SETTING_QUIET_START];
		values[6] = batch->settings[SETTING_QUIET_END];
		nulls[6] = batch->settings_nulls[SETTING_QUIET_END];
		values[7] = batch->step_delays[step];
		spi_exec(next_step_sql, 8, types, values, nulls, false);
		due_now += DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	}

	{
		Oid			cursor_types[4] = {INT8OID, INT8OID, INT8OID, BOOLOID};
		Datum		cursor_values[4];
		char		cursor_nulls[4] = {' ', ' ', ' ', ' '};

		cursor_values[0] = Int64GetDatum(batch->campaign_id);
		cursor_values[1] = Int64GetDatum(last_subscriber);
		cursor_values[2] = Int64GetDatum(processed);
		cursor_values[3] = BoolGetDatum(processed < limit);
		if (processed == 0 && !batch->has_cursor)
			cursor_nulls[1] = 'n';
		bookkeeping_write_begin();
		PG_TRY();
		{
			spi_exec_cached(&advance_cursor_plan,
							"UPDATE campaign.campaigns"
							"   SET audience_cursor = $2,"
							"       audience_processed = audience_processed + $3,"
							"       audience_done = $4,"
							"       audience_count = CASE WHEN $4 THEN audience_processed + $3"
							"                             ELSE audience_count END"
							" WHERE campaign_id = $1",
							4, cursor_types, cursor_values, cursor_nulls, false);
		}
		PG_FINALLY();
		{
			bookkeeping_write_end();
		}
		PG_END_TRY();
	}

	if (due_now > 0)
	{
		StringInfoData payload;

		initStringInfo(&payload);
		appendStringInfo(&payload,
						 "{\"campaign_id\": " INT64_FORMAT ", \"site_id\": " INT64_FORMAT
						 ", \"due\": " INT64_FORMAT "}",
						 batch->campaign_id, batch->site_id, due_now);
		Async_Notify("campaign_messages", payload.data);
	}
	return processed;
}

/*
 * Errors that must end the whole tick rather than one campaign's batch: a
 * canceled query or a shutdown (class 57), a lack of resources (53) and
 * system errors (58) say nothing about the campaign being processed.
 */
static bool
error_ends_tick(int sqlerrcode)
{
	char		class0 = PGUNSIXBIT(sqlerrcode);
	char		class1 = PGUNSIXBIT(sqlerrcode >> 6);

	return class0 == '5' && (class1 == '7' || class1 == '3' || class1 == '8');
}

/*
 * Process up to `budget` subscribers across the campaigns in processing, one
 * campaign at a time, oldest start first. Before each batch the site's
 * failure checks run again: a site deactivated mid-campaign fails it.
 *
 * Each campaign's batch runs in a subtransaction. When it fails (a bad row,
 * a user's trigger that raises), the batch is rolled back, the error is
 * reported as a WARNING naming the campaign, and the campaign is left alone
 * until the next tick, which tries it again: one campaign's bad row must not
 * hold back every other campaign, nor undo the starts of this tick.
 */
static void
process_audiences(int64 batch_size, TimestampTz now, TickCounts *counts)
{
	/* changed inside PG_TRY and read after an error: volatile */
	volatile int64 budget = batch_size;
	volatile int nskipped = 0;
	volatile int maxskipped = 8;
	Datum	   *volatile skipped = palloc(sizeof(Datum) * maxskipped);

	while (budget > 0)
	{
		BatchCampaign batch;
		MemoryContext oldcontext = CurrentMemoryContext;
		ResourceOwner oldowner = CurrentResourceOwner;

		if (!next_processing_campaign(PointerGetDatum(construct_array(skipped, nskipped, INT8OID,
																	  sizeof(int64), FLOAT8PASSBYVAL,
																	  TYPALIGN_DOUBLE)),
									  &batch))
			break;

		BeginInternalSubTransaction(NULL);
		MemoryContextSwitchTo(oldcontext);
		PG_TRY();
		{
			const char *reason = site_failure_reason(batch.site_id, -1, batch.campaign_id);

			if (reason != NULL)
			{
				fail_campaign(batch.campaign_id, reason);
				counts->campaigns_failed++;
			}
			else
			{
				int64		processed = process_batch(&batch, budget, now);

				counts->subscribers_processed += processed;
				budget -= processed;
			}
			ReleaseCurrentSubTransaction();
			MemoryContextSwitchTo(oldcontext);
			CurrentResourceOwner = oldowner;
		}
		PG_CATCH();
		{
			ErrorData  *edata;

			MemoryContextSwitchTo(oldcontext);
			edata = CopyErrorData();
			FlushErrorState();
			RollbackAndReleaseCurrentSubTransaction();
			MemoryContextSwitchTo(oldcontext);
			CurrentResourceOwner = oldowner;

			if (error_ends_tick(edata->sqlerrcode))
				ReThrowError(edata);

			ereport(WARNING,
					(errcode(edata->sqlerrcode),
					 errmsg("campaign %lld: a processing batch failed: %s",
							(long long) batch.campaign_id, edata->message),
					 edata->detail ? errdetail_internal("%s", edata->detail) : 0,
					 errhint("The batch was rolled back; the next tick tries the campaign again. "
							 "Other campaigns go on."),
					 edata->context ? errcontext_msg("%s", edata->context) : 0));
			FreeErrorData(edata);

			if (nskipped == maxskipped)
			{
				maxskipped *= 2;
				skipped = repalloc(skipped, sizeof(Datum) * maxskipped);
			}
			skipped[nskipped++] = Int64GetDatum(batch.campaign_id);
		}
		PG_END_TRY();
	}
	pfree(skipped);
}

/*
 * Move on the campaigns that qualify: processing with every subscriber
 * processed goes to sending, or straight to sent when nothing is left to
 * dispatch; sending goes to sent when nothing is pending or dispatching.
 */
static void
finish_campaigns(TickCounts *counts)
{
	uint64		candidates;
	int64	   *ids;
	char	  **targets;

	candidates = spi_exec_cached(&finishable_plan,
								 "SELECT c.campaign_id,"
								 "       CASE WHEN EXISTS (SELECT FROM campaign.messages m"
								 "                          WHERE m.campaign_id = c.campaign_id"
								 "                            AND m.status IN ('pending', 'dispatching'))"
								 "            THEN 'sending' ELSE 'sent' END"
								 "  FROM campaign.campaigns c"
								 " WHERE (c.status = 'processing' AND c.audience_done)"
								 "    OR c.status = 'sending'"
								 " FOR NO KEY UPDATE OF c SKIP LOCKED",
								 0, NULL, NULL, NULL, false);
	if (candidates == 0)
		return;

	ids = palloc(sizeof(int64) * candidates);
	targets = palloc(sizeof(char *) * candidates);
	for (uint64 i = 0; i < candidates; i++)
	{
		bool		isnull;

		ids[i] = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull));
		targets[i] = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);
	}

	for (uint64 i = 0; i < candidates; i++)
	{
		Oid			argtypes[2] = {INT8OID, TEXTOID};
		Datum		values[2] = {Int64GetDatum(ids[i]), CStringGetTextDatum(targets[i])};

		if (spi_exec_cached(&finish_plan,
							"UPDATE campaign.campaigns SET status = $2::campaign.campaign_status"
							" WHERE campaign_id = $1 AND status <> $2::campaign.campaign_status",
							2, argtypes, values, NULL, false) > 0)
			counts->campaigns_finished++;
	}
}

/*
 * campaign.tick(batch_size): all the work that is due at campaign.now().
 * Safe to call concurrently; calling it until it reports no work drives every
 * campaign as far as the current time allows.
 */
Datum
campaign_tick(PG_FUNCTION_ARGS)
{
	int32		batch_size;
	TimestampTz now = campaign_current_time();
	TickCounts	counts = {0};
	TupleDesc	result_desc;
	Datum		result_values[4];
	bool		result_nulls[4] = {false, false, false, false};

	if (PG_ARGISNULL(0) || PG_GETARG_INT32(0) < 1 || PG_GETARG_INT32(0) > MAX_BATCH_SIZE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid batch_size %s",
						PG_ARGISNULL(0) ? "null" : psprintf("%d", PG_GETARG_INT32(0))),
				 errdetail("batch_size is the number of subscribers one call processes, from 1 to %d.",
						   MAX_BATCH_SIZE)));
	batch_size = PG_GETARG_INT32(0);

	if (get_call_result_type(fcinfo, NULL, &result_desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "campaign.tick: return type must be a row type");
	result_desc = BlessTupleDesc(result_desc);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "campaign: SPI_connect failed");

	expire_leases(now);
	start_due_campaigns(now, &counts);
	process_audiences(batch_size, now, &counts);
	finish_campaigns(&counts);
	withdraw_left_messages();

	SPI_finish();

	result_values[0] = Int32GetDatum(counts.campaigns_started);
	result_values[1] = Int32GetDatum(counts.campaigns_failed);
	result_values[2] = Int64GetDatum(counts.subscribers_processed);
	result_values[3] = Int32GetDatum(counts.campaigns_finished);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(result_desc, result_values, result_nulls)));
}
