/*
 * frequency_caps.c
 *	  The frequency caps of campaign.frequency_caps, by jurisdiction, cached
 *	  per backend; and the arithmetic of caps: given when a subscriber was
 *	  last handed messages, when may they be handed one more.
 *
 * docs/reference.md, Definitions (frequency caps): the caps of a message are
 * those of its jurisdiction, of that jurisdiction's country and the site's
 * own; for a cap (max, per), the count at instant t is the number of
 * messages handed out to the subscriber in (t - per, t], and a hand-out that
 * would make a count exceed its max waits. claim.c reads the hand-outs and
 * holds the subscriber's row; what is decided from them is computed here,
 * without SQL, so that it can be tested on its own and costs nothing when no
 * cap applies.
 *
 * A cap's period is a duration: an interval is turned into microseconds the
 * way PostgreSQL compares intervals (a day is 24 hours, a month 30 days), so
 * that a cap does not depend on the session's TimeZone nor on DST.
 */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/timestamp.h"

#include "engine.h"

/* The caps of one jurisdiction, as the cache keeps them. */
typedef struct JurisdictionCaps
{
	char		code[JURISDICTION_MAXLEN + 1];	/* hash key */
	int			count;
	FrequencyCap *caps;
} JurisdictionCaps;

typedef struct CapRows
{
	FrequencyCap *caps;
	int			count;
	int			capacity;
} CapRows;

/*
 * The duration of a cap's period in microseconds, as interval_cmp orders
 * intervals. The table keeps periods within FREQUENCY_CAP_LONGEST, so that
 * this cannot overflow; a longer one (a row restored past the checks) is
 * treated as the longest.
 */
int64
frequency_cap_duration(const Interval *per)
{
	int128		span = (int128) per->time +
		(int128) per->day * USECS_PER_DAY +
		(int128) per->month * DAYS_PER_MONTH * USECS_PER_DAY;

	if (span > FREQUENCY_CAP_LONGEST)
		return FREQUENCY_CAP_LONGEST;
	return (int64) span;
}

/* ReferenceCache.begin */
static void *
cap_rows_begin(void)
{
	return palloc0(sizeof(CapRows));
}

/*
 * ReferenceCache.add_row: jurisdiction, max_messages, per. A row that the
 * table's checks would refuse (possible only past them) caps nothing.
 */
static void
cap_rows_add(void *state, Datum *values, bool *nulls)
{
	CapRows    *rows = state;
	FrequencyCap cap;
	char	   *code;

	if (nulls[0] || nulls[1] || nulls[2])
		return;
	code = TextDatumGetCString(values[0]);
	if (strlen(code) > JURISDICTION_MAXLEN || DatumGetInt32(values[1]) < 1)
		return;
	memset(&cap, 0, sizeof(cap));
	strcpy(cap.jurisdiction, code);
	cap.max_messages = DatumGetInt32(values[1]);
	cap.per = frequency_cap_duration(DatumGetIntervalP(values[2]));
	if (cap.per <= 0)
		return;

	if (rows->count == rows->capacity)
	{
		rows->capacity = Max(8, rows->capacity * 2);
		rows->caps = rows->caps ? repalloc(rows->caps, rows->capacity * sizeof(FrequencyCap))
			: palloc(rows->capacity * sizeof(FrequencyCap));
	}
	rows->caps[rows->count++] = cap;
}

static int
cap_compare(const void *a, const void *b)
{
	return strcmp(((const FrequencyCap *) a)->jurisdiction, ((const FrequencyCap *) b)->jurisdiction);
}

/* ReferenceCache.end: the hash table jurisdiction -> its caps. */
static void *
cap_rows_end(void *state)
{
	CapRows    *rows = state;
	HASHCTL		ctl;
	HTAB	   *hash;

	if (rows->count > 0)
		qsort(rows->caps, rows->count, sizeof(FrequencyCap), cap_compare);
	ctl.keysize = JURISDICTION_MAXLEN + 1;
	ctl.entrysize = sizeof(JurisdictionCaps);
	ctl.hcxt = CurrentMemoryContext;
	hash = hash_create("campaign frequency caps", 16, &ctl,
					   HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
	for (int first = 0, last; first < rows->count; first = last)
	{
		JurisdictionCaps *entry;

		for (last = first; last < rows->count &&
			 strcmp(rows->caps[last].jurisdiction, rows->caps[first].jurisdiction) == 0; last++)
			;
		entry = hash_search(hash, rows->caps[first].jurisdiction, HASH_ENTER, NULL);
		entry->count = last - first;
		entry->caps = &rows->caps[first];
	}
	return hash;
}

static const char *const frequency_caps_columns[] = {"jurisdiction", "max_messages", "per"};

static ReferenceCache frequency_caps_cache =
REFERENCE_CACHE("frequency_caps", frequency_caps_columns,
				cap_rows_begin, cap_rows_add, cap_rows_end);

static const JurisdictionCaps *
caps_of_code(HTAB *caps_by_code, const char *code, int len)
{
	char		key[JURISDICTION_MAXLEN + 1];

	if (len > JURISDICTION_MAXLEN)
		return NULL;
	memset(key, 0, sizeof(key));
	memcpy(key, code, len);
	return hash_search(caps_by_code, key, HASH_FIND, NULL);
}

/*
 * The caps of campaign.frequency_caps that apply to a subscriber of
 * jurisdiction (its country's, then its own: 'US', then 'US-FL'), in a new
 * array with room for extra more (the site's own cap), or NULL when there
 * are none and no room is asked for. Reloads the cache when the table
 * changed; the entries are copies, valid whatever happens to the cache
 * afterwards.
 */
FrequencyCap *
frequency_caps_for(const char *jurisdiction, int extra, int *count)
{
	HTAB	   *caps_by_code = reference_cache_current(&frequency_caps_cache, NULL);
	const char *dash = strchr(jurisdiction, '-');
	const JurisdictionCaps *own = caps_of_code(caps_by_code, jurisdiction, strlen(jurisdiction));
	const JurisdictionCaps *country = dash ? caps_of_code(caps_by_code, jurisdiction, dash - jurisdiction) : NULL;
	int			room = (own ? own->count : 0) + (country ? country->count : 0) + extra;
	FrequencyCap *caps;

	*count = 0;
	if (room == 0)
		return NULL;
	caps = palloc(room * sizeof(FrequencyCap));
	if (country != NULL)
	{
		memcpy(caps, country->caps, country->count * sizeof(FrequencyCap));
		*count += country->count;
	}
	if (own != NULL)
	{
		memcpy(caps + *count, own->caps, own->count * sizeof(FrequencyCap));
		*count += own->count;
	}
	return caps;
}

/*
 * The earliest instant >= now at which every cap allows one more hand-out,
 * given the instants of the hand-outs that count (handed_out, ascending,
 * none after now; older ones than the longest period are ignored). With no
 * further hand-out, a cap's count only falls as time goes on, so each cap's
 * earliest instant is found alone and the answer is the latest of them. A
 * cap (max, per) whose count at now is already max or more allows one more
 * once its (count - max + 1)th instant in the window has left it: the
 * instant handed_out[n - max] + per (the window is (t - per, t]). *binding,
 * when not NULL, gets the index of the cap that gives the answer (-1 when
 * it is now).
 */
TimestampTz
frequency_caps_release(const FrequencyCap *caps, int ncaps, const TimestampTz *handed_out,
					   int n, TimestampTz now, int *binding)
{
	TimestampTz release = now;

	if (binding)
		*binding = -1;
	for (int c = 0; c < ncaps; c++)
	{
		int			in_window = 0;
		TimestampTz allowed;

		for (int i = n - 1; i >= 0 && handed_out[i] > now - caps[c].per; i--)
			in_window++;
		if (in_window < caps[c].max_messages)
			continue;
		allowed = handed_out[n - caps[c].max_messages] + caps[c].per;
		if (allowed > release)
		{
			release = allowed;
			if (binding)
				*binding = c;
		}
	}
	return release;
}

/*
 * A cap in words, for explain_send_time and the record of the message it
 * moved: "US-FL allows 3 messages per 24 hours", "the site allows 1 message
 * per 7 days".
 */
char *
frequency_cap_describe(const FrequencyCap *cap)
{
	StringInfoData words;
	int64		per = cap->per;

	initStringInfo(&words);
	if (cap->jurisdiction[0] != '\0')
		appendStringInfoString(&words, cap->jurisdiction);
	else
		appendStringInfoString(&words, "the site");
	appendStringInfo(&words, " allows %d message%s per ", cap->max_messages,
					 cap->max_messages == 1 ? "" : "s");
	if (per % USECS_PER_HOUR == 0 && per <= 48 * USECS_PER_HOUR)
		appendStringInfo(&words, INT64_FORMAT " hour%s", per / USECS_PER_HOUR,
						 per == USECS_PER_HOUR ? "" : "s");
	else if (per % USECS_PER_DAY == 0)
		appendStringInfo(&words, INT64_FORMAT " days", per / USECS_PER_DAY);
	else if (per % USECS_PER_MINUTE == 0)
		appendStringInfo(&words, INT64_FORMAT " minute%s", per / USECS_PER_MINUTE,
						 per == USECS_PER_MINUTE ? "" : "s");
	else
		appendStringInfoString(&words,
							   DatumGetCString(DirectFunctionCall1(interval_out,
																   IntervalPGetDatum(&(Interval) {.time = per}))));
	return words.data;
}
