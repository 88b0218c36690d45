/*
 * validate.c
 *	  Checks of the values the send-time rules depend on: IANA time zone
 *	  names, E.164 phone numbers, ISO 3166 codes, quiet hours, legal
 *	  sending windows, closed days and frequency caps.
 *
 * A wrong zone or phone stored today is a message at 2 a.m. tomorrow, so the
 * tables refuse them on insert and update with SQLSTATE 22023, naming the
 * offending value. Zones are checked against PostgreSQL's own time zone data,
 * the data every send time is computed with.
 */
#include "postgres.h"

#include <unistd.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "pgtime.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/rel.h"
#include "utils/timestamp.h"

#include "authority.h"
#include "engine.h"

PG_FUNCTION_INFO_V1(campaign_is_valid_timezone);
PG_FUNCTION_INFO_V1(campaign_is_valid_phone);
PG_FUNCTION_INFO_V1(campaign_validate_site);
PG_FUNCTION_INFO_V1(campaign_validate_subscriber);
PG_FUNCTION_INFO_V1(campaign_validate_send_window);
PG_FUNCTION_INFO_V1(campaign_validate_closed_day);
PG_FUNCTION_INFO_V1(campaign_validate_frequency_cap);

/*
 * Opens a zone file of PostgreSQL's time zone data by name (case-insensitively,
 * as pg_tzset does). Private to PostgreSQL's timezone library (pgtz.h) but
 * exported by the server: pg_tzset() alone would also accept POSIX TZ strings
 * such as "XYZ5", which are not IANA zones and have no DST rules.
 */
extern int	pg_open_tzfile(const char *name, char *canonname);

/*
 * true when name is a zone of PostgreSQL's time zone data; *canonical then
 * points to its canonical spelling ("america/new_york" -> "America/New_York").
 */
bool
timezone_name_is_valid(const char *name, const char **canonical)
{
	char		canonname[TZ_STRLEN_MAX + 1];
	pg_tz	   *tz;
	int			fd;

	if (name[0] == '\0' || name[0] == ':' || strlen(name) > TZ_STRLEN_MAX ||
		strstr(name, "..") != NULL)
		return false;
	tz = pg_tzset(name);
	if (tz == NULL || !pg_tz_acceptable(tz))
		return false;
	fd = pg_open_tzfile(name, canonname);
	if (fd < 0)
		return false;
	close(fd);
	if (canonical)
		*canonical = pg_get_timezone_name(tz);
	return true;
}

/*
 * What is wrong with a phone number, as the DETAIL of its error (a sentence,
 * palloc'd), or NULL when it is valid. E.164: "+", a country code that does
 * not start with 0, at least 7 and at most 15 digits in all. Numbers of the
 * North American Numbering Plan (+1) must also be NANP numbers: ten digits
 * whose area code and exchange start with 2-9, since their area code is what
 * gives the subscriber's zone. The checks run in that order, so that the
 * detail names the first thing to fix.
 */
char *
phone_problem(const char *phone)
{
	size_t		digits = strlen(phone) - 1;
	size_t		digit_run;

	if (phone[0] != '+')
		return pstrdup("It does not start with a +.");
	digit_run = strspn(phone + 1, "0123456789");
	if (digit_run != digits)
		return psprintf("After the + come only digits, and \"%.*s\" is not one.",
						pg_mblen(phone + 1 + digit_run), phone + 1 + digit_run);
	if (digits < 7 || digits > 15)
		return psprintf("It has %zu digits after the +, and E.164 numbers have 7 to 15.", digits);
	if (phone[1] == '0')
		return pstrdup("Its country code starts with 0, and no country code does.");
	if (phone[1] != '1')
		return NULL;
	if (digits != 11)
		return psprintf("A North American (+1) number has 10 digits after the +1, and this one has %zu.",
						digits - 1);
	if (phone[2] < '2')
		return psprintf("Its area code %.3s starts with %c, and North American area codes start with 2 to 9.",
						phone + 2, phone[2]);
	if (phone[5] < '2')
		return psprintf("Its exchange %.3s starts with %c, and North American exchanges start with 2 to 9.",
						phone + 5, phone[5]);
	return NULL;
}

/* phone_problem() without the words: true when the number is valid. */
bool
phone_is_valid(const char *phone)
{
	char	   *problem = phone_problem(phone);

	if (problem == NULL)
		return true;
	pfree(problem);
	return false;
}

/*
 * Quiet hours have both edges or neither (docs/reference.md, Definitions): one null edge
 * is 22023 naming it, for a site's columns and for the send-time functions'
 * arguments alike.
 */
void
check_quiet_hours_pair(bool start_null, bool end_null, const char *start_name,
					   const char *end_name, const char *hint)
{
	if (start_null != end_null)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid quiet hours: %s is null but %s is not",
						start_null ? start_name : end_name, start_null ? end_name : start_name),
				 errdetail("Quiet hours need both a start and an end."),
				 errhint("%s", hint)));
}

/* ISO 3166-1 alpha-2 ("US"), or with region an ISO 3166-2 code ("US-FL"). */
bool
iso3166_is_valid(const char *code, bool allow_subdivision)
{
	size_t		len = strlen(code);

	if (len < 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z')
		return false;
	if (len == 2)
		return true;
	if (!allow_subdivision || code[2] != '-' || len < 4 || len > 6)
		return false;
	for (size_t i = 3; i < len; i++)
		if (!((code[i] >= 'A' && code[i] <= 'Z') || (code[i] >= '0' && code[i] <= '9')))
			return false;
	return true;
}

Datum
campaign_is_valid_timezone(PG_FUNCTION_ARGS)
{
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(0));

	PG_RETURN_BOOL(zone_find(name, strlen(name)) != NULL);
}

Datum
campaign_is_valid_phone(PG_FUNCTION_ARGS)
{
	char	   *phone = text_to_cstring(PG_GETARG_TEXT_PP(0));

	PG_RETURN_BOOL(phone_is_valid(phone));
}

/* ----------------------------------------------------------------------
 * Row checks shared by the triggers
 * ----------------------------------------------------------------------
 */

typedef struct RowCheck
{
	Relation	rel;
	TupleDesc	tupdesc;
	HeapTuple	tuple;
	/* replacements (canonical zone spellings) */
	int			count;
	int			columns[4];
	Datum		values[4];
	bool		nulls[4];
} RowCheck;

static int
attnum_of(RowCheck *row, const char *column)
{
	int			attnum = SPI_fnumber(row->tupdesc, column);

	if (attnum <= 0)
		elog(ERROR, "campaign: column \"%s\" is missing from %s", column,
			 RelationGetRelationName(row->rel));
	return attnum;
}

static char *
text_column(RowCheck *row, const char *column)
{
	bool		isnull;
	Datum		value = heap_getattr(row->tuple, attnum_of(row, column), row->tupdesc, &isnull);

	return isnull ? NULL : TextDatumGetCString(value);
}

static bool
column_is_null(RowCheck *row, const char *column)
{
	bool		isnull;

	(void) heap_getattr(row->tuple, attnum_of(row, column), row->tupdesc, &isnull);
	return isnull;
}

/* A zone column: refuse unknown zones, store the canonical spelling. */
static void
check_timezone_column(RowCheck *row, const char *column)
{
	char	   *name = text_column(row, column);
	CampaignZone *zone;
	const char *canonical;

	if (name == NULL)
		return;
	zone = zone_find(name, strlen(name));
	if (zone == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid time zone \"%s\" in %s.%s", name,
						RelationGetRelationName(row->rel), column),
				 errdetail("Time zones are IANA names of PostgreSQL's time zone data, such as America/New_York."),
				 errhint("SELECT name FROM pg_timezone_names lists them.")));
	canonical = zone_name(zone);
	if (strcmp(name, canonical) != 0)
	{
		Assert(row->count < lengthof(row->columns));
		row->columns[row->count] = attnum_of(row, column);
		row->values[row->count] = CStringGetTextDatum(canonical);
		row->nulls[row->count] = false;
		row->count++;
	}
}

static void
check_iso3166_column(RowCheck *row, const char *column, bool allow_subdivision)
{
	char	   *code = text_column(row, column);

	if (code == NULL || iso3166_is_valid(code, allow_subdivision))
		return;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid %s \"%s\" in %s.%s",
					allow_subdivision ? "ISO 3166 code" : "ISO 3166-1 country code",
					code, RelationGetRelationName(row->rel), column),
			 allow_subdivision ?
			 errdetail("Use a country code such as 'US' or a subdivision code such as 'US-FL', in capitals.") :
			 errdetail("Use a two-letter country code such as 'US', in capitals.")));
}

static HeapTuple
finish_row_check(RowCheck *row)
{
	if (row->count == 0)
		return row->tuple;
	return heap_modify_tuple_by_cols(row->tuple, row->tupdesc, row->count,
									 row->columns, row->values, row->nulls);
}

/* Start checking the row of a trigger fired on campaign.<table>. */
static RowCheck
start_row_check(FunctionCallInfo fcinfo, const char *name, const char *table)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	RowCheck	row = {0};

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
		elog(ERROR, "%s: must be fired BEFORE INSERT OR UPDATE, FOR EACH ROW", name);
	trigger_require_table(fcinfo, table);

	row.rel = trigdata->tg_relation;
	row.tupdesc = RelationGetDescr(row.rel);
	row.tuple = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
		trigdata->tg_newtuple : trigdata->tg_trigtuple;
	return row;
}

/*
 * A cap's count (an integer column) and period (an interval column), when
 * set: at least one message, per a period longer than zero and at most
 * FREQUENCY_CAP_LONGEST (a cap is a duration: a day counts 24 hours, a month
 * 30 days, as PostgreSQL compares intervals). The table's CHECK constraints
 * say the same, for rows that arrive without triggers.
 */
static void
check_frequency_cap(RowCheck *row, const char *count_column, const char *period_column)
{
	bool		isnull;
	Datum		value;

	value = heap_getattr(row->tuple, attnum_of(row, count_column), row->tupdesc, &isnull);
	if (!isnull && DatumGetInt32(value) < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s %d in campaign.%s", count_column, DatumGetInt32(value),
						RelationGetRelationName(row->rel)),
				 errdetail("A frequency cap allows at least one message per period."),
				 errhint("To stop sending altogether, pause the site's campaigns instead.")));
	value = heap_getattr(row->tuple, attnum_of(row, period_column), row->tupdesc, &isnull);
	if (!isnull)
	{
		Interval   *per = DatumGetIntervalP(value);
		Interval	longest = {.time = FREQUENCY_CAP_LONGEST};

		if (DatumGetInt32(DirectFunctionCall2(interval_cmp, value, IntervalPGetDatum(&(Interval) {0}))) <= 0 ||
			DatumGetInt32(DirectFunctionCall2(interval_cmp, value, IntervalPGetDatum(&longest))) > 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid %s \"%s\" in campaign.%s", period_column,
							DatumGetCString(DirectFunctionCall1(interval_out, IntervalPGetDatum(per))),
							RelationGetRelationName(row->rel)),
					 errdetail("A frequency cap's period is longer than zero and at most 366 days."),
					 errhint("Use for example '24 hours' or '7 days'.")));
	}
}

/*
 * BEFORE INSERT OR UPDATE ON campaign.sites: zone, quiet hours, smart-sending
 * window, message retention, country, the site's own frequency cap.
 */
Datum
campaign_validate_site(PG_FUNCTION_ARGS)
{
	RowCheck	row = start_row_check(fcinfo, "campaign_validate_site", "sites");
	bool		start_null = column_is_null(&row, "quiet_hours_start");
	bool		end_null = column_is_null(&row, "quiet_hours_end");
	bool		isnull;
	Datum		window;

	check_timezone_column(&row, "timezone");
	check_iso3166_column(&row, "country", false);

	check_quiet_hours_pair(start_null, end_null, "quiet_hours_start", "quiet_hours_end",
						   "Set both, or set both to null for no site quiet hours.");

	window = heap_getattr(row.tuple, attnum_of(&row, "smart_sending_window"), row.tupdesc, &isnull);
	if (!isnull)
	{
		Interval   *interval = DatumGetIntervalP(window);

		if (interval->month < 0 || interval->day < 0 || interval->time < 0 ||
			DatumGetBool(DirectFunctionCall2(interval_lt, window,
											 IntervalPGetDatum(&(Interval) {0}))))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid smart_sending_window \"%s\"",
							DatumGetCString(DirectFunctionCall1(interval_out, window))),
					 errdetail("The smart-sending window is a duration and cannot be negative."),
					 errhint("Use for example '8 hours', or '0' to turn smart sending off for the site.")));
	}

	window = heap_getattr(row.tuple, attnum_of(&row, "message_retention"), row.tupdesc, &isnull);
	if (!isnull)
	{
		Interval	one_day = {.day = 1};

		if (DatumGetBool(DirectFunctionCall2(interval_lt, window, IntervalPGetDatum(&one_day))))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid message_retention \"%s\"",
							DatumGetCString(DirectFunctionCall1(interval_out, window))),
					 errdetail("The messages of a finished campaign are kept at least one day."),
					 errhint("Use for example '90 days'.")));
	}

	{
		bool		cap_null = column_is_null(&row, "frequency_cap");
		bool		period_null = column_is_null(&row, "frequency_cap_period");

		if (cap_null != period_null)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid frequency cap: %s is null but %s is not",
							cap_null ? "frequency_cap" : "frequency_cap_period",
							cap_null ? "frequency_cap_period" : "frequency_cap"),
					 errdetail("A site's own frequency cap is a number of messages per period: both, or neither."),
					 errhint("Set both (such as 5 and '7 days'), or set both to null for no cap of the site's own.")));
		check_frequency_cap(&row, "frequency_cap", "frequency_cap_period");
	}
	return PointerGetDatum(finish_row_check(&row));
}

/* BEFORE INSERT OR UPDATE ON campaign.subscribers: phone, zone, region. */
Datum
campaign_validate_subscriber(PG_FUNCTION_ARGS)
{
	RowCheck	row = start_row_check(fcinfo, "campaign_validate_subscriber", "subscribers");
	char	   *phone = text_column(&row, "phone");
	char	   *problem = phone != NULL ? phone_problem(phone) : NULL;

	if (problem != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid phone number \"%s\"", phone),
				 errdetail("%s", problem),
				 errhint("Store numbers in E.164, a + and the digits alone, such as +13055550123.")));
	check_timezone_column(&row, "timezone");
	check_iso3166_column(&row, "region", true);

	/*
	 * The instant of every STOP, however it is written (campaign.unsubscribe()
	 * or a direct UPDATE, also after an earlier STOP and a new opt-in):
	 * processing tells by it who was still in a campaign's audience when the
	 * campaign started.
	 */
	if (TRIGGER_FIRED_BY_UPDATE(((TriggerData *) fcinfo->context)->tg_event))
	{
		TriggerData *trigdata = (TriggerData *) fcinfo->context;
		bool		isnull;
		Datum		old_status = heap_getattr(trigdata->tg_trigtuple, attnum_of(&row, "status"),
											  row.tupdesc, &isnull);
		char	   *new_status = text_column(&row, "status");

		if (!isnull && strcmp(TextDatumGetCString(old_status), "subscribed") == 0 &&
			new_status != NULL && strcmp(new_status, "subscribed") != 0)
		{
			Assert(row.count < lengthof(row.columns));
			row.columns[row.count] = attnum_of(&row, "unsubscribed_at");
			row.values[row.count] = TimestampTzGetDatum(campaign_current_time());
			row.nulls[row.count] = false;
			row.count++;
		}
	}
	return PointerGetDatum(finish_row_check(&row));
}

/*
 * BEFORE INSERT OR UPDATE ON campaign.send_windows: jurisdiction, weekday
 * 0-6 or null, and allowed_start < allowed_end or both null (a day with no
 * sending).
 */
Datum
campaign_validate_send_window(PG_FUNCTION_ARGS)
{
	RowCheck	row = start_row_check(fcinfo, "campaign_validate_send_window", "send_windows");
	bool		start_null;
	bool		end_null;
	bool		dow_null;
	Datum		start_value;
	Datum		end_value;
	Datum		dow;

	check_iso3166_column(&row, "jurisdiction", true);

	dow = heap_getattr(row.tuple, attnum_of(&row, "dow"), row.tupdesc, &dow_null);
	if (!dow_null && (DatumGetInt16(dow) < 0 || DatumGetInt16(dow) > 6))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid weekday %d in campaign.send_windows", DatumGetInt16(dow)),
				 errdetail("dow is 0 (Sunday) to 6 (Saturday), or null for every day.")));

	start_value = heap_getattr(row.tuple, attnum_of(&row, "allowed_start"), row.tupdesc, &start_null);
	end_value = heap_getattr(row.tuple, attnum_of(&row, "allowed_end"), row.tupdesc, &end_null);
	if (start_null != end_null ||
		(!start_null && DatumGetTimeADT(start_value) >= DatumGetTimeADT(end_value)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid sending window %s-%s",
						start_null ? "null" : DatumGetCString(DirectFunctionCall1(time_out, start_value)),
						end_null ? "null" : DatumGetCString(DirectFunctionCall1(time_out, end_value))),
				 errdetail("A window needs allowed_start < allowed_end, or both null for a day with no sending."),
				 errhint("A window cannot wrap midnight; use two rows.")));
	return PointerGetDatum(finish_row_check(&row));
}

/* The fields of campaign.closed_days that a kind may use. */
#define CLOSED_DAY_FIELDS 6
static const char *const closed_day_fields[CLOSED_DAY_FIELDS] =
{"month", "day", "nth", "dow", "offset_days", "on_date"};

typedef struct ClosedDayKind
{
	const char *kind;
	bool		uses[CLOSED_DAY_FIELDS];	/* in the order of closed_day_fields */
	const char *what;			/* for the detail of an error */
} ClosedDayKind;

static const ClosedDayKind closed_day_kinds[] = {
	{"fixed", {true, true, false, false, false, false}, "A 'fixed' row needs month and day"},
	{"nth_weekday", {true, false, true, true, false, false}, "An 'nth_weekday' row needs month, nth and dow"},
	{"last_weekday", {true, false, false, true, false, false}, "A 'last_weekday' row needs month and dow"},
	{"easter", {false, false, false, false, true, false}, "An 'easter' row needs offset_days"},
	{"date", {false, false, false, false, false, true}, "A 'date' row needs on_date"},
};

/* A smallint column of a closed day, which must lie in [low, high]. */
static void
check_closed_day_range(RowCheck *row, const char *column, int low, int high, const char *detail)
{
	bool		isnull;
	Datum		value = heap_getattr(row->tuple, attnum_of(row, column), row->tupdesc, &isnull);
	int			number;

	if (isnull)
		return;
	number = strcmp(column, "offset_days") == 0 ? DatumGetInt32(value) : DatumGetInt16(value);
	if (number < low || number > high)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s %d in campaign.closed_days", column, number),
				 errdetail("%s", detail)));
}

/*
 * BEFORE INSERT OR UPDATE ON campaign.closed_days: every field fits the
 * row's kind (docs/reference.md, campaign.closed_days), so that the engine
 * never meets a row it cannot read. Each error names the field; the CHECK
 * constraints of the table say the same, for rows that arrive without
 * triggers (a restore, logical replication).
 */
Datum
campaign_validate_closed_day(PG_FUNCTION_ARGS)
{
	RowCheck	row = start_row_check(fcinfo, "campaign_validate_closed_day", "closed_days");
	char	   *name = text_column(&row, "name");
	char	   *kind = text_column(&row, "kind");
	char	   *observed = text_column(&row, "observed");
	const ClosedDayKind *fields = NULL;
	bool		from_null;
	bool		until_null;
	Datum		from_value;
	Datum		until_value;

	check_iso3166_column(&row, "jurisdiction", true);
	if (name != NULL && name[strspn(name, " \t\r\n")] == '\0')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid name \"%s\" in campaign.closed_days", name),
				 errdetail("A closed day needs a name, as people call it ('Mardi Gras'): explain_send_time shows it.")));

	for (size_t i = 0; kind != NULL && i < lengthof(closed_day_kinds); i++)
		if (strcmp(kind, closed_day_kinds[i].kind) == 0)
			fields = &closed_day_kinds[i];
	if (kind != NULL && fields == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid kind \"%s\" in campaign.closed_days", kind),
				 errdetail("kind is one of 'fixed', 'nth_weekday', 'last_weekday', 'easter' and 'date'.")));
	for (int i = 0; fields != NULL && i < CLOSED_DAY_FIELDS; i++)
	{
		bool		is_null = column_is_null(&row, closed_day_fields[i]);

		if (fields->uses[i] && is_null)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid %s null in campaign.closed_days", closed_day_fields[i]),
					 errdetail("%s.", fields->what)));
		if (!fields->uses[i] && !is_null)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid %s in campaign.closed_days: kind '%s' does not use it",
							closed_day_fields[i], fields->kind),
					 errdetail("%s, and no other field.", fields->what),
					 errhint("Set %s to null.", closed_day_fields[i])));
	}

	check_closed_day_range(&row, "month", 1, 12, "month is 1 (January) to 12 (December).");
	check_closed_day_range(&row, "nth", 1, 5, "nth is 1 to 5: no month has a sixth weekday of any name.");
	check_closed_day_range(&row, "dow", 0, 6, "dow is 0 (Sunday) to 6 (Saturday).");
	check_closed_day_range(&row, "offset_days", -365, 365,
						   "offset_days is at most a year (365 days) before or after Easter Sunday.");
	if (!column_is_null(&row, "day") && !column_is_null(&row, "month"))
	{
		static const int month_days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
		bool		isnull;
		int			month = DatumGetInt16(heap_getattr(row.tuple, attnum_of(&row, "month"), row.tupdesc, &isnull));
		int			day = DatumGetInt16(heap_getattr(row.tuple, attnum_of(&row, "day"), row.tupdesc, &isnull));

		if (day < 1 || day > month_days[month - 1])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid day %d of month %d in campaign.closed_days", day, month),
					 errdetail("Month %d has %d days (February 29 closes leap years only).",
							   month, month_days[month - 1])));
	}

	if (observed != NULL && strcmp(observed, "none") != 0)
	{
		if (strcmp(observed, "nearest_weekday") != 0 && strcmp(observed, "next_monday") != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid observed \"%s\" in campaign.closed_days", observed),
					 errdetail("observed is one of 'none', 'nearest_weekday' and 'next_monday'.")));
		if (fields != NULL && strcmp(fields->kind, "fixed") != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid observed \"%s\" in campaign.closed_days: kind '%s' has no observance",
							observed, fields->kind),
					 errdetail("Only 'fixed' days move to an observed weekday."),
					 errhint("Set observed to 'none'.")));
	}

	from_value = heap_getattr(row.tuple, attnum_of(&row, "valid_from"), row.tupdesc, &from_null);
	until_value = heap_getattr(row.tuple, attnum_of(&row, "valid_until"), row.tupdesc, &until_null);
	if (!from_null && !until_null && DatumGetDateADT(from_value) > DatumGetDateADT(until_value))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid valid_until %s in campaign.closed_days: it is before valid_from %s",
						DatumGetCString(DirectFunctionCall1(date_out, until_value)),
						DatumGetCString(DirectFunctionCall1(date_out, from_value))),
				 errdetail("The row closes only dates in [valid_from, valid_until]; null leaves a side unbounded.")));
	return PointerGetDatum(finish_row_check(&row));
}

/*
 * BEFORE INSERT OR UPDATE ON campaign.frequency_caps: a jurisdiction the
 * caps can be looked up by, a count and a period the engine can count with
 * (check_frequency_cap), each error naming the field.
 */
Datum
campaign_validate_frequency_cap(PG_FUNCTION_ARGS)
{
	RowCheck	row = start_row_check(fcinfo, "campaign_validate_frequency_cap", "frequency_caps");

	check_iso3166_column(&row, "jurisdiction", true);
	check_frequency_cap(&row, "max_messages", "per");
	return PointerGetDatum(finish_row_check(&row));
}
