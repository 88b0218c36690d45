/*
 * send_time.c
 *	  The send-time engine: campaign.next_send_time() (one zone or several)
 *	  and campaign.send_time_reason(), as docs/reference.md, Definitions, defines them.
 *
 * An instant is allowed for zones Z, quiet window Q and jurisdiction J when,
 * in every zone of Z, its wall-clock date is not closed for J and its
 * wall-clock time is outside Q and inside J's legal window of that date; next_send_time is the earliest allowed
 * instant >= planned, or null when there is none within 192 hours. One wrong
 * answer at a DST change is a message at 2 a.m., so this file implements the
 * definition itself, not an approximation of it.
 *
 * The rules become, once per (Q, J), seven lists of allowed wall-clock spans,
 * one per weekday (SendRules.allowed), and J's calendar of closed dates
 * (closed_days.c), which takes a day out whatever its weekday allows. The search then walks forward from
 * planned, visiting only instants at which the answer may start. At instant
 * t, in each zone, with the offset at t and the end of the segment in which
 * that offset holds (zone_cache.c), the wall clock reads t + offset; if that
 * is not allowed, no instant before the next allowed wall-clock time (mapped
 * back with the same offset) nor before the segment's end can be allowed in
 * that zone. t moves to the latest of those bounds over the zones, and the
 * walk stops at the first t every zone allows. Each step keeps "nothing in
 * [planned, t) is allowed", so that t is the answer.
 *
 * Because an offset is trusted only inside its segment, DST needs no special
 * case: a window edge that a spring-forward skips lands on the segment's end,
 * the first instant after the gap; an edge inside a fall-back overlap is
 * reached with the earlier offset first, which is its first occurrence; dates
 * that repeat or vanish (zones that change at midnight) are whatever the wall
 * clock says. All of it is integer arithmetic on PostgreSQL's microsecond
 * timestamps with the offsets and weekdays of PostgreSQL's own time zone code
 * (pg_next_dst_boundary, j2day): no calendar arithmetic of our own.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/fmgroids.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

#include "engine.h"

PG_FUNCTION_INFO_V1(campaign_next_send_time);
PG_FUNCTION_INFO_V1(campaign_next_send_time_zones);
PG_FUNCTION_INFO_V1(campaign_send_time_reason);

/* How far after planned an allowed instant is looked for (docs/reference.md: 192 hours). */
#define SEARCH_HORIZON (INT64CONST(192) * USECS_PER_HOUR)

/* "No such instant": later than every instant searched. */
#define NO_TIME DT_NOEND

/* Rule sets kept per backend before the cache starts over. */
#define RULES_CACHE_MAX 1024

/* What a rule set is built from (zero-filled: it is a hash key). */
typedef struct RulesKey
{
	bool		quiet;			/* false: no quiet hours (both null, or equal) */
	TimeADT		quiet_start;
	TimeADT		quiet_end;
	char		jurisdiction[JURISDICTION_MAXLEN + 1];	/* "": none */
} RulesKey;

typedef struct SendRules
{
	RulesKey	key;			/* must be first */
	/* the legal windows that apply: J's country's, then J's own */
	int			nlegal;
	JurisdictionWindows legal[2];
	/* per weekday of the wall clock: the spans allowed by all the rules */
	DayWindows	allowed[WEEKDAYS];
	bool		never;			/* no weekday allows anything */
	/* the days J's country and J close; NULL when they have no closed days */
	ClosedCalendar *closed;
} SendRules;

/*
 * The rule sets of this backend, by RulesKey. They copy what they use of the
 * legal windows, point into the cache of closed days, and start over when
 * campaign.send_windows or campaign.closed_days changes (a new generation of
 * legal_windows.c or closed_days.c); rules_epoch counts the fresh starts, so
 * that a call that kept a pointer knows when it is stale.
 */
static HTAB *rules_cache = NULL;
static MemoryContext rules_context = NULL;
static uint64 rules_generation = 0;
static uint64 rules_closed_generation = 0;
static uint64 rules_epoch = 0;

/*
 * What the last call through one fn_extra resolved: the bytes of its zone
 * argument and the zones they name, and its rule set. A query calls the
 * function with the same zone and window for many rows; they cost a memcmp.
 */
typedef struct SendTimeCall
{
	char	   *zones_key;
	int			zones_key_len;
	int			zones_key_room;
	int			nzones;
	int			zones_room;
	CampaignZone **zones;
	uint64		rules_epoch;
	const SendRules *rules;
} SendTimeCall;

/* ----------------------------------------------------------------------
 * Rule sets
 * ----------------------------------------------------------------------
 */

/* Forget every rule set: they may use legal windows or closed days of an old generation. */
static void
rules_cache_reset(uint64 generation, uint64 closed_generation)
{
	HASHCTL		ctl;

	if (rules_context == NULL)
		rules_context = AllocSetContextCreate(CacheMemoryContext, "campaign send rules",
											  ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(rules_context);
	ctl.keysize = sizeof(RulesKey);
	ctl.entrysize = sizeof(SendRules);
	ctl.hcxt = rules_context;
	rules_cache = hash_create("campaign send rules", 64, &ctl,
							  HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	rules_generation = generation;
	rules_closed_generation = closed_generation;
	rules_epoch++;
}

/* Append a copy (in rules_context) of a jurisdiction's windows, if it has rows. */
static void
rules_add_legal(SendRules *rules, const JurisdictionWindows *windows)
{
	JurisdictionWindows *copy;

	if (windows == NULL)
		return;
	copy = &rules->legal[rules->nlegal++];
	*copy = *windows;
	for (int dow = 0; dow < WEEKDAYS; dow++)
	{
		DayWindows *day = &copy->days[dow];

		if (day->count > 0)
			day->spans = memcpy(palloc(day->count * sizeof(TimeSpan)), day->spans,
								day->count * sizeof(TimeSpan));
	}
}

/*
 * Fill rules from rules->key: the wall-clock times outside the quiet window,
 * intersected, weekday by weekday, with the legal windows of J's country
 * and of J; and the calendar of their closed days. Allocates in
 * rules_context; legal windows and closed days must be current.
 */
static void
rules_build(SendRules *rules)
{
	const RulesKey *key = &rules->key;
	TimeSpan	open[2];
	int			nopen = 0;

	if (!key->quiet)
		open[nopen++] = (TimeSpan) {0, USECS_PER_DAY};
	else if (key->quiet_start < key->quiet_end)
	{
		open[nopen++] = (TimeSpan) {0, key->quiet_start};
		open[nopen++] = (TimeSpan) {key->quiet_end, USECS_PER_DAY};
	}
	else
		open[nopen++] = (TimeSpan) {key->quiet_end, key->quiet_start};
	nopen = time_spans_normalize(open, nopen);

	rules->nlegal = 0;
	rules->closed = NULL;
	if (key->jurisdiction[0] != '\0')
	{
		char		country[JURISDICTION_MAXLEN + 1];

		strlcpy(country, key->jurisdiction, strcspn(key->jurisdiction, "-") + 1);
		rules_add_legal(rules, legal_windows_lookup(country));
		if (strcmp(country, key->jurisdiction) != 0)
			rules_add_legal(rules, legal_windows_lookup(key->jurisdiction));
		rules->closed = closed_calendar_create(key->jurisdiction);
	}

	rules->never = true;
	for (int dow = 0; dow < WEEKDAYS; dow++)
	{
		TimeSpan   *spans = memcpy(palloc(sizeof(open)), open, sizeof(open));
		int			count = nopen;

		for (int i = 0; i < rules->nlegal; i++)
		{
			const DayWindows *legal = &rules->legal[i].days[dow];
			TimeSpan   *both;

			if (!legal->limited)
				continue;
			both = palloc((count + legal->count + 1) * sizeof(TimeSpan));
			count = time_spans_intersect(spans, count, legal->spans, legal->count, both);
			spans = both;
		}
		rules->allowed[dow] = (DayWindows) {true, false, count, spans};
		if (count > 0)
			rules->never = false;
	}
}

/*
 * The rule set of the call's quiet_start, quiet_end and jurisdiction
 * arguments (2, 3, 4), checking them: one null window edge, or a
 * jurisdiction that is not an ISO 3166 code, is 22023.
 */
static const SendRules *
call_rules(FunctionCallInfo fcinfo, SendTimeCall *call)
{
	bool		start_null = PG_ARGISNULL(2);
	bool		end_null = PG_ARGISNULL(3);
	RulesKey	key;
	SendRules  *rules;

	memset(&key, 0, sizeof(key));
	check_quiet_hours_pair(start_null, end_null, "quiet_start", "quiet_end",
						   "Pass both, or both null for no quiet hours.");
	if (!start_null && PG_GETARG_TIMEADT(2) != PG_GETARG_TIMEADT(3))
	{
		key.quiet = true;
		key.quiet_start = PG_GETARG_TIMEADT(2);
		key.quiet_end = PG_GETARG_TIMEADT(3);
	}

	if (!PG_ARGISNULL(4))
	{
		text	   *jurisdiction = PG_GETARG_TEXT_PP(4);
		int			len = VARSIZE_ANY_EXHDR(jurisdiction);
		uint64		generation;
		uint64		closed_generation;

		memcpy(key.jurisdiction, VARDATA_ANY(jurisdiction), Min(len, JURISDICTION_MAXLEN));
		if (len > JURISDICTION_MAXLEN || !iso3166_is_valid(key.jurisdiction, true))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid jurisdiction \"%s\"", text_to_cstring(jurisdiction)),
					 errdetail("Jurisdictions are ISO 3166 codes: a country such as 'US' or a subdivision such as 'US-FL', in capitals.")));
		generation = legal_windows_current();
		closed_generation = closed_days_current();
		if (rules_cache == NULL || generation != rules_generation ||
			closed_generation != rules_closed_generation)
			rules_cache_reset(generation, closed_generation);
	}
	if (rules_cache == NULL)
		rules_cache_reset(rules_generation, rules_closed_generation);

	if (call->rules != NULL && call->rules_epoch == rules_epoch &&
		memcmp(&call->rules->key, &key, sizeof(key)) == 0)
		return call->rules;

	rules = hash_search(rules_cache, &key, HASH_FIND, NULL);
	if (rules == NULL)
	{
		SendRules	built;
		MemoryContext old_context;

		if (hash_get_num_entries(rules_cache) >= RULES_CACHE_MAX)
			rules_cache_reset(rules_generation, rules_closed_generation);
		built.key = key;
		old_context = MemoryContextSwitchTo(rules_context);
		rules_build(&built);
		MemoryContextSwitchTo(old_context);
		rules = hash_search(rules_cache, &key, HASH_ENTER, NULL);
		*rules = built;
		memcpy(&rules->key, &key, sizeof(key));	/* with its zeroed padding */
	}
	call->rules = rules;
	call->rules_epoch = rules_epoch;
	return rules;
}

/* ----------------------------------------------------------------------
 * Zones
 * ----------------------------------------------------------------------
 */

static SendTimeCall *
send_time_call(FunctionCallInfo fcinfo)
{
	if (fcinfo->flinfo->fn_extra == NULL)
		fcinfo->flinfo->fn_extra = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
														  sizeof(SendTimeCall));
	return (SendTimeCall *) fcinfo->flinfo->fn_extra;
}

static bool
call_zones_match(const SendTimeCall *call, const char *key, int len)
{
	return call->zones_key != NULL && call->zones_key_len == len &&
		memcmp(call->zones_key, key, len) == 0;
}

/* Remember the zones resolved from the argument bytes key. */
static void
call_zones_remember(SendTimeCall *call, const char *key, int len,
					CampaignZone **zones, int nzones)
{
	MemoryContext context = GetMemoryChunkContext(call);

	if (call->zones_key_room < len)
	{
		call->zones_key = MemoryContextAlloc(context, len);
		call->zones_key_room = len;
	}
	if (call->zones_room < nzones)
	{
		call->zones = MemoryContextAlloc(context, nzones * sizeof(CampaignZone *));
		call->zones_room = nzones;
	}
	memcpy(call->zones_key, key, len);
	call->zones_key_len = len;
	memcpy(call->zones, zones, nzones * sizeof(CampaignZone *));
	call->nzones = nzones;
}

/* The zone argument (1) of the text overload. */
static void
call_zone_text(FunctionCallInfo fcinfo, SendTimeCall *call)
{
	text	   *name;
	CampaignZone *zone;

	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid time zone: null"),
				 errhint("Pass an IANA zone name such as America/New_York.")));
	name = PG_GETARG_TEXT_PP(1);
	if (call_zones_match(call, VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name)))
		return;
	zone = zone_lookup(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));
	call_zones_remember(call, VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name), &zone, 1);
}

/*
 * The zone-list argument (1) of the text[] overloads: every zone, once each.
 * A null or empty list, or a null element, is 22023.
 */
static void
call_zones_array(FunctionCallInfo fcinfo, SendTimeCall *call)
{
	ArrayType  *array;
	Datum	   *names;
	bool	   *nulls;
	int			count;
	int			nzones = 0;
	CampaignZone **zones;

	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid time zone list: null"),
				 errhint("Pass an array of IANA zone names such as '{America/New_York}'.")));
	array = PG_GETARG_ARRAYTYPE_P(1);
	if (call_zones_match(call, (char *) array, VARSIZE(array)))
		return;

	deconstruct_array(array, TEXTOID, -1, false, TYPALIGN_INT, &names, &nulls, &count);
	if (count == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid time zone list \"{}\": it is empty"),
				 errdetail("An instant is allowed when every zone of the list allows it; the list needs at least one zone.")));
	zones = palloc(count * sizeof(CampaignZone *));
	for (int i = 0; i < count; i++)
	{
		CampaignZone *zone;
		bool		seen = false;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid time zone list \"%s\": element %d is null",
							OidOutputFunctionCall(F_ARRAY_OUT, PointerGetDatum(array)), i + 1),
					 errhint("Remove the null, or pass the zones that are known.")));
		zone = zone_lookup(VARDATA_ANY(names[i]), VARSIZE_ANY_EXHDR(names[i]));
		for (int j = 0; j < nzones; j++)
			seen |= (zones[j] == zone);
		if (!seen)
			zones[nzones++] = zone;
	}
	call_zones_remember(call, (char *) array, VARSIZE(array), zones, nzones);
}

/* The planned argument (0), which must be finite with 8 days of room after it. */
static TimestampTz
call_planned(FunctionCallInfo fcinfo)
{
	TimestampTz planned = PG_GETARG_TIMESTAMPTZ(0);

	if (TIMESTAMP_NOT_FINITE(planned) ||
		planned < MIN_TIMESTAMP + 2 * USECS_PER_DAY ||
		planned > END_TIMESTAMP - SEARCH_HORIZON - 2 * USECS_PER_DAY)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid planned time \"%s\"", timestamptz_to_str(planned)),
				 errdetail("The planned time must be a finite instant, with the 8 days after it within the range of timestamptz.")));
	return planned;
}

/* ----------------------------------------------------------------------
 * The search
 * ----------------------------------------------------------------------
 */

/* The day number (0 = 2000-01-01) and the time of day of a wall-clock timestamp. */
static inline void
split_local(Timestamp local, int64 *day, TimeADT *time_of_day)
{
	int64		d = local / USECS_PER_DAY;

	if (local - d * USECS_PER_DAY < 0)
		d--;
	*day = d;
	*time_of_day = local - d * USECS_PER_DAY;
}

/* 0 (Sunday) .. 6 (Saturday) of a day number of split_local(). */
static inline int
weekday_of(int64 day)
{
	return j2day((int) (day + POSTGRES_EPOCH_JDATE));
}

static inline bool
spans_contain(const TimeSpan *spans, int count, TimeADT time_of_day)
{
	for (int i = 0; i < count; i++)
		if (time_of_day >= spans[i].start && time_of_day < spans[i].end)
			return true;
	return false;
}

/*
 * The first wall-clock timestamp >= local whose date is not closed and whose
 * weekday and time of day the rules allow, looked for over eight days; past
 * them, the first wall-clock time not looked at, which no allowed time
 * precedes either (the walk goes on from there, up to its horizon).
 */
static Timestamp
next_allowed_local(const SendRules *rules, Timestamp local)
{
	int64		day;
	TimeADT		time_of_day;

	split_local(local, &day, &time_of_day);
	for (int k = 0; k <= WEEKDAYS; k++, day++, time_of_day = 0)
	{
		const DayWindows *allowed = &rules->allowed[weekday_of(day)];

		if (allowed->count == 0 || allowed->spans[allowed->count - 1].end <= time_of_day)
			continue;
		if (rules->closed != NULL && closed_calendar_contains(rules->closed, day))
			continue;
		for (int i = 0; i < allowed->count; i++)
			if (allowed->spans[i].end > time_of_day)
				return day * USECS_PER_DAY + Max(allowed->spans[i].start, time_of_day);
	}
	return day * USECS_PER_DAY;
}

/*
 * The earliest instant >= planned that every zone allows, or NO_TIME when
 * there is none within SEARCH_HORIZON (see the walk in the file header).
 */
static TimestampTz
earliest_allowed(const SendRules *rules, CampaignZone *const *zones, int nzones,
				 TimestampTz planned)
{
	TimestampTz limit = planned + SEARCH_HORIZON;
	TimestampTz t = planned;

	if (rules->never)
		return NO_TIME;
	for (;;)
	{
		TimestampTz bound = t;

		for (int i = 0; i < nzones; i++)
		{
			TimestampTz segment_end;
			int64		offset = zone_offset_at(zones[i], t, &segment_end);
			Timestamp	local = t + offset;
			Timestamp	allowed = next_allowed_local(rules, local);

			if (allowed == local)
				continue;
			if (allowed - offset >= segment_end)
				bound = Max(bound, segment_end);
			else
				bound = Max(bound, allowed - offset);
		}
		if (bound == t)
			return t;
		if (bound > limit)
			return NO_TIME;
		t = bound;
		CHECK_FOR_INTERRUPTS();
	}
}

/* ----------------------------------------------------------------------
 * Reasons
 * ----------------------------------------------------------------------
 */

/* A time of day as people write it: 20:00, 08:30:15, 24:00. */
static void
append_time_of_day(StringInfo buf, TimeADT time)
{
	struct pg_tm tm;
	fsec_t		fsec;

	time2tm(time, &tm, &fsec);
	appendStringInfo(buf, "%02d:%02d", tm.tm_hour, tm.tm_min);
	if (tm.tm_sec != 0 || fsec != 0)
		appendStringInfo(buf, ":%02d", tm.tm_sec);
	if (fsec != 0)
		appendStringInfo(buf, ".%06d", fsec);
}

/*
 * Add a phrase to the reasons, separated by "; ", unless that very phrase is
 * there already: the same rule broken in two zones of the list is named once.
 * Phrases are compared whole, since one can be the start of another ("quiet
 * hours ... in Etc/GMT+1" and "... in Etc/GMT+10"); none contains "; ".
 */
static void
add_reason(StringInfo reasons, const char *phrase)
{
	size_t		phrase_len = strlen(phrase);
	const char *start = reasons->data;

	while (reasons->len > 0)
	{
		const char *end = strstr(start, "; ");
		size_t		len = end != NULL ? (size_t) (end - start) : strlen(start);

		if (len == phrase_len && memcmp(start, phrase, len) == 0)
			return;
		if (end == NULL)
			break;
		start = end + 2;
	}
	if (reasons->len > 0)
		appendStringInfoString(reasons, "; ");
	appendStringInfoString(reasons, phrase);
}

/* The rules that one zone's wall clock breaks at an instant, added to reasons. */
static void
zone_reasons(StringInfo reasons, const SendRules *rules, CampaignZone *zone, TimestampTz t)
{
	const RulesKey *key = &rules->key;
	TimestampTz segment_end;
	int64		day;
	TimeADT		tod;
	int			dow;
	StringInfoData phrase;

	split_local(t + zone_offset_at(zone, t, &segment_end), &day, &tod);
	dow = weekday_of(day);
	initStringInfo(&phrase);

	if (key->quiet &&
		(key->quiet_start < key->quiet_end ?
		 (tod >= key->quiet_start && tod < key->quiet_end) :
		 (tod >= key->quiet_start || tod < key->quiet_end)))
	{
		appendStringInfoString(&phrase, "quiet hours ");
		append_time_of_day(&phrase, key->quiet_start);
		appendStringInfoChar(&phrase, '-');
		append_time_of_day(&phrase, key->quiet_end);
		appendStringInfo(&phrase, " in %s", zone_name(zone));
		add_reason(reasons, phrase.data);
	}

	for (int i = 0; i < rules->nlegal; i++)
	{
		const JurisdictionWindows *legal = &rules->legal[i];
		const DayWindows *windows = &legal->days[dow];

		if (!windows->limited || spans_contain(windows->spans, windows->count, tod))
			continue;
		resetStringInfo(&phrase);
		if (windows->count == 0 && windows->per_weekday)
			appendStringInfo(&phrase, "no sending on %s in %s", days[dow], legal->code);
		else if (windows->count == 0)
			appendStringInfo(&phrase, "no sending in %s", legal->code);
		else
		{
			appendStringInfo(&phrase, "legal window of %s", legal->code);
			if (windows->per_weekday)
				appendStringInfo(&phrase, " on %s", days[dow]);
			appendStringInfoString(&phrase, " (");
			for (int s = 0; s < windows->count; s++)
			{
				if (s > 0)
					appendStringInfoString(&phrase, ", ");
				append_time_of_day(&phrase, windows->spans[s].start);
				appendStringInfoChar(&phrase, '-');
				append_time_of_day(&phrase, windows->spans[s].end);
			}
			appendStringInfo(&phrase, ") in %s", zone_name(zone));
		}
		add_reason(reasons, phrase.data);
	}
	pfree(phrase.data);
}

/* ClosedDayNameVisitor: "closed in US-LA: Mardi Gras", added to the reasons. */
static void
add_closed_reason(void *arg, const char *jurisdiction, const char *name, bool observed)
{
	char	   *phrase = psprintf("closed in %s: %s%s", jurisdiction, name,
								  observed ? " (observed)" : "");

	add_reason((StringInfo) arg, phrase);
	pfree(phrase);
}

/*
 * The closed days that one zone's wall clock waited through from planned to
 * result: every closed date from planned's local date to the date before
 * result's (result's own date is not closed: it is allowed), by name.
 */
static void
closed_reasons(StringInfo reasons, const SendRules *rules, CampaignZone *zone,
			   TimestampTz planned, TimestampTz result)
{
	TimestampTz segment_end;
	int64		first_day;
	int64		result_day;
	TimeADT		tod;

	if (rules->closed == NULL)
		return;
	split_local(planned + zone_offset_at(zone, planned, &segment_end), &first_day, &tod);
	split_local(result + zone_offset_at(zone, result, &segment_end), &result_day, &tod);
	for (int64 day = first_day; day < result_day; day++)
		if (closed_calendar_contains(rules->closed, day))
			closed_calendar_names(rules->closed, day, add_closed_reason, reasons);
}

/* ----------------------------------------------------------------------
 * SQL functions
 * ----------------------------------------------------------------------
 */

/* next_send_time once the zones of the call are resolved. */
static Datum
next_send_time(FunctionCallInfo fcinfo, SendTimeCall *call)
{
	const SendRules *rules = call_rules(fcinfo, call);
	TimestampTz result;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	result = earliest_allowed(rules, call->zones, call->nzones, call_planned(fcinfo));
	if (result == NO_TIME)
		PG_RETURN_NULL();
	PG_RETURN_TIMESTAMPTZ(result);
}

/*
 * campaign.next_send_time(planned, timezone text, quiet_start, quiet_end,
 * jurisdiction default null): the earliest allowed instant >= planned in one
 * zone, or null. Arguments are checked even when planned is null (which
 * gives null), so that a bad zone or window shows up at once.
 */
Datum
campaign_next_send_time(PG_FUNCTION_ARGS)
{
	SendTimeCall *call = send_time_call(fcinfo);

	call_zone_text(fcinfo, call);
	return next_send_time(fcinfo, call);
}

/*
 * campaign.next_send_time(planned, timezones text[], quiet_start, quiet_end,
 * jurisdiction default null): the same, allowed in every zone of the list
 * (a phone number whose area code spans several zones).
 */
Datum
campaign_next_send_time_zones(PG_FUNCTION_ARGS)
{
	SendTimeCall *call = send_time_call(fcinfo);

	call_zones_array(fcinfo, call);
	return next_send_time(fcinfo, call);
}

/*
 * campaign.send_time_reason(planned, timezones text[], quiet_start,
 * quiet_end, jurisdiction default null): why next_send_time is not planned,
 * in words, for explain_send_time: null when planned is allowed; 'no allowed
 * time within 8 days' when nothing is; else every rule that planned breaks,
 * zone by zone, joined by "; " ('quiet hours 20:00-09:00 in
 * America/Los_Angeles', 'no sending on Sunday in US-LA'), then every closed
 * day the message waited through in any zone ('closed in US-LA: Mardi
 * Gras', 'closed in US-RI: Christmas Day (observed)').
 */
Datum
campaign_send_time_reason(PG_FUNCTION_ARGS)
{
	SendTimeCall *call = send_time_call(fcinfo);
	const SendRules *rules;
	TimestampTz planned;
	TimestampTz result;
	StringInfoData reasons;

	call_zones_array(fcinfo, call);
	rules = call_rules(fcinfo, call);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	planned = call_planned(fcinfo);
	result = earliest_allowed(rules, call->zones, call->nzones, planned);
	if (result == planned)
		PG_RETURN_NULL();
	if (result == NO_TIME)
		PG_RETURN_TEXT_P(cstring_to_text("no allowed time within 8 days"));

	initStringInfo(&reasons);
	for (int i = 0; i < call->nzones; i++)
		zone_reasons(&reasons, rules, call->zones[i], planned);
	for (int i = 0; i < call->nzones; i++)
		closed_reasons(&reasons, rules, call->zones[i], planned, result);
	if (reasons.len == 0)
		elog(ERROR, "campaign: %s is not allowed but breaks no rule",
			 timestamptz_to_str(planned));
	PG_RETURN_TEXT_P(cstring_to_text(reasons.data));
}
