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
 *
 * Failures: every phase of a tick (lease expiry, start, processing, finish)
 * does each campaign's work in a subtransaction. When one campaign's work
 * raises (a user's trigger, a bad row), it is rolled back, reported as a
 * WARNING and recorded in campaign.tick_errors, and the tick goes on with the
 * other campaigns: one campaign must not stop every site's campaigns.
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

#include "engine.h"
#include "rules.h"
#include "work.h"
#include "spi_util.h"

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

/*
 * The phases of a tick, by the names campaign.tick_errors gives them, and
 * what the WARNING says tick could not do ("tick could not %s campaign N").
 */
typedef enum TickPhase
{
	PHASE_EXPIRE_LEASES,
	PHASE_START,
	PHASE_PROCESS,
	PHASE_FINISH,
	PHASE_WITHDRAW
} TickPhase;

static const char *const phase_names[] = {"expire_leases", "start", "process", "finish", "withdraw"};
static const char *const phase_actions[] = {
	"expire the leases of", "start", "process a batch of", "finish",
	"withdraw the messages left of"
};
StaticAssertDecl(lengthof(phase_names) == PHASE_WITHDRAW + 1 &&
				 lengthof(phase_actions) == PHASE_WITHDRAW + 1,
				 "a name and an action for every phase");

/* Prepared statements of this file, kept for the life of the backend. */
static SPIPlanPtr record_error_plan = NULL;
static SPIPlanPtr forget_error_plan = NULL;
static SPIPlanPtr settled_errors_plan = NULL;
static SPIPlanPtr expired_campaigns_plan = NULL;
static SPIPlanPtr due_campaigns_plan = NULL;
static SPIPlanPtr start_campaign_plan = NULL;
static SPIPlanPtr next_processing_plan = NULL;
static SPIPlanPtr advance_cursor_plan = NULL;
static SPIPlanPtr finishable_plan = NULL;
static SPIPlanPtr finish_plan = NULL;
static SPIPlanPtr fail_plan = NULL;
static SPIPlanPtr open_withdrawals_plan = NULL;
static SPIPlanPtr close_withdrawal_plan = NULL;

/*
 * Move a campaign to failed with a reason. The trigger withdraws its pending
 * messages and records the reason in status_history. Returns the number of
 * rows changed: 0 when the campaign had already ended, or when a user's
 * trigger skipped the update.
 */
uint64
fail_campaign(int64 campaign_id, const char *reason)
{
	Oid			argtypes[2] = {INT8OID, TEXTOID};
	Datum		values[2] = {Int64GetDatum(campaign_id), CStringGetTextDatum(reason)};

	return spi_exec_cached(&fail_plan,
						   "UPDATE campaign.campaigns SET status = 'failed', failure_reason = $2"
						   " WHERE campaign_id = $1 AND status IN ('scheduled', 'processing', 'sending')",
						   2, argtypes, values, NULL, false);
}

/*
 * Column `column` (a bigint that is never null: an id) of row `row` of the
 * last SPI result: how each phase reads the campaigns it will visit.
 */
static int64
result_int64(uint64 row, int column)
{
	bool		isnull;

	return DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, column, &isnull));
}

/*
 * Record that a phase of a campaign failed, in the row a user can query: the
 * last error, when the failures began and how many ticks failed since.
 */
static void
record_tick_error(TickPhase phase, int64 campaign_id, int64 site_id, TimestampTz now,
				  const ErrorData *edata)
{
	Oid			argtypes[9] = {INT8OID, INT8OID, TEXTOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID,
	TEXTOID, TIMESTAMPTZOID};
	Datum		values[9];
	char		nulls[9] = {' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};
	const char *optional[3] = {edata->detail, edata->hint, edata->context};

	values[0] = Int64GetDatum(campaign_id);
	values[1] = Int64GetDatum(site_id);
	values[2] = CStringGetTextDatum(phase_names[phase]);
	values[3] = CStringGetTextDatum(unpack_sql_state(edata->sqlerrcode));
	values[4] = CStringGetTextDatum(edata->message ? edata->message : "");
	for (int i = 0; i < 3; i++)
	{
		values[5 + i] = optional[i] ? CStringGetTextDatum(optional[i]) : (Datum) 0;
		nulls[5 + i] = optional[i] ? ' ' : 'n';
	}
	values[8] = TimestampTzGetDatum(now);
	spi_exec_cached(&record_error_plan,
					"INSERT INTO campaign.tick_errors AS e"
					" (campaign_id, site_id, phase, sqlstate, message, detail, hint, context,"
					"  first_failed_at, last_failed_at, failures)"
					" VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, 1)"
					" ON CONFLICT (campaign_id, phase) DO UPDATE"
					" SET site_id = excluded.site_id, sqlstate = excluded.sqlstate,"
					"     message = excluded.message, detail = excluded.detail, hint = excluded.hint,"
					"     context = excluded.context, last_failed_at = excluded.last_failed_at,"
					"     failures = e.failures + 1",
					9, argtypes, values, nulls, false);
}

/* A phase of a campaign succeeded: its failure, if any, is over. */
static void
forget_tick_error(TickPhase phase, int64 campaign_id)
{
	Oid			argtypes[2] = {INT8OID, TEXTOID};
	Datum		values[2] = {Int64GetDatum(campaign_id), CStringGetTextDatum(phase_names[phase])};

	spi_exec_cached(&forget_error_plan,
					"DELETE FROM campaign.tick_errors WHERE campaign_id = $1 AND phase = $2",
					2, argtypes, values, NULL, false);
}

/*
 * The rows of tick_errors whose phase has nothing left to do for their
 * campaign go: the campaign was canceled or failed or deleted meanwhile, a
 * start that is no longer due, a finish already made, no lease left to
 * expire. Phases that succeed forget their own rows; this catches the
 * campaigns no phase will visit again. One statement per tick, on a table
 * that is empty while nothing fails.
 */
static void
forget_settled_tick_errors(TimestampTz now)
{
	Oid			argtypes[1] = {TIMESTAMPTZOID};
	Datum		values[1] = {TimestampTzGetDatum(now)};

	spi_exec_cached(&settled_errors_plan,
					"DELETE FROM campaign.tick_errors e"
					" WHERE CASE WHEN e.phase = 'expire_leases'"
					"            THEN NOT EXISTS (SELECT FROM campaign.claims k"
					"                             CROSS JOIN LATERAL pg_catalog.unnest(k.message_ids) AS x (message_id)"
					"                              JOIN campaign.messages m ON m.message_id = x.message_id"
					"                             WHERE k.lease_expires_at <= $1 AND e.campaign_id = ANY (k.campaign_ids)"
					"                               AND m.campaign_id = e.campaign_id AND m.claim_id = k.claim_id"
					"                               AND m.status = 'dispatching')"
					"            ELSE NOT EXISTS (SELECT FROM campaign.campaigns c"
					"                              WHERE c.campaign_id = e.campaign_id"
					"                                AND CASE e.phase"
					"                                    WHEN 'start' THEN c.status = 'scheduled'"
					"                                    WHEN 'process' THEN c.status = 'processing' AND NOT c.audience_done"
					"                                    WHEN 'withdraw' THEN c.withdrawal_open"
					"                                    ELSE c.status = 'sending'"
					"                                         OR (c.status = 'processing' AND c.audience_done) END)"
					"       END",
					1, argtypes, values, NULL, false);
}

/*
 * Do one campaign's work of a phase in a subtransaction. On success the
 * campaign's recorded failure of that phase is forgotten and true returned.
 * On failure the work is rolled back, a WARNING names the campaign and the
 * phase, the error is recorded in campaign.tick_errors, and false returned:
 * the caller goes on with the next campaign, and the next tick tries this one
 * again. Errors that end the tick propagate.
 */
static bool
run_for_campaign(TickPhase phase, int64 campaign_id, int64 site_id, TimestampTz now,
				 SubtransactionWork work, void *arg)
{
	ErrorData  *edata = spi_run_in_subtransaction(work, arg);

	if (edata == NULL)
	{
		forget_tick_error(phase, campaign_id);
		return true;
	}

	ereport(WARNING,
			(errcode(edata->sqlerrcode),
			 errmsg("tick could not %s campaign " INT64_FORMAT ": %s",
					phase_actions[phase], campaign_id, edata->message),
			 edata->detail ? errdetail_internal("%s", edata->detail) : 0,
			 errhint("%s%sThe other campaigns went on, and the next tick tries this one again; "
					 "campaign.tick_errors shows the error (phase %s) until then.",
					 edata->hint ? edata->hint : "", edata->hint ? " " : "", phase_names[phase]),
			 edata->context ? errcontext_msg("%s", edata->context) : 0));
	record_tick_error(phase, campaign_id, site_id, now, edata);
	FreeErrorData(edata);
	return false;
}

typedef struct ExpireWork
{
	TimestampTz now;
	int64		campaign_id;
} ExpireWork;

/* Lease expiry of one campaign (phase expire_leases, after a failure). */
static void
expire_one_campaign(void *arg)
{
	ExpireWork *work = arg;

	expire_campaign_leases(work->now, work->campaign_id);
}

/*
 * Return the messages whose lease ran out. Expiry touches many rows of many
 * campaigns: it runs as one statement in one subtransaction, and only when
 * that fails, one campaign at a time, so that the campaign whose messages
 * cannot be returned does not hold back the others'. The error of the
 * statement for all is not reported: the campaign at fault reports its own.
 */
static void
expire_tick_leases(TimestampTz now)
{
	Oid			argtypes[1] = {TIMESTAMPTZOID};
	Datum		values[1] = {TimestampTzGetDatum(now)};
	ErrorData  *edata;
	uint64		expired;
	int64	   *ids;
	int64	   *sites;

	if (!leases_have_expired(now))
		return;
	edata = spi_run_in_subtransaction(expire_leases_work, &now);
	if (edata == NULL)
		return;
	FreeErrorData(edata);

	expired = spi_exec_cached(&expired_campaigns_plan,
							  "SELECT DISTINCT m.campaign_id, m.site_id FROM campaign.claims k"
							  " CROSS JOIN LATERAL pg_catalog.unnest(k.message_ids) AS x (message_id)"
							  "  JOIN campaign.messages m ON m.message_id = x.message_id"
							  " WHERE k.lease_expires_at <= $1 AND m.claim_id = k.claim_id"
							  "   AND m.status = 'dispatching'"
							  " ORDER BY m.campaign_id",
							  1, argtypes, values, NULL, false);
	if (expired == 0)
		return;
	ids = palloc(sizeof(int64) * expired);
	sites = palloc(sizeof(int64) * expired);
	for (uint64 i = 0; i < expired; i++)
	{
		ids[i] = result_int64(i, 1);
		sites[i] = result_int64(i, 2);
	}
	for (uint64 i = 0; i < expired; i++)
	{
		ExpireWork	work = {now, ids[i]};

		run_for_campaign(PHASE_EXPIRE_LEASES, ids[i], sites[i], now, expire_one_campaign, &work);
	}
	pfree(ids);
	pfree(sites);
}

typedef struct StartWork
{
	int64		campaign_id;
	bool		failed;			/* the failure checks failed it */
} StartWork;

/* The start of one campaign (phase start). */
static void
start_campaign(void *arg)
{
	StartWork  *work = arg;
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1] = {Int64GetDatum(work->campaign_id)};

	check_campaign_updated(spi_exec_cached(&start_campaign_plan,
										   "UPDATE campaign.campaigns SET status = 'processing'"
										   " WHERE campaign_id = $1 RETURNING status::text",
										   1, argtypes, values, NULL, false),
						   work->campaign_id);
	work->failed = strcmp(SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1), "failed") == 0;
	/* a draft whose range retention dropped gets its range back */
	if (!work->failed)
		ensure_message_partition(work->campaign_id);
}

/*
 * Start every scheduled campaign whose time has come. The move to processing
 * runs the failure checks in the trigger, which may turn it into failed.
 * Campaigns locked by another tick are left to that tick; each start is a
 * subtransaction of its own.
 */
static void
start_due_campaigns(TimestampTz now, TickCounts *counts)
{
	Oid			argtypes[1] = {TIMESTAMPTZOID};
	Datum		values[1] = {TimestampTzGetDatum(now)};
	uint64		due;
	int64	   *ids;
	int64	   *sites;

	due = spi_exec_cached(&due_campaigns_plan,
						  "SELECT campaign_id, site_id FROM campaign.campaigns"
						  " WHERE status = 'scheduled' AND send_at <= $1"
						  " ORDER BY send_at, campaign_id"
						  " FOR NO KEY UPDATE SKIP LOCKED",
						  1, argtypes, values, NULL, false);
	if (due == 0)
		return;

	ids = palloc(sizeof(int64) * due);
	sites = palloc(sizeof(int64) * due);
	for (uint64 i = 0; i < due; i++)
	{
		ids[i] = result_int64(i, 1);
		sites[i] = result_int64(i, 2);
	}

	for (uint64 i = 0; i < due; i++)
	{
		StartWork	work = {ids[i], false};

		if (!run_for_campaign(PHASE_START, ids[i], sites[i], now, start_campaign, &work))
			continue;
		if (work.failed)
			counts->campaigns_failed++;
		else
			counts->campaigns_started++;
	}
	pfree(ids);
	pfree(sites);
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
	/* no steps: the batch, in its subtransaction, reports it */
	delays = SPI_getbinval(tuple, tupdesc, 6, &isnull);
	batch->steps = 0;
	if (!isnull)
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
 * Zones, jurisdiction and the skip reasons are the functions of
 * subscriber_rules.c, which explain_send_time's preview calls too. Planned
 * time: send_at (at_time), or local_send_at in the first zone after the late
 * policy (subscriber_local).
 *
 * The OFFSET 0 subqueries are fences: without them the planner pulls the
 * subqueries up and copies the planned and send time expressions into every
 * place that uses them, which computed each subscriber's send time five times
 * (and would call the skip reason function twice).
 */
static const char *const first_step_sql =
"WITH inserted AS ("
"  INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no, status,"
"                                 timezone, jurisdiction, planned_at, send_at, skip_reason)"
"  SELECT $5, $1, d.subscriber_id, 0,"
"         CASE WHEN d.skip_reason IS NULL THEN 'pending' ELSE 'skipped' END::campaign.message_status,"
"         pg_catalog.array_to_string(d.zones, ','), d.jurisdiction, d.planned_at, d.send_at, d.skip_reason"
"    FROM (SELECT t.*, campaign.first_step_skip_reason(t.subscriber_status, t.planned_at, t.send_at,"
"                                                      $12, t.last_message_at, $17) AS skip_reason"
"            FROM (SELECT p.*, campaign.next_send_time(p.planned_at, p.zones, $13, $14, p.jurisdiction) AS send_at"
"                    FROM (SELECT b.*, CASE WHEN $8 = 'at_time' THEN $9"
"                                           ELSE campaign.local_planned_at($10, b.zones[1], $11, $4) END AS planned_at"
"                            FROM (SELECT sub.subscriber_id, sub.last_message_at, sub.status AS subscriber_status,"
"                                         campaign.subscriber_timezones(sub.timezone, sub.phone, $15) AS zones,"
"                                         campaign.subscriber_jurisdiction(sub.region, sub.phone, $16) AS jurisdiction"
"                                    FROM campaign.subscribers sub"
"                                   WHERE sub.site_id = $5 AND sub.subscriber_id > $2"
"                                     AND (sub.status = 'subscribed' OR sub.unsubscribed_at >= $6)"
"                                     AND sub.created_at <= $6"
"                                     AND ($7::text[] IS NULL OR sub.tags OPERATOR(pg_catalog.&&) $7::text[])"
"                                   ORDER BY sub.subscriber_id LIMIT $3) b"
"                          OFFSET 0) p"
"                  OFFSET 0) t"
"          OFFSET 0) d"
"  RETURNING subscriber_id, status, send_at)"
" SELECT count(*), max(subscriber_id),"
"        count(*) FILTER (WHERE status = 'pending' AND send_at <= $4)"
"   FROM inserted";

/*
 * Step k > 0 for the subscribers of the batch: planned at the previous step's
 * send time plus the step's delay ($8, counted in the subscriber's first zone:
 * campaign.add_delay) when the previous step goes; skipped
 * as follow_up_skip_reason says (the previous step's reason, or no send
 * window). Fenced as above.
 */
static const char *const next_step_sql =
"WITH inserted AS ("
"  INSERT INTO campaign.messages (site_id, campaign_id, subscriber_id, step_no, status,"
"                                 timezone, jurisdiction, planned_at, send_at, skip_reason)"
"  SELECT d.site_id, $1, d.subscriber_id, $4,"
"         CASE WHEN d.skip_reason IS NULL THEN 'pending' ELSE 'skipped' END::campaign.message_status,"
"         d.timezone, d.jurisdiction, d.planned_at, d.send_at, d.skip_reason"
"    FROM (SELECT t.*, campaign.follow_up_skip_reason(t.previous_skip_reason, t.send_at) AS skip_reason"
"            FROM (SELECT p.*, campaign.next_send_time(p.planned_at, pg_catalog.string_to_array(p.timezone, ','),"
"                                                      $6, $7, p.jurisdiction) AS send_at"
"                    FROM (SELECT p.site_id, p.subscriber_id, p.timezone, p.jurisdiction,"
"                                 p.skip_reason AS previous_skip_reason,"
"                                 CASE WHEN p.skip_reason IS NULL"
"                                      THEN campaign.add_delay(p.send_at, $8, pg_catalog.split_part(p.timezone, ',', 1))"
"                                 END AS planned_at"
"                            FROM campaign.messages p"
"                           WHERE p.campaign_id = $1 AND p.subscriber_id > $2 AND p.subscriber_id <= $3"
"                             AND p.step_no = $4 - 1) p"
"                  OFFSET 0) t"
"          OFFSET 0) d"
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
		/* bookkeeping: tick runs as the tables' owner (authority.c) */
		check_campaign_updated(spi_exec_cached(&advance_cursor_plan,
											   "UPDATE campaign.campaigns"
											   "   SET audience_cursor = $2,"
											   "       audience_processed = audience_processed + $3,"
											   "       audience_done = $4,"
											   "       audience_count = CASE WHEN $4 THEN audience_processed + $3"
											   "                             ELSE audience_count END"
											   " WHERE campaign_id = $1",
											   4, cursor_types, cursor_values, cursor_nulls, false),
							   batch->campaign_id);
	}

	/*
	 * A dispatcher's wake-up, without a payload: any role that can connect
	 * may LISTEN, and a dispatcher claims from every site anyway.
	 */
	if (due_now > 0)
		Async_Notify("campaign_messages", "");
	return processed;
}

typedef struct BatchWork
{
	const BatchCampaign *batch;
	int64		limit;
	TimestampTz now;
	int64		processed;		/* results */
	bool		failed;
} BatchWork;

/*
 * One batch of one campaign (phase process). Before it the site's failure
 * checks run again: a site deactivated mid-campaign fails it.
 */
static void
process_campaign_batch(void *arg)
{
	BatchWork  *work = arg;
	const BatchCampaign *batch = work->batch;
	const char *reason;

	if (batch->steps == 0)
		elog(ERROR, "campaign " INT64_FORMAT " is processing without steps", batch->campaign_id);
	reason = site_failure_reason(batch->site_id, -1, batch->campaign_id);
	if (reason != NULL)
	{
		check_campaign_updated(fail_campaign(batch->campaign_id, reason), batch->campaign_id);
		work->failed = true;
	}
	else
		work->processed = process_batch(batch, work->limit, work->now);
}

/*
 * Process up to `budget` subscribers across the campaigns in processing, one
 * campaign at a time, oldest start first. A campaign whose batch fails is
 * left alone until the next tick: one campaign's bad row must not hold back
 * every other campaign, nor undo the starts of this tick.
 */
static void
process_audiences(int64 batch_size, TimestampTz now, TickCounts *counts)
{
	int64		budget = batch_size;
	int			nskipped = 0;
	int			maxskipped = 8;
	Datum	   *skipped = palloc(sizeof(Datum) * maxskipped);

	while (budget > 0)
	{
		BatchCampaign batch;
		BatchWork	work = {&batch, budget, now, 0, false};

		if (!next_processing_campaign(PointerGetDatum(construct_array(skipped, nskipped, INT8OID,
																	  sizeof(int64), FLOAT8PASSBYVAL,
																	  TYPALIGN_DOUBLE)),
									  &batch))
			break;

		if (run_for_campaign(PHASE_PROCESS, batch.campaign_id, batch.site_id, now,
							 process_campaign_batch, &work))
		{
			if (work.failed)
				counts->campaigns_failed++;
			counts->subscribers_processed += work.processed;
			budget -= work.processed;
			continue;
		}

		if (nskipped == maxskipped)
		{
			maxskipped *= 2;
			skipped = repalloc(skipped, sizeof(Datum) * maxskipped);
		}
		skipped[nskipped++] = Int64GetDatum(batch.campaign_id);
	}
	pfree(skipped);
}

typedef struct FinishWork
{
	int64		campaign_id;
	const char *target;
} FinishWork;

/* The move of one campaign to sending or sent (phase finish). */
static void
finish_campaign(void *arg)
{
	FinishWork *work = arg;
	Oid			argtypes[2] = {INT8OID, TEXTOID};
	Datum		values[2] = {Int64GetDatum(work->campaign_id), CStringGetTextDatum(work->target)};

	check_campaign_updated(spi_exec_cached(&finish_plan,
										   "UPDATE campaign.campaigns SET status = $2::campaign.campaign_status"
										   " WHERE campaign_id = $1",
										   2, argtypes, values, NULL, false),
						   work->campaign_id);
}

/*
 * Move on the campaigns that qualify: processing with every subscriber
 * processed goes to sending, or straight to sent when nothing is left to
 * dispatch; sending goes to sent when nothing is pending or dispatching.
 * Only the campaigns that move are selected, each finished in a
 * subtransaction of its own.
 */
static void
finish_campaigns(TimestampTz now, TickCounts *counts)
{
	uint64		candidates;
	FinishWork *moves;
	int64	   *sites;

	candidates = spi_exec_cached(&finishable_plan,
								 "SELECT c.campaign_id, c.site_id,"
								 "       CASE WHEN c.status = 'processing' AND "
								 OPEN_MESSAGES_EXIST_SQL("c.campaign_id")
								 "            THEN 'sending' ELSE 'sent' END"
								 "  FROM campaign.campaigns c"
								 " WHERE (c.status = 'processing' AND c.audience_done)"
								 "    OR (c.status = 'sending'"
								 "        AND NOT " OPEN_MESSAGES_EXIST_SQL("c.campaign_id") ")"
								 " FOR NO KEY UPDATE OF c SKIP LOCKED",
								 0, NULL, NULL, NULL, false);
	if (candidates == 0)
		return;

	moves = palloc(sizeof(FinishWork) * candidates);
	sites = palloc(sizeof(int64) * candidates);
	for (uint64 i = 0; i < candidates; i++)
	{
		moves[i].campaign_id = result_int64(i, 1);
		sites[i] = result_int64(i, 2);
		moves[i].target = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 3);
	}

	for (uint64 i = 0; i < candidates; i++)
		if (run_for_campaign(PHASE_FINISH, moves[i].campaign_id, sites[i], now, finish_campaign, &moves[i]))
			counts->campaigns_finished++;
	pfree(moves);
	pfree(sites);
}

typedef struct WithdrawWork
{
	int64		campaign_id;
	CampaignStatus ended_as;
} WithdrawWork;

/*
 * The withdrawal of one ended campaign's messages (phase withdraw): the
 * pending ones no one holds are canceled, and withdrawal_open is cleared once
 * none is pending or with a dispatcher. A message that is neither cannot come
 * back to pending, so a cleared flag stays true to the campaign; while one is
 * with a dispatcher it may (a retry racing the end, a lease that ran out),
 * and the flag keeps the campaign in this phase until then.
 */
static void
withdraw_campaign(void *arg)
{
	WithdrawWork *work = arg;
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1] = {Int64GetDatum(work->campaign_id)};

	(void) withdraw_pending_messages(work->campaign_id, work->ended_as);
	/* bookkeeping: tick runs as the tables' owner (authority.c) */
	spi_exec_cached(&close_withdrawal_plan,
					"UPDATE campaign.campaigns SET withdrawal_open = false"
					" WHERE campaign_id = $1"
					"   AND NOT " OPEN_MESSAGES_EXIST_SQL("$1"),
					1, argtypes, values, NULL, false);
}

/*
 * The messages that a claim held while their campaign was canceled or failed
 * (the status trigger withdraws only what no one holds, so that it never
 * waits for a claim): for each campaign that ended with withdrawal_open, the
 * phase withdraw. Last in a tick, since a tick keeps the campaign rows it
 * locks until it commits; rows another transaction holds are left to the
 * next tick: this never waits.
 */
static void
withdraw_left_messages(TimestampTz now)
{
	uint64		open;
	WithdrawWork *campaigns;
	int64	   *sites;

	open = spi_exec_cached(&open_withdrawals_plan,
						   "SELECT campaign_id, site_id, status::text FROM campaign.campaigns"
						   " WHERE withdrawal_open"
						   "   FOR NO KEY UPDATE SKIP LOCKED",
						   0, NULL, NULL, NULL, false);
	if (open == 0)
		return;

	campaigns = palloc(sizeof(WithdrawWork) * open);
	sites = palloc(sizeof(int64) * open);
	for (uint64 i = 0; i < open; i++)
	{
		campaigns[i].campaign_id = result_int64(i, 1);
		sites[i] = result_int64(i, 2);
		campaigns[i].ended_as = campaign_status_from_name(SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 3));
	}
	for (uint64 i = 0; i < open; i++)
		(void) run_for_campaign(PHASE_WITHDRAW, campaigns[i].campaign_id, sites[i], now,
								withdraw_campaign, &campaigns[i]);
	pfree(campaigns);
	pfree(sites);
}

/*
 * campaign.tick(batch_size): all the work that is due at campaign.now().
 * Safe to call concurrently; calling it until it reports no work drives every
 * campaign as far as the current time allows. A campaign that fails a phase
 * counts as no work, so that such a loop does not spin on it.
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

	expire_tick_leases(now);
	start_due_campaigns(now, &counts);
	process_audiences(batch_size, now, &counts);
	finish_campaigns(now, &counts);
	withdraw_left_messages(now);
	forget_settled_tick_errors(now);

	SPI_finish();

	result_values[0] = Int32GetDatum(counts.campaigns_started);
	result_values[1] = Int32GetDatum(counts.campaigns_failed);
	result_values[2] = Int64GetDatum(counts.subscribers_processed);
	result_values[3] = Int32GetDatum(counts.campaigns_finished);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(result_desc, result_values, result_nulls)));
}
