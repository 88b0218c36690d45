/*
 * clock.c
 *	  The one "now" of the campaign extension.
 *
 * Every function that depends on the current time asks campaign_current_time().
 * Tests travel in time with the superuser-only setting campaign.fake_now (a
 * timestamptz; empty means real time), so that a whole day of a campaign can
 * be simulated in a regression test without waiting for it. Ordinary roles
 * cannot set it: a store must not be able to move its own clock past the quiet
 * hours of its subscribers.
 */
#include "postgres.h"

#include "access/xact.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/datetime.h"
#include "utils/guc.h"
#include "utils/timestamp.h"

#include "engine.h"

/*
 * GUC "extra" data is freed with free(): PostgreSQL 16 exports guc_malloc for
 * it, 15 expects plain malloc. The datetime decoder grew an error-extra
 * argument in 16.
 */
#if PG_VERSION_NUM >= 160000
#define guc_extra_malloc(size) guc_malloc(LOG, (size))
#define guc_string_free(s) guc_free(s)
#define guc_string_dup(s) guc_strdup(LOG, (s))
#define DateTimeErrorExtra_compat DateTimeErrorExtra dterr_extra;
#define DecodeDateTime_compat(f, t, n, d, tm, fs, tz) \
	DecodeDateTime((f), (t), (n), (d), (tm), (fs), (tz), &dterr_extra)
#else
#define guc_extra_malloc(size) malloc(size)
#define guc_string_free(s) free(s)
#define guc_string_dup(s) strdup(s)
#define DateTimeErrorExtra_compat
#define DecodeDateTime_compat(f, t, n, d, tm, fs, tz) \
	DecodeDateTime((f), (t), (n), (d), (tm), (fs), (tz))
#endif

PG_FUNCTION_INFO_V1(campaign_now);

static char *fake_now_setting = NULL;

/* The parsed value of campaign.fake_now; valid when fake_now_is_set. */
static bool fake_now_is_set = false;
static TimestampTz fake_now_value = 0;

/*
 * Parse the setting when it is set rather than at every call: a bad value is
 * refused at SET time with the parser's own message, and campaign.now() costs
 * nothing but a branch. SHOW campaign.fake_now gives the instant in UTC.
 */
static bool
check_fake_now(char **newval, void **extra, GucSource source)
{
	char		workbuf[MAXDATELEN + MAXDATEFIELDS];
	char	   *field[MAXDATEFIELDS];
	int			ftype[MAXDATEFIELDS];
	int			nfields;
	int			dtype;
	int			tz;
	struct pg_tm tm;
	fsec_t		fsec;
	TimestampTz instant;
	TimestampTz *parsed;
	DateTimeErrorExtra_compat

	if (*newval == NULL || (*newval)[0] == '\0')
	{
		*extra = NULL;
		return true;
	}

	/*
	 * The datetime parser of timestamptz_in, called without ereport so that a
	 * bad value is reported through GUC_check_errmsg, as core's check hooks do.
	 */
	if (ParseDateTime(*newval, workbuf, sizeof(workbuf), field, ftype,
					  MAXDATEFIELDS, &nfields) != 0 ||
		DecodeDateTime_compat(field, ftype, nfields, &dtype, &tm, &fsec, &tz) != 0 ||
		dtype != DTK_DATE ||
		tm2timestamp(&tm, fsec, &tz, &instant) != 0)
	{
		GUC_check_errmsg("invalid value for parameter \"campaign.fake_now\": \"%s\"", *newval);
		GUC_check_errhint("Use a finite timestamptz such as '2026-11-27 09:00 America/New_York', or '' for real time.");
		return false;
	}

	/*
	 * Store the value in a canonical form, UTC with a numeric offset: parallel
	 * workers receive the setting as text before their time zone
	 * abbreviations exist, and parsing "17:00 UTC" there crashed them.
	 */
	{
		struct pg_tm utc;
		fsec_t		utc_fsec;
		char		canonical[MAXDATELEN + 1];
		int			zero_offset = 0;
		char	   *copy;

		if (timestamp2tm(instant, NULL, &utc, &utc_fsec, NULL, NULL) != 0)
		{
			GUC_check_errmsg("invalid value for parameter \"campaign.fake_now\": \"%s\"", *newval);
			return false;
		}
		EncodeDateTime(&utc, utc_fsec, true, zero_offset, NULL, USE_ISO_DATES, canonical);
		copy = guc_string_dup(canonical);
		if (copy == NULL)
			return false;
		guc_string_free(*newval);
		*newval = copy;
	}

	parsed = (TimestampTz *) guc_extra_malloc(sizeof(TimestampTz));
	if (parsed == NULL)
		return false;
	*parsed = instant;
	*extra = parsed;
	return true;
}

static void
assign_fake_now(const char *newval, void *extra)
{
	if (extra == NULL)
	{
		fake_now_is_set = false;
		fake_now_value = 0;
	}
	else
	{
		fake_now_is_set = true;
		fake_now_value = *(TimestampTz *) extra;
	}
}

void
clock_define_settings(void)
{
	DefineCustomStringVariable("campaign.fake_now",
							   "Overrides the current time of every campaign function (for tests).",
							   "A timestamptz; empty means real time. Superuser only.",
							   &fake_now_setting,
							   "",
							   PGC_SUSET,
							   0,
							   check_fake_now,
							   assign_fake_now,
							   NULL);
}

/*
 * The instant the extension considers "now": campaign.fake_now when set, else
 * the start of the current transaction, like now(), so that every decision of
 * one transaction sees one instant.
 */
TimestampTz
campaign_current_time(void)
{
	if (fake_now_is_set)
		return fake_now_value;
	return GetCurrentTransactionStartTimestamp();
}

/*
 * campaign.now(): the same instant for SQL (defaults, views, user queries).
 */
Datum
campaign_now(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(campaign_current_time());
}
