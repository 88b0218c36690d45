/*
 * planned_time.c
 *	  campaign.local_planned_at(): the planned time of step 0 of a
 *	  'subscriber_local' campaign in one zone, after the late policy
 *	  (docs/reference.md, Definitions, "Planned time and late policy");
 *	  campaign.add_delay(): a follow-up's planned time, its step's delay
 *	  after the previous step's send time, counted in the subscriber's zone.
 *
 * Processing asks this once per subscriber of every subscriber_local
 * campaign. Written in SQL it was a function call the planner cannot inline
 * (it pins search_path), an executor started per subscriber; here it is
 * PostgreSQL's own AT TIME ZONE (timestamp_zone and timestamptz_zone, with
 * their rules for gaps and overlaps) and integer arithmetic on the wall
 * clock, which for a timestamp without time zone is exact.
 */
#include "postgres.h"

#include "common/int.h"
#include "fmgr.h"
#include "pgtime.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

#include "engine.h"

PG_FUNCTION_INFO_V1(campaign_local_planned_at);
PG_FUNCTION_INFO_V1(campaign_add_delay);

/*
 * Planned times are finite and at least a week inside PostgreSQL's range of
 * timestamps, so that a zone's offset and the days next_day adds cannot
 * leave it: a bad argument is the caller's (22023), not an overflow (22008).
 */
#define RANGE_MARGIN (7 * USECS_PER_DAY)

static void
check_in_range(int64 value, const char *name, PGFunction output)
{
	if (TIMESTAMP_NOT_FINITE(value) || value < MIN_TIMESTAMP + RANGE_MARGIN ||
		value >= END_TIMESTAMP - RANGE_MARGIN)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s \"%s\"", name,
						DatumGetCString(DirectFunctionCall1(output, Int64GetDatum(value)))),
				 errdetail("A planned time must be finite and at least a week inside the range of timestamps.")));
}

/* local AT TIME ZONE zone: the instant that wall-clock time is in the zone */
static TimestampTz
wall_clock_instant(Timestamp local, Datum zone)
{
	return DatumGetTimestampTz(DirectFunctionCall2(timestamp_zone, zone, TimestampGetDatum(local)));
}

/*
 * campaign.local_planned_at(local_send_at, zone, late_policy, processing_at):
 * local_send_at in the zone; when that is before processing_at, 'send_now'
 * gives processing_at, 'skip' null (local_time_passed), and 'next_day' the
 * first of local_send_at + n whole days of wall-clock time that is not
 * before processing_at. Nulls are as the SQL expression of that rule
 * gives them: a null time or zone leaves only 'send_now' with an answer.
 */
Datum
campaign_local_planned_at(PG_FUNCTION_ARGS)
{
	bool		policy_null = PG_ARGISNULL(2);
	char	   *policy = policy_null ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(2));
	bool		send_now = !policy_null && strcmp(policy, "send_now") == 0;
	Timestamp	local;
	Datum		zone;
	TimestampTz processing_at;
	TimestampTz planned;
	Timestamp	processing_local;
	int64		gap;
	int64		days;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(3))
	{
		if (send_now && !PG_ARGISNULL(3))
			PG_RETURN_TIMESTAMPTZ(PG_GETARG_TIMESTAMPTZ(3));
		PG_RETURN_NULL();
	}
	local = PG_GETARG_TIMESTAMP(0);
	zone = PG_GETARG_DATUM(1);
	processing_at = PG_GETARG_TIMESTAMPTZ(3);
	check_in_range(local, "local_send_at", timestamp_out);
	check_in_range(processing_at, "processing_at", timestamptz_out);

	planned = wall_clock_instant(local, zone);
	if (planned >= processing_at)
		PG_RETURN_TIMESTAMPTZ(planned);
	if (send_now)
		PG_RETURN_TIMESTAMPTZ(processing_at);
	if (!policy_null && strcmp(policy, "skip") == 0)
		PG_RETURN_NULL();

	/*
	 * next_day: n = ceil((processing_at's wall clock - local_send_at) / 1
	 * day), or n + 1 when a DST change between the two makes n fall short.
	 */
	processing_local = DatumGetTimestamp(DirectFunctionCall2(timestamptz_zone, zone,
															 TimestampTzGetDatum(processing_at)));
	if (pg_sub_s64_overflow(processing_local, local, &gap))
		gap = PG_INT64_MAX;
	days = gap / USECS_PER_DAY;
	if (gap % USECS_PER_DAY > 0)
		days++;
	for (int64 n = days; n <= days + 1; n++)
	{
		Timestamp	shifted;

		if (pg_mul_s64_overflow(n, USECS_PER_DAY, &shifted) ||
			pg_add_s64_overflow(local, shifted, &shifted) || !IS_VALID_TIMESTAMP(shifted))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("local_send_at %s is too long before processing_at %s",
							DatumGetCString(DirectFunctionCall1(timestamp_out, TimestampGetDatum(local))),
							DatumGetCString(DirectFunctionCall1(timestamptz_out, TimestampTzGetDatum(processing_at)))),
					 errdetail("next_day would move it past the range of timestamps.")));
		planned = wall_clock_instant(shifted, zone);
		if (planned >= processing_at)
			PG_RETURN_TIMESTAMPTZ(planned);
	}
	PG_RETURN_NULL();
}

/*
 * campaign.add_delay(instant, delay, zone): instant + delay as PostgreSQL's
 * timestamptz + interval computes it with TimeZone set to the zone: the
 * months, then the days on the zone's wall clock (the local time of day
 * kept, a time a DST change skips moved forward), then the hours as elapsed
 * time. So "1 day" after 10:00 in New York is 10:00 the next day across a
 * DST change, and "1 hour" is an hour.
 *
 * It exists because timestamptz + interval reads the session's TimeZone: a
 * follow-up planned by a tick in a UTC session (the background worker) and
 * by one in a Los Angeles session would differ by an hour across a DST
 * change, and a claim or an acknowledgement that moves a follow-up would
 * count its delay in yet another dispatcher's zone. Here the zone is the
 * subscriber's, whoever runs the statement.
 *
 * It is core's timestamptz_pl_interval itself, run with session_timezone
 * pointing at the zone for the call, so that it cannot differ from
 * PostgreSQL's arithmetic (AT TIME ZONE would not do: it reads a name such
 * as CET as the fixed-offset abbreviation, not the zone with its DST rules).
 */
Datum
campaign_add_delay(PG_FUNCTION_ARGS)
{
	text	   *zone_text = PG_GETARG_TEXT_PP(2);
	pg_tz	   *zone = zone_tz(zone_lookup(VARDATA_ANY(zone_text), VARSIZE_ANY_EXHDR(zone_text)));
	pg_tz	   *session_zone = session_timezone;
	MemoryContext caller_context = CurrentMemoryContext;
	Datum		result;

	session_timezone = zone;
	PG_TRY();
	{
		result = DirectFunctionCall2(timestamptz_pl_interval, PG_GETARG_DATUM(0), PG_GETARG_DATUM(1));
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		session_timezone = session_zone;
		MemoryContextSwitchTo(caller_context);
		edata = CopyErrorData();
		if (edata->sqlerrcode != ERRCODE_DATETIME_VALUE_OUT_OF_RANGE)
			PG_RE_THROW();
		/* a value out of range is the caller's bad argument (docs/reference.md) */
		FlushErrorState();
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("instant %s plus delay %s is out of the range of timestamps",
						DatumGetCString(DirectFunctionCall1(timestamptz_out, PG_GETARG_DATUM(0))),
						DatumGetCString(DirectFunctionCall1(interval_out, PG_GETARG_DATUM(1))))));
	}
	PG_END_TRY();
	session_timezone = session_zone;
	return result;
}
