/*
 * spi_util.c
 *	  Small helpers around SPI used by every file that queries the tables.
 *
 * The extension's C code reads and writes its own tables through SPI with
 * parameters only (never SQL built from user values). These helpers keep the
 * call sites to one line for the common shapes: "run this and check it
 * worked", "give me one bigint", "this UPDATE must have changed its campaign".
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/array.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/resowner.h"

#include "spi_util.h"

/*
 * Run a parameterized statement and fail loudly if SPI itself fails: an SPI
 * error code here means a bug in the extension's SQL, not bad user input
 * (user-facing errors are raised by the statement and propagate as they are).
 */
uint64
spi_exec(const char *sql, int nargs, Oid *argtypes, Datum *values,
		 const char *nulls, bool read_only)
{
	int			rc;

	rc = SPI_execute_with_args(sql, nargs, argtypes, values, nulls, read_only, 0);
	if (rc < 0)
		elog(ERROR, "campaign: SPI_execute_with_args failed (%s): %s",
			 SPI_result_code_string(rc), sql);
	return SPI_processed;
}

/*
 * spi_exec for statements run on every batch or every claim: the plan is
 * prepared on first use and kept for the life of the backend (the plan cache
 * replans it when the tables change), so that a dispatcher's claim does not
 * pay for planning a multi-CTE statement each time.
 */
uint64
spi_exec_cached(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes,
				Datum *values, const char *nulls, bool read_only)
{
	int			rc;

	if (*plan == NULL)
	{
		SPIPlanPtr	prepared = SPI_prepare(sql, nargs, argtypes);

		if (prepared == NULL)
			elog(ERROR, "campaign: SPI_prepare failed (%s): %s",
				 SPI_result_code_string(SPI_result), sql);
		if (SPI_keepplan(prepared) != 0)
			elog(ERROR, "campaign: SPI_keepplan failed");
		*plan = prepared;
	}
	rc = SPI_execute_plan(*plan, values, nulls, read_only, 0);
	if (rc < 0)
		elog(ERROR, "campaign: SPI_execute_plan failed (%s): %s",
			 SPI_result_code_string(rc), sql);
	return SPI_processed;
}

/*
 * Run a parameterized query and return the first column of its first row as
 * a bigint; *isnull is set when there is no row or the value is null.
 */
int64
spi_int64(const char *sql, int nargs, Oid *argtypes, Datum *values,
		  const char *nulls, bool read_only, bool *isnull)
{
	bool		null = true;
	Datum		value = (Datum) 0;

	if (spi_exec(sql, nargs, argtypes, values, nulls, read_only) > 0)
		value = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &null);
	if (isnull)
		*isnull = null;
	return null ? 0 : DatumGetInt64(value);
}

/*
 * Refuse to go on when the UPDATE of one campaign changed no row. The callers
 * hold the row locked and know it matches, so only a user's BEFORE UPDATE
 * trigger that returned NULL can have skipped it; reading the RETURNING row
 * then would read nothing, and going on would report a change that did not
 * happen (or, in tick, try the same change forever).
 */
void
check_campaign_updated(uint64 processed, int64 campaign_id)
{
	if (processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("campaign " INT64_FORMAT " was not changed", campaign_id),
				 errdetail("A BEFORE UPDATE trigger on campaign.campaigns returned NULL, which skipped the update."),
				 errhint("Check the triggers on campaign.campaigns: one that skips the update of a campaign keeps it where it is.")));
}

/*
 * Errors that say nothing about the rows at hand, and so must not be
 * swallowed as one campaign's failure: a canceled query or a shutdown
 * (class 57), a lack of resources (53) and system errors (58).
 */
static bool
error_is_systemic(int sqlerrcode)
{
	switch (ERRCODE_TO_CATEGORY(sqlerrcode))
	{
		case ERRCODE_OPERATOR_INTERVENTION:
		case ERRCODE_INSUFFICIENT_RESOURCES:
		case ERRCODE_SYSTEM_ERROR:
			return true;
		default:
			return false;
	}
}

/*
 * Run work in a subtransaction, so that the failure of one campaign's work
 * (a user's trigger, a bad row) is rolled back alone and the caller goes on
 * with the others. Returns NULL when it committed; otherwise its error,
 * copied into the caller's memory context, unless the error is systemic,
 * which is thrown again.
 */
ErrorData *
spi_run_in_subtransaction(SubtransactionWork work, void *arg)
{
	MemoryContext oldcontext = CurrentMemoryContext;
	ResourceOwner oldowner = CurrentResourceOwner;
	ErrorData  *volatile edata = NULL;

	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(oldcontext);
	PG_TRY();
	{
		work(arg);
		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcontext);
		CurrentResourceOwner = oldowner;
	}
	PG_CATCH();
	{
		MemoryContextSwitchTo(oldcontext);
		edata = CopyErrorData();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcontext);
		CurrentResourceOwner = oldowner;

		if (error_is_systemic(edata->sqlerrcode))
			ReThrowError(edata);
	}
	PG_END_TRY();
	return edata;
}

/* The parameter of a statement that takes a bigint[]: count values, none null. */
Datum
int64_array(const int64 *values, int count)
{
	Datum	   *datums = palloc(sizeof(Datum) * Max(count, 1));

	for (int i = 0; i < count; i++)
		datums[i] = Int64GetDatum(values[i]);
	return PointerGetDatum(construct_array(datums, count, INT8OID, sizeof(int64),
										   FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

static int
compare_int64(const void *a, const void *b)
{
	int64		x = *(const int64 *) a;
	int64		y = *(const int64 *) b;

	return (x > y) - (x < y);
}

/*
 * A bigint[] of the distinct values, sorted: the campaigns of a claim's
 * messages, each once, as campaign.claims.campaign_ids keeps them.
 */
Datum
distinct_int64_array(const int64 *values, int count)
{
	int64	   *sorted = palloc(sizeof(int64) * Max(count, 1));
	int			n = 0;

	memcpy(sorted, values, sizeof(int64) * count);
	qsort(sorted, count, sizeof(int64), compare_int64);
	for (int i = 0; i < count; i++)
		if (n == 0 || sorted[n - 1] != sorted[i])
			sorted[n++] = sorted[i];
	return int64_array(sorted, n);
}

/*
 * Partition pruning by campaign. PostgreSQL 15 prunes partitions at executor
 * startup for "campaign_id IN ($n, ...)", a list of parameters, but not for
 * "campaign_id = ANY ($n)", an array parameter: a statement over the
 * messages of a batch names its campaigns in CAMPAIGN_SLOTS parameters (the
 * last campaign repeated to fill them), and the partitions of the others
 * are not read. A batch of more campaigns than that runs the statement's
 * variant without the list, which reads every partition.
 *
 * campaign_slots_sql(column, first_param): the condition, "AND column IN
 * ($first_param, ..., $first_param + CAMPAIGN_SLOTS - 1)".
 */
char *
campaign_slots_sql(const char *column, int first_param)
{
	StringInfoData sql;

	initStringInfo(&sql);
	appendStringInfo(&sql, " AND %s IN (", column);
	for (int i = 0; i < CAMPAIGN_SLOTS; i++)
		appendStringInfo(&sql, "%s$%d", i > 0 ? ", " : "", first_param + i);
	appendStringInfoChar(&sql, ')');
	return sql.data;
}

/*
 * fill_campaign_slots(campaign_ids, count, types, values): the distinct
 * campaigns into CAMPAIGN_SLOTS parameters; false when there are more (or
 * none), and the statement must read every partition.
 */
bool
fill_campaign_slots(const int64 *campaign_ids, int count, Oid *types, Datum *values)
{
	int			n = 0;

	for (int i = 0; i < count; i++)
	{
		bool		seen = false;

		for (int j = 0; j < n && !seen; j++)
			seen = DatumGetInt64(values[j]) == campaign_ids[i];
		if (seen)
			continue;
		if (n == CAMPAIGN_SLOTS)
			return false;
		values[n++] = Int64GetDatum(campaign_ids[i]);
	}
	if (n == 0)
		return false;
	for (int i = 0; i < CAMPAIGN_SLOTS; i++)
	{
		types[i] = INT8OID;
		if (i >= n)
			values[i] = values[n - 1];
	}
	return true;
}

/* The parameter of a statement that takes a text[]: count strings, a NULL pointer a null element. */
Datum
text_array(const char *const *values, int count)
{
	Datum	   *datums = palloc(sizeof(Datum) * Max(count, 1));
	bool	   *nulls = palloc(sizeof(bool) * Max(count, 1));
	int			dims[1] = {count};
	int			lbs[1] = {1};

	for (int i = 0; i < count; i++)
	{
		nulls[i] = values[i] == NULL;
		datums[i] = nulls[i] ? (Datum) 0 : CStringGetTextDatum(values[i]);
	}
	return PointerGetDatum(construct_md_array(datums, nulls, 1, dims, lbs, TEXTOID, -1, false,
											  TYPALIGN_INT));
}
